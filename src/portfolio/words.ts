// Every word the portfolio issue writes, in English and Vietnamese. The reader is the agency's
// leadership and account managers: calm, factual, never blaming a client or a colleague; Vietnamese
// addresses the reader as "anh/chị" and the agency as "chúng tôi".
import type { Locale } from '../engagement/schema';
import type { RowStatus } from './figures';

export interface PortfolioWords {
  readonly defaultTitle: string;
  readonly intro: (week: string, asOf: string, engagements: number) => string;
  readonly status: Readonly<Record<RowStatus, string>>;
  readonly countsLine: (parts: string) => string;
  readonly furthestBehind: string;
  readonly noneBehind: string;
  readonly behindItem: (engagement: string, milestone: string, days: number, side: string) => string;
  readonly breachesThisWeek: (total: number, parts: string) => string;
  readonly noBreaches: string;
  readonly lowestSatisfaction: (engagement: string, average: string, count: number) => string;
  readonly noRatings: string;
  readonly side: Readonly<Record<'client' | 'vendor', string>>;
  readonly rowsHeading: string;
  readonly columns: readonly string[];
  readonly lateCell: (now: number, doneLate: number) => string;
  readonly failedCell: (reason: string) => string;
  readonly none: string;
  readonly acrossHeading: (weeks: number) => string;
  readonly causesHeading: string;
  readonly causeColumns: readonly string[];
  readonly causeUnrecorded: string;
  readonly noLate: string;
  readonly topicsHeading: string;
  readonly topicColumns: readonly string[];
  readonly noNegative: string;
  readonly clientsHeading: string;
  readonly clientColumns: readonly string[];
  readonly noSlips: string;
  readonly managersHeading: string;
  readonly teamsHeading: string;
  readonly groupColumns: (what: string) => readonly string[];
  readonly manager: string;
  readonly team: string;
  readonly loadHeading: (days: number, until: string) => string;
  readonly loadColumns: readonly string[];
  readonly noLoad: string;
  readonly overdueTag: string;
  readonly chartsHeading: string;
  readonly chartStatus: string;
  readonly chartBreaches: string;
  readonly strays: (files: string) => string;
  readonly missingFacts: string;
  readonly footer: string;
  readonly closing: (nextWeek: string, link: string) => string;
  readonly duplicate: (week: string, kept: string) => string;
}

const en: PortfolioWords = {
  defaultTitle: '{portfolio} — week {week}',
  intro: (week, asOf, n) => `Week ${week} · figures as of ${asOf} · ${n} engagement${n === 1 ? '' : 's'}.`,
  status: { on_track: '🟢 on track', at_risk: '🟠 at risk', late: '🔴 late', failed: '⚪ failed' },
  countsLine: (parts) => `**${parts}**`,
  furthestBehind: 'Handoffs furthest behind',
  noneBehind: 'No handoff is overdue across the portfolio.',
  behindItem: (engagement, milestone, days, side) =>
    `${engagement}: ${milestone} — ${days} business day${days === 1 ? '' : 's'} past due (${side})`,
  breachesThisWeek: (total, parts) => `SLA breaches this week: **${total}** (${parts}).`,
  noBreaches: 'SLA breaches this week: none.',
  lowestSatisfaction: (engagement, average, count) =>
    `Lowest satisfaction: ${engagement}, ${average} / 5 over ${count} rating${count === 1 ? '' : 's'}.`,
  noRatings: 'Lowest satisfaction: no client has rated a resolution yet.',
  side: { client: 'client side', vendor: 'our side' },
  rowsHeading: 'Engagements',
  columns: [
    'Engagement',
    'Status',
    'Next handoff',
    'Late handoffs',
    'Open feedback',
    'First-response SLA',
    'Rating',
    'Weekly summary',
  ],
  lateCell: (now, doneLate) => `${now} now · ${doneLate} done late`,
  failedCell: (reason) => `Its run did not finish: ${reason}`,
  none: '—',
  acrossHeading: (weeks) => `Across projects (last ${weeks} weeks)`,
  causesHeading: 'Root causes of late handoffs',
  causeColumns: ['Root cause', 'Late handoffs'],
  causeUnrecorded: 'not recorded yet',
  noLate: 'No handoff was late in these weeks.',
  topicsHeading: 'Negative feedback by topic',
  topicColumns: ['Topic', 'Negative feedback'],
  noNegative: 'No negative feedback in these weeks.',
  clientsHeading: 'Client handoffs that slip most',
  clientColumns: ['Client', 'Late handoffs', 'Business days late'],
  noSlips: 'No client handoff slipped in these weeks.',
  managersHeading: 'By account manager',
  teamsHeading: 'By team',
  groupColumns: (what) => [
    what,
    'Engagements',
    'On-time rate',
    'First response (median / p90)',
    'Resolution (median / p90)',
  ],
  manager: 'Account manager',
  team: 'Team',
  loadHeading: (days, until) => `Our people's handoffs — the next ${days} business days (to ${until})`,
  loadColumns: ['Person', 'Handoffs', 'What is due'],
  noLoad: 'Nothing of ours falls due in this window.',
  overdueTag: 'past due',
  chartsHeading: 'Charts',
  chartStatus: 'Engagements by status',
  chartBreaches: 'SLA breaches per week',
  strays: (files) => `Facts that no engagement of the portfolio file asked for were left out: ${files}.`,
  missingFacts:
    'no facts arrived from its job (it stopped before the action ran: check the GitHub App installation and the job log)',
  footer:
    'Kept up to date by the portfolio workflow from the facts each engagement run leaves; it lives only in this internal repository and reads no client repository. Closed when the next week’s issue opens.',
  closing: (nextWeek, link) =>
    `The portfolio issue for week ${nextWeek} is now ${link}; this week's figures stay here as they were. Closing this issue.`,
  duplicate: (week, kept) =>
    `Two runs opened a portfolio issue for week ${week} at the same moment. ${kept} is the one kept up to date; closing this copy.`,
};

