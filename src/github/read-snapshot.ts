// Reads the repository once into a Snapshot: GraphQL, 100 issues a page with their first 100 comments
// in the same request; further comment pages only for the issues that have more, several per request;
// reactions only for the comments the caller names (the domains decide which, src/plan/reads.ts), 100
// per request.
import type {
  Snapshot,
  SnapshotComment,
  SnapshotIssue,
  SnapshotLabel,
  SnapshotPerson,
} from '../core/snapshot';
import type { GitHubClient } from './client';
import type {
  GqlComment,
  GqlCommentConnection,
  GqlIssue,
  GqlIssueConnection,
  GqlLabelConnection,
  GqlPeople,
  GqlRateLimit,
  GqlReactionGroups,
} from './graphql-types';
import { notesDeletedBy } from './deleted-notes';
import { checkIdentity, checkOwnIssuesSeen, type ProbedIssue } from './own-check';
import { withAuthoredBodies } from './authored-bodies';
import { toReactions, toReactors, toSnapshotIssue } from './map-snapshot';
import {
  COMMENT_PAGE_BATCH,
  moreCommentsQuery,
  REACTIONS_BATCH,
  REACTIONS_QUERY,
  SCAN_QUERY,
  SCOPED_QUERY,
} from './queries';

export interface ReadRequest {
  readonly owner: string;
  readonly name: string;
  readonly botLogin: string;
  /**
   * Labels of the issues people file (a full scan reads the open ones carrying any of them, and the
   * closed ones updated since `since`). The action's own issues are read by author, all of them.
   */
  readonly trackedLabels: readonly string[];
  /** The look-back (ISO): closed issues not updated since are history the scan leaves unread. */
  readonly since?: string;
  /** Labels of the action's own milestone and escalation issues, read on event runs too. */
  readonly keptLabels: readonly string[];
  /**
   * Labels every issue the action opens carries: the first page lists the latest issues with one, to
   * check that the author filter found the action's own (own-check.ts). None: no check.
   */
  readonly ownLabels?: readonly string[];
  readonly scope: Snapshot['scope'];
  /** When the snapshot is read (ISO); injected so replays and tests are deterministic. */
  readonly readAt: string;
  /**
   * The comments (REST ids) whose reactions to read, asked on the snapshot as read without them:
   * GitHub prices reactions per comment, so the caller names them. None when absent.
   */
  readonly reactionsOf?: (snapshot: Snapshot) => readonly number[];
}

export interface ReadStats {
  /** GraphQL requests made by the read (issues pages plus extra comment pages). */
  readonly requests: number;
  readonly issuePages: number;
  readonly extraCommentPages: number;
  /** Requests that read the reactions of chosen comments. */
  readonly reactionPages: number;
  /** Requests that read the edit history of the action's comments someone else edited last. */
  readonly editHistoryPages: number;
  readonly cost: number;
  readonly remaining: number | null;
}

export interface IssueInProgress {
  readonly node: GqlIssue;
  readonly comments: GqlComment[];
  cursor: string | null;
  hasMore: boolean;
}

