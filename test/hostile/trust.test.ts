// Hostile and careless people against the rules of trust: what was agreed stays agreed, sides come
// from the engagement file and write access (never from GitHub's association), commands count only
// as a person's own words, and refusals stay quiet. Each case asserts the exact outcome, and every
// multi-run case ends with an unchanged rerun that plans nothing (`step` checks it).
import { describe, expect, it } from 'vitest';
import { commandLines, findCommand } from '../../src/core/command-lines';
import type { Write } from '../../src/core/plan';
import { orderWrites } from '../../src/plan/planner';
import { readSides, sideOf } from '../../src/core/sides';
import type { Snapshot, SnapshotComment } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { parseCommand } from '../../src/deadlines/commands';
import { readDeadlines } from '../../src/deadlines/state';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import {
  comments,
  contextOf,
  emptyWorld,
  engagementOf,
  issueByTitle,
  planOf,
  step,
} from '../deadlines/helpers';
import { kinds, plan as planFeedback, run as runFeedback } from '../feedback/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

/** Brand assets (client-owned, due 27 Nov) overdue on 30 Nov, with its tracking issue. */
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

/** The client proposes 3 Dec (comment 501), the vendor agrees (502), the record is written. */
function agreed(): { snapshot: Snapshot; brand: number } {
  const start = overdue();
  let snapshot = addComment(start.snapshot, start.brand, {
    id: 501,
    author: 'lan-bepxanh',
    body: '/extend 2026-12-03 Ảnh sản phẩm đang chụp lại',
    createdAt: at('2026-11-30', '10:00'),
  });
  snapshot = step(engagement, snapshot, at('2026-11-30', '11:00')).snapshot;
  snapshot = addComment(snapshot, start.brand, {
    id: 502,
    author: 'quang-songhan',
    body: '/agree',
    createdAt: at('2026-11-30', '14:00'),
  });
  snapshot = step(engagement, snapshot, at('2026-11-30', '15:00')).snapshot;
  return { snapshot, brand: start.brand };
}

const editComment = (snapshot: Snapshot, brand: number, id: number, body: string, when: string): Snapshot =>
  updateIssue(snapshot, brand, (issue) => ({
    ...issue,
    comments: issue.comments.map((comment) =>
      comment.id === id ? { ...comment, body, edited: true, updatedAt: when } : comment,
    ),
  }));

const deleteComment = (snapshot: Snapshot, brand: number, id: number): Snapshot =>
  updateIssue(snapshot, brand, (issue) => ({
    ...issue,
    comments: issue.comments.filter((comment) => comment.id !== id),
  }));

const described = (writes: readonly Write[]): string[] =>
  writes.map((write) => `${write.kind}: ${'body' in write ? (write.body ?? '') : ''}`);

const currentDue = (snapshot: Snapshot, when: string): string =>
  deriveMilestoneFacts(contextOf(engagement, snapshot, when))[0]!.currentDue;