const vi: PortfolioWords = {
  defaultTitle: '{portfolio} — tuần {week}',
  intro: (week, asOf, n) => `Tuần ${week} · số liệu tính đến ${asOf} · ${n} dự án.`,
  status: {
    on_track: '🟢 đúng tiến độ',
    at_risk: '🟠 có rủi ro',
    late: '🔴 trễ hạn',
    failed: '⚪ chưa chạy được',
  },
  countsLine: (parts) => `**${parts}**`,
  furthestBehind: 'Các lần bàn giao trễ nhất',
  noneBehind: 'Hiện không có lần bàn giao nào quá hạn trong toàn bộ danh mục.',
  behindItem: (engagement, milestone, days, side) =>
    `${engagement}: ${milestone} — quá hạn ${days} ngày làm việc (${side})`,
  breachesThisWeek: (total, parts) => `Vi phạm SLA trong tuần: **${total}** (${parts}).`,
  noBreaches: 'Vi phạm SLA trong tuần: không có.',
  lowestSatisfaction: (engagement, average, count) =>
    `Mức hài lòng thấp nhất: ${engagement}, ${average} / 5 trên ${count} lượt đánh giá.`,
  noRatings: 'Mức hài lòng thấp nhất: chưa có khách hàng nào đánh giá kết quả xử lý.',
  side: { client: 'phía khách hàng', vendor: 'phía chúng tôi' },
  rowsHeading: 'Các dự án',
  columns: [
    'Dự án',
    'Tình trạng',
    'Bàn giao tiếp theo',
    'Bàn giao trễ',
    'Phản hồi đang mở',
    'SLA phản hồi đầu tiên',
    'Đánh giá',
    'Báo cáo tuần',
  ],
  lateCell: (now, doneLate) => `${now} đang trễ · ${doneLate} đã giao trễ`,
  failedCell: (reason) => `Lần chạy chưa hoàn tất: ${reason}`,
  none: '—',
  acrossHeading: (weeks) => `Toàn danh mục (${weeks} tuần gần nhất)`,
  causesHeading: 'Nguyên nhân gốc rễ của các lần bàn giao trễ',
  causeColumns: ['Nguyên nhân', 'Số lần trễ'],
  causeUnrecorded: 'chưa ghi nhận',
  noLate: 'Không có lần bàn giao nào trễ trong các tuần này.',
  topicsHeading: 'Phản hồi tiêu cực theo chủ đề',
  topicColumns: ['Chủ đề', 'Phản hồi tiêu cực'],
  noNegative: 'Không có phản hồi tiêu cực trong các tuần này.',
  clientsHeading: 'Khách hàng có bàn giao hay bị lùi nhất',
  clientColumns: ['Khách hàng', 'Số lần trễ', 'Tổng ngày làm việc trễ'],
  noSlips: 'Không có bàn giao nào của khách hàng bị lùi trong các tuần này.',
  managersHeading: 'Theo người quản lý khách hàng',
  teamsHeading: 'Theo nhóm',
  groupColumns: (what) => [
    what,
    'Dự án',
    'Tỷ lệ đúng hạn',
    'Phản hồi đầu tiên (trung vị / p90)',
    'Xử lý xong (trung vị / p90)',
  ],
  manager: 'Người quản lý',
  team: 'Nhóm',
  loadHeading: (days, until) =>
    `Việc bàn giao của người phía chúng tôi — ${days} ngày làm việc tới (đến ${until})`,
  loadColumns: ['Người phụ trách', 'Số bàn giao', 'Hạn bàn giao'],
  noLoad: 'Phía chúng tôi không có bàn giao nào đến hạn trong khoảng này.',
  overdueTag: 'đã quá hạn',
  chartsHeading: 'Biểu đồ',
  chartStatus: 'Dự án theo tình trạng',
  chartBreaches: 'Vi phạm SLA theo tuần',
  strays: (files) => `Các tệp số liệu không thuộc dự án nào trong tệp danh mục đã được bỏ qua: ${files}.`,
  missingFacts:
    'không nhận được số liệu từ job của dự án (job dừng trước khi action chạy: anh/chị kiểm tra việc cài GitHub App và nhật ký của job)',
  footer:
    'Bản này được quy trình danh mục cập nhật từ số liệu mỗi lần chạy của từng dự án; nó chỉ nằm trong kho nội bộ này và không đọc kho nào của khách hàng. Bản sẽ được đóng khi bản của tuần sau được mở.',
  closing: (nextWeek, link) =>
    `Báo cáo danh mục của tuần ${nextWeek} nay là ${link}; số liệu tuần này được giữ nguyên tại đây. Chúng tôi đóng issue này.`,
  duplicate: (week, kept) =>
    `Hai lần chạy cùng lúc đã mở hai báo cáo danh mục cho tuần ${week}. ${kept} là bản được cập nhật; chúng tôi đóng bản trùng này.`,
};

export const PORTFOLIO_WORDS: Readonly<Record<Locale, PortfolioWords>> = { en, vi };
