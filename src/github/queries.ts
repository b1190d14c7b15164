// The GraphQL documents the runtime sends. Each is validated against GitHub's published schema by the
// tests (test/fake-github), so a field GitHub does not have fails there, not in a user's workflow.

// `fullDatabaseId` (BigInt, sent as a string): comment ids passed 2^31, which `databaseId` (Int) cannot hold.
const COMMENT_FIELDS = `
  fullDatabaseId
  author { login }
  authorAssociation
  createdAt
  updatedAt
  lastEditedAt
  body
  url
  reactionGroups { content reactors { totalCount } }`;

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

const LABELS_PAGE = `
    labels(first: 100, after: $labelsCursor) @include(if: $withLabels) {
      pageInfo { hasNextPage endCursor }
      nodes { name color description }
    }`;

export const VIEWER_QUERY = `query EngagementKeeperViewer { viewer { login } }`;

/**
 * One page of the full scan: issues carrying a tracked label, issues the action opened, and the
 * repository's labels, each connection paged on its own cursor and left out once it is exhausted.
 */
export const SCAN_QUERY = `
query EngagementKeeperScan(
  $owner: String!, $name: String!, $labels: [String!], $creator: String,
  $trackedCursor: String, $ownCursor: String, $labelsCursor: String,
  $withTracked: Boolean!, $withOwn: Boolean!, $withLabels: Boolean!
) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    tracked: issues(first: 100, after: $trackedCursor, filterBy: { labels: $labels },
                    orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withTracked) {${ISSUE_PAGE}
    }
    own: issues(first: 100, after: $ownCursor, filterBy: { createdBy: $creator },
                orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withOwn) {${ISSUE_PAGE}
    }${LABELS_PAGE}
  }
}`;

/** An event run: the one issue concerned, plus the action's own issues that hang off milestones. */
export const SCOPED_QUERY = `
query EngagementKeeperScoped(
  $owner: String!, $name: String!, $number: Int!, $keptLabels: [String!], $creator: String,
  $ownCursor: String, $labelsCursor: String, $withIssue: Boolean!, $withOwn: Boolean!, $withLabels: Boolean!
) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    issue(number: $number) @include(if: $withIssue) { ${ISSUE_FIELDS} }
    own: issues(first: 100, after: $ownCursor, filterBy: { createdBy: $creator, labels: $keptLabels },
                orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withOwn) {${ISSUE_PAGE}
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
