// The client's decisions on a piece of feedback — agreeing to the team's proposal, rating the team's
// fix — are the client's. A team member named in the engagement file who files feedback for a client
// (relaying a phone call) is not the client there: their `/agree` or `/rate` is not recorded, and they
// are told once, calmly, who gives it; their `/propose` is the team's. A reaction on the request to
// confirm and rate counts only when the shell says who gave it, and only from the client's side. Every
// run ends with an unchanged rerun that plans nothing (test/support/quiet-rerun.ts, and said here).
import { describe, expect, it } from 'vitest';
import type { Snapshot, SnapshotComment } from '../../src/core/snapshot';
import { deriveFeedbackFacts } from '../../src/feedback';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import { commentsOf, ctxAt, engagementWith, kinds, plan, run } from './helpers';

const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 in Hồ Chí Minh City
const ENGAGEMENT = engagementWith({ feedback: { roles: { resolution: ['@tuan-songhan'] } } });
const PHONE_CALL =
  'Chị Lan gọi điện báo: ảnh sản phẩm trên trang thực đơn bị mờ khi xem trên máy tính, nhìn không chuyên nghiệp. Chị nhờ bên mình xem lại.';

let ids = 8000;
const say = (snapshot: Snapshot, author: string, body: string, at: string, id = ids++): Snapshot =>
  addComment(snapshot, 9, { id, author, body, createdAt: at });

/** Runs, and holds the unchanged rerun at the same instant to planning nothing. */
function step(world: Snapshot, now: string): { snapshot: Snapshot; writes: ReturnType<typeof plan> } {
  const ran = run(world, now, ENGAGEMENT);
  expect(plan(ran.snapshot, now, ENGAGEMENT)).toEqual([]);
  return ran;
}

/** Feedback #9 filed by a team member `filer`, acknowledged, with the team's proposal shown. */
function proposed(filer: string, proposer = 'vy-songhan'): Snapshot {
  let world = addIssue(makeSnapshot(), {
    number: 9,
    title: 'Ảnh sản phẩm bị mờ',
    body: PHONE_CALL,
    author: filer,
    labels: ['feedback'],
    createdAt: FILED,
  });
  world = step(world, '2026-11-23T02:05:00Z').snapshot;
  world = say(world, proposer, '/propose Tải lại ảnh gốc cho 24 món.', '2026-11-23T07:00:00Z', 8001);
  const shown = step(world, '2026-11-23T07:05:00Z');
  const [record] = commentsOf(shown.writes, 9);
  expect(record?.marker.kind).toBe('feedback-proposal');
  // Filed by the team, the proposal speaks to the client (mentioned, so they read it) and says the
  // agreement is theirs.
  expect(record?.body).toMatch(/^Chào chị Lan \(@lan-bepxanh\),\n/u);
  expect(record?.body).toContain('nên sự đồng ý cần đến từ chính chị');
  expect(record?.body.match(/chị Lan/gu)).toHaveLength(1);
  return shown.snapshot;
}

const markersOf = (writes: ReturnType<typeof plan>): string[] =>
  commentsOf(writes, 9).map((write) => write.marker.kind);

