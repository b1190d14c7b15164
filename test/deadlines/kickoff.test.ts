// The kickoff issue: one per engagement, pinned, in the client's language and form of address; the
// baseline agreed once by the client and kept as the action's own record; later agreed changes listed
// against it; one reminder when the baseline waits too long. Every step ends with a quiet rerun.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement, EngagementInput } from '../../src/engagement/schema';
import { addComment, tickItem, updateIssue } from '../../fake-github/world';
import {
  CONTACTS_WITH_MANAGERS,
  bothSidesIn,
  comments,
  contextOf,
  emptyWorld,
  engagementOf,
  issueByTitle,
  planOf,
  step,
} from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

/** The kickoff on; the client sees neither fees nor the dispute ladder (the defaults of a file). */
function withKickoff(overrides: Partial<EngagementInput> = {}): Engagement {
  const engagement = engagementOf({
    contacts: CONTACTS_WITH_MANAGERS,
    kickoff: { enabled: true },
    ...overrides,
  });
  const hidden = { fees: false, dispute: false, root_causes: false };
  return { ...engagement, engagement: { ...engagement.engagement, client_sees: hidden } };
}
const engagement = withKickoff();

const kickoffOf = (snapshot: Snapshot) => issueByTitle(snapshot, 'Khởi động dự án');
const issueByNumber = (snapshot: Snapshot, number: number) =>
  snapshot.issues.find((issue) => issue.number === number)!;
const kindsOf = (body: string): string[] => parseMarkers(body).map((marker) => marker.kind);

function opened(): { snapshot: Snapshot; kickoff: number } {
  const snapshot = step(engagement, emptyWorld(), at('2026-11-02', '08:00')).snapshot;
  return { snapshot, kickoff: kickoffOf(snapshot).number };
}

/** The kickoff opened on Monday 2 November and its baseline agreed by the client primary that morning. */
function agreed(): Snapshot {
  const { snapshot, kickoff } = opened();
  const withAgree = addComment(snapshot, kickoff, {
    author: 'lan-bepxanh',
    body: '/agree',
    createdAt: at('2026-11-02', '09:00'),
  });
  return step(engagement, withAgree, at('2026-11-02', '09:30')).snapshot;
}

