// Reads the engagement's internal repository (`engagement.internal_repository`): the issues the action
// opened there for this engagement, found by author and the engagement's tag (the repository may hold
// several engagements' issues), with their comments, and the repository's labels. A token that cannot
// read it stops the run before anything is written, with one error naming the repository and the
// permission it needs.
import { engagementTag, isThisEngagements } from '../core/places';
import type { InternalRepository, SnapshotIssue, SnapshotLabel } from '../core/snapshot';
import type { GitHubClient } from './client';
import type { GqlIssueConnection, GqlLabelConnection, GqlRateLimit } from './graphql-types';
import { withAuthoredBodies } from './authored-bodies';
import { toSnapshotIssue } from './map-snapshot';
import { INTERNAL_QUERY } from './queries';
import { commentNodeIds, nonNull, readRemainingComments, type IssueInProgress } from './read-snapshot';
import { InternalRepositoryStop, isNetworkError, RunStop, statusOf } from './request-errors';

export interface InternalReadRequest {
  /** `owner/name` as the engagement file writes it. */
  readonly repository: string;
  /** The client repository: its name is the engagement's tag in the internal one. */
  readonly client: { readonly owner: string; readonly name: string };
  readonly botLogin: string;
}

type InternalData = {
  rateLimit: GqlRateLimit | null;
  repository: {
    url?: string;
    own?: GqlIssueConnection;
    untagged?: GqlIssueConnection;
    labels?: GqlLabelConnection;
  } | null;
};

export async function readInternalRepository(
  client: GitHubClient,
  request: InternalReadRequest,
): Promise<{ internal: InternalRepository; requests: number }> {
  const [owner = '', name = ''] = request.repository.split('/');
  const issues: IssueInProgress[] = [];
  const labels: SnapshotLabel[] = [];
  let url: string | undefined;
  let requests = 0;
  const cursors = { own: null as string | null, labels: null as string | null };
  const more = { own: true, labels: true };
  try {
    while (more.own || more.labels) {
      const data = await client.graphql<InternalData>(INTERNAL_QUERY, {
        owner,
        name,
        tag: [engagementTag(request.client)],
        creator: request.botLogin,
        ownCursor: cursors.own,
        labelsCursor: cursors.labels,
        withOwn: more.own,
        withLabels: more.labels,
        // Once a run: the action's open issues there whatever their labels, for one of this
        // engagement's that lost its tag (it is tagged again rather than opened twice).
        withUntagged: requests === 0,
      });
      requests += 1;
      const repository = data.repository;
      if (!repository) throw new InternalRepositoryStop(request.repository, 'GitHub did not find it');
      url ??= repository.url;
      const tag = engagementTag(request.client).toLowerCase();
      const untagged = nonNull(repository.untagged?.nodes ?? null).filter(
        (node) =>
          !node.labels?.nodes?.some((label) => label?.name.toLowerCase() === tag) &&
          isThisEngagements(node.body, request.client),
      );
      if (more.own) {
        for (const node of [...nonNull(repository.own?.nodes ?? null), ...untagged])
          if (!issues.some((entry) => entry.node.number === node.number))
            issues.push({
              node,
              comments: nonNull(node.comments.nodes),
              cursor: node.comments.pageInfo.endCursor,
              hasMore: node.comments.pageInfo.hasNextPage,
            });
        more.own = repository.own?.pageInfo.hasNextPage ?? false;
        cursors.own = repository.own?.pageInfo.endCursor ?? null;
      }
      if (more.labels) {
        for (const label of nonNull(repository.labels?.nodes ?? null))
          labels.push({
            name: label.name,
            ...(label.id ? { nodeId: label.id } : {}),
            color: label.color,
            description: label.description,
          });
        more.labels = repository.labels?.pageInfo.hasNextPage ?? false;
        cursors.labels = repository.labels?.pageInfo.endCursor ?? null;
      }
    }
    await readRemainingComments(client, issues, () => {
      requests += 1;
    });
  } catch (error) {
    // A rate limit or a lost connection is not the repository's fault: told as they are.
    if (error instanceof RunStop || isNetworkError(error) || (statusOf(error) ?? 0) >= 500) throw error;
    throw new InternalRepositoryStop(request.repository, refusal(error));
  }
  const nodeIds = commentNodeIds(issues);
  const mapped: SnapshotIssue[] = await withAuthoredBodies(
    client,
    request,
    issues
      .sort((a, b) => a.node.number - b.node.number)
      .map((entry) => ({ ...toSnapshotIssue(entry.node, entry.comments), place: 'internal' as const })),
    nodeIds,
    () => {
      requests += 1;
    },
  );
  return {
    internal: {
      repository: { owner, name, ...(url ? { url } : {}) },
      issues: mapped,
      labels: labels.sort((a, b) => a.name.localeCompare(b.name)),
    },
    requests,
  };
}

/** What GitHub said, in one line: a GraphQL refusal's first message, or the HTTP error's. */
function refusal(error: unknown): string {
  const errors = (error as { errors?: ReadonlyArray<{ message?: unknown }> } | null)?.errors;
  const first = Array.isArray(errors) ? errors[0]?.message : undefined;
  if (typeof first === 'string') return `GitHub said: ${first}`;
  const message = error instanceof Error ? error.message : String(error);
  return `GitHub said: ${message.split('\n')[0] ?? message}`;
}
