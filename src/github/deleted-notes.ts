// When people deleted the action's own comments, read only for the few issues the core asks about (a
// deadline about to get a reminder or a ladder step): GitHub keeps no text of a deleted comment, but
// its timeline records the deletion (CommentDeletedEvent: when, by whom, whose comment). A note a
// person deleted is their decision, and the core does not post it again (rules/nudges.ts).
import { isBot } from '../core/markers';
import type { Snapshot } from '../core/snapshot';
import type { GitHubClient } from './client';
import type { GqlDeletion } from './graphql-types';
import { askPerIssue, perIssueQuery } from './per-issue-query';
import { DELETIONS_SELECTION } from './queries';

/** Issues per request. */
export const DELETED_NOTES_BATCH = 20;

const OPERATION = 'EngagementKeeperDeletedNotes';
// An event run asks for the deletions with the one issue it reads (SCOPED_QUERY), saving this request.
export const deletedNotesQuery = (count: number): string =>
  perIssueQuery(OPERATION, count, DELETIONS_SELECTION);

type DeletionsNode = { timelineItems: { nodes: ReadonlyArray<GqlDeletion | null> | null } | null };

/** When people other than the action deleted one of the action's comments, oldest first. */
export function notesDeletedBy(
  snapshot: Pick<Snapshot, 'botLogin'>,
  events: ReadonlyArray<GqlDeletion | null> | null | undefined,
): string[] {
  return (events ?? [])
    .filter(
      (event): event is GqlDeletion & { createdAt: string } =>
        typeof event?.createdAt === 'string' &&
        isBot(snapshot, event.deletedCommentAuthor?.login ?? '') &&
        !isBot(snapshot, event.actor?.login ?? ''),
    )
    .map((event) => event.createdAt)
    .sort();
}

/**
 * The snapshot with `notesDeletedAt` filled in for `numbers`: when someone other than the action
 * deleted one of the action's comments there (the action's own repairs of duplicates do not count).
 */
export async function withDeletedNotes(
  client: GitHubClient,
  snapshot: Snapshot,
  numbers: readonly number[],
): Promise<Snapshot> {
  // An issue whose deletions came with the reading (an event run's one issue) is not asked again.
  const unread = numbers.filter(
    (number) => snapshot.issues.find((issue) => issue.number === number)?.notesDeletedAt === undefined,
  );
  if (unread.length === 0) return snapshot;
  const answers = await askPerIssue<DeletionsNode>(client, snapshot.repository, unread, {
    operation: OPERATION,
    selection: DELETIONS_SELECTION,
    batch: DELETED_NOTES_BATCH,
  });
  const deleted = new Map<number, string[]>();
  for (const [number, node] of answers)
    deleted.set(number, notesDeletedBy(snapshot, node?.timelineItems?.nodes));
  return {
    ...snapshot,
    issues: snapshot.issues.map((issue) => {
      const times = deleted.get(issue.number);
      return times ? { ...issue, notesDeletedAt: times } : issue;
    }),
  };
}
