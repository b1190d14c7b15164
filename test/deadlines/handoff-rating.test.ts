// Asking the client how a vendor handoff went: once, when the handoff is complete, in the client's
// language and form of address; the first `/rate` a client-side person writes after the question is
// recorded once as the action's own note, so editing or deleting the comment later changes nothing.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import type { EngagementInput } from '../../src/engagement/schema';
import { fullRun } from '../support/runs';
import { addComment, deleteComment, editComment, tickItem } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

const MILESTONES: EngagementInput['milestones'] = [
  { id: 'texts', title: 'Page texts', owner: 'client', due: '2026-12-04', deliverables: ['Texts'] },
  { id: 'design', title: 'Visual design', owner: 'vendor', due: '2026-12-11', deliverables: ['Home page'] },
];
const engagement = engagementOf({ milestones: MILESTONES });

type Writes = ReturnType<typeof fullRun>['writes'];
/** The writes about the handoff question and its answer: the other rules go on as usual around them. */
const ratingWrites = (writes: Writes) =>
  comments(writes).filter((write) => write.marker.kind.startsWith('handoff-rating'));
const kinds = (writes: Writes): string[] => ratingWrites(writes).map((write) => write.marker.kind);

function handedOver(time: string): {
  snapshot: Snapshot;
  design: number;
  writes: ReturnType<typeof fullRun>['writes'];
} {
  let snapshot = fullRun(engagement, emptyWorld(), at('2026-11-30')).snapshot;
  const design = issueByTitle(snapshot, 'Visual design').number;
  snapshot = tickItem(snapshot, design, 'Home page', at('2026-12-11', '17:29'));
  const run = fullRun(engagement, snapshot, time);
  return { snapshot: run.snapshot, design, writes: run.writes };
}

const ratingOf = (snapshot: Snapshot, now: string) =>
  deriveMilestoneFacts(contextOf(engagement, snapshot, now)).find((m) => m.id === 'design')?.handoffRating;

describe('the client is asked how a vendor handoff went', () => {
  it('ticked a minute before the due time, run a minute after: on time, and the client is asked once, in Vietnamese', () => {
    const { writes } = handedOver(at('2026-12-11', '17:31'));
    const designComments = comments(writes).filter((write) => write.body.includes('Visual design'));
    expect(designComments.map((write) => write.marker.kind)).toEqual([
      'completion',
      'handoff-rating-request',
    ]);
    expect(designComments[0]?.marker.data).toMatchObject({ late: 'false' });
    const request = designComments[1]!.body;
    expect(request).toMatch(/^Chào chị Lan \(@lan-bepxanh\), \*\*Visual design\*\* đã được bàn giao/u);
    expect(request).toContain('`/rate`');
    expect(request).not.toContain('anh/chị');
  });

  it('a client-owned handoff does not ask the client to rate their own work', () => {
    let snapshot = fullRun(engagement, emptyWorld(), at('2026-11-30')).snapshot;
    snapshot = tickItem(snapshot, issueByTitle(snapshot, 'Page texts').number, 'Texts', at('2026-12-02'));
    const run = fullRun(engagement, snapshot, at('2026-12-02', '10:00'));
    expect(comments(run.writes).map((write) => write.marker.kind)).toContain('completion');
    expect(kinds(run.writes)).toEqual([]);
  });

  it('`ask_rating: false` turns the question off for that milestone', () => {
    const quiet = engagementOf({
      milestones: MILESTONES.map((m) => (m.id === 'design' ? { ...m, ask_rating: false } : m)),
    });
    let snapshot = fullRun(quiet, emptyWorld(), at('2026-11-30')).snapshot;
    snapshot = tickItem(
      snapshot,
      issueByTitle(snapshot, 'Visual design').number,
      'Home page',
      at('2026-12-10'),
    );
    const run = fullRun(quiet, snapshot, at('2026-12-10', '10:00'));
    expect(comments(run.writes).map((write) => write.marker.kind)).toContain('completion');
    expect(kinds(run.writes)).toEqual([]);
  });
});

describe('the rating is a record', () => {
  it('records the first client /rate once; editing or deleting it afterwards changes nothing', () => {
    const start = handedOver(at('2026-12-11', '18:00'));
    const design = start.design;
    let snapshot = start.snapshot;
    // Before anyone rates: a vendor's /rate and a quoted or fenced one do not count.
    snapshot = addComment(snapshot, design, {
      author: 'quang-songhan',
      body: '/rate 5',
      createdAt: at('2026-12-12'),
    });
    snapshot = addComment(snapshot, design, {
      author: 'lan-bepxanh',
      body: 'Reply with something like\n```\n/rate 1\n```\nor\n> /rate 2',
      createdAt: at('2026-12-12', '10:00'),
    });
    const before = fullRun(engagement, snapshot, at('2026-12-12', '11:00'));
    expect(kinds(before.writes)).toEqual([]);
    snapshot = before.snapshot;

    snapshot = addComment(snapshot, design, {
      author: 'lan-bepxanh',
      body: '/rate 4 Nhanh và rõ ràng, chỉ mong được báo trước lịch demo sớm hơn.',
      createdAt: at('2026-12-14', '09:00'),
    });
    const rated = fullRun(engagement, snapshot, at('2026-12-14', '10:00'));
    const record = ratingWrites(rated.writes);
    expect(record.map((write) => write.marker.kind)).toEqual(['handoff-rating']);
    expect(record[0]!.marker.data).toMatchObject({
      rating: '4',
      by: 'lan-bepxanh',
      words: 'Nhanh và rõ ràng, chỉ mong được báo trước lịch demo sớm hơn.',
    });
    expect(record[0]!.body).toMatch(
      /^Cảm ơn chị Lan \(@lan-bepxanh\): chúng tôi đã ghi nhận chị chấm \*\*4\/5\*\*/u,
    );
    snapshot = rated.snapshot;
    expect(ratingOf(snapshot, at('2026-12-14', '10:00'))).toEqual({
      value: 4,
      at: at('2026-12-14', '09:00'),
    });

    // Edited to 1, then deleted: the record stands, nothing is written.
    const ratingComment = snapshot.issues
      .find((issue) => issue.number === design)!
      .comments.find((comment) => comment.body.startsWith('/rate 4'))!;
    snapshot = editComment(snapshot, design, ratingComment.id, '/rate 1', at('2026-12-15'));
    const edited = fullRun(engagement, snapshot, at('2026-12-15', '10:00'));
    expect(kinds(edited.writes)).toEqual([]);
    snapshot = edited.snapshot;
    snapshot = deleteComment(snapshot, design, ratingComment.id);
    const after = fullRun(engagement, snapshot, at('2026-12-16', '10:00'));
    expect(kinds(after.writes)).toEqual([]);
    expect(ratingOf(after.snapshot, at('2026-12-16', '10:00'))).toEqual({
      value: 4,
      at: at('2026-12-14', '09:00'),
    });

    // The weekly summary counts it beside the ratings of fixes.
    const summary = after.snapshot.issues
      .filter((issue) => parseMarkers(issue.body)[0]?.kind === 'summary')
      .at(-1)!;
    expect(summary.body).toMatch(/\| Client rating of handoffs \| 4(\.0)? \/ 5 \(1\) \|/u);
  });
});
