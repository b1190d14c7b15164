import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { addComment } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

function overdue(): { snapshot: Snapshot; brand: number } {
  let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  snapshot = addComment(snapshot, brand, {
    author: 'lan-bepxanh',
    body: 'Bên mình cần thêm thời gian.',
    createdAt: at('2026-11-27'),
  });
  snapshot = step(engagement, snapshot, at('2026-11-30')).snapshot;
  return { snapshot, brand };
}

describe('documented agreements', () => {
  it('an extension proposed by one side takes effect when the other side agrees, and dependants move', () => {
    const start = overdue();
    const brand = start.brand;
    let snapshot = start.snapshot;
    snapshot = addComment(snapshot, brand, {
      id: 501,
      author: 'lan-bepxanh',
      body: '/extend 2026-12-04 Ảnh sản phẩm đang chụp lại',
      createdAt: at('2026-11-30', '10:00'),
    });
    const proposed = step(engagement, snapshot, at('2026-11-30', '11:00'));
    const ack = comments(proposed.writes)[0]!;
    expect(ack.marker).toMatchObject({ kind: 'proposal', stage: '501' });
    expect(ack.body).toContain('@quang-songhan'); // the vendor primary is asked to agree
    const pending = deriveMilestoneFacts(
      contextOf(engagement, proposed.snapshot, at('2026-11-30', '11:00')),
    )[0]!;
    expect(pending.pendingAgreements).toMatchObject([
      { kind: 'extend', waitingFor: 'vendor', proposedBy: 'lan-bepxanh' },
    ]);

    snapshot = addComment(proposed.snapshot, brand, {
      author: 'quang-songhan',
      body: '/agree',
      createdAt: at('2026-11-30', '14:00'),
    });
    const agreed = step(engagement, snapshot, at('2026-11-30', '15:00'));
    const record = comments(agreed.writes).find((write) => write.marker.kind === 'amendment')!;
    expect(record.body).toContain('dời hạn bàn giao sang');
    expect(record.body).toContain('04/12/2026');
    expect(record.body).toContain('Ảnh sản phẩm đang chụp lại');
    expect(record.body).toContain('Đồng ý bởi anh Quang');
    expect(record.body).toMatch(/Visual design of key pages\*\*: từ .*11\/12\/2026.* sang .*18\/12\/2026/);
    const tracking = issueByTitle(agreed.snapshot, 'Brand assets');
    expect(tracking.body).toContain('### Các thay đổi đã thống nhất');
    expect(tracking.body).toContain('04/12/2026');
    expect(tracking.labels).toContain('deadline: at risk');
    expect(tracking.labels).not.toContain('deadline: overdue');
    const facts = deriveMilestoneFacts(contextOf(engagement, agreed.snapshot, at('2026-11-30', '15:00')));
    expect(facts[0]!.currentDue).toBe('2026-12-04T10:30:00.000Z');
    expect(facts[0]!.baselineDue).toBe('2026-11-27T10:30:00.000Z');
    expect(facts[1]!.projectedDue).toBe('2026-12-18T10:30:00.000Z');
    expect(facts[0]!.pendingAgreements).toEqual([]);
  });

  it('a vendor collaborator with write access can agree for the vendor side', () => {
    const start = overdue();
    const brand = start.brand;
    let snapshot: Snapshot = { ...start.snapshot, writers: ['dev-songhan'] };
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/rescope Gửi logo trước, ảnh sau @everyone <b>',
      createdAt: at('2026-11-30', '10:00'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'dev-songhan',
      association: 'COLLABORATOR',
      body: '/agree',
      createdAt: at('2026-11-30', '11:00'),
    });
    const { writes } = step(engagement, snapshot, at('2026-11-30', '12:00'));
    const record = comments(writes).find((write) => write.marker.kind === 'amendment')!;
    expect(record.body).toContain('điều chỉnh phạm vi: “Gửi logo trước, ảnh sau @\u200deveryone &lt;b&gt;”');
  });

  it('gives one short, polite reply to unauthorised and malformed commands, and changes nothing', () => {
    const start = overdue();
    const brand = start.brand;
    let snapshot = start.snapshot;
    snapshot = addComment(snapshot, brand, {
      id: 601,
      author: 'stranger',
      body: '/extend 2027-01-15 please',
      createdAt: at('2026-11-30', '10:00'),
    });
    snapshot = addComment(snapshot, brand, {
      id: 602,
      author: 'lan-bepxanh',
      body: '/extend next week',
      createdAt: at('2026-11-30', '10:05'),
    });
    snapshot = addComment(snapshot, brand, {
      id: 603,
      author: 'lan-bepxanh',
      body: '/extend 2026-12-05',
      createdAt: at('2026-11-30', '10:10'),
    });
    snapshot = addComment(snapshot, brand, {
      id: 604,
      author: 'quang-songhan',
      body: '/agree',
      createdAt: at('2026-11-30', '10:15'),
    });
    snapshot = addComment(snapshot, brand, {
      id: 605,
      author: 'lan-bepxanh',
      body: '/extend 2026-12-07 @everyone <b>now</b>',
      createdAt: at('2026-11-30', '10:20'),
    });
    snapshot = addComment(snapshot, brand, {
      id: 606,
      author: 'minh-bepxanh',
      body: '/agree',
      createdAt: at('2026-11-30', '10:25'),
    });
    const { writes, snapshot: after } = step(engagement, snapshot, at('2026-11-30', '11:00'));
    const replies = comments(writes).filter((write) => write.marker.kind === 'command-reply');
    // At most one reply a day to each person: Chị Lan's second refused command (603) waits.
    expect(replies.map((write) => write.marker.stage)).toEqual(['601', '602', '604', '606']);
    expect(replies.every((write) => write.priority === 'low')).toBe(true);
    const [stranger, malformed, nothing, sameSide] = replies.map((write) => write.body);
    // The stranger wrote in English ("please"): the reply follows the language they wrote in.
    expect(stranger?.replace(/\u200d/gu, '')).toMatch(/^@stranger, about your `\/extend`: /u);
    expect(stranger).toContain('Named contacts:');
    expect(stranger).not.toMatch(/@lan-bepxanh/); // listed without pinging anyone
    expect(malformed).toContain('/extend YYYY-MM-DD');
    expect(nothing).toContain('no open proposal');
    expect(sameSide).toContain('Bếp Xanh Coffee');
    const ack = comments(writes).find((write) => write.marker.kind === 'proposal')!;
    expect(ack.body).toContain('7 Dec 2026');
    expect(ack.body).not.toContain('@everyone');
    expect(issueByTitle(after, 'Brand assets').labels).toContain('deadline: overdue');
  });

  it('a decline closes the proposal and the current plan stands', () => {
    const start = overdue();
    const brand = start.brand;
    let snapshot = start.snapshot;
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/extend 2026-12-10',
      createdAt: at('2026-11-30', '10:00'),
    });
    snapshot = addComment(snapshot, brand, {
      id: 701,
      author: 'hoa-songhan',
      body: '/decline',
      createdAt: at('2026-11-30', '11:00'),
    });
    const { writes, snapshot: after } = step(engagement, snapshot, at('2026-11-30', '12:00'));
    expect(comments(writes).map((write) => write.marker.kind)).toEqual(['proposal-closed']);
    expect(comments(writes)[0]!.body).toContain('kế hoạch hiện tại được giữ nguyên');
    expect(planOf(engagement, after, at('2026-11-30', '12:00')).writes).toEqual([]);
  });
});