describe('the kickoff issue', () => {
  it('is on by default; `kickoff: { enabled: false }` turns it off', () => {
    const off = step(engagementOf(), emptyWorld(), at('2026-11-02', '08:00')).writes;
    expect(engagementOf().kickoff.enabled).toBe(false);
    expect(off.some((write) => write.kind === 'pin-issue')).toBe(false);
    expect(off.filter((write) => write.kind === 'open-issue')).toHaveLength(3);
    // The same file without the setting: one kickoff more, pinned.
    const byDefault = engagementOf({ kickoff: {} });
    expect(byDefault.kickoff.enabled).toBe(true);
    const on = step(byDefault, emptyWorld(), at('2026-11-02', '08:00')).writes;
    expect(on.filter((write) => write.kind === 'pin-issue')).toHaveLength(1);
    expect(on.filter((write) => write.kind === 'open-issue')).toHaveLength(4);
  });

  it('opens none for an engagement whose every milestone is already handed over, one while any is left', () => {
    // The action ran without the kickoff; every deliverable of every milestone is then ticked.
    const off = engagementOf();
    let snapshot = step(off, emptyWorld(), at('2026-11-02', '08:00')).snapshot;
    const tickAll = (world: Snapshot, except?: string): Snapshot =>
      world.issues
        .filter((issue) => !except || !issue.title.includes(except))
        .reduce(
          (next, issue) =>
            updateIssue(next, issue.number, (current) => ({
              ...current,
              body: current.body.replaceAll('- [ ]', '- [x]'),
              updatedAt: at('2026-11-03'),
            })),
          world,
        );
    const byDefault = engagementOf({ kickoff: {} });
    const kickoffs = (world: Snapshot) =>
      step(byDefault, world, at('2026-11-04')).writes.filter(
        (write) => write.kind === 'open-issue' && write.marker.kind === 'kickoff',
      );
    const allDone = step(off, tickAll(snapshot), at('2026-11-03', '10:00')).snapshot;
    expect(kickoffs(allDone)).toEqual([]);
    snapshot = step(off, tickAll(snapshot, 'Design approval'), at('2026-11-03', '10:00')).snapshot;
    expect(kickoffs(snapshot)).toHaveLength(1);
  });

  it('opens once, pinned, in the client language: schedule, contacts, channels, response times, commands, terms', () => {
    const first = step(engagement, emptyWorld(), at('2026-11-02', '08:00'));
    const open = first.writes.filter((write) => write.kind === 'open-issue');
    const kickoffWrite = open.find((write) => write.kind === 'open-issue' && write.marker.kind === 'kickoff');
    expect(kickoffWrite?.kind === 'open-issue' && kickoffWrite.labels).toEqual(['engagement: kickoff']);
    const pin = first.writes.find((write) => write.kind === 'pin-issue');
    expect(pin?.kind === 'pin-issue' && pin.issue).toEqual({ created: 'kickoff|engagement|' });
    const issue = kickoffOf(first.snapshot);
    expect(issue.pinned).toBe(true);
    const body = issue.body;
    // Her form of address, and the team's voice, from the first line to the last.
    expect(body).toMatch(/^Chào chị Lan \(@lan-bepxanh\),/u);
    expect(body).toContain('Nhờ chị xem giúp');
    expect(body).not.toContain('anh/chị');
    expect(body).toMatch(
      /\| \*\*Brand assets and content\*\* \| Bếp Xanh Coffee: chị Lan \(@\u200dlan-bepxanh\) \| .*27\/11\/2026.* \| Logo files; Brand guidelines PDF; Product photos; About-us text \| — \|/u,
    );
    expect(body).toContain('| **Visual design of key pages** | Sông Hàn Digital');
    expect(body).toContain(
      'dự phòng: anh Minh (@\u200dminh-bepxanh); người phụ trách: chị Thu (@\u200dthu-bepxanh)',
    );
    expect(body).toContain('| Khẩn cấp | 24 giờ | 3 ngày làm việc |');
    for (const command of [
      '/agree',
      '/extend YYYY-MM-DD',
      '/rescope',
      '/undo',
      '/note call|email|meeting|chat',
    ])
      expect(body).toContain(command);
    expect(body).toContain('- Hợp đồng: SH-2026-014.');
    expect(body).toContain('các mốc phụ thuộc vào mốc đó lùi theo đúng số ngày làm việc bị trễ');
    expect(body).toContain(
      'chuyển tới chị Hoa (@\u200dhoa-songhan) và chị Thu (@\u200dthu-bepxanh) sau 5 ngày làm việc',
    );
    // The engagement file has a late fee, but does not say the client sees fees: not shown; nor disputes.
    expect(body).not.toMatch(/Phí trễ hạn|500\.000|arbitration/u);
    expect(body).toContain('_Đang chờ chị Lan (@\u200dlan-bepxanh) xác nhận bằng `/agree`._');
    // Pinned once: a rerun a day later pins nothing and changes nothing.
    expect(planOf(engagement, first.snapshot, at('2026-11-03')).writes).toEqual([]);
  });

  it('shows the late fee and the dispute ladder where client_sees allows them', () => {
    const open = withKickoff();
    const seeing = {
      ...open,
      engagement: { ...open.engagement, client_sees: { fees: true, dispute: true, root_causes: false } },
    };
    const body = kickoffOf(step(seeing, emptyWorld(), at('2026-11-02', '08:00')).snapshot).body;
    expect(body).toMatch(
      /- Phí trễ hạn: 500\.000\s₫ mỗi ngày làm việc sau thời gian ân hạn 2 ngày làm việc; tối đa 10\.000\.000\s₫\./u,
    );
    // The default dispute ladder, in the client's language (English steps here were the defect fixed).
    expect(body).toContain(
      'rà soát điều khoản hợp đồng → thương lượng → hòa giải → trọng tài hoặc tòa án, theo điều khoản của hợp đồng',
    );
    expect(body).not.toMatch(/contract review|negotiation|mediation|arbitration/u);
  });

  it("records the client's /agree once as the baseline; edits and deletions afterwards change nothing", () => {
    const { snapshot: start, kickoff } = opened();
    let snapshot = addComment(start, kickoff, {
      author: 'random-passer',
      body: '/agree',
      createdAt: at('2026-11-02', '10:00'),
    });
    snapshot = addComment(snapshot, kickoff, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: '/agree',
      createdAt: at('2026-11-02', '10:05'),
    });
    snapshot = addComment(snapshot, kickoff, {
      author: 'lan-bepxanh',
      body: 'Mình sẽ đồng ý sau, ví dụ:\n```\n/agree\n```',
      createdAt: at('2026-11-02', '10:10'),
    });
    const refused = step(engagement, snapshot, at('2026-11-02', '11:00'));
    const replies = comments(refused.writes);
    expect(replies.map((write) => write.marker.kind)).toEqual(['kickoff-reply', 'kickoff-reply']);
    expect(replies[0]!.body).toContain(
      'Cảm ơn anh/chị @random-passer. Nội dung khởi động trở thành cơ sở chung',
    );
    // The team reads English; an English message names "Anh Quang" as Quang.
    expect(replies[1]!.body).toContain(
      'Quang (@quang-songhan), thank you — Sông Hàn Digital proposed this kickoff',
    );
    expect(kickoffOf(refused.snapshot).body).toContain('Đang chờ');

    snapshot = addComment(refused.snapshot, kickoff, {
      id: 7001,
      author: 'lan-bepxanh',
      body: 'Mọi thứ đúng rồi.\n/agree',
      createdAt: at('2026-11-03', '09:30'),
    });
    const agreed = step(engagement, snapshot, at('2026-11-03', '10:00'));
    const record = comments(agreed.writes).find((write) => write.marker.kind === 'kickoff-baseline')!;
    expect(record.body).toContain(
      '**Đã thống nhất lịch cơ sở**: chị Lan (@\u200dlan-bepxanh) bên Bếp Xanh Coffee',
    );
    expect(record.body).toMatch(/- \*\*Brand assets and content\*\*: .*27\/11\/2026/u);
    expect(record.marker.data?.schedule).toBe(
      'brand-assets=2026-11-27;design=2026-12-11;design-approval=2026-12-16',
    );
    expect(kickoffOf(agreed.snapshot).body).toContain(
      'Chị Lan (@\u200dlan-bepxanh) bên Bếp Xanh Coffee đã đồng ý',
    );
    expect(kickoffOf(agreed.snapshot).body).toContain('_Chưa có thay đổi nào._');
    // Agreed: the body no longer asks for the `/agree` it has, nor calls today's table the baseline.
    expect(kickoffOf(refused.snapshot).body).toContain('trả lời `/agree` tại đây để nội dung này trở thành');
    expect(kickoffOf(agreed.snapshot).body).not.toContain(
      'trả lời `/agree` tại đây để nội dung này trở thành',
    );
    expect(kickoffOf(agreed.snapshot).body).toContain(
      'Dưới đây là thông tin hiện tại của **Bếp Xanh website rebuild**',
    );
    expect(kickoffOf(agreed.snapshot).body).toContain(
      'Nội dung khởi động đã được đồng ý: lịch bàn giao dưới đây là các hạn hiện tại',
    );
    // The terms shown are today's file: the body never says the two sides agreed them as shown.
    expect(kickoffOf(agreed.snapshot).body).not.toContain('hai bên đã thống nhất');

    const bodyAfter = kickoffOf(agreed.snapshot).body;
    const edited = updateIssue(agreed.snapshot, kickoff, (issue) => ({
      ...issue,
      comments: issue.comments.map((comment) =>
        comment.id === 7001
          ? { ...comment, body: 'Chưa đồng ý.', edited: true, updatedAt: at('2026-11-04', '09:00') }
          : comment,
      ),
    }));
    expect(planOf(engagement, edited, at('2026-11-04', '09:01')).writes).toEqual([]);
    const deleted = updateIssue(agreed.snapshot, kickoff, (issue) => ({
      ...issue,
      comments: issue.comments.filter((comment) => comment.id !== 7001),
    }));
    expect(planOf(engagement, deleted, at('2026-11-04', '09:01')).writes).toEqual([]);
    expect(kickoffOf(deleted).body).toBe(bodyAfter);
    // A later /agree by the client after the baseline: nothing more.
    const again = addComment(deleted, kickoff, {
      author: 'minh-bepxanh',
      body: '/agree',
      createdAt: at('2026-11-05', '09:00'),
    });
    expect(planOf(engagement, again, at('2026-11-05', '09:05')).writes).toEqual([]);
  });

  it('reminds the client primary once, a minute after the agreement was due, not a minute before', () => {
    const { snapshot, kickoff } = opened();
    const calendar = contextOf(engagement, snapshot, at('2026-11-02')).calendar;
    const due = calendar.addDuration(
      new Date(issueByNumber(snapshot, kickoff).createdAt),
      engagement.kickoff.agree_within,
    );
    const minute = 60_000;
    // Opened Monday 2 Nov before working hours: Monday counts, so the three business days end on Wednesday.
    expect(calendar.localDate(due)).toBe('2026-11-04');
    expect(planOf(engagement, snapshot, new Date(due.getTime() - minute)).writes).toEqual([]);
    const reminded = step(engagement, snapshot, new Date(due.getTime() + minute).toISOString());
    const notes = comments(reminded.writes);
    expect(notes.map((write) => write.marker.kind)).toEqual(['kickoff-reminder']);
    expect(notes[0]!.body).toMatch(/^Chào chị Lan \(@lan-bepxanh\),/u);
    expect(notes[0]!.body).toContain('nhờ chị xem giúp và trả lời `/agree`');
    expect(planOf(engagement, reminded.snapshot, at('2026-11-10')).writes).toEqual([]);
  });

  it('lists a later agreed extension against the baseline', () => {
    let snapshot = agreed();
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/extend 2026-12-04 Ảnh sản phẩm cần chụp lại',
      createdAt: at('2026-11-10', '09:00'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: '/agree',
      createdAt: at('2026-11-10', '10:00'),
    });
    const moved = step(engagement, snapshot, at('2026-11-10', '11:00'));
    const body = kickoffOf(moved.snapshot).body;
    // The new date is said once, as "hiện nay", and the zone once in the line.
    expect(body).toContain(
      '- **Brand assets and content**: theo lịch cơ sở 17:30 thứ Sáu, 27/11/2026 (giờ Việt Nam), hiện nay 17:30 thứ Sáu, 04/12/2026; gia hạn (chị Lan (@\u200dlan-bepxanh) đề xuất, anh Quang (@\u200dquang-songhan) đồng ý vào 10:00 thứ Ba, 10/11/2026).',
    );
    const changeLine = (text: string): string =>
      text.split('\n').find((line) => line.startsWith('- **Brand assets and content**: theo lịch cơ sở')) ??
      '';
    expect(changeLine(body).match(/04\/12\/2026/gu)).toHaveLength(1);
    expect(moved.writes.filter((write) => write.kind === 'edit-issue').length).toBeGreaterThan(0);
    expect(kindsOf(kickoffOf(moved.snapshot).body)).toEqual(['kickoff']);

    // A second extension: the first one's date is no longer the date in force, and stays said.
    snapshot = addComment(moved.snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/extend 2026-12-11 Cần thêm một tuần',
      createdAt: at('2026-11-12', '09:00'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: '/agree',
      createdAt: at('2026-11-12', '10:00'),
    });
    const again = kickoffOf(step(engagement, snapshot, at('2026-11-12', '11:00')).snapshot).body;
    expect(again).toContain(
      '- **Brand assets and content**: theo lịch cơ sở 17:30 thứ Sáu, 27/11/2026 (giờ Việt Nam), hiện nay 17:30 thứ Sáu, 11/12/2026; dời hạn bàn giao sang 17:30 thứ Sáu, 04/12/2026 (chị Lan (@\u200dlan-bepxanh) đề xuất, anh Quang (@\u200dquang-songhan) đồng ý vào 10:00 thứ Ba, 10/11/2026); gia hạn (chị Lan (@\u200dlan-bepxanh) đề xuất, anh Quang (@\u200dquang-songhan) đồng ý vào 10:00 thứ Năm, 12/11/2026).',
    );
    expect(changeLine(again).match(/11\/12\/2026/gu)).toHaveLength(1);
  });

  it('lists a milestone moved day for day by a late dependency, and why, though no one agreed its date', () => {
    let snapshot = agreed();
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    // Brand assets (due Friday 27 November) come in on Tuesday 1 December: two business days late.
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text'])
      snapshot = tickItem(snapshot, brand, item, at('2026-12-01', '10:00'));
    const body = kickoffOf(step(engagement, snapshot, at('2026-12-01', '11:00')).snapshot).body;
    expect(body).toContain(
      '- **Visual design of key pages**: theo lịch cơ sở 17:30 thứ Sáu, 11/12/2026 (giờ Việt Nam), hiện nay 17:30 thứ Ba, 15/12/2026; dời theo đúng số ngày làm việc vì Brand assets and content được bàn giao trễ.',
    );
    expect(body).toContain(
      '- **Design approval**: theo lịch cơ sở 17:30 thứ Tư, 16/12/2026 (giờ Việt Nam), hiện nay 17:30 thứ Sáu, 18/12/2026; dời theo đúng số ngày làm việc vì hạn của Visual design of key pages đã được dời.',
    );
    // Its own date was never changed by agreement or in the file: it does not say so.
    expect(body).not.toContain('đã thay đổi trong tệp engagement');
  });

  it('says a milestone whose scope changed is still due on its baseline date, once', () => {
    let snapshot = agreed();
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      association: 'MEMBER',
      body: '/rescope Ảnh sản phẩm do bên em chụp',
      createdAt: at('2026-11-10', '09:00'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/agree',
      createdAt: at('2026-11-10', '10:00'),
    });
    const body = kickoffOf(step(engagement, snapshot, at('2026-11-10', '11:00')).snapshot).body;
    expect(body).toContain(
      '- **Brand assets and content**: hạn vẫn là 17:30 thứ Sáu, 27/11/2026 (giờ Việt Nam), như trong lịch cơ sở; điều chỉnh phạm vi: “Ảnh sản phẩm do bên em chụp” (anh Quang (@\u200dquang-songhan) đề xuất, chị Lan (@\u200dlan-bepxanh) đồng ý vào 10:00 thứ Ba, 10/11/2026).',
    );
    expect(body).not.toContain('hiện nay');
  });
});

