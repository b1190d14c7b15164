// The action's own notes on a tracking issue, deleted or edited by a person after the fact. A note a
// person took back is their decision: the action does not post the same step again (that would fight
// them every hour), and the next step that falls due later goes as usual (docs/runtime.md, "When
// people edit or delete the action's comments"). GitHub keeps no text of a deleted comment, only the
// deletion in the issue's timeline (`notesDeletedAt`, read by the shell for the issues about to get a
// note). The harness plans every applied run again and holds it to planning nothing.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import { issuesWanting } from '../../src/plan/reads';
import { deleteComment, editComment } from '../../fake-github/world';
import { comments, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

/** The action's notes on Brand assets (due Fri 27 Nov), as `kind/stage` of each marker. */
const notes = (snapshot: Snapshot): string[] =>
  issueByTitle(snapshot, 'Brand assets')
    .comments.filter((comment) => comment.author.login === 'github-actions[bot]')
    .map((comment) =>
      parseMarkers(comment.body)
        .map((marker) => `${marker.kind}${marker.stage ? `/${marker.stage}` : ''}`)
        .join('+'),
    );

const lastNoteId = (snapshot: Snapshot): number =>
  issueByTitle(snapshot, 'Brand assets')
    .comments.filter((comment) => comment.author.login === 'github-actions[bot]')
    .at(-1)!.id;

const brandNotes = (writes: ReturnType<typeof step>['writes'], brand: number): string[] =>
  comments(writes)
    .filter((write) => JSON.stringify(write.issue) === JSON.stringify({ number: brand }))
    .map((write) => `${write.marker.kind}${write.marker.stage ? `/${write.marker.stage}` : ''}`);

function runs(snapshot: Snapshot, times: readonly string[]): Snapshot {
  return times.reduce((world, now) => step(engagement, world, now).snapshot, snapshot);
}

/** Brand assets' formal notice went on Wed 2 Dec, its last note (reminders and the friendly step before). */
function formalNoticeSent(): { snapshot: Snapshot; brand: number } {
  const snapshot = runs(emptyWorld(), [
    at('2026-11-18'),
    at('2026-11-24'),
    at('2026-11-26'),
    at('2026-12-02'),
  ]);
  expect(notes(snapshot).at(-1)).toBe('ladder/formal-notice');
  return { snapshot, brand: issueByTitle(snapshot, 'Brand assets').number };
}

describe("the action's notes taken back by a person", () => {
  it('a reminder deleted is not posted again; the next reminder and the ladder still come', () => {
    let snapshot = runs(emptyWorld(), [at('2026-11-18'), at('2026-11-24')]);
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    expect(notes(snapshot)).toEqual(['reminder/before-7', 'early-warning+alternates+reminder/before-3']);
    // A team member deletes the 24 November note (the client had already answered by phone).
    snapshot = deleteComment(snapshot, brand, lastNoteId(snapshot), at('2026-11-24', '10:00'));
    // The shell reads the deletions of exactly the issues about to get a note again.
    expect(issuesWanting('deleted-notes', engagement, snapshot, new Date(at('2026-11-24', '11:00')))).toEqual(
      [brand],
    );
    for (const now of [at('2026-11-24', '11:00'), at('2026-11-25', '09:00')]) {
      const { writes, snapshot: after } = step(engagement, snapshot, now);
      expect(brandNotes(writes, brand), now).toEqual([]);
      snapshot = after;
    }
    // The reminder one business day before falls due after the deletion: it goes.
    const dayBefore = step(engagement, snapshot, at('2026-11-26'));
    expect(brandNotes(dayBefore.writes, brand)).toEqual(['reminder/before-1']);
    // The alternates were asked in the deleted note: taken back with it, so the ladder starts friendly.
    snapshot = runs(dayBefore.snapshot, [at('2026-11-30')]);
    expect(notes(snapshot).at(-1)).toBe('ladder/friendly');
  });

  it('a formal notice deleted is not sent again; the escalation step comes on its day', () => {
    const sent = formalNoticeSent();
    const brand = sent.brand;
    let snapshot = deleteComment(sent.snapshot, brand, lastNoteId(sent.snapshot), at('2026-12-02', '14:00'));
    for (const now of [at('2026-12-02', '15:00'), at('2026-12-03', '09:00')]) {
      const { writes, snapshot: after } = step(engagement, snapshot, now);
      expect(brandNotes(writes, brand), now).toEqual([]);
      snapshot = after;
    }
    const escalation = step(engagement, snapshot, at('2026-12-04'));
    expect(brandNotes(escalation.writes, brand)).toEqual(['ladder/escalation']);
  });

  it('a formal notice deleted on a Saturday is not sent again on Monday (days off hold sending only)', () => {
    const sent = formalNoticeSent();
    const brand = sent.brand;
    let snapshot = deleteComment(sent.snapshot, brand, lastNoteId(sent.snapshot), at('2026-12-05', '10:00'));
    for (const now of [at('2026-12-05', '11:00'), at('2026-12-07', '07:00')]) {
      const { writes, snapshot: after } = step(engagement, snapshot, now);
      expect(brandNotes(writes, brand), now).not.toContain('ladder/formal-notice');
      snapshot = after;
    }
  });

  it("a note edited to drop the action's marker counts as taken back at the edit; one that keeps it changes nothing", () => {
    const snapshot = runs(emptyWorld(), [
      at('2026-11-18'),
      at('2026-11-24'),
      at('2026-11-26'),
      at('2026-12-02'),
    ]);
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    const id = lastNoteId(snapshot);
    const original = issueByTitle(snapshot, 'Brand assets').comments.find(
      (comment) => comment.id === id,
    )!.body;
    const kept = editComment(
      snapshot,
      brand,
      id,
      `(đã trao đổi qua điện thoại)\n\n${original}`,
      at('2026-12-02', '14:00'),
    );
    expect(planOf(engagement, kept, at('2026-12-02', '15:00')).writes).toEqual([]);
    const rewritten = editComment(
      snapshot,
      brand,
      id,
      'Đã trao đổi qua điện thoại.',
      at('2026-12-02', '14:00'),
    );
    expect(brandNotes(step(engagement, rewritten, at('2026-12-02', '15:00')).writes, brand)).toEqual([]);
  });
});
