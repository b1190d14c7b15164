// Contradiction checking is bounded (issue 16, issue 12): candidates are compared within a topic and
// a time window, a handful at a time, and an issue carries at most one open contradiction note — as
// the older side or the newer side — until that one is resolved (one of the two is closed). The same
// snapshot gives the same notes whatever the order of its issues, and a rerun plans nothing (the
// harness also plans every applied run again and holds it to planning nothing).
import { describe, expect, it } from 'vitest';
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { addIssue, deleteComment, makeSnapshot, updateIssue } from '../../fake-github/world';
import { parseMarkers } from '../../src/core/markers';
import { commentsOf, plan, run } from './helpers';

const KIND = 'feedback-contradiction';
const NOW = '2026-11-23T10:00:00Z';

const file = (snapshot: Snapshot, number: number, title: string, body: string, createdAt: string): Snapshot =>
  addIssue(snapshot, { number, title, body, labels: ['feedback', 'topic: design'], createdAt });

// Written for this test: one request for a bigger logo, then twenty for a smaller one, worded apart.
const SMALLER = [
  'Please make the logo smaller, it takes half the header.',
  'The logo looks huge on mobile, can it be smaller?',
  'Could the team make the home page logo a bit smaller?',
  'Logo should be smaller so the menu fits on one line.',
  'Our director wants a smaller logo on the home page.',
  'Logo trên trang chủ nên nhỏ hơn một chút cho gọn.',
  'The logo is too dominant; a smaller version would look cleaner.',
  'Can we try a smaller logo in the header?',
  'Smaller logo please, it pushes the banner down.',
  'Logo chiếm nhiều chỗ quá, mong làm nhỏ hơn.',
  'The logo in the footer and header should both be smaller.',
  'Make the brand mark smaller on the landing page.',
  'We would prefer the logo smaller on tablets.',
  'The logo feels oversized, please make it smaller.',
  'Nhờ bên em chỉnh logo nhỏ hơn trên điện thoại.',
  'A smaller logo would leave room for the search box.',
  'Please shrink the logo, smaller than it is now.',
  'Logo is bigger than the competitors; make ours smaller too.',
  'Kindly make the header logo smaller.',
  'The logo should be smaller on the checkout page as well.',
];

function bigThenSmaller(): Snapshot {
  let world = file(
    makeSnapshot(),
    1,
    'Logo',
    'Make the logo bigger on the home page.',
    '2026-11-23T01:00:00Z',
  );
  SMALLER.forEach((body, index) => {
    const minutes = String(index * 2).padStart(2, '0');
    world = file(world, index + 2, `Logo ${index + 2}`, body, `2026-11-23T02:${minutes}:00Z`);
  });
  return world;
}

const notesIn = (writes: readonly Write[]): Array<{ issue: number; stage: string }> =>
  commentsOf(writes)
    .filter((comment) => comment.marker.kind === KIND)
    .map((comment) => ({
      issue: 'number' in comment.issue ? comment.issue.number : 0,
      stage: comment.marker.stage ?? '',
    }))
    .sort((a, b) => a.issue - b.issue || a.stage.localeCompare(b.stage));

/** The action's contradiction notes standing on each issue of a snapshot. */
const notesOn = (snapshot: Snapshot): Map<number, string[]> =>
  new Map(
    snapshot.issues.map((issue) => [
      issue.number,
      issue.comments
        .flatMap((comment) => parseMarkers(comment.body))
        .filter((marker) => marker.kind === KIND)
        .map((marker) => marker.stage ?? ''),
    ]),
  );

const perIssue = (notes: ReadonlyArray<{ issue: number }>): number[] => {
  const count = new Map<number, number>();
  for (const { issue } of notes) count.set(issue, (count.get(issue) ?? 0) + 1);
  return [...count.values()];
};