type ScanData = {
  rateLimit: GqlRateLimit | null;
  repository: {
    url?: string;
    open?: GqlIssueConnection;
    closed?: GqlIssueConnection;
    own?: GqlIssueConnection;
    ownProbe?: { nodes: Array<ProbedIssue | null> | null } | null;
    issue?: GqlIssue | null;
    labels?: GqlLabelConnection;
    assignableUsers?: GqlPeople;
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
    reactionPages: 0,
    editHistoryPages: 0,
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
  const assignable: SnapshotPerson[] = [];
  let webUrl: string | undefined;
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
      labels.push({
        name: label.name,
        ...(label.id ? { nodeId: label.id } : {}),
        color: label.color,
        description: label.description,
      });
    }
  };

  const cursors = {
    primary: null as string | null,
    closed: null as string | null,
    own: null as string | null,
    labels: null as string | null,
  };
  const scoped = request.scope.kind === 'issue';
  // An event run's own issues are those with a kept label: the check looks among those only.
  const probeLabels =
    request.ownLabels === undefined ? [] : [...(scoped ? request.keptLabels : request.ownLabels)];
  const probed: ProbedIssue[] = [];
  const ownNumbers = new Set<number>();
  const more = { primary: true, closed: !scoped, own: true, labels: true };
  while (more.primary || more.closed || more.own || more.labels) {
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
          withPeople: stats.issuePages === 0,
          probeLabels,
          withProbe: stats.issuePages === 0 && probeLabels.length > 0,
        })
      : await client.graphql<ScanData>(SCAN_QUERY, {
          owner: request.owner,
          name: request.name,
          labels: [...request.trackedLabels],
          creator: request.botLogin,
          since: request.since ?? null,
          openCursor: cursors.primary,
          closedCursor: cursors.closed,
          ownCursor: cursors.own,
          labelsCursor: cursors.labels,
          withOpen: more.primary,
          withClosed: more.closed,
          withOwn: more.own,
          withLabels: more.labels,
          withPeople: stats.issuePages === 0,
          probeLabels,
          withProbe: stats.issuePages === 0 && probeLabels.length > 0,
        });
    noteRateLimit(data.rateLimit);
    stats.issuePages += 1;
    const repository = data.repository;
    if (!repository) throw new Error(`The repository ${request.owner}/${request.name} was not found.`);
    webUrl ??= repository.url;
    for (const person of nonNull(repository.assignableUsers?.nodes ?? null))
      assignable.push({ login: person.login, nodeId: person.id });
    if (scoped) {
      if (more.primary) addIssue(repository.issue ?? null);
      more.primary = false;
    } else {
      if (more.primary) {
        const page = repository.open;
        for (const node of nonNull(page?.nodes ?? null)) addIssue(node);
        more.primary = page?.pageInfo.hasNextPage ?? false;
        cursors.primary = page?.pageInfo.endCursor ?? null;
      }
      if (more.closed) {
        const page = repository.closed;
        for (const node of nonNull(page?.nodes ?? null)) addIssue(node);
        more.closed = page?.pageInfo.hasNextPage ?? false;
        cursors.closed = page?.pageInfo.endCursor ?? null;
      }
    }
    probed.push(...nonNull(repository.ownProbe?.nodes ?? null));
    if (more.own) {
      const page = repository.own;
      for (const node of nonNull(page?.nodes ?? null)) {
        ownNumbers.add(node.number);
        addIssue(node);
      }
      more.own = page?.pageInfo.hasNextPage ?? false;
      cursors.own = page?.pageInfo.endCursor ?? null;
    }
    if (more.labels) {
      addLabels(repository.labels);
      more.labels = repository.labels?.pageInfo.hasNextPage ?? false;
      cursors.labels = repository.labels?.pageInfo.endCursor ?? null;
    }
  }

  // Every page of the action's own issues is read by now.
  checkIdentity(request.botLogin, probed, `${request.owner}/${request.name}`);
  checkOwnIssuesSeen(request.botLogin, probed, ownNumbers, `${request.owner}/${request.name}`);

  await readRemainingComments(client, [...issues.values()], (rateLimit) => {
    noteRateLimit(rateLimit);
    stats.extraCommentPages += 1;
  });

  const nodeIds = commentNodeIds(issues.values());
  const mapped: SnapshotIssue[] = [...issues.values()]
    .sort((a, b) => a.node.number - b.node.number)
    .map((entry) => {
      const issue = toSnapshotIssue(entry.node, entry.comments);
      // Only the event's one issue comes with its deletions; the others are asked when needed.
      const deletions = entry.node.deletions;
      return deletions === undefined || deletions === null
        ? issue
        : { ...issue, notesDeletedAt: notesDeletedBy(request, deletions.nodes) };
    });
  const read: Snapshot = {
    repository: { owner: request.owner, name: request.name, ...(webUrl ? { url: webUrl } : {}) },
    botLogin: request.botLogin,
    readAt: request.readAt,
    scope: request.scope,
    issues: mapped,
    labels: labels.sort((a, b) => a.name.localeCompare(b.name)),
    ...(assignable.length > 0 ? { assignable } : {}),
  };
  const authored = await withAuthoredBodies(client, read, mapped, nodeIds, (rateLimit) => {
    noteRateLimit(rateLimit);
    stats.editHistoryPages += 1;
  });
  const issuesWithReactions = await withReactions(
    client,
    authored,
    request.reactionsOf?.(read) ?? [],
    nodeIds,
    (rateLimit) => {
      noteRateLimit(rateLimit);
      stats.reactionPages += 1;
    },
  );
  return { snapshot: { ...read, issues: issuesWithReactions }, stats };
}

/** The node id of every comment read, by REST id: later reads ask for chosen comments by node id. */
export function commentNodeIds(issues: Iterable<IssueInProgress>): Map<number, string> {
  const nodeIds = new Map<number, string>();
  for (const entry of issues)
    for (const comment of entry.comments) {
      const id = Number(comment.fullDatabaseId);
      if (Number.isSafeInteger(id)) nodeIds.set(id, comment.id);
    }
  return nodeIds;
}

export async function readRemainingComments(
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

/** The issues with the reactions of the comments named (REST ids) filled in. */
async function withReactions(
  client: GitHubClient,
  issues: readonly SnapshotIssue[],
  commentIds: readonly number[],
  nodeIds: ReadonlyMap<number, string>,
  onPage: (rateLimit: GqlRateLimit | null) => void,
): Promise<SnapshotIssue[]> {
  const wanted = commentIds.flatMap((commentId) => {
    const nodeId = nodeIds.get(commentId);
    return nodeId ? [{ commentId, nodeId }] : [];
  });
  if (wanted.length === 0) return [...issues];
  const reactions = new Map<number, Record<string, number>>();
  const reactors = new Map<number, Record<string, string[]>>();
  for (let start = 0; start < wanted.length; start += REACTIONS_BATCH) {
    const batch = wanted.slice(start, start + REACTIONS_BATCH);
    const data = await client.graphql<{
      rateLimit: GqlRateLimit | null;
      nodes: ReadonlyArray<{ id?: string; reactionGroups?: GqlReactionGroups } | null>;
    }>(REACTIONS_QUERY, { ids: batch.map(({ nodeId }) => nodeId) });
    onPage(data.rateLimit);
    batch.forEach(({ commentId }, index) => {
      const groups = data.nodes[index]?.reactionGroups ?? null;
      const counted = toReactions(groups);
      if (counted) reactions.set(commentId, counted);
      const who = toReactors(groups);
      if (who) reactors.set(commentId, who);
    });
  }
  const fill = (comment: SnapshotComment): SnapshotComment => {
    const counted = reactions.get(comment.id);
    const who = reactors.get(comment.id);
    return counted ? { ...comment, reactions: counted, ...(who ? { reactors: who } : {}) } : comment;
  };
  return issues.map((issue) =>
    issue.comments.some((comment) => reactions.has(comment.id))
      ? { ...issue, comments: issue.comments.map(fill) }
      : issue,
  );
}

export function nonNull<T>(items: ReadonlyArray<T | null> | null): T[] {
  return (items ?? []).filter((item): item is T => item !== null);
}
