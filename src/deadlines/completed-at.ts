// When a handoff was completed: the moment its checklist became complete and stayed so, read from the
// body's edit history; never the time of the run that noticed it.
import type { SnapshotIssue } from '../core/snapshot';

/**
 * When the body last became complete (every deliverable ticked) and stayed complete since: the
 * oldest revision of the trailing run of complete revisions. Without history (not read, or read
 * from a recording that lacks it) the last update of the issue is the best bound there is: a tick
 * is an edit, so it happened no later than that. Null when that moment is after `now` (the world as
 * it stood at an earlier instant): not complete yet, as far as anyone can tell.
 */
export function completedByTicksAt(
  issue: SnapshotIssue,
  isComplete: (body: string) => boolean,
  now: Date,
): Date | null {
  const revisions = [...(issue.bodyEdits ?? [])].sort((a, b) => a.editedAt.localeCompare(b.editedAt));
  let since: string | null = null;
  for (let i = revisions.length - 1; i >= 0; i -= 1) {
    const revision = revisions[i]!;
    if (!isComplete(revision.body)) break;
    since = revision.editedAt;
  }
  // Never edited: complete as created.
  if (issue.bodyEdits !== undefined && revisions.length === 0 && isComplete(issue.body))
    since = issue.createdAt;
  const at = new Date(since ?? issue.updatedAt);
  return at.getTime() > now.getTime() ? null : at;
}
