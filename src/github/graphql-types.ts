// The shapes GraphQL answers with, for the fields in queries.ts.

export interface GqlPageInfo {
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface GqlComment {
  /** The node id, by which the reactions of a chosen comment are asked for. */
  readonly id: string;
  /** BigInt scalar: GitHub sends it as a string. */
  readonly fullDatabaseId: string | number | null;
  readonly author: { readonly login: string } | null;
  readonly authorAssociation: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastEditedAt: string | null;
  /** Who edited it last; null when no one did (or the account is gone). */
  readonly editor?: { readonly login: string } | null;
  readonly body: string;
  readonly url: string;
}

export type GqlReactionGroups = ReadonlyArray<{
  readonly content: string;
  readonly reactors: {
    readonly totalCount: number;
    readonly nodes?: ReadonlyArray<{ readonly login?: string } | null> | null;
  };
}> | null;

export interface GqlCommentConnection {
  readonly totalCount?: number;
  readonly pageInfo: GqlPageInfo;
  readonly nodes: ReadonlyArray<GqlComment | null> | null;
}

export interface GqlIssue {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'OPEN' | 'CLOSED';
  readonly stateReason: string | null;
  readonly author: { readonly login: string } | null;
  readonly authorAssociation: string;
  readonly labels: { readonly nodes: ReadonlyArray<{ readonly name: string } | null> | null } | null;
  readonly assignees: { readonly nodes: ReadonlyArray<{ readonly login: string } | null> | null };
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  readonly url: string;
  readonly milestone: { readonly title: string; readonly dueOn: string | null } | null;
  readonly comments: GqlCommentConnection;
  /** Comment deletions, read with an event run's one issue (queries.ts, SCOPED_QUERY). */
  readonly deletions?: { readonly nodes: ReadonlyArray<GqlDeletion | null> | null } | null;
}

/** A CommentDeletedEvent of an issue's timeline (queries.ts, DELETIONS_SELECTION). */
export interface GqlDeletion {
  readonly createdAt?: string;
  readonly actor?: { readonly login: string } | null;
  readonly deletedCommentAuthor?: { readonly login: string } | null;
}

export interface GqlIssueConnection {
  readonly pageInfo: GqlPageInfo;
  readonly nodes: ReadonlyArray<GqlIssue | null> | null;
}

/** People an issue may be assigned to (`assignableUsers`, first page). */
export interface GqlPeople {
  readonly nodes: ReadonlyArray<{ readonly id: string; readonly login: string } | null> | null;
}

export interface GqlLabelConnection {
  readonly pageInfo: GqlPageInfo;
  readonly nodes: ReadonlyArray<{
    readonly id?: string;
    readonly name: string;
    readonly color: string;
    readonly description: string | null;
  } | null> | null;
}

export interface GqlRateLimit {
  readonly cost: number;
  readonly remaining: number;
  readonly resetAt: string;
}
