// The GraphQL documents the runtime sends. Each is validated against GitHub's published schema by the
// tests (fake-github), so a field GitHub does not have fails there, not in a user's workflow.

// What a query costs is GitHub's published rule: every connection in it (a `totalCount`-only one too)
// costs one request per parent node, and 100 requests are a point. So nothing here nests a connection
// under a comment: a page of 100 issues with their labels, assignees and comments is 3 points, where
// `reactionGroups { reactors { totalCount } }` on every comment would add 100. Reactions are read
// apart, only for the few comments whose reactions mean something (REACTIONS_QUERY).

// `fullDatabaseId` (BigInt, sent as a string): comment ids passed 2^31, which `databaseId` (Int) cannot hold.
// `id` (the node id) lets the reactions of a chosen few comments be asked for by id.
const COMMENT_FIELDS = `
  id
  fullDatabaseId
  author { login }
  authorAssociation
  createdAt
  updatedAt
  lastEditedAt
  editor { login }
  body
  url`;

const ISSUE_FIELDS = `
  id
  number
  title
  body
  state
  stateReason
  author { login }
  authorAssociation
  labels(first: 100) { nodes { name } }
  assignees(first: 100) { nodes { login } }
  createdAt
  updatedAt
  closedAt
  url
  milestone { title dueOn }
  comments(first: 100) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${COMMENT_FIELDS} }
  }`;

// The pages both repository reads share: issues with their fields, and the repository's labels.
const ISSUE_PAGE = `
      pageInfo { hasNextPage endCursor }
      nodes { ${ISSUE_FIELDS} }`;

/**
 * The latest issues carrying a label the action's own issues carry, whoever opened them: the read
 * checks that every one the action opened was found by the author filter (own-check.ts). Read with the
 * first page only; no connection under it, so it costs one request of the query's count.
 */
const OWN_PROBE = `
    ownProbe: issues(first: 10, filterBy: { labels: $probeLabels },
                     orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withProbe) {
      nodes { number state body author { __typename login } }
    }`;

const LABELS_PAGE = `
    labels(first: 100, after: $labelsCursor) @include(if: $withLabels) {
      pageInfo { hasNextPage endCursor }
      nodes { id name color description }
    }`;

// The people an issue may be assigned to, with the node ids a batched write names them by
// (issue-batch.ts). Read with the first page only; someone beyond the first 100 is assigned the
// plain way, by login.
const PEOPLE = `
    assignableUsers(first: 100) @include(if: $withPeople) { nodes { id login } }`;

// Every query selects GitHub's `rateLimit { cost remaining }`: the client records it for the job
// summary (client.ts, rate-report.ts). A mutation document does not select it (docs/budgets.md).
export const VIEWER_QUERY = `query EngagementKeeperViewer {
  rateLimit { cost remaining resetAt }
  viewer { login }
}`;

/** An issue's node id and whether it is pinned, read before `pinIssue` (apply-write.ts). */
export const PIN_LOOKUP_QUERY = `
query EngagementKeeperPinLookup($owner: String!, $name: String!, $number: Int!) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    issue(number: $number) { id isPinned }
  }
}`;

/**
 * One page of the full scan. Three sets of issues, each read once: open issues carrying an intake
 * label (what people filed), closed ones updated since the look-back (what the summary still counts),
 * and every issue the action opened (its own records: tracking, escalation and summary issues). Each
 * connection is paged on its own cursor and left out once exhausted; the repository's labels too.
 */
export const SCAN_QUERY = `
query EngagementKeeperScan(
  $owner: String!, $name: String!, $labels: [String!], $creator: String, $since: DateTime,
  $openCursor: String, $closedCursor: String, $ownCursor: String, $labelsCursor: String,
  $withOpen: Boolean!, $withClosed: Boolean!, $withOwn: Boolean!, $withLabels: Boolean!, $withPeople: Boolean!,
  $probeLabels: [String!], $withProbe: Boolean!
) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    url
    open: issues(first: 100, after: $openCursor, states: [OPEN], filterBy: { labels: $labels },
                 orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withOpen) {${ISSUE_PAGE}
    }
    closed: issues(first: 100, after: $closedCursor, states: [CLOSED], filterBy: { labels: $labels, since: $since },
                   orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withClosed) {${ISSUE_PAGE}
    }
    own: issues(first: 100, after: $ownCursor, filterBy: { createdBy: $creator },
                orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withOwn) {${ISSUE_PAGE}
    }${OWN_PROBE}${LABELS_PAGE}${PEOPLE}
  }
}`;