describe('bounded contradiction checking', () => {
  it('one request against twenty opposite ones: one note per issue at most, and a rerun plans nothing', () => {
    const world = bigThenSmaller();
    const first = run(world, NOW);
    const notes = notesIn(first.writes);
    expect(Math.max(0, ...perIssue(notes))).toBeLessThanOrEqual(1);
    expect(notes.length).toBeLessThanOrEqual(world.issues.length);
    // The real pair is still found: the bigger logo and the first request for a smaller one.
    expect(notes).toEqual([
      { issue: 1, stage: 'with-2' },
      { issue: 2, stage: 'with-1' },
    ]);
    expect(plan(first.snapshot, NOW)).toEqual([]);
    expect(notesIn(plan(first.snapshot, '2026-11-24T10:00:00Z'))).toEqual([]);
  });

  it('notes an issue again only once its open note is resolved (the other side closed)', () => {
    const noted = run(bigThenSmaller(), NOW).snapshot;
    const closed = updateIssue(noted, 2, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'NOT_PLANNED',
      closedAt: '2026-11-23T11:00:00Z',
    }));
    const next = run(closed, '2026-11-23T11:05:00Z');
    // The next opposite request in order of filing that has no open note takes the free side.
    expect(notesIn(next.writes)).toEqual([
      { issue: 1, stage: 'with-3' },
      { issue: 3, stage: 'with-1' },
    ]);
    expect(notesOn(next.snapshot).get(1)).toEqual(['with-2', 'with-3']);
  });

  it('a note deleted on either side is not posted again, nor moved to another issue', () => {
    const noted = run(bigThenSmaller(), NOW).snapshot;
    const noteOn = (snapshot: Snapshot, number: number): number =>
      snapshot.issues
        .find((issue) => issue.number === number)!
        .comments.find((comment) => parseMarkers(comment.body).some((marker) => marker.kind === KIND))!.id;
    const newerGone = deleteComment(noted, 2, noteOn(noted, 2), '2026-11-23T10:30:00Z');
    expect(notesIn(plan(newerGone, '2026-11-23T11:00:00Z'))).toEqual([]);
    const bothGone = deleteComment(newerGone, 1, noteOn(newerGone, 1), '2026-11-23T10:31:00Z');
    expect(notesIn(plan(bothGone, '2026-11-23T11:00:00Z'))).toEqual([]);
  });

  it('does not compare a request with one filed more than 30 days before it', () => {
    const old = file(
      makeSnapshot(),
      1,
      'Logo',
      'Make the logo bigger on the home page.',
      '2026-10-20T02:00:00Z',
    );
    const apart = file(old, 2, 'Logo 2', 'Please make the logo smaller.', '2026-11-23T02:00:00Z');
    expect(notesIn(plan(apart, NOW))).toEqual([]);
    const within = file(
      file(makeSnapshot(), 1, 'Logo', 'Make the logo bigger on the home page.', '2026-10-27T02:00:00Z'),
      2,
      'Logo 2',
      'Please make the logo smaller.',
      '2026-11-23T02:00:00Z',
    );
    expect(notesIn(plan(within, NOW))).toEqual([
      { issue: 1, stage: 'with-2' },
      { issue: 2, stage: 'with-1' },
    ]);
  });

  it('compares a new request with the five latest opposite requests only, and takes the latest free one', () => {
    let world = makeSnapshot();
    const minute = (n: number): string => String(n * 4).padStart(2, '0');
    for (let n = 1; n <= 6; n += 1) {
      world = file(
        world,
        n,
        `Logo ${n}`,
        'Make the logo bigger on the home page.',
        `2026-11-23T01:${minute(n)}:00Z`,
      );
    }
    for (let n = 7; n <= 12; n += 1) {
      world = file(world, n, `Logo ${n}`, 'Please make the logo smaller.', `2026-11-23T02:${minute(n)}:00Z`);
    }
    // Filed in turn: #7 after #6, then #8 … #12 one after another; each takes the latest free of the
    // five latest opposite requests (#6, #5, #4, #3, #2); #12 finds all five taken and #1 is not
    // looked at.
    expect(notesIn(plan(world, NOW))).toEqual([
      { issue: 2, stage: 'with-11' },
      { issue: 3, stage: 'with-10' },
      { issue: 4, stage: 'with-9' },
      { issue: 5, stage: 'with-8' },
      { issue: 6, stage: 'with-7' },
      { issue: 7, stage: 'with-6' },
      { issue: 8, stage: 'with-5' },
      { issue: 9, stage: 'with-4' },
      { issue: 10, stage: 'with-3' },
      { issue: 11, stage: 'with-2' },
    ]);
  });

  it('gives the same notes whatever the order of the issues in the snapshot', () => {
    // Both sides on two topics, interleaved, so the pairing has choices to make.
    let world = bigThenSmaller();
    world = file(world, 30, 'Nút', 'Nút đặt bàn nên to hơn.', '2026-11-23T03:00:00Z');
    world = file(world, 31, 'Logo', 'Make the logo bigger again, please.', '2026-11-23T03:10:00Z');
    world = file(world, 32, 'Nút', 'Please make the booking button smaller.', '2026-11-23T03:20:00Z');
    world = updateIssue(world, 30, (issue) => ({ ...issue, labels: ['feedback', 'topic: support'] }));
    world = updateIssue(world, 32, (issue) => ({ ...issue, labels: ['feedback', 'topic: support'] }));
    const inOrder = notesIn(plan(world, NOW));
    expect(Math.max(0, ...perIssue(inOrder))).toBeLessThanOrEqual(1);
    expect(inOrder.length).toBeGreaterThan(0);
    const shuffled = [...world.issues].sort((a, b) => ((a.number * 7919) % 31) - ((b.number * 7919) % 31));
    for (const issues of [[...world.issues].reverse(), shuffled]) {
      expect(notesIn(plan({ ...world, issues }, NOW))).toEqual(inOrder);
    }
  });
});