// The kickoff greets its reader in their language; its schedule, contacts and terms list people in
// that language too, or one message would call the same person two ways ("Chào bà Smith" above a
// table of "Mrs Smith").
describe('the people a kickoff lists', () => {
  const kickoffIn = (locale: 'en' | 'vi', primary: { handle: string; name: string }): string => {
    const file = withKickoff({
      engagement: bothSidesIn(locale),
      contacts: { ...CONTACTS_WITH_MANAGERS, client: { ...CONTACTS_WITH_MANAGERS.client, primary } },
    });
    const writes = step(file, emptyWorld(), at('2026-11-02', '08:00')).writes;
    const kickoff = writes.find(
      (write) => write.kind === 'open-issue' && /^(?:Kickoff|Khởi động dự án)/u.test(write.title),
    );
    return kickoff?.kind === 'open-issue' ? kickoff.body : '';
  };

  it('names Mrs Smith `bà Smith` all through a Vietnamese kickoff', () => {
    const body = kickoffIn('vi', { handle: '@lan-bepxanh', name: 'Mrs Smith' });
    expect(body).toMatch(/^Chào bà Smith \(@lan-bepxanh\),/u);
    expect(body).toContain('- **Bếp Xanh Coffee**: bà Smith (@\u200dlan-bepxanh) (đầu mối chính)');
    expect(body).toContain('_Đang chờ bà Smith (@\u200dlan-bepxanh) xác nhận bằng `/agree`._');
    expect(body).not.toContain('Mrs Smith');
  });

  it('names Chị Lan `Lan` all through an English kickoff', () => {
    const body = kickoffIn('en', { handle: '@lan-bepxanh', name: 'Chị Lan' });
    expect(body).toMatch(/^Hello Lan \(@lan-bepxanh\),/u);
    expect(body).toContain('- **Bếp Xanh Coffee**: Lan (@\u200dlan-bepxanh) (primary contact)');
    expect(body).toContain('_Waiting for the `/agree` of Lan (@\u200dlan-bepxanh)._');
    // The other contacts the file names with a Vietnamese word of address lose it too.
    expect(body).toContain('account manager: Hoa (@\u200dhoa-songhan)');
    expect(body).not.toMatch(/(?:^|[\s(])[Cc]hị |(?:^|[\s(])[Aa]nh /u);
  });
});

describe('response times in the kickoff', () => {
  it("are written in the reader's language, whatever language the file wrote them in", () => {
    const sla = {
      urgent: { first_response: '90 minutes', resolution: '16 business hours' },
      important: { first_response: '1.5h', resolution: '3 ngày làm việc' },
      not_important: { first_response: '2 ngày', resolution: '1w' },
    };
    const rows = (locale: 'vi' | 'en'): string[] => {
      const file = withKickoff({
        engagement: { ...engagement.engagement, client_locale: locale },
        feedback: { sla },
      });
      const { issues } = step(file, emptyWorld(), at('2026-11-30')).snapshot;
      const body = issues.find((issue) => kindsOf(issue.body).includes('kickoff'))!.body;
      return body
        .split('\n')
        .filter((line) => /^\| (Khẩn cấp|Quan trọng|Thấp|Urgent|Important|Low) \|/u.test(line));
    };
    expect(rows('vi')).toEqual([
      '| Khẩn cấp | 90 phút | 16 giờ làm việc |',
      '| Quan trọng | 1,5 giờ | 3 ngày làm việc |',
      '| Thấp | 2 ngày | 1 tuần |',
    ]);
    expect(rows('en')).toEqual([
      '| Urgent | 90 minutes | 16 business hours |',
      '| Important | 1.5 hours | 3 business days |',
      '| Low | 2 days | 1 week |',
    ]);
  });
});

describe('a client primary the file names by handle only', () => {
  it('is notified by the kickoff greeting, in either language, and the rerun writes nothing', () => {
    for (const locale of ['vi', 'en'] as const) {
      const plain = withKickoff({
        engagement: { ...engagement.engagement, client_locale: locale },
        contacts: {
          ...CONTACTS_WITH_MANAGERS,
          client: { ...CONTACTS_WITH_MANAGERS.client, primary: { handle: '@lan-bepxanh' } },
        },
      } as Partial<EngagementInput>);
      const { snapshot } = step(plain, emptyWorld(), at('2026-11-02'));
      const kickoff = snapshot.issues.find((issue) => kindsOf(issue.body).includes('kickoff'))!;
      const first = kickoff.body.split('\n')[0];
      // A real mention: no zero-width joiner after the @, so GitHub notifies her.
      expect(first).toBe(locale === 'vi' ? 'Chào anh/chị @lan-bepxanh,' : 'Hello @lan-bepxanh,');
      expect(planOf(plain, snapshot, at('2026-11-02', '10:00')).writes).toEqual([]);
    }
  });
});
