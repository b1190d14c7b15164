// Who closed an issue, read only for the few issues the core asks about (a tracking issue closed
// without a recorded handoff): a closing by someone who is not a party to the engagement — another
// bot, a stranger — is not a delivery.
import type { Snapshot } from '../core/snapshot';
import type { GitHubClient } from './client';
import { askPerIssue, perIssueQuery } from './per-issue-query';

/** Issues per request. */
export const CLOSERS_BATCH = 20;

const OPERATION = 'EngagementKeeperClosers';
// The latest closing: one connection of one node per issue.
const SELECTION =
  'timelineItems(itemTypes: [CLOSED_EVENT], last: 1) { nodes { ... on ClosedEvent { actor { __typename login } createdAt } } }';

export const closersQuery = (count: number): string => perIssueQuery(OPERATION, count, SELECTION);

interface GqlClosedEvent {
  readonly actor?: { readonly __typename?: string; readonly login: string } | null;
  readonly createdAt?: string;
}

type ClosingsNode = { timelineItems: { nodes: ReadonlyArray<GqlClosedEvent | null> | null } | null };

/**
 * The snapshot with `closedBy` filled in for `numbers`: the login of whoever closed the issue last
 * (a bot with its `[bot]` suffix), or null when GitHub does not say (a deleted account).
 */
export async function withClosers(
  client: GitHubClient,
  snapshot: Snapshot,
  numbers: readonly number[],
): Promise<Snapshot> {
  if (numbers.length === 0) return snapshot;
  const answers = await askPerIssue<ClosingsNode>(client, snapshot.repository, numbers, {
    operation: OPERATION,
    selection: SELECTION,
    batch: CLOSERS_BATCH,
  });
  const closers = new Map<number, string | null>();
  for (const [number, node] of answers) {
    const actor = node?.timelineItems?.nodes?.at(-1)?.actor;
    // GraphQL names a bot without the `[bot]` suffix REST and the engagement file use.
    closers.set(number, actor ? (actor.__typename === 'Bot' ? `${actor.login}[bot]` : actor.login) : null);
  }
  return {
    ...snapshot,
    issues: snapshot.issues.map((issue) =>
      closers.has(issue.number) ? { ...issue, closedBy: closers.get(issue.number) ?? null } : issue,
    ),
  };
}
