// The action's notes a person took back: deleted (GitHub's timeline keeps when, not the text), or
// edited so that they no longer carry the action's marker. A note taken back is the person's decision,
// not a note lost: the domains do not post it again (docs/runtime.md, "When people edit or delete the
// action's comments"). GitHub keeps nothing that says which note it was, so a domain recognises it by
// being due already when it was taken back; one that falls due later goes as usual.
import { isBot, parseMarkers } from './markers';
import type { Snapshot, SnapshotIssue } from './snapshot';

/**
 * When people took back the action's notes on an issue, up to `now`: the deletions the shell read
 * (`notesDeletedAt`), and the edits of the action's comments that dropped every marker (at the edit).
 */
export function notesTakenBackAt(
  snapshot: Pick<Snapshot, 'botLogin'>,
  issue: SnapshotIssue,
  now: Date,
): Date[] {
  const editedAway = issue.comments
    .filter((comment) => comment.edited && isBot(snapshot, comment.author.login))
    .filter((comment) => parseMarkers(comment.body).length === 0)
    .map((comment) => comment.updatedAt);
  return [...(issue.notesDeletedAt ?? []), ...editedAway]
    .map((at) => new Date(at))
    .filter((at) => at.getTime() <= now.getTime());
}

/** True when a note due from `due` on was already due when a person took back one of the notes. */
export function takenBackSince(takenBack: readonly Date[], due: Date | string): boolean {
  const from = typeof due === 'string' ? Date.parse(due) : due.getTime();
  return takenBack.some((at) => at.getTime() >= from);
}