describe('agreements are records: edits and deletions after the fact change nothing', () => {
  const later = at('2026-12-01', '09:00');

  it('writes the record with what, who, when, the comment ids and the exact text agreed', () => {
    const { snapshot, brand } = agreed();
    const record = issueByTitle(snapshot, 'Brand assets').comments.find((comment) =>
      comment.body.includes('"kind":"amendment"'),
    )!;
    expect(record.body).toContain('"agreeId":"502"');
    expect(record.body).toContain('"stage":"501"');
    expect(record.body).toContain('"proposer":"lan-bepxanh"');
    expect(record.body).toContain('"agreer":"quang-songhan"');
    expect(record.body).toContain('"text":"/extend 2026-12-03 Ảnh sản phẩm đang chụp lại"');
    expect(record.body).toContain(`"agreedAt":"${at('2026-11-30', '14:00')}"`);
    expect(brand).toBeGreaterThan(0);
  });

  it('a proposal edited to a later date after the agreement moves nothing', () => {
    const { snapshot, brand } = agreed();
    const clean = planOf(engagement, snapshot, later).writes;
    const attacked = editComment(
      snapshot,
      brand,
      501,
      '/extend 2027-06-30 Ảnh sản phẩm đang chụp lại',
      at('2026-11-30', '20:00'),
    );
    expect(described(planOf(engagement, attacked, later).writes)).toEqual(described(clean));
    expect(currentDue(attacked, later)).toBe('2026-12-03T10:30:00.000Z');
    step(engagement, attacked, later);
  });

  it('deleting the proposal keeps the extension (no old date, no formal notice)', () => {
    const { snapshot, brand } = agreed();
    const clean = planOf(engagement, snapshot, later).writes;
    const attacked = deleteComment(snapshot, brand, 501);
    expect(described(planOf(engagement, attacked, later).writes)).toEqual(described(clean));
    expect(currentDue(attacked, later)).toBe('2026-12-03T10:30:00.000Z');
    step(engagement, attacked, later);
  });

  it('the vendor deleting its own /agree keeps the extension', () => {
    const { snapshot, brand } = agreed();
    const clean = planOf(engagement, snapshot, later).writes;
    const attacked = deleteComment(snapshot, brand, 502);
    expect(described(planOf(engagement, attacked, later).writes)).toEqual(described(clean));
    expect(currentDue(attacked, later)).toBe('2026-12-03T10:30:00.000Z');
    step(engagement, attacked, later);
  });

  it('both comments deleted: the record alone still holds, and the tracking issue still lists it', () => {
    const { snapshot, brand } = agreed();
    const attacked = deleteComment(deleteComment(snapshot, brand, 501), brand, 502);
    expect(currentDue(attacked, later)).toBe('2026-12-03T10:30:00.000Z');
    const { snapshot: after } = step(engagement, attacked, later);
    expect(issueByTitle(after, 'Brand assets').body).toContain('03/12/2026');
  });

  it('an old comment edited into /agree after the due date agrees at its edit time, never back-dated', () => {
    const start = overdue();
    let snapshot = addComment(start.snapshot, start.brand, {
      id: 511,
      author: 'lan-bepxanh',
      body: '/extend 2026-12-04 Cần thêm thời gian',
      createdAt: at('2026-11-30', '10:00'),
    });
    snapshot = addComment(snapshot, start.brand, {
      id: 512,
      author: 'quang-songhan',
      body: 'Let me check with the team.',
      createdAt: at('2026-11-30', '10:30'),
    });
    snapshot = step(engagement, snapshot, at('2026-11-30', '11:00')).snapshot;
    snapshot = editComment(snapshot, start.brand, 512, '/agree', at('2026-12-01', '10:00'));
    const { writes } = step(engagement, snapshot, at('2026-12-01', '11:00'));
    const record = comments(writes).find((write) => write.marker.kind === 'amendment')!;
    expect(record.marker.data?.agreedAt).toBe(at('2026-12-01', '10:00'));
    expect(record.body).toContain('01/12/2026');
    expect(record.body).not.toContain('30/11/2026 17:30');
  });

  it('a command edited in after the proposal was agreed counts as new at its edit time (nothing pending)', () => {
    const { snapshot, brand } = agreed();
    const withOld = addComment(snapshot, brand, {
      id: 520,
      author: 'minh-bepxanh',
      body: 'Cảm ơn anh.',
      createdAt: at('2026-11-30', '12:00'),
    });
    const edited = editComment(withOld, brand, 520, '/decline', at('2026-12-01', '08:00'));
    const { writes } = step(engagement, edited, later);
    const reply = comments(writes).find((write) => write.marker.kind === 'command-reply')!;
    expect(reply.marker.stage).toBe('520');
    expect(reply.body).toContain('hiện không có đề xuất nào đang chờ');
    expect(currentDue(edited, later)).toBe('2026-12-03T10:30:00.000Z');
  });
});

