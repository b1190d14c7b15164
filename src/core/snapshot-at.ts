// The repository as it stood at an earlier instant, rebuilt from the timestamps a snapshot carries:
// what a closed week's summary is computed from, so its figures are those of the week's end whenever
// the run that closes it happens.
import { isBot, parseMarkers, trustedBody } from './markers';
import type { Snapshot, SnapshotComment, SnapshotIssue } from './snapshot';

/**
 * Issues opened and comments posted by `at`; issues closed after it are open again; bodies as they
 * read then where their edit history is known. The action's own notes count from the moment of the
 * fact they record (their marker's `at`), so a completion noticed by a later run still dates from
 * the tick. Labels have no history here and are kept as they are now.
 */
export function snapshotAt(snapshot: Snapshot, at: Date): Snapshot {
  const internal = snapshot.internal;
  return {
    ...snapshot,
    readAt: at.toISOString(),
    issues: issuesAt(snapshot, snapshot.issues, at),
    ...(internal ? { internal: { ...internal, issues: issuesAt(snapshot, internal.issues, at) } } : {}),
  };
}

function issuesAt(snapshot: Snapshot, among: readonly SnapshotIssue[], at: Date): SnapshotIssue[] {
  const t = at.getTime();
  const by = (iso: string): boolean => new Date(iso).getTime() <= t;
  const issues: SnapshotIssue[] = [];
  for (const issue of among) {
    if (!by(issue.createdAt)) continue;
    const closedThen = issue.closedAt !== null && by(issue.closedAt);
    const revisions = issue.bodyEdits?.filter((revision) => by(revision.editedAt));
    const body = revisions && revisions.length > 0 ? revisions[revisions.length - 1]!.body : issue.body;
    issues.push({
      ...issue,
      body,
      ...(revisions ? { bodyEdits: revisions } : {}),
      state: closedThen ? 'closed' : 'open',
      stateReason: closedThen ? issue.stateReason : null,
      closedAt: closedThen ? issue.closedAt : null,
      comments: issue.comments.filter((comment) => by(factTime(snapshot, comment))),
    });
  }
  return issues;
}

function factTime(snapshot: Snapshot, comment: SnapshotComment): string {
  if (!isBot(snapshot, comment.author.login)) return comment.createdAt;
  return parseMarkers(trustedBody(snapshot, comment))[0]?.data?.at ?? comment.createdAt;
}
