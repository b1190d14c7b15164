// GraphQL nodes -> the Snapshot types the core consumes. Pure: no requests here.
import {
  AUTHOR_ASSOCIATIONS,
  type AuthorAssociation,
  type SnapshotAuthor,
  type SnapshotComment,
  type SnapshotIssue,
} from '../core/snapshot';
import type { GqlComment, GqlIssue, GqlReactionGroups } from './graphql-types';

const ASSOCIATIONS: ReadonlySet<string> = new Set<AuthorAssociation>(AUTHOR_ASSOCIATIONS);

function toAuthor(author: { readonly login: string } | null, association: string): SnapshotAuthor {
  return {
    // A deleted account answers null; GitHub shows it as `ghost`.
    login: author?.login ?? 'ghost',
    association: ASSOCIATIONS.has(association) ? (association as AuthorAssociation) : 'NONE',
  };
}

export function toSnapshotComment(node: GqlComment): SnapshotComment | null {
  // Without a REST id the comment cannot be edited or referred to: skip it rather than guess.
  const id = node.fullDatabaseId === null ? Number.NaN : Number(node.fullDatabaseId);
  if (!Number.isSafeInteger(id)) return null;
  return {
    id,
    author: toAuthor(node.author, node.authorAssociation),
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    body: node.body,
    edited: node.lastEditedAt !== null,
    ...(node.lastEditedAt !== null && node.editor ? { editedBy: node.editor.login } : {}),
    url: node.url,
  };
}

/** Who reacted, by content (the logins GitHub listed); undefined when no one did. */
export function toReactors(groups: GqlReactionGroups): Record<string, string[]> | undefined {
  const reactors: Record<string, string[]> = {};
  for (const group of groups ?? []) {
    const logins = (group.reactors.nodes ?? []).flatMap((node) => (node?.login ? [node.login] : []));
    if (logins.length > 0) reactors[group.content] = logins;
  }
  return Object.keys(reactors).length > 0 ? reactors : undefined;
}

/** Reaction counts by content, only those above zero; undefined when there are none. */
export function toReactions(groups: GqlReactionGroups): Record<string, number> | undefined {
  const reactions: Record<string, number> = {};
  for (const group of groups ?? []) {
    if (group.reactors.totalCount > 0) reactions[group.content] = group.reactors.totalCount;
  }
  return Object.keys(reactions).length > 0 ? reactions : undefined;
}

export function toSnapshotIssue(node: GqlIssue, comments: readonly GqlComment[]): SnapshotIssue {
  return {
    number: node.number,
    nodeId: node.id,
    title: node.title,
    body: node.body,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    stateReason: node.stateReason,
    author: toAuthor(node.author, node.authorAssociation),
    labels: (node.labels?.nodes ?? []).flatMap((label) => (label ? [label.name] : [])),
    assignees: (node.assignees.nodes ?? []).flatMap((user) => (user ? [user.login] : [])),
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    closedAt: node.closedAt,
    url: node.url,
    milestone: node.milestone ? { title: node.milestone.title, dueOn: node.milestone.dueOn } : null,
    comments: comments.flatMap((comment) => {
      const mapped = toSnapshotComment(comment);
      return mapped ? [mapped] : [];
    }),
  };
}