describe('sides by permission, never by association', () => {
  const people = (writers: string[] = []) => {
    const snapshot = makeSnapshot({ writers });
    return { snapshot, sides: readSides(engagement, snapshot) };
  };

  it('a read-only collaborator is nobody, a writer is the vendor, a named client with write access stays the client', () => {
    expect(sideOf(people(), 'reader-bepxanh')).toBeUndefined();
    expect(sideOf(people(['dev-songhan']), 'Dev-SongHan')).toBe('vendor');
    expect(sideOf(people(['lan-bepxanh']), 'lan-bepxanh')).toBe('client');
  });

  it('the action itself, under either of its names, is nobody', () => {
    expect(sideOf(people(['github-actions[bot]']), 'github-actions')).toBeUndefined();
    expect(sideOf(people(), 'github-actions[bot]')).toBeUndefined();
  });

  it('the filer of an issue is the client on it; a stranger elsewhere is nobody', () => {
    expect(sideOf(people(), 'someone', { filer: 'SomeOne' })).toBe('client');
    expect(sideOf(people(), 'someone')).toBeUndefined();
  });

  it("a read-only COLLABORATOR's /agree of the client's proposal is refused, and nothing is agreed", () => {
    const start = overdue();
    let snapshot = addComment(start.snapshot, start.brand, {
      author: 'lan-bepxanh',
      body: '/extend 2026-12-03',
      createdAt: at('2026-11-30', '10:00'),
    });
    snapshot = addComment(snapshot, start.brand, {
      id: 530,
      author: 'reader-bepxanh',
      association: 'COLLABORATOR',
      body: '/agree',
      createdAt: at('2026-11-30', '10:10'),
    });
    const { writes, snapshot: after } = step(engagement, snapshot, at('2026-11-30', '11:00'));
    expect(comments(writes).map((write) => `${write.marker.kind}:${write.marker.stage ?? ''}`)).toEqual([
      'proposal:' +
        String(
          after.issues
            .find((i) => i.number === start.brand)!
            .comments.find((c) => c.body.startsWith('/extend'))!.id,
        ),
      'command-reply:530',
    ]);
    expect(currentDue(after, at('2026-11-30', '11:00'))).toBe('2026-11-27T10:30:00.000Z');
  });

  it("a stranger's 'following' on a tracking issue is not the client replying", () => {
    const start = overdue();
    const before = readDeadlines(contextOf(engagement, start.snapshot, at('2026-12-01'))).states[0]!;
    const snapshot = addComment(start.snapshot, start.brand, {
      author: 'passer-by',
      body: 'following',
      createdAt: at('2026-11-30', '16:00'),
    });
    const state = readDeadlines(contextOf(engagement, snapshot, at('2026-12-01'))).states[0]!;
    expect(state.lastOwnerReplyAt?.toISOString()).toBe(before.lastOwnerReplyAt?.toISOString());
  });

  it("a read-only MEMBER's '+1, same problem here' is not the vendor's first response: the breach stands", () => {
    let world = makeSnapshot();
    world = addIssue(world, {
      number: 11,
      title: 'Trang web sập',
      body: 'Trang web không hoạt động từ 8 giờ sáng nay, khách không đặt hàng được. Rất gấp, mong khắc phục ngay lập tức.',
      labels: ['feedback'],
      createdAt: '2026-11-23T02:00:00Z',
    });
    world = runFeedback(world, '2026-11-23T02:01:00Z').snapshot;
    world = addComment(world, 11, {
      author: 'reader-bepxanh',
      association: 'MEMBER',
      body: '+1, same problem here',
      createdAt: '2026-11-23T03:00:00Z',
    });
    expect(kinds(planFeedback(world, '2026-11-23T06:00:00Z'))).toContain('comment:feedback-sla-breach');
  });
});