describe('a team member who files feedback for a client does not decide in the client’s place', () => {
  it('their /agree is not the client’s agreement: one calm reply says who gives it, then the client agrees', () => {
    const world = proposed('quang-songhan');
    const refused = step(
      say(world, 'quang-songhan', 'Chị Lan đồng ý qua điện thoại.\n\n/agree', '2026-11-24T02:00:00Z', 8002),
      '2026-11-24T02:05:00Z',
    );
    expect(markersOf(refused.writes)).toEqual(['command-reply']);
    expect(refused.writes.some((write) => write.kind === 'assign')).toBe(false);
    const [reply] = commentsOf(refused.writes, 9);
    expect(reply?.marker).toMatchObject({ stage: 'comment-8002', data: { person: 'quang-songhan' } });
    expect(reply?.body).toContain('chị Lan (@lan-bepxanh) có thể trả lời `/agree` tại đây');
    expect(reply?.body).toContain('không được ghi nhận là sự đồng ý của khách hàng');
    // The state is still "solution proposed": nothing was agreed.
    expect(deriveFeedbackFacts(ctxAt(refused.snapshot, '2026-11-24T02:05:00Z', ENGAGEMENT))[0]).toMatchObject(
      {
        processState: 'solution_proposed',
      },
    );
    // Later runs say nothing more about it.
    expect(plan(refused.snapshot, '2026-11-24T09:00:00Z', ENGAGEMENT)).toEqual([]);

    const agreed = step(
      say(refused.snapshot, 'lan-bepxanh', '/agree', '2026-11-24T03:00:00Z', 8003),
      '2026-11-24T03:05:00Z',
    );
    const record = commentsOf(agreed.writes, 9).find((write) => write.marker.kind === 'feedback-agreement');
    expect(record?.marker.data).toMatchObject({ agreer: 'lan-bepxanh', agreeId: '8003' });
  });

  it('the same for a member of a feedback role who is no contact', () => {
    const world = proposed('tuan-songhan');
    const refused = step(
      say(world, 'tuan-songhan', '/agree', '2026-11-24T02:00:00Z', 8012),
      '2026-11-24T02:05:00Z',
    );
    expect(markersOf(refused.writes)).toEqual(['command-reply']);
  });

  it('no reply once the client has agreed to that proposal in the same run', () => {
    let world = proposed('quang-songhan');
    world = say(world, 'quang-songhan', '/agree', '2026-11-24T02:00:00Z', 8022);
    world = say(world, 'lan-bepxanh', '/agree', '2026-11-24T02:30:00Z', 8023);
    const agreed = step(world, '2026-11-24T02:35:00Z');
    expect(markersOf(agreed.writes)).toEqual(['feedback-agreement']);
  });

  it('their own /propose is the team’s proposal', () => {
    const world = proposed('quang-songhan', 'quang-songhan');
    const [record] = commentsOf(
      plan(say(world, 'lan-bepxanh', '/agree', '2026-11-24T02:00:00Z'), '2026-11-24T02:05:00Z', ENGAGEMENT),
      9,
    );
    expect(record?.marker).toMatchObject({ kind: 'feedback-agreement', data: { by: 'quang-songhan' } });
  });

  /** The markers planned when a filer with write access `/agree`s to the team's proposal on their issue. */
  function writerFilerAgrees(filer: string): string[] {
    let world = addIssue(makeSnapshot({ writers: [filer] }), {
      number: 9,
      title: 'Ảnh sản phẩm bị mờ',
      body: 'Ảnh sản phẩm trên trang thực đơn bị mờ khi xem trên máy tính, nhìn không chuyên nghiệp.',
      author: filer,
      labels: ['feedback'],
      createdAt: FILED,
    });
    world = step(world, '2026-11-23T02:05:00Z').snapshot;
    world = say(world, 'vy-songhan', '/propose Tải lại ảnh gốc.', '2026-11-23T07:00:00Z');
    world = step(world, '2026-11-23T07:05:00Z').snapshot;
    return markersOf(
      step(say(world, filer, '/agree', '2026-11-24T02:00:00Z'), '2026-11-24T02:05:00Z').writes,
    );
  }

  it('a filer with write access whom the file does not name speaks for the team, as everywhere else', () => {
    expect(writerFilerAgrees('ngoc-bepxanh')).not.toContain('feedback-agreement');
  });

  it('a named client contact with write access who files feedback is still the client there', () => {
    expect(writerFilerAgrees('lan-bepxanh')).toEqual(['feedback-agreement']);
  });

  it('their /rate is not the client’s rating: one calm reply says who gives it, then the client rates', () => {
    let world = proposed('quang-songhan');
    world = updateIssue(world, 9, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-25T03:00:00Z',
      closedWith: null,
    }));
    const asked = step(world, '2026-11-25T03:05:00Z');
    expect(commentsOf(asked.writes, 9)[0]?.body).toContain('nên đánh giá cần đến từ chính chị');
    expect(commentsOf(asked.writes, 9)[0]?.body).toMatch(/^Chào chị Lan \(@lan-bepxanh\),\n/u);
    world = asked.snapshot;
    const refused = step(
      say(world, 'quang-songhan', '/rate 5', '2026-11-25T04:00:00Z', 8032),
      '2026-11-25T04:05:00Z',
    );
    expect(kinds(refused.writes)).toEqual(['comment:command-reply']);
    const [reply] = commentsOf(refused.writes, 9);
    expect(reply?.body).toContain('chị Lan (@lan-bepxanh) có thể trả lời `/rate 1` đến `/rate 5`');
    expect(deriveFeedbackFacts(ctxAt(refused.snapshot, '2026-11-25T04:05:00Z', ENGAGEMENT))[0]?.rating).toBe(
      null,
    );
    const rated = step(
      say(refused.snapshot, 'lan-bepxanh', '/rate 4', '2026-11-25T05:00:00Z'),
      '2026-11-25T05:05:00Z',
    );
    expect(commentsOf(rated.writes, 9)[0]?.marker).toMatchObject({
      kind: 'feedback-rating',
      data: { rating: '4', source: 'command' },
    });
  });
});

describe('a reaction rates only when it is the client’s', () => {
  function asked(): Snapshot {
    let world = addIssue(makeSnapshot(), {
      number: 9,
      title: 'Sai giá',
      body: 'Giá sản phẩm cà phê Arabica bị lỗi hiển thị sai trên trang chi tiết. Mong sửa lại đúng 250.000đ.',
      labels: ['feedback'],
      createdAt: FILED,
    });
    world = step(world, '2026-11-23T02:01:00Z').snapshot;
    world = updateIssue(world, 9, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-24T03:00:00Z',
      closedWith: null,
    }));
    return step(world, '2026-11-24T03:01:00Z').snapshot;
  }
  const react = (
    world: Snapshot,
    reactions: Record<string, number>,
    reactors?: Record<string, string[]>,
  ): Snapshot =>
    updateIssue(world, 9, (issue) => ({
      ...issue,
      comments: issue.comments.map((comment, index): SnapshotComment =>
        index === issue.comments.length - 1
          ? ({ ...comment, reactions, ...(reactors ? { reactors } : {}) } as SnapshotComment)
          : comment,
      ),
    }));
  const ratingOf = (world: Snapshot): string | undefined =>
    commentsOf(step(world, '2026-11-24T05:01:00Z').writes, 9).find(
      (write) => write.marker.kind === 'feedback-rating',
    )?.marker.data?.rating;

  it('a stranger’s 👎 is no rating', () => {
    expect(ratingOf(react(asked(), { THUMBS_DOWN: 1 }, { THUMBS_DOWN: ['passer-by'] }))).toBeUndefined();
  });

  it('nor the team’s own 👍', () => {
    expect(ratingOf(react(asked(), { THUMBS_UP: 1 }, { THUMBS_UP: ['vy-songhan'] }))).toBeUndefined();
  });

  it('nor a reaction whose giver the shell did not read', () => {
    expect(ratingOf(react(asked(), { THUMBS_DOWN: 1 }))).toBeUndefined();
  });

  it('the client’s ❤️ rates 5, whatever a stranger added', () => {
    expect(
      ratingOf(
        react(asked(), { HEART: 1, THUMBS_DOWN: 2 }, { HEART: ['lan-bepxanh'], THUMBS_DOWN: ['a', 'b'] }),
      ),
    ).toBe('5');
  });
});