/**
 * When people deleted comments on an issue: the latest 50 deletions (deleted-notes.ts reads them for
 * the few issues the core asks about; an event run reads them with its one issue).
 */
export const DELETIONS_SELECTION =
  'timelineItems(itemTypes: [COMMENT_DELETED_EVENT], last: 50) { nodes { ... on CommentDeletedEvent { createdAt actor { login } deletedCommentAuthor { login } } } }';

/**
 * An event run: the one issue concerned, with the deletions of comments on it (one more connection,
 * which saves the separate request deleted-notes.ts would make), plus the action's own issues that
 * hang off milestones.
 */
export const SCOPED_QUERY = `
query EngagementKeeperScoped(
  $owner: String!, $name: String!, $number: Int!, $keptLabels: [String!], $creator: String,
  $ownCursor: String, $labelsCursor: String, $withIssue: Boolean!, $withOwn: Boolean!, $withLabels: Boolean!,
  $withPeople: Boolean!, $probeLabels: [String!], $withProbe: Boolean!
) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    url
    issue(number: $number) @include(if: $withIssue) { ${ISSUE_FIELDS}
      deletions: ${DELETIONS_SELECTION} }
    own: issues(first: 100, after: $ownCursor, filterBy: { createdBy: $creator, labels: $keptLabels },
                orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withOwn) {${ISSUE_PAGE}
    }${OWN_PROBE}${LABELS_PAGE}${PEOPLE}
  }
}`;

/**
 * The internal repository (`engagement.internal_repository`): only the issues the action opened there
 * for this engagement (by author and the engagement's tag label; several engagements may share the
 * repository), and its labels.
 */
export const INTERNAL_QUERY = `
query EngagementKeeperInternal(
  $owner: String!, $name: String!, $tag: [String!], $creator: String,
  $ownCursor: String, $labelsCursor: String, $withOwn: Boolean!, $withLabels: Boolean!,
  $withUntagged: Boolean!
) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    url
    own: issues(first: 100, after: $ownCursor, filterBy: { createdBy: $creator, labels: $tag },
                orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withOwn) {${ISSUE_PAGE}
    }
    untagged: issues(first: 100, states: [OPEN], filterBy: { createdBy: $creator },
                orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $withUntagged) {${ISSUE_PAGE}
    }${LABELS_PAGE}
  }
}`;

/** Further comment pages, for up to `COMMENT_PAGE_BATCH` issues at once (aliases c0, c1, ...). */
export const COMMENT_PAGE_BATCH = 10;

export function moreCommentsQuery(count: number): string {
  const variables: string[] = [];
  const selections: string[] = [];
  for (let i = 0; i < count; i += 1) {
    variables.push(`$id${i}: ID!, $after${i}: String`);
    selections.push(`
    c${i}: node(id: $id${i}) {
      ... on Issue {
        comments(first: 100, after: $after${i}) {
          pageInfo { hasNextPage endCursor }
          nodes { ${COMMENT_FIELDS} }
        }
      }
    }`);
  }
  return `query EngagementKeeperMoreComments(${variables.join(', ')}) {
  rateLimit { cost remaining resetAt }
  ${selections.join('\n')}
}`;
}

/** The most node ids GitHub answers in one `nodes(ids:)`. */
export const REACTIONS_BATCH = 100;

/**
 * Reactions of chosen comments by node id: a list of nodes is not a connection, so 100 comments with
 * their reaction counts cost one point.
 */
export const REACTIONS_QUERY = `
query EngagementKeeperReactions($ids: [ID!]!) {
  rateLimit { cost remaining resetAt }
  nodes(ids: $ids) {
    ... on IssueComment {
      id
      reactionGroups {
        content
        reactors(first: 20) {
          totalCount
          nodes { ... on User { login } ... on Bot { login } ... on Mannequin { login } }
        }
      }
    }
  }
}`;
