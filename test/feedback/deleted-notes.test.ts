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
import {
  addComment,
  addIssue,
  deleteComment,
  editComment,
  makeSnapshot,
  updateIssue,
} from '../../fake-github/world';
import { ctxAt, ENGAGEMENT, formBody, kinds, plan, run } from './helpers';

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
      what: 'After paying I get a blank screen with an error.',
      expected: 'The payment goes through and the confirmation page is shown.',
    }),
    labels: ['feedback'],
    createdAt: FILED,
  });

const issueOf = (snapshot: Snapshot, number: number) =>
  snapshot.issues.find((issue) => issue.number === number)!;
const issue11 = (snapshot: Snapshot) => issueOf(snapshot, 11);

/** The action's notes on an issue, by marker kind. */
const notes = (snapshot: Snapshot, number = 11): string[] =>
  issueOf(snapshot, number)
    .comments.filter((comment) => comment.author.login === 'github-actions[bot]')
    .flatMap((comment) => parseMarkers(comment.body).map((marker) => marker.kind));

const noteId = (snapshot: Snapshot, kind: string, number = 11): number =>
  issueOf(snapshot, number).comments.find((comment) =>
    parseMarkers(comment.body).some((marker) => marker.kind === kind),
  )!.id;

/** A person deletes the action's note of `kind` on the issue at `at`, as the timeline records it. */
const takeBack = (snapshot: Snapshot, kind: string, at: string, number = 11): Snapshot =>
  deleteComment(snapshot, number, noteId(snapshot, kind, number), at);

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

  it('an SLA warning or breach note deleted is not posted again; the next one still comes', () => {
    let world = run(filed(), '2026-11-23T02:01:00Z').snapshot;
    // 75 % of the 16 working hours of the first response: Tue 24 Nov 12:00 ICT.
    world = run(world, '2026-11-24T05:00:00Z').snapshot;
    expect(notes(world)).toEqual(['feedback-ack', 'feedback-5whys', 'feedback-sla-warning']);
    world = takeBack(world, 'feedback-sla-warning', '2026-11-24T05:30:00Z');
    const quiet = run(world, '2026-11-24T06:00:00Z');
    expect(quiet.writes).toEqual([]);
    // The first response is due Tue 16:00 ICT, after the warning was taken back: the breach comes.
    const breached = run(quiet.snapshot, '2026-11-24T09:00:00Z');
    expect(kinds(breached.writes)).toEqual(['add-labels', 'comment:feedback-sla-breach']);
    const before = factsOf(breached.snapshot, '2026-11-24T10:00:00Z');
    world = takeBack(breached.snapshot, 'feedback-sla-breach', '2026-11-24T09:30:00Z');
    const after = run(world, '2026-11-24T10:00:00Z');
    expect(after.writes).toEqual([]);
    // Still counted as escalated, with the same labels.
    expect(factsOf(after.snapshot, '2026-11-24T10:00:00Z')).toEqual(before);
    expect(issue11(after.snapshot).labels).toEqual(issue11(breached.snapshot).labels);
    expect(plan(after.snapshot, '2026-11-24T10:05:00Z')).toEqual([]);
  });

  it('a 5 whys prompt deleted is not posted again', () => {
    const world = run(filed(), '2026-11-23T02:01:00Z').snapshot;
    const deleted = takeBack(world, 'feedback-5whys', '2026-11-23T02:30:00Z');
    expect(run(deleted, '2026-11-23T03:00:00Z').writes).toEqual([]);
  });

  const unclear = (): Snapshot =>
    addIssue(makeSnapshot(), {
      number: 5,
      title: 'Trang chủ',
      body: 'Trang chủ không ổn.',
      labels: ['feedback'],
      createdAt: FILED,
    });

  it('the acknowledgement of unclear feedback deleted takes its questions back: no longer waiting', () => {
    const asked = run(unclear(), '2026-11-23T02:05:00Z').snapshot;
    expect(issueOf(asked, 5).labels).toContain(stateLabel(ENGAGEMENT, 'waiting_for_client'));
    const deleted = takeBack(asked, 'feedback-ack', '2026-11-23T03:00:00Z', 5);
    const next = run(deleted, '2026-11-23T04:00:00Z');
    // Not asked again; the state follows: acknowledged, no longer waiting.
    expect(kinds(next.writes)).toEqual(['remove-label', 'add-labels']);
    expect(issueOf(next.snapshot, 5).labels).toContain(stateLabel(ENGAGEMENT, 'acknowledged'));
    // No nudge for questions taken back; its clock ran from the filing: the first response was due
    // Tue 24 Nov 16:00, and by Thursday the breach is noted.
    expect(kinds(plan(next.snapshot, '2026-11-26T04:00:00Z'))).toEqual([
      'add-labels',
      'comment:feedback-sla-breach',
    ]);
  });

  it('the note that unclear feedback is accepted, deleted after the answer, is not posted again', () => {
    const asked = run(unclear(), '2026-11-23T02:05:00Z').snapshot;
    const answered = addComment(asked, 5, {
      body: 'Ảnh sản phẩm trên trang chủ bị vỡ trên điện thoại. Mong ảnh hiển thị rõ như trên máy tính.',
      createdAt: '2026-11-24T07:00:00Z',
    });
    const accepted = run(answered, '2026-11-24T07:05:00Z').snapshot;
    expect(notes(accepted, 5)).toContain('feedback-accepted');
    const deleted = takeBack(accepted, 'feedback-accepted', '2026-11-24T08:00:00Z', 5);
    expect(run(deleted, '2026-11-24T08:30:00Z').writes).toEqual([]);
  });

  it('the questions to the client: their nudge deleted is not posted again', () => {
    const asked = run(unclear(), '2026-11-23T02:05:00Z').snapshot;
    expect(notes(asked, 5)).toEqual(['feedback-ack', 'feedback-triage-review']);
    const nudged = run(asked, '2026-11-26T02:10:00Z').snapshot;
    expect(notes(nudged, 5)).toEqual(['feedback-ack', 'feedback-triage-review', 'feedback-nudge']);
    const deleted = takeBack(nudged, 'feedback-nudge', '2026-11-26T03:00:00Z', 5);
    expect(issuesWanting('deleted-notes', ENGAGEMENT, deleted, new Date('2026-11-26T04:00:00Z'))).toEqual([
      5,
    ]);
    expect(run(deleted, '2026-11-26T04:00:00Z').writes).toEqual([]);
  });

  it('the request to confirm and rate, deleted after the closing, is not posted again', () => {
    const acknowledged = run(filed(), '2026-11-23T02:01:00Z').snapshot;
    const closed = updateIssue(acknowledged, 11, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-24T03:00:00Z',
      closedWith: null,
    }));
    const asked = run(closed, '2026-11-24T03:01:00Z');
    expect(kinds(asked.writes)).toContain('comment:feedback-confirm');
    const before = factsOf(asked.snapshot, '2026-11-24T05:00:00Z');
    const deleted = takeBack(asked.snapshot, 'feedback-confirm', '2026-11-24T04:00:00Z');
    const next = run(deleted, '2026-11-24T05:00:00Z');
    expect(next.writes).toEqual([]);
    expect(factsOf(next.snapshot, '2026-11-24T05:00:00Z')).toEqual(before);
  });

  it('a contradiction note deleted on either side is not posted again', () => {
    const both = addIssue(
      addIssue(makeSnapshot(), {
        number: 8,
        title: 'Logo',
        body: 'Logo trên trang chủ nên to hơn để khách dễ thấy thương hiệu, mong chỉnh lại thiết kế.',
        labels: ['feedback'],
        createdAt: FILED,
      }),
      {
        number: 9,
        title: 'Logo quá to',
        body: 'Logo trong thiết kế trang chủ chiếm nhiều chỗ, mong làm nhỏ hơn cho gọn.',
        labels: ['feedback'],
        createdAt: '2026-11-23T03:00:00Z',
      },
    );
    const linked = run(both, '2026-11-23T03:05:00Z').snapshot;
    expect(notes(linked, 9)).toContain('feedback-contradiction');
    let world = takeBack(linked, 'feedback-contradiction', '2026-11-23T03:30:00Z', 9);
    world = takeBack(world, 'feedback-contradiction', '2026-11-23T03:31:00Z', 8);
    expect(issuesWanting('deleted-notes', ENGAGEMENT, world, new Date('2026-11-23T04:00:00Z'))).toEqual([
      9, 8,
    ]);
    expect(run(world, '2026-11-23T04:00:00Z').writes).toEqual([]);
  });
});
