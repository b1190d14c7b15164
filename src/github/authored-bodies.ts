// The action's own comments that someone else edited last. A person with write access can edit any
// comment, the action's included; what they write there must not count as the action's record, so the
// core reads markers from the action's own last version (core/markers.ts `trustedBody`). GitHub keeps
// it in the comment's edit history: read only for those few comments, ten to a request.
import { isBot } from '../core/markers';
import type { Snapshot, SnapshotComment, SnapshotIssue } from '../core/snapshot';
import type { GitHubClient } from './client';
import type { GqlRateLimit } from './graphql-types';

/** Comments per request: each one's edit history is a connection GitHub prices per comment. */
export const AUTHORED_BODIES_BATCH = 10;

export const AUTHORED_BODIES_QUERY = `
query EngagementKeeperAuthoredBodies($ids: [ID!]!) {
  rateLimit { cost remaining resetAt }
  nodes(ids: $ids) {
    ... on IssueComment {
      id
      userContentEdits(first: 100) { nodes { editedAt diff deletedAt editor { login } } }
    }
  }
}`;

interface GqlCommentEdit {
  readonly editedAt: string;
  readonly diff: string | null;
  readonly deletedAt: string | null;
  readonly editor: { readonly login: string } | null;
}

type EditsAnswer = {
  readonly rateLimit: GqlRateLimit | null;
  readonly nodes: ReadonlyArray<{
    readonly userContentEdits?: { readonly nodes: ReadonlyArray<GqlCommentEdit | null> | null } | null;
  } | null>;
};

/** The comment is the action's, and someone else edited it last. */
export function editedByOthers(snapshot: Pick<Snapshot, 'botLogin'>, comment: SnapshotComment): boolean {
  return (
    isBot(snapshot, comment.author.login) &&
    comment.editedBy !== undefined &&
    !isBot(snapshot, comment.editedBy)
  );
}

/**
 * The text the action last wrote: its newest revision in the history (the oldest entry is the text as
 * created, which the action wrote). Empty when the history no longer holds one (revisions deleted,
 * or more than 100 edits since): then no marker of the comment is trusted.
 */
export function actionsLastVersion(
  snapshot: Pick<Snapshot, 'botLogin'>,
  edits: readonly (GqlCommentEdit | null)[],
): string {
  const readable = edits
    .filter((edit): edit is GqlCommentEdit => edit !== null && edit.diff !== null && edit.deletedAt === null)
    .sort((a, b) => b.editedAt.localeCompare(a.editedAt));
  return readable.find((edit) => edit.editor !== null && isBot(snapshot, edit.editor.login))?.diff ?? '';
}

/** The issues with `authoredBody` filled in for the action's comments someone else edited last. */
export async function withAuthoredBodies(
  client: GitHubClient,
  snapshot: Pick<Snapshot, 'botLogin'>,
  issues: readonly SnapshotIssue[],
  nodeIds: ReadonlyMap<number, string>,
  onPage: (rateLimit: GqlRateLimit | null) => void,
): Promise<SnapshotIssue[]> {
  const wanted = issues.flatMap((issue) =>
    issue.comments.flatMap((comment) => {
      const nodeId = nodeIds.get(comment.id);
      return nodeId && editedByOthers(snapshot, comment) ? [{ commentId: comment.id, nodeId }] : [];
    }),
  );
  if (wanted.length === 0) return [...issues];
  const authored = new Map<number, string>();
  for (let start = 0; start < wanted.length; start += AUTHORED_BODIES_BATCH) {
    const batch = wanted.slice(start, start + AUTHORED_BODIES_BATCH);
    const data = await client.graphql<EditsAnswer>(AUTHORED_BODIES_QUERY, {
      ids: batch.map(({ nodeId }) => nodeId),
    });
    onPage(data.rateLimit);
    batch.forEach(({ commentId }, index) => {
      const edits = data.nodes[index]?.userContentEdits?.nodes ?? [];
      authored.set(commentId, actionsLastVersion(snapshot, edits));
    });
  }
  return issues.map((issue) =>
    issue.comments.some((comment) => authored.has(comment.id))
      ? {
          ...issue,
          comments: issue.comments.map((comment) => {
            const body = authored.get(comment.id);
            return body === undefined ? comment : { ...comment, authoredBody: body };
          }),
        }
      : issue,
  );
}
