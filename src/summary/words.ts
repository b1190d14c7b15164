// Every word the summary writes, in English and Vietnamese. The reader is the vendor team and its
// account managers: calm, specific, never blaming; Vietnamese addresses the reader as "anh/chị" and
// the vendor team as "chúng tôi".
import type { DeadlineEventKind, MilestoneStatus } from '../core/facts';
import type { FeedbackType, Locale, RootCause, Side } from '../engagement/schema';

/** The two agreed times of a piece of feedback. */
export type SlaKind = 'first_response' | 'resolution';

const SLA_NAMES: Readonly<Record<Locale, Readonly<Record<SlaKind, string>>>> = {
  en: { first_response: 'first-response', resolution: 'resolution' },
  vi: { first_response: 'phản hồi đầu tiên', resolution: 'giải quyết' },
};

export interface Words {
  readonly defaultTitle: string;
  readonly weekRange: (week: string, first: string, last: string, zone: string) => string;
  readonly onTrack: string;
  readonly atRisk: string;
  readonly late: string;
  readonly reasonNoMilestones: string;
  readonly reasonAllClear: (next: string | null) => string;
  readonly reasonLate: (count: number, worst: string, days: number, owner: string) => string;
  readonly reasonAtRisk: (milestones: number, breaches: number, first: string | null) => string;
  readonly decisionsHeading: string;
  readonly noDecisions: string;
  readonly escalationOpen: (milestone: string, link: string, days: number) => string;
  readonly agreementWaiting: (
    side: string,
    kind: 'extend' | 'rescope' | 'undo',
    milestone: string,
    summary: string,
    by: string,
    on: string,
    link: string,
  ) => string;
  /** `which`: every SLA of the feedback that is broken, first response first. */
  readonly slaBreach: (link: string, which: readonly SlaKind[], priority: string) => string;
  readonly milestonesHeading: string;
  readonly noMilestones: string;
  readonly milestoneColumns: readonly string[];
  readonly projected: (date: string) => string;
  readonly status: Readonly<Record<MilestoneStatus, string>>;
  readonly side: Readonly<Record<Side, string>>;
  /** The side inside a sentence ("waiting for the client"). */
  readonly sideInText: Readonly<Record<Side, string>>;
  readonly nextDaysHeading: string;
  readonly nothingNextDays: string;
  readonly nextItem: (date: string, milestone: string, owner: string, done: number, total: number) => string;
  readonly missing: (items: string) => string;
  readonly chartHeading: string;
  readonly chartTitle: string;
  readonly baselineSuffix: string;
  readonly deadlinesHeading: string;
  readonly noDeadlineEvents: string;
  readonly event: Readonly<Record<DeadlineEventKind, string>>;
  readonly eventItem: (date: string, milestone: string, what: string) => string;
  readonly eventOne: Readonly<Record<DeadlineEventKind, string>>;
  readonly feedbackHeading: string;
  readonly noFeedback: string;
  readonly feedbackCounts: (received: number, resolved: number, open: number) => string;
  readonly byTopic: string;
  readonly byType: string;
  readonly byPriority: string;
  readonly countColumns: (first: string) => readonly string[];
  readonly topicColumn: string;
  readonly typeColumn: string;
  readonly priorityColumn: string;
  readonly type: Readonly<Record<FeedbackType, string>>;
  readonly openByAge: string;
  readonly ageColumns: readonly string[];
  readonly ageBuckets: readonly string[];
  readonly responseTimes: string;
  readonly responseColumns: readonly string[];
  readonly firstResponse: string;
  readonly resolution: string;
  readonly elapsedNote: string;
  readonly slaCompliance: (which: string, rate: string, met: number, decided: number) => string;
  readonly slaNone: (which: string) => string;
  readonly rating: (average: string, count: number) => string;
  readonly noRating: string;
  readonly pieTitle: string;
  readonly kudosHeading: string;
  readonly kudosFrom: (link: string) => string;
  readonly contradictionsHeading: string;
  readonly contradiction: (link: string, others: string) => string;
  readonly learningHeading: string;
  readonly learningColumns: readonly string[];
  readonly figure: {
    readonly onTimeRate: string;
    readonly averageDelay: string;
    readonly newFeedback: string;
    readonly resolvedFeedback: string;
    readonly openFeedback: string;
    readonly medianFirstResponse: string;
    readonly firstResponseSla: string;
    readonly averageRating: string;
  };
  readonly rateOf: (rate: string, part: number, whole: number) => string;
  readonly businessDays: (days: string) => string;
  readonly points: string;
  readonly noChange: string;
  readonly rootCausesHeading: string;
  readonly noLateHandoffs: string;
  readonly lateWithoutCause: (count: number) => string;
  readonly rootCause: Readonly<Record<RootCause, string>>;
  readonly andMore: (count: number, link: string) => string;
  readonly chartMore: (count: number) => string;
  readonly footer: (week: string) => string;
  readonly duration: (minutes: number) => string;
  readonly closing: (nextWeek: string, link: string) => string;
  readonly duplicate: (week: string, kept: string) => string;
}

