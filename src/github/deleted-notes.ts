// When people deleted the action's own comments, read only for the few issues the core asks about (a
// deadline about to get a reminder or a ladder step): GitHub keeps no text of a deleted comment, but
// its timeline records the deletion (CommentDeletedEvent: when, by whom, whose comment). A note a
// person deleted is their decision, and the core does not post it again (rules/nudges.ts).
import { isBot } from '../core/markers';
import type { Snapshot } from '../core/snapshot';
import type { GitHubClient } from './client';
import { askPerIssue, perIssueQuery } from './per-issue-query';

/** Issues per request. */
export const DELETED_NOTES_BATCH = 20;

const OPERATION = 'EngagementKeeperDeletedNotes';
// The latest 50 deletions on each issue: one connection per issue.
const SELECTION =
  'timelineItems(itemTypes: [COMMENT_DELETED_EVENT], last: 50) { nodes { ... on CommentDeletedEvent { createdAt actor { login } deletedCommentAuthor { login } } } }';

export const deletedNotesQuery = (count: number): string => perIssueQuery(OPERATION, count, SELECTION);

interface GqlDeletion {
  readonly createdAt?: string;
  readonly actor?: { readonly login: string } | null;
  readonly deletedCommentAuthor?: { readonly login: string } | null;
}

type DeletionsNode = { timelineItems: { nodes: ReadonlyArray<GqlDeletion | null> | null } | null };

/**
 * The snapshot with `notesDeletedAt` filled in for `numbers`: when someone other than the action
 * deleted one of the action's comments there (the action's own repairs of duplicates do not count).
 */
export async function withDeletedNotes(
  client: GitHubClient,
  snapshot: Snapshot,
  numbers: readonly number[],
): Promise<Snapshot> {
  if (numbers.length === 0) return snapshot;
  const answers = await askPerIssue<DeletionsNode>(client, snapshot.repository, numbers, {
    operation: OPERATION,
    selection: SELECTION,
    batch: DELETED_NOTES_BATCH,
  });
  const deleted = new Map<number, string[]>();
  for (const [number, node] of answers) {
    const times = (node?.timelineItems?.nodes ?? [])
      .filter(
        (event): event is GqlDeletion & { createdAt: string } =>
          typeof event?.createdAt === 'string' &&
          isBot(snapshot, event.deletedCommentAuthor?.login ?? '') &&
          !isBot(snapshot, event.actor?.login ?? ''),
      )
      .map((event) => event.createdAt)
      .sort();
    deleted.set(number, times);
  }
  return {
    ...snapshot,
    issues: snapshot.issues.map((issue) => {
      const times = deleted.get(issue.number);
      return times ? { ...issue, notesDeletedAt: times } : issue;
    }),
  };
}
