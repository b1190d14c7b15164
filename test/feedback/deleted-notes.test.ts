// The action's notes on a piece of feedback, deleted or edited by a person after the fact. A note a
// person took back is their decision: the action does not post it again (that would fight them at
// every run), and the issue stays as it was — acknowledged, on the same clock, with the same labels
// and the same weekly figures (docs/runtime.md, "When people edit or delete the action's comments").
// GitHub keeps no text of a deleted comment, only the deletion in the issue's timeline
// (`notesDeletedAt`, read by the shell for the issues about to get a note). The harness plans every
// applied run again and holds it to planning nothing.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveFeedbackFacts } from '../../src/feedback';
import { stateLabel } from '../../src/feedback/labels';
import { issuesWanting } from '../../src/plan/reads';
import { addIssue, deleteComment, editComment, makeSnapshot } from '../../fake-github/world';
import { ctxAt, ENGAGEMENT, formBody, plan, run } from './helpers';

// Important negative feedback from the form, filed Mon 23 Nov 09:00 ICT: first response within 16
// business hours (due Tue 24 Nov 16:00 ICT), warned at 75 % (Tue 12:00 ICT... as the clock says).
const FILED = '2026-11-23T02:00:00Z';

const filed = (): Snapshot =>
  addIssue(makeSnapshot(), {
    number: 11,
    title: 'Checkout fails after payment',
    body: formBody({
      topic: 'Product quality / Chất lượng sản phẩm',
      importance: 'Important / Quan trọng',
      type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
      what: 'After paying, a blank screen with an error.',
      expected: 'The payment goes through and the confirmation page is shown.',
    }),
    labels: ['feedback'],
    createdAt: FILED,
  });

const issue11 = (snapshot: Snapshot) => snapshot.issues.find((issue) => issue.number === 11)!;

/** The action's notes on #11, by marker kind. */
const notes = (snapshot: Snapshot): string[] =>
  issue11(snapshot)
    .comments.filter((comment) => comment.author.login === 'github-actions[bot]')
    .flatMap((comment) => parseMarkers(comment.body).map((marker) => marker.kind));

const noteId = (snapshot: Snapshot, kind: string): number =>
  issue11(snapshot).comments.find((comment) =>
    parseMarkers(comment.body).some((marker) => marker.kind === kind),
  )!.id;

const factsOf = (snapshot: Snapshot, now: string) => deriveFeedbackFacts(ctxAt(snapshot, now));

describe("the action's feedback notes taken back by a person", () => {
  it('an acknowledgement deleted is not posted again; the issue stays acknowledged, on its clock', () => {
    const acknowledged = run(filed(), '2026-11-23T02:01:00Z').snapshot;
    expect(notes(acknowledged)).toEqual(['feedback-ack', 'feedback-5whys']);
    const labels = issue11(acknowledged).labels;
    expect(labels).toContain(stateLabel(ENGAGEMENT, 'acknowledged'));
    const before = factsOf(acknowledged, '2026-11-23T03:00:00Z');

    // A team member deletes it (the client had already been called).
    const deleted = deleteComment(
      acknowledged,
      11,
      noteId(acknowledged, 'feedback-ack'),
      '2026-11-23T02:30:00Z',
    );
    // The shell reads the deletions of the issue about to get a note again.
    expect(issuesWanting('deleted-notes', ENGAGEMENT, deleted, new Date('2026-11-23T03:00:00Z'))).toEqual([
      11,
    ]);
    const next = run(deleted, '2026-11-23T03:00:00Z');
    expect(next.writes).toEqual([]);
    expect(issue11(next.snapshot).labels).toEqual(labels);
    expect(factsOf(next.snapshot, '2026-11-23T03:00:00Z')).toEqual(before);
    // An unchanged rerun plans nothing.
    expect(plan(next.snapshot, '2026-11-23T03:05:00Z')).toEqual([]);
  });

  it("an acknowledgement edited to drop the action's marker counts as taken back at the edit", () => {
    const acknowledged = run(filed(), '2026-11-23T02:01:00Z').snapshot;
    const before = factsOf(acknowledged, '2026-11-23T03:00:00Z');
    const labels = issue11(acknowledged).labels;
    const id = noteId(acknowledged, 'feedback-ack');
    const original = issue11(acknowledged).comments.find((comment) => comment.id === id)!.body;
    // Kept: a line added above the marker changes nothing.
    const kept = editComment(
      acknowledged,
      11,
      id,
      `(đã gọi điện cho chị Lan)\n\n${original}`,
      '2026-11-23T02:30:00Z',
    );
    expect(plan(kept, '2026-11-23T03:00:00Z')).toEqual([]);
    // Rewritten without it: not posted again either.
    const rewritten = editComment(acknowledged, 11, id, 'Đã gọi điện cho chị Lan.', '2026-11-23T02:30:00Z');
    const next = run(rewritten, '2026-11-23T03:00:00Z');
    expect(next.writes).toEqual([]);
    expect(issue11(next.snapshot).labels).toEqual(labels);
    expect(factsOf(next.snapshot, '2026-11-23T03:00:00Z')).toEqual(before);
    expect(plan(next.snapshot, '2026-11-23T03:05:00Z')).toEqual([]);
  });
});