const en: Words = {
  defaultTitle: '{engagement} — week {week}',
  weekRange: (week, first, last, zone) => `**Week ${week}** · ${first} – ${last} (${zone})`,
  onTrack: '🟢 On track',
  atRisk: '🟡 At risk',
  late: '🔴 Late',
  reasonNoMilestones: 'No milestones are scheduled yet, so nothing can be late.',
  reasonAllClear: (next) =>
    next ? `No handoff is late or at risk. Next handoff: ${next}.` : 'No handoff is late or at risk.',
  reasonLate: (count, worst, days, owner) =>
    `${count === 1 ? '1 handoff is' : `${count} handoffs are`} past due; the furthest behind is ${worst} (${owner}), ${days} business ${days === 1 ? 'day' : 'days'} late.`,
  reasonAtRisk: (milestones, breaches, first) => {
    const parts: string[] = [];
    if (milestones > 0)
      parts.push(
        `${milestones === 1 ? '1 handoff is' : `${milestones} handoffs are`} at risk${first ? ` (${first})` : ''}`,
      );
    if (breaches > 0)
      parts.push(
        `${breaches === 1 ? '1 feedback issue is' : `${breaches} feedback issues are`} past the agreed response time`,
      );
    return `${parts.join('; ')}.`;
  },
  decisionsHeading: 'Needs a decision now',
  noDecisions: 'Nothing needs a decision this week.',
  escalationOpen: (milestone, link, days) =>
    `Escalation open for ${milestone} (${days} business ${days === 1 ? 'day' : 'days'} late): ${link}`,
  agreementWaiting: (side, kind, milestone, summary, by, on, link) =>
    `Waiting for ${side} to agree to ${kind === 'extend' ? 'a new date' : kind === 'undo' ? 'undoing an agreed change' : 'a change of scope'} for ${milestone}: ${summary} (proposed by ${by} on ${on}) — ${link}`,
  slaBreach: (link, which, priority) =>
    `${link} (${priority}) is past its ${which.map((kind) => SLA_NAMES.en[kind]).join(' and ')} ${which.length === 1 ? 'time' : 'times'}`,
  milestonesHeading: 'Milestones',
  noMilestones: 'No milestones yet: add them to the engagement file and they will appear here.',
  milestoneColumns: [
    'Milestone',
    'Owner',
    'Baseline',
    'Current',
    'Status',
    'Business days late',
    'Deliverables',
  ],
  projected: (date) => `likely ${date}`,
  status: {
    upcoming: 'Upcoming',
    due_soon: '🟠 Due soon',
    at_risk: '🟡 At risk',
    overdue: '🔴 Late',
    done_on_time: '✅ Done on time',
    done_late: '☑️ Done late',
  },
  side: { client: 'Client', vendor: 'Our team' },
  sideInText: { client: 'the client', vendor: 'our team' },
  nextDaysHeading: 'Next 14 days',
  nothingNextDays: 'No handoff falls due in the next 14 days.',
  nextItem: (date, milestone, owner, done, total) =>
    `**${date}** — ${milestone} (${owner}), ${done}/${total} deliverables ready`,
  missing: (items) => `still missing: ${items}`,
  chartHeading: 'Timeline',
  chartTitle: 'Milestones: baseline and current dates',
  baselineSuffix: 'baseline',
  deadlinesHeading: 'Deadlines this week',
  noDeadlineEvents: 'Nothing happened on the deadlines this week: no reminders, notices or agreements.',
  event: {
    reminder: 'Reminders sent',
    'early-warning': 'Early warnings',
    alternates: 'Alternate contacts asked',
    friendly: 'Friendly reminders after the date',
    'formal-notice': 'Formal notices',
    'escalation-opened': 'Escalations opened',
    'escalation-closed': 'Escalations closed',
    amendment: 'Agreements recorded',
    completed: 'Handoffs completed',
  },
  eventItem: (date, milestone, what) => `${date} — ${milestone}: ${what}`,
  eventOne: {
    reminder: 'reminder',
    'early-warning': 'early warning',
    alternates: 'alternate contacts asked',
    friendly: 'friendly reminder',
    'formal-notice': 'formal notice',
    'escalation-opened': 'escalation opened',
    'escalation-closed': 'escalation closed',
    amendment: 'agreement recorded',
    completed: 'handed off',
  },
  feedbackHeading: 'Client feedback',
  noFeedback: 'No feedback received yet.',
  feedbackCounts: (received, resolved, open) =>
    `This week: **${received}** new, **${resolved}** resolved. Open now: **${open}**.`,
  byTopic: 'By topic',
  byType: 'By type',
  byPriority: 'By priority',
  countColumns: (first) => [first, 'New this week', 'Resolved this week', 'Open'],
  topicColumn: 'Topic',
  typeColumn: 'Type',
  priorityColumn: 'Priority',
  type: { positive: 'Positive', negative: 'Negative', neutral: 'Neutral' },
  openByAge: 'Open feedback by age',
  ageColumns: ['Age', 'Open'],
  ageBuckets: ['Under 1 day', '1–3 days', '3–7 days', '1–4 weeks', 'Over 4 weeks'],
  responseTimes: 'Response times',
  responseColumns: ['', 'Median', '90th percentile', 'Issues'],
  firstResponse: 'First response',
  resolution: 'Resolution',
  elapsedNote: 'Elapsed time since the issue was filed, to date.',
  slaCompliance: (which, rate, met, decided) => `${which} SLA met: **${rate}** (${met} of ${decided})`,
  slaNone: (which) => `${which} SLA: no issue has reached its target yet`,
  rating: (average, count) =>
    `Average rating: **${average} / 5** from ${count} ${count === 1 ? 'rating' : 'ratings'}`,
  noRating: 'No ratings yet.',
  pieTitle: 'Feedback by topic',
  kudosHeading: 'Kudos this week',
  kudosFrom: (link) => `— ${link}`,
  contradictionsHeading: 'Conflicting feedback waiting for an answer',
  contradiction: (link, others) =>
    `${link} conflicts with ${others}: waiting for the client to say which stands`,
  learningHeading: 'Learning',
  learningColumns: ['Figure', 'This week', 'Last week', 'Change'],
  figure: {
    onTimeRate: 'On-time handoffs to date',
    averageDelay: 'Average delay of late handoffs',
    newFeedback: 'New feedback',
    resolvedFeedback: 'Feedback resolved',
    openFeedback: 'Open feedback',
    medianFirstResponse: 'Median first response',
    firstResponseSla: 'First-response SLA met',
    averageRating: 'Average rating',
  },
  rateOf: (rate, part, whole) => `${rate} (${part}/${whole})`,
  businessDays: (days) => `${days} business ${days === '1' ? 'day' : 'days'}`,
  points: 'pts',
  noChange: 'no change',
  rootCausesHeading: 'Root causes of late handoffs',
  noLateHandoffs: 'No late handoffs so far.',
  lateWithoutCause: (count) =>
    `${count === 1 ? '1 late handoff has' : `${count} late handoffs have`} no root cause recorded yet (add a \`root cause: …\` label).`,
  rootCause: {
    'unclear-expectations': 'Unclear expectations',
    'changed-priorities': 'Changed priorities',
    'lack-of-resources': 'Lack of resources',
    'late-information': 'Late information',
    'changed-requirements': 'Changed requirements',
    'internal-issues': 'Internal issues',
    forgotten: 'Forgotten',
    relationship: 'Relationship',
  },
  andMore: (count, link) => `…and ${count} more: [see them all](${link}).`,
  chartMore: (count) => `The chart shows the first milestones only; ${count} more are in the table above.`,
  footer: (week) =>
    `This issue is kept up to date during the week by engagement-keeper and closed when the next week's summary opens. ` +
    `To produce it for any week, run the workflow with \`summary-week: ${week}\`, or \`engagement-keeper plan --summary-week ${week}\` on the command line.`,
  duration: (minutes) => formatDuration(minutes, { day: 'd', hour: 'h', minute: 'min' }),
  closing: (nextWeek, link) =>
    `The summary for week ${nextWeek} is now ${link}; this week's report stays here as it was. Closing this issue.`,
  duplicate: (week, kept) =>
    `Two runs opened a summary for week ${week} at the same moment. ${kept} is the one kept up to date; closing this copy.`,
};

