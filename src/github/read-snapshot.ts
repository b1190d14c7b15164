// Reads the repository once into a Snapshot: GraphQL, 100 issues a page with their first 100 comments
// in the same request; further comment pages only for the issues that have more, several per request.
import type { Snapshot, SnapshotIssue, SnapshotLabel } from '../core/snapshot';
import type { GitHubClient } from './client';
import type {
  GqlComment,
  GqlCommentConnection,
  GqlIssue,
  GqlIssueConnection,
  GqlLabelConnection,
  GqlRateLimit,
} from './graphql-types';
import { toSnapshotIssue } from './map-snapshot';
import { COMMENT_PAGE_BATCH, moreCommentsQuery, SCAN_QUERY, SCOPED_QUERY } from './queries';

export interface ReadRequest {
  readonly owner: string;
  readonly name: string;
  readonly botLogin: string;
  /** Labels whose issues matter (a full scan reads every issue carrying any of them). */
  readonly trackedLabels: readonly string[];
  /** Labels of the action's own milestone and escalation issues, read on event runs too. */
  readonly keptLabels: readonly string[];
  readonly scope: Snapshot['scope'];
  /** When the snapshot is read (ISO); injected so replays and tests are deterministic. */
  readonly readAt: string;
}

export interface ReadStats {
  /** GraphQL requests made by the read (issues pages plus extra comment pages). */
  readonly requests: number;
  readonly issuePages: number;
  readonly extraCommentPages: number;
  readonly cost: number;
  readonly remaining: number | null;
}

interface IssueInProgress {
  readonly node: GqlIssue;
  readonly comments: GqlComment[];
  cursor: string | null;
  hasMore: boolean;
}

type ScanData = {
  rateLimit: GqlRateLimit | null;
  repository: {
    tracked?: GqlIssueConnection;
    own?: GqlIssueConnection;
    issue?: GqlIssue | null;
    labels?: GqlLabelConnection;
  } | null;
};

export async function readSnapshot(
  client: GitHubClient,
  request: ReadRequest,
): Promise<{ snapshot: Snapshot; stats: ReadStats }> {
  const stats = {
    requests: 0,
    issuePages: 0,
    extraCommentPages: 0,
    cost: 0,
    remaining: null as number | null,
  };
  const noteRateLimit = (rateLimit: GqlRateLimit | null): void => {
    stats.requests += 1;
    if (rateLimit) {
      stats.cost += rateLimit.cost;
      stats.remaining = rateLimit.remaining;
    }
  };
  const issues = new Map<number, IssueInProgress>();
  const labels: SnapshotLabel[] = [];
  const addIssue = (node: GqlIssue | null): void => {
    if (!node || issues.has(node.number)) return;
    issues.set(node.number, {
      node,
      comments: nonNull(node.comments.nodes),
      cursor: node.comments.pageInfo.endCursor,
      hasMore: node.comments.pageInfo.hasNextPage,
    });
  };
  const addLabels = (connection: GqlLabelConnection | undefined): void => {
    for (const label of nonNull(connection?.nodes ?? null)) {
      labels.push({ name: label.name, color: label.color, description: label.description });
    }
  };

  const cursors = {
    primary: null as string | null,
    own: null as string | null,
    labels: null as string | null,
  };
  const more = { primary: true, own: true, labels: true };
  const scoped = request.scope.kind === 'issue';
  while (more.primary || more.own || more.labels) {
    const data: ScanData = scoped
      ? await client.graphql<ScanData>(SCOPED_QUERY, {
          owner: request.owner,
          name: request.name,
          number: request.scope.kind === 'issue' ? request.scope.number : 0,
          keptLabels: [...request.keptLabels],
          creator: request.botLogin,
          ownCursor: cursors.own,
          labelsCursor: cursors.labels,
          withIssue: more.primary,
          withOwn: more.own,
          withLabels: more.labels,
        })
      : await client.graphql<ScanData>(SCAN_QUERY, {
          owner: request.owner,
          name: request.name,
          labels: [...request.trackedLabels],
          creator: request.botLogin,
          trackedCursor: cursors.primary,
          ownCursor: cursors.own,
          labelsCursor: cursors.labels,
          withTracked: more.primary,
          withOwn: more.own,
          withLabels: more.labels,
        });
    noteRateLimit(data.rateLimit);
    stats.issuePages += 1;
    const repository = data.repository;
    if (!repository) throw new Error(`The repository ${request.owner}/${request.name} was not found.`);
    if (scoped) {
      if (more.primary) addIssue(repository.issue ?? null);
      more.primary = false;
    } else if (more.primary) {
      const page = repository.tracked;
      for (const node of nonNull(page?.nodes ?? null)) addIssue(node);
      more.primary = page?.pageInfo.hasNextPage ?? false;
      cursors.primary = page?.pageInfo.endCursor ?? null;
    }
    if (more.own) {
      const page = repository.own;
      for (const node of nonNull(page?.nodes ?? null)) addIssue(node);
      more.own = page?.pageInfo.hasNextPage ?? false;
      cursors.own = page?.pageInfo.endCursor ?? null;
    }
    if (more.labels) {
      addLabels(repository.labels);
      more.labels = repository.labels?.pageInfo.hasNextPage ?? false;
      cursors.labels = repository.labels?.pageInfo.endCursor ?? null;
    }
  }

  await readRemainingComments(client, [...issues.values()], (rateLimit) => {
    noteRateLimit(rateLimit);
    stats.extraCommentPages += 1;
  });

  const snapshotIssues: SnapshotIssue[] = [...issues.values()]
    .sort((a, b) => a.node.number - b.node.number)
    .map((entry) => toSnapshotIssue(entry.node, entry.comments));
  return {
    snapshot: {
      repository: { owner: request.owner, name: request.name },
      botLogin: request.botLogin,
      readAt: request.readAt,
      scope: request.scope,
      issues: snapshotIssues,
      labels: labels.sort((a, b) => a.name.localeCompare(b.name)),
    },
    stats,
  };
}

async function readRemainingComments(
  client: GitHubClient,
  issues: readonly IssueInProgress[],
  onPage: (rateLimit: GqlRateLimit | null) => void,
): Promise<void> {
  let pending = issues.filter((issue) => issue.hasMore);
  while (pending.length > 0) {
    const batch = pending.slice(0, COMMENT_PAGE_BATCH);
    const variables: Record<string, unknown> = {};
    batch.forEach((issue, index) => {
      variables[`id${index}`] = issue.node.id;
      variables[`after${index}`] = issue.cursor;
    });
    const data = await client.graphql<Record<string, unknown> & { rateLimit: GqlRateLimit | null }>(
      moreCommentsQuery(batch.length),
      variables,
    );
    onPage(data.rateLimit);
    batch.forEach((issue, index) => {
      const node = data[`c${index}`] as { comments?: GqlCommentConnection } | null | undefined;
      const connection = node?.comments;
      if (!connection) {
        issue.hasMore = false;
        return;
      }
      issue.comments.push(...nonNull(connection.nodes));
      issue.cursor = connection.pageInfo.endCursor;
      issue.hasMore = connection.pageInfo.hasNextPage;
    });
    pending = issues.filter((issue) => issue.hasMore);
  }
}

function nonNull<T>(items: ReadonlyArray<T | null> | null): T[] {
  return (items ?? []).filter((item): item is T => item !== null);
}
