// The edit history of issue bodies, read only for the few issues the core asks about (a handoff whose
// last deliverable was ticked since the last run): it dates the completion by the tick, not the run.
import type { BodyRevision, Snapshot } from '../core/snapshot';
import type { GitHubClient } from './client';
import { askPerIssue, perIssueQuery } from './per-issue-query';

/** Issues per request. */
export const BODY_HISTORY_BATCH = 10;

const OPERATION = 'EngagementKeeperBodyHistory';
/**
 * GitHub lists the newest edits first; `diff` is the whole body after that edit, and the oldest entry
 * is the text as created. 100 edits reach back far enough to see when the checklist became complete.
 */
const SELECTION = 'userContentEdits(first: 100) { nodes { editedAt diff deletedAt } }';

export const bodyHistoryQuery = (count: number): string => perIssueQuery(OPERATION, count, SELECTION);

interface GqlEdit {
  readonly editedAt: string;
  readonly diff: string | null;
  readonly deletedAt: string | null;
}

type EditsNode = { userContentEdits: { nodes: ReadonlyArray<GqlEdit | null> | null } | null };

/** The snapshot with `bodyEdits` filled in for `numbers`; one request per ten issues. */
export async function withBodyHistory(
  client: GitHubClient,
  snapshot: Snapshot,
  numbers: readonly number[],
): Promise<Snapshot> {
  if (numbers.length === 0) return snapshot;
  const answers = await askPerIssue<EditsNode>(client, snapshot.repository, numbers, {
    operation: OPERATION,
    selection: SELECTION,
    batch: BODY_HISTORY_BATCH,
  });
  const history = new Map<number, BodyRevision[]>();
  for (const [number, node] of answers) {
    // A revision someone deleted from the history has no text: it cannot say what the body was.
    const revisions = (node?.userContentEdits?.nodes ?? [])
      .filter((edit): edit is GqlEdit => edit !== null && edit.diff !== null && edit.deletedAt === null)
      .map((edit) => ({ editedAt: edit.editedAt, body: edit.diff ?? '' }))
      .sort((a, b) => a.editedAt.localeCompare(b.editedAt));
    history.set(number, revisions);
  }
  return {
    ...snapshot,
    issues: snapshot.issues.map((issue) => {
      const revisions = history.get(issue.number);
      return revisions ? { ...issue, bodyEdits: revisions } : issue;
    }),
  };
}