const vi: Words = {
  defaultTitle: '{engagement} — tuần {week}',
  weekRange: (week, first, last, zone) => `**Tuần ${week}** · ${first} – ${last} (${zone})`,
  onTrack: '🟢 Đúng tiến độ',
  atRisk: '🟡 Có nguy cơ trễ',
  late: '🔴 Đang trễ',
  reasonNoMilestones: 'Chưa có mốc bàn giao nào được lên lịch, nên chưa có gì bị trễ.',
  reasonAllClear: (next) =>
    next
      ? `Không có mốc bàn giao nào trễ hoặc có nguy cơ trễ. Mốc tiếp theo: ${next}.`
      : 'Không có mốc bàn giao nào trễ hoặc có nguy cơ trễ.',
  reasonLate: (count, worst, days, owner) =>
    `${count} mốc bàn giao đã quá hạn; trễ nhiều nhất là ${worst} (${owner}), trễ ${days} ngày làm việc.`,
  reasonAtRisk: (milestones, breaches, first) => {
    const parts: string[] = [];
    if (milestones > 0) parts.push(`${milestones} mốc bàn giao có nguy cơ trễ${first ? ` (${first})` : ''}`);
    if (breaches > 0) parts.push(`${breaches} phản hồi đã quá thời gian xử lý đã cam kết`);
    return `${parts.join('; ')}.`;
  },
  decisionsHeading: 'Cần anh/chị quyết định ngay',
  noDecisions: 'Tuần này không có việc gì cần quyết định.',
  escalationOpen: (milestone, link, days) =>
    `Đang mở issue chuyển cấp xử lý cho ${milestone} (trễ ${days} ngày làm việc): ${link}`,
  agreementWaiting: (side, kind, milestone, summary, by, on, link) =>
    `Đang chờ ${side} đồng ý ${kind === 'extend' ? 'ngày mới' : kind === 'undo' ? 'hủy một thay đổi đã thống nhất' : 'thay đổi phạm vi'} cho ${milestone}: ${summary} (${by} đề xuất ngày ${on}) — ${link}`,
  slaBreach: (link, which, priority) =>
    `${link} (${priority}) đã quá ${which.map((kind) => `thời gian ${SLA_NAMES.vi[kind]}`).join(' và ')}`,
  milestonesHeading: 'Các mốc bàn giao',
  noMilestones: 'Chưa có mốc bàn giao nào: anh/chị thêm vào tệp engagement, các mốc sẽ hiện ở đây.',
  milestoneColumns: [
    'Mốc',
    'Bên phụ trách',
    'Ngày gốc',
    'Ngày hiện tại',
    'Trạng thái',
    'Số ngày làm việc trễ',
    'Hạng mục',
  ],
  projected: (date) => `dự kiến ${date}`,
  status: {
    upcoming: 'Sắp tới',
    due_soon: '🟠 Sắp đến hạn',
    at_risk: '🟡 Có nguy cơ trễ',
    overdue: '🔴 Đang trễ',
    done_on_time: '✅ Hoàn thành đúng hạn',
    done_late: '☑️ Hoàn thành trễ',
  },
  side: { client: 'Khách hàng', vendor: 'Chúng tôi' },
  sideInText: { client: 'khách hàng', vendor: 'chúng tôi' },
  nextDaysHeading: '14 ngày tới',
  nothingNextDays: 'Không có mốc bàn giao nào đến hạn trong 14 ngày tới.',
  nextItem: (date, milestone, owner, done, total) =>
    `**${date}** — ${milestone} (${owner}), đã sẵn sàng ${done}/${total} hạng mục`,
  missing: (items) => `còn thiếu: ${items}`,
  chartHeading: 'Dòng thời gian',
  chartTitle: 'Các mốc: ngày gốc và ngày hiện tại',
  baselineSuffix: 'ngày gốc',
  deadlinesHeading: 'Hạn bàn giao trong tuần',
  noDeadlineEvents: 'Tuần này không có nhắc nhở, thông báo hay thỏa thuận nào về hạn bàn giao.',
  event: {
    reminder: 'Nhắc nhở đã gửi',
    'early-warning': 'Cảnh báo sớm',
    alternates: 'Đã liên hệ người thay thế',
    friendly: 'Nhắc nhở nhẹ nhàng sau hạn',
    'formal-notice': 'Thông báo chính thức',
    'escalation-opened': 'Chuyển cấp xử lý đã mở',
    'escalation-closed': 'Chuyển cấp xử lý đã đóng',
    amendment: 'Thỏa thuận đã ghi nhận',
    completed: 'Bàn giao đã hoàn thành',
  },
  eventItem: (date, milestone, what) => `${date} — ${milestone}: ${what}`,
  eventOne: {
    reminder: 'nhắc nhở',
    'early-warning': 'cảnh báo sớm',
    alternates: 'đã liên hệ người thay thế',
    friendly: 'nhắc nhở nhẹ nhàng',
    'formal-notice': 'thông báo chính thức',
    'escalation-opened': 'mở chuyển cấp xử lý',
    'escalation-closed': 'đóng chuyển cấp xử lý',
    amendment: 'ghi nhận thỏa thuận',
    completed: 'đã bàn giao',
  },
  feedbackHeading: 'Phản hồi của khách hàng',
  noFeedback: 'Chưa nhận được phản hồi nào.',
  feedbackCounts: (received, resolved, open) =>
    `Tuần này: **${received}** mới, **${resolved}** đã giải quyết. Đang mở: **${open}**.`,
  byTopic: 'Theo chủ đề',
  byType: 'Theo loại',
  byPriority: 'Theo mức ưu tiên',
  countColumns: (first) => [first, 'Mới trong tuần', 'Giải quyết trong tuần', 'Đang mở'],
  topicColumn: 'Chủ đề',
  typeColumn: 'Loại',
  priorityColumn: 'Ưu tiên',
  type: { positive: 'Tích cực', negative: 'Tiêu cực', neutral: 'Trung lập' },
  openByAge: 'Phản hồi đang mở theo thời gian chờ',
  ageColumns: ['Thời gian chờ', 'Đang mở'],
  ageBuckets: ['Dưới 1 ngày', '1–3 ngày', '3–7 ngày', '1–4 tuần', 'Trên 4 tuần'],
  responseTimes: 'Thời gian xử lý',
  responseColumns: ['', 'Trung vị', 'Phân vị 90', 'Số phản hồi'],
  firstResponse: 'Phản hồi đầu tiên',
  resolution: 'Giải quyết',
  elapsedNote: 'Thời gian thực tính từ lúc phản hồi được gửi, từ đầu dự án đến nay.',
  slaCompliance: (which, rate, met, decided) => `${which} đúng SLA: **${rate}** (${met}/${decided})`,
  slaNone: (which) => `${which}: chưa có phản hồi nào đến mốc SLA`,
  rating: (average, count) => `Điểm đánh giá trung bình: **${average} / 5** từ ${count} lượt đánh giá`,
  noRating: 'Chưa có lượt đánh giá nào.',
  pieTitle: 'Phản hồi theo chủ đề',
  kudosHeading: 'Lời khen trong tuần',
  kudosFrom: (link) => `— ${link}`,
  contradictionsHeading: 'Phản hồi mâu thuẫn đang chờ khách hàng trả lời',
  contradiction: (link, others) =>
    `${link} mâu thuẫn với ${others}: đang chờ khách hàng xác nhận ý kiến nào được giữ`,
  learningHeading: 'Rút kinh nghiệm',
  learningColumns: ['Chỉ số', 'Tuần này', 'Tuần trước', 'Thay đổi'],
  figure: {
    onTimeRate: 'Tỷ lệ bàn giao đúng hạn đến nay',
    averageDelay: 'Số ngày trễ trung bình',
    newFeedback: 'Phản hồi mới',
    resolvedFeedback: 'Phản hồi đã giải quyết',
    openFeedback: 'Phản hồi đang mở',
    medianFirstResponse: 'Trung vị phản hồi đầu tiên',
    firstResponseSla: 'Phản hồi đầu tiên đúng SLA',
    averageRating: 'Điểm đánh giá trung bình',
  },
  rateOf: (rate, part, whole) => `${rate} (${part}/${whole})`,
  businessDays: (days) => `${days} ngày làm việc`,
  points: 'điểm %',
  noChange: 'không đổi',
  rootCausesHeading: 'Nguyên nhân gốc rễ của các lần bàn giao trễ',
  noLateHandoffs: 'Đến nay chưa có lần bàn giao nào bị trễ.',
  lateWithoutCause: (count) =>
    `${count} lần bàn giao trễ chưa ghi nhận nguyên nhân (anh/chị thêm nhãn \`root cause: …\`).`,
  rootCause: {
    'unclear-expectations': 'Kỳ vọng không rõ ràng',
    'changed-priorities': 'Ưu tiên thay đổi',
    'lack-of-resources': 'Thiếu nguồn lực',
    'late-information': 'Thông tin chậm trễ',
    'changed-requirements': 'Thay đổi yêu cầu',
    'internal-issues': 'Vấn đề nội bộ',
    forgotten: 'Quên lịch bàn giao',
    relationship: 'Vấn đề trong quan hệ hợp tác',
  },
  andMore: (count, link) => `…và ${count} mục khác: [xem tất cả](${link}).`,
  chartMore: (count) => `Biểu đồ chỉ hiện các mốc đầu tiên; ${count} mốc còn lại có trong bảng phía trên.`,
  footer: (week) =>
    `Issue này được engagement-keeper cập nhật trong suốt tuần và sẽ được đóng khi bản tổng hợp tuần sau được mở. ` +
    `Để tạo bản tổng hợp cho một tuần bất kỳ, anh/chị chạy workflow với \`summary-week: ${week}\`, hoặc \`engagement-keeper plan --summary-week ${week}\` trên dòng lệnh.`,
  duration: (minutes) => formatDuration(minutes, { day: ' ngày', hour: ' giờ', minute: ' phút' }),
  closing: (nextWeek, link) =>
    `Bản tổng hợp tuần ${nextWeek} đã có tại ${link}; báo cáo của tuần này được giữ nguyên ở đây. Chúng tôi đóng issue này.`,
  duplicate: (week, kept) =>
    `Hai lần chạy cùng lúc đã mở hai bản tổng hợp cho tuần ${week}. ${kept} là bản được cập nhật; chúng tôi đóng bản trùng này.`,
};

export const WORDS: Readonly<Record<Locale, Words>> = { en, vi };

function formatDuration(minutes: number, unit: { day: string; hour: string; minute: string }): string {
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const sep = ' ';
  if (days > 0) return hours > 0 ? `${days}${unit.day}${sep}${hours}${unit.hour}` : `${days}${unit.day}`;
  if (hours > 0) return mins > 0 ? `${hours}${unit.hour}${sep}${mins}${unit.minute}` : `${hours}${unit.hour}`;
  return `${mins}${unit.minute}`;
}
