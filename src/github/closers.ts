// Who closed an issue, and with what, read only for the few issues the core asks about: a tracking
// issue closed without a recorded handoff (a closing by someone who is not a party to the engagement —
// another bot, a stranger — is not a delivery), and feedback closed as completed whose client is about
// to be asked to confirm it (the request names the pull request or commit that closed it).
import type { ClosingChange, Snapshot } from '../core/snapshot';
import type { GitHubClient } from './client';
import { askPerIssue, perIssueQuery } from './per-issue-query';

/** Issues per request. */
export const CLOSERS_BATCH = 20;

const OPERATION = 'EngagementKeeperClosers';
// The latest closing: one connection of one node per issue, its actor and what closed it.
const SELECTION =
  'timelineItems(itemTypes: [CLOSED_EVENT], last: 1) { nodes { ... on ClosedEvent { actor { __typename login } createdAt closer { __typename ... on PullRequest { number title url } ... on Commit { abbreviatedOid messageHeadline url } } } } }';

export const closersQuery = (count: number): string => perIssueQuery(OPERATION, count, SELECTION);

type GqlCloser =
  | {
      readonly __typename: 'PullRequest';
      readonly number: number;
      readonly title: string;
      readonly url: string;
    }
  | {
      readonly __typename: 'Commit';
      readonly abbreviatedOid: string;
      readonly messageHeadline: string;
      readonly url: string;
    }
  | { readonly __typename: string };

interface GqlClosedEvent {
  readonly actor?: { readonly __typename?: string; readonly login: string } | null;
  readonly createdAt?: string;
  readonly closer?: GqlCloser | null;
}

type ClosingsNode = { timelineItems: { nodes: ReadonlyArray<GqlClosedEvent | null> | null } | null };

/** A pull request or commit as the snapshot keeps it; anything else (a project) closes nothing we name. */
function closingChange(closer: GqlCloser | null | undefined): ClosingChange | null {
  if (!closer) return null;
  if ('number' in closer)
    return { kind: 'pull-request', number: closer.number, title: closer.title, url: closer.url };
  if ('abbreviatedOid' in closer)
    return { kind: 'commit', sha: closer.abbreviatedOid, title: closer.messageHeadline, url: closer.url };
  return null;
}

/**
 * The snapshot with `closedBy` and `closedWith` filled in for `numbers`: the login of whoever closed
 * the issue last (a bot with its `[bot]` suffix; null when GitHub does not say, a deleted account),
 * and the pull request or commit that closed it (null when it was closed by hand).
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
  const closings = new Map<number, { by: string | null; with: ClosingChange | null }>();
  for (const [number, node] of answers) {
    const event = node?.timelineItems?.nodes?.at(-1);
    const actor = event?.actor;
    closings.set(number, {
      // GraphQL names a bot without the `[bot]` suffix REST and the engagement file use.
      by: actor ? (actor.__typename === 'Bot' ? `${actor.login}[bot]` : actor.login) : null,
      with: closingChange(event?.closer),
    });
  }
  return {
    ...snapshot,
    issues: snapshot.issues.map((issue) => {
      const closing = closings.get(issue.number);
      return closing ? { ...issue, closedBy: closing.by, closedWith: closing.with } : issue;
    }),
  };
}