describe('commands count only as a person’s own line, outside code and quotes', () => {
  it('a fenced /agree is an explanation, not an agreement', () => {
    expect(parseCommand('To agree, reply with\n```\n/agree\n```')).toBeUndefined();
  });

  it('a tilde-fenced /extend is not a proposal', () => {
    expect(parseCommand('~~~\n/extend 2026-12-20 reason\n~~~')).toBeUndefined();
  });

  it('a quoted /agree is not an agreement', () => {
    expect(parseCommand('> /agree\n\nI am not sure yet.')).toBeUndefined();
  });

  it('an /agree hidden in an HTML comment does not count', () => {
    expect(parseCommand('<!--\n/agree\n-->\nLooks fine to me')).toBeUndefined();
  });

  it('indented code does not count, inline code does not count', () => {
    expect(parseCommand('Example:\n\n    /agree\n')).toBeUndefined();
    expect(parseCommand('Type `/agree` when ready')).toBeUndefined();
  });

  it('a command after a closed fence counts, on its own line', () => {
    expect(parseCommand('```\n/decline\n```\n/agree')).toEqual({ kind: 'agree' });
  });

  it('/rate 1 in a fenced example is no rating; on its own line it is', () => {
    expect(findCommand('type something like\n```\n/rate 1\n```', /^\/rate\s+([1-5])\b/iu)).toBeNull();
    expect(findCommand('/rate 4', /^\/rate\s+([1-5])\b/iu)?.[1]).toBe('4');
  });

  it('keeps the order of the command lines and drops only what is quoted or code', () => {
    expect(commandLines('a\n> b\n```\nc\n```\n  d  ')).toEqual(['a', 'd']);
  });
});

describe('noise is bounded', () => {
  it('three hundred refused commands from one person get one reply a day, last in the plan', () => {
    const start = overdue();
    let snapshot = start.snapshot;
    for (let i = 0; i < 300; i += 1)
      snapshot = addComment(snapshot, start.brand, {
        id: 10_000 + i,
        author: 'stranger',
        body: '/agree',
        createdAt: at('2026-11-30', '10:00'),
      });
    const { writes } = step(engagement, snapshot, at('2026-11-30', '11:00'));
    const replies = comments(writes).filter((write) => write.marker.kind === 'command-reply');
    expect(replies.map((write) => write.marker.stage)).toEqual(['10000']);
  });

  it('replies to refused commands go after every other write, so the budget reaches reminders first', () => {
    const start = overdue();
    let snapshot = start.snapshot;
    for (let i = 0; i < 5; i += 1)
      snapshot = addComment(snapshot, start.brand, {
        author: `stranger-${i}`,
        body: '/agree',
        createdAt: at('2026-12-01', '08:00'),
      });
    const replies = planOf(engagement, snapshot, at('2026-12-01', '09:00')).writes;
    expect(replies.map((write) => `${write.kind}:${write.priority ?? ''}`)).toEqual(
      Array.from({ length: 5 }, () => 'comment:low'),
    );
    const reminder: Write = {
      kind: 'comment',
      issue: { number: start.brand + 1 },
      body: 'reminder',
      marker: { kind: 'reminder', subject: 'milestone:design', stage: 'before-7' },
      reason: 'reminder',
    };
    const label: Write = { kind: 'add-labels', issue: { number: 99 }, labels: ['x'], reason: 'label' };
    const ordered = orderWrites([...replies, reminder, label]);
    expect(ordered.slice(0, 2)).toEqual([label, reminder]);
    expect(ordered.slice(2).every((write) => write.priority === 'low')).toBe(true);
  });
});

describe('an agreement exchange reads right (#10)', () => {
  it('the client who just proposed a date is not asked when to expect the handoff in the same run', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = addComment(snapshot, brand, {
      id: 540,
      author: 'lan-bepxanh',
      body: '/extend 2026-12-09 Đang chụp lại ảnh',
      createdAt: at('2026-11-30', '08:50'),
    });
    snapshot = addComment(snapshot, brand, {
      id: 541,
      author: 'stranger',
      body: '/agree',
      createdAt: at('2026-11-30', '08:55'),
    });
    const { writes } = step(engagement, snapshot, at('2026-11-30', '09:00'));
    const said = comments(writes).map((write) => `${write.marker.kind}:${write.marker.stage ?? ''}`);
    expect(said).toEqual(['proposal:540', 'command-reply:541']);
    const refusal = comments(writes).find((write) => write.marker.kind === 'command-reply')!;
    expect(refusal.body.replace(/\u200d/gu, '')).toMatch(/^Gửi @stranger, về lệnh `\/agree`: /u);
  });

  it('each reply names the person and the command it answers, and sits after the comment it answers', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    // A stranger's /agree comes first, then the client's proposal, then a malformed /extend of hers.
    snapshot = addComment(snapshot, brand, {
      id: 550,
      author: 'stranger',
      body: '/agree',
      createdAt: at('2026-11-30', '08:45'),
    });
    snapshot = addComment(snapshot, brand, {
      id: 551,
      author: 'lan-bepxanh',
      body: '/extend 2026-12-09 Đang chụp lại ảnh',
      createdAt: at('2026-11-30', '08:50'),
    });
    snapshot = addComment(snapshot, brand, {
      id: 552,
      author: 'minh-bepxanh',
      body: '/extend sometime next week',
      createdAt: at('2026-11-30', '08:55'),
    });
    const { snapshot: after, writes } = step(engagement, snapshot, at('2026-11-30', '09:00'));
    const answers = comments(writes).filter((write) =>
      ['proposal', 'command-reply'].includes(write.marker.kind),
    );
    expect(answers.map((write) => `${write.marker.kind}:${write.marker.stage ?? ''}`)).toEqual([
      'proposal:551',
      'command-reply:550',
      'command-reply:552',
    ]);
    const plain = (write: (typeof answers)[number]): string => write.body.replace(/\u200d/gu, '');
    expect(plain(answers[1]!)).toMatch(/^Gửi @stranger, về lệnh `\/agree`: /u);
    expect(plain(answers[2]!)).toMatch(/^Gửi @minh-bepxanh, về lệnh `\/extend`: /u);
    // In the thread, every answer comes after the comment it answers.
    const thread = issueByTitle(after, 'Brand assets').comments;
    for (const write of answers) {
      const answered = thread.findIndex((comment) => String(comment.id) === write.marker.stage);
      const answer = thread.findIndex((comment) => comment.body === write.body);
      expect(answered, `comment ${write.marker.stage ?? ''}`).toBeGreaterThanOrEqual(0);
      expect(answer).toBeGreaterThan(answered);
      expect(thread[answer]!.createdAt >= thread[answered]!.createdAt).toBe(true);
    }
    // The client who just proposed a date is not asked for one in the same run.
    expect(
      comments(writes).filter((write) => ['ladder', 'early-warning', 'reminder'].includes(write.marker.kind)),
    ).toEqual([]);
  });

  it('the friendly reminder waits for the answer to an open proposal, then comes once the wait is over', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/extend 2026-12-09',
      createdAt: at('2026-11-27', '16:00'),
    });
    snapshot = step(engagement, snapshot, at('2026-11-27', '16:30')).snapshot;
    const waiting = step(engagement, snapshot, at('2026-11-30', '09:00'));
    expect(comments(waiting.writes).filter((write) => write.marker.kind === 'ladder')).toEqual([]);
    const later = step(engagement, waiting.snapshot, at('2026-12-03', '09:00'));
    expect(comments(later.writes).some((write) => write.marker.kind === 'ladder')).toBe(true);
  });
});

describe('records from before this change keep working', () => {
  it('an amendment note without the full record is read from the comments as before, with no new write', () => {
    const { snapshot, brand } = agreed();
    const legacy = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      comments: issue.comments.map((comment): SnapshotComment =>
        comment.body.includes('"kind":"amendment"')
          ? {
              ...comment,
              body: comment.body.replace(
                /<!-- engagement-keeper \{"kind":"amendment".*?-->/su,
                '<!-- engagement-keeper {"kind":"amendment","subject":"milestone:brand-assets","stage":"501","data":{"change":"extend","to":"2026-12-03"}} -->',
              ),
            }
          : comment,
      ),
    }));
    expect(currentDue(legacy, at('2026-12-01'))).toBe('2026-12-03T10:30:00.000Z');
    expect(planOf(engagement, legacy, at('2026-11-30', '15:00')).writes).toEqual([]);
  });
});
