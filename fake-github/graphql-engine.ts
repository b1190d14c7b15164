// The fake's GraphQL endpoint executes documents against GitHub's own published schema
// (@octokit/graphql-schema) with graphql-js: a document GitHub would reject fails validation here, and
// answers have exactly the shape the schema gives. Resolvers read the fake repository.
import { schema as published } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  execute,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { LIMITS } from './length-limits';
import type { FakeComment, FakeIssue, FakeLabel, FakeRepository, FakeUser } from './state';

let schema: GraphQLSchema | null = null;

export function githubSchema(): GraphQLSchema {
  if (!schema) {
    schema = buildClientSchema(published.json as unknown as IntrospectionQuery);
  }
  return schema;
}

export interface GraphqlAnswer {
  readonly body: {
    data?: unknown;
    errors?: Array<{ message: string; type?: string; path?: ReadonlyArray<string | number> }>;
  };
  readonly violations: string[];
  readonly cost: number;
  /** The document is a mutation: GitHub charges it 5 secondary points, a query 1 (`secondaryCost`). */
  readonly mutation: boolean;
}

/**
 * GitHub's secondary limit for GraphQL: at most 2,000 points a minute, a request without mutations
 * 1 point, a request with mutations 5 (however many mutations it carries).
 */
export const SECONDARY_POINTS = { query: 1, mutation: 5, perMinute: 2000 } as const;

const REACTIONS = ['THUMBS_UP', 'THUMBS_DOWN', 'LAUGH', 'HOORAY', 'CONFUSED', 'HEART', 'ROCKET', 'EYES'];

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
}

function page<T>(items: readonly T[], args: PageArgs, violations: string[], what: string) {
  // `last: n` without a cursor: the newest n (GitHub allows `first` or `last`, one of them required).
  if (typeof args.last === 'number' && (args.first === undefined || args.first === null) && !args.after) {
    if (args.last > 100) violations.push(`${what}: last: ${args.last} exceeds GitHub's maximum of 100`);
    return page(items.slice(Math.max(0, items.length - args.last)), { first: args.last }, violations, what);
  }
  if (args.first === undefined || args.first === null)
    violations.push(`${what}: a connection needs \`first\``);
  const first = args.first ?? 100;
  if (first > 100) violations.push(`${what}: first: ${first} exceeds GitHub's maximum of 100`);
  const start = args.after
    ? Number(Buffer.from(args.after, 'base64').toString('utf8').replace('cursor:', '')) + 1
    : 0;
  const nodes = items.slice(start, start + first);
  const end = start + nodes.length - 1;
  return {
    totalCount: items.length,
    nodes,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      endCursor: nodes.length > 0 ? Buffer.from(`cursor:${end}`).toString('base64') : (args.after ?? null),
      startCursor: nodes.length > 0 ? Buffer.from(`cursor:${start}`).toString('base64') : null,
    },
  };
}

export function answerGraphql(
  primary: FakeRepository,
  viewerLogin: string | null,
  query: string,
  variables: Record<string, unknown>,
  remaining: number,
  /** Further repositories (an engagement's internal repository), each with its own numbers. */
  others: readonly FakeRepository[] = [],
  /** Who a mutation writes as (the workflow token writes as github-actions[bot]). */
  writer: string = viewerLogin ?? 'github-actions[bot]',
): GraphqlAnswer {
  const violations: string[] = [];
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    const message = (error as Error).message;
    return {
      body: { errors: [{ message }] },
      violations: [`GraphQL syntax: ${message}`],
      cost: 0,
      mutation: false,
    };
  }
  const errors = validate(githubSchema(), document);
  if (errors.length > 0) {
    return {
      body: { errors: errors.map((error) => ({ message: error.message })) },
      violations: errors.map((error) => `GraphQL validation: ${error.message}`),
      cost: 0,
      mutation: false,
    };
  }
  const cost = queryCost(document, variables);
  const mutation = document.definitions.some(
    (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation',
  );
  const actor = (login: string) => ({
    __typename: primary.user(login).type,
    // GraphQL names bots without the `[bot]` suffix REST uses.
    login: login.replace(/\[bot\]$/u, ''),
  });
  const repositories = [primary, ...others];
  // The primary repository's node ids are `I_12`; another repository's `I_r1_12` (its position).
  const issueId = (repo: FakeRepository, number: number) => {
    const index = repositories.indexOf(repo);
    return index <= 0 ? `I_${number}` : `I_r${index}_${number}`;
  };
  const issueByNodeId = (id: string): { repo: FakeRepository; found: FakeIssue } | null => {
    const match = /^I_(?:r(\d+)_)?(\d+)$/u.exec(id);
    const repo = match ? repositories[Number(match[1] ?? 0)] : undefined;
    const found = repo?.issues.get(Number(match?.[2]));
    return repo && found ? { repo, found } : null;
  };
  // What closed an issue, as GitHub's `Closer` union shows it.
  const closerOf = (repo: FakeRepository, i: FakeIssue) => {
    const base = `${repo.htmlBase}/${repo.owner}/${repo.name}`;
    const closer = i.closedWith;
    if (!closer) return null;
    return closer.kind === 'pull-request'
      ? {
          __typename: 'PullRequest',
          number: closer.number,
          title: closer.title,
          url: `${base}/pull/${closer.number}`,
        }
      : {
          __typename: 'Commit',
          oid: closer.sha,
          abbreviatedOid: closer.sha.slice(0, 7),
          messageHeadline: closer.headline,
          url: `${base}/commit/${closer.sha}`,
        };
  };
  const shapes = (repo: FakeRepository) => {
    const comment = (c: FakeComment) => ({
      __typename: 'IssueComment',
      id: `IC_${c.id}`,
      fullDatabaseId: String(c.id),
      author: actor(c.author),
      authorAssociation: c.association,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      lastEditedAt: c.lastEditedAt,
      editor: c.editor === undefined ? null : actor(c.editor),
      body: c.body,
      // Newest first, as GitHub lists them; `diff` is the whole body after the edit.
      userContentEdits: (args: PageArgs) =>
        page(
          [...(c.edits ?? [])].reverse().map((edit, index) => ({
            __typename: 'UserContentEdit',
            id: `UCE_C${c.id}_${index}`,
            editedAt: edit.editedAt,
            createdAt: edit.editedAt,
            updatedAt: edit.editedAt,
            diff: edit.body,
            deletedAt: null,
            editor: actor(edit.editor),
          })),
          args,
          violations,
          'IssueComment.userContentEdits',
        ),
      url: `${repo.htmlBase}/${repo.owner}/${repo.name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
      reactionGroups: REACTIONS.map((content) => ({
        content,
        reactors: (args: PageArgs) => ({
          totalCount: c.reactions[content] ?? 0,
          nodes: (c.reactors?.[content] ?? []).slice(0, args.first ?? 100).map((login) => actor(login)),
        }),
      })),
    });
    const issue = (i: FakeIssue) => ({
      __typename: 'Issue',
      id: issueId(repo, i.number),
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state === 'open' ? 'OPEN' : 'CLOSED',
      stateReason: i.stateReason ? i.stateReason.toUpperCase() : null,
      author: actor(i.author),
      authorAssociation: i.association,
      labels: (args: PageArgs) =>
        page(
          i.labels.map((name) => labelShape(repo.addLabel(name))),
          args,
          violations,
          'Issue.labels',
        ),
      assignees: (args: PageArgs) =>
        page(
          i.assignees.map((login) => ({ login })),
          args,
          violations,
          'Issue.assignees',
        ),
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      closedAt: i.closedAt,
      url: `${repo.htmlBase}/${repo.owner}/${repo.name}/issues/${i.number}`,
      milestone: i.milestone,
      isPinned: i.pinned ?? false,
      comments: (args: PageArgs) =>
        page(repo.commentsOf(i.number).map(comment), args, violations, 'Issue.comments'),
      // Newest first, as GitHub lists them; `diff` is the whole body after the edit.
      userContentEdits: (args: PageArgs) =>
        page(
          [...(i.edits ?? [])].reverse().map((edit, index) => ({
            __typename: 'UserContentEdit',
            id: `UCE_${i.number}_${index}`,
            editedAt: edit.editedAt,
            createdAt: edit.editedAt,
            updatedAt: edit.editedAt,
            diff: edit.body,
            deletedAt: null,
          })),
          args,
          violations,
          'Issue.userContentEdits',
        ),
      // The timeline items the action asks about: the latest closing, and deletions of comments.
      timelineItems: (args: PageArgs & { itemTypes?: string[] | null }) => {
        const types = args.itemTypes ?? ['CLOSED_EVENT', 'COMMENT_DELETED_EVENT'];
        const closer = i.closedBy === undefined ? i.author : i.closedBy;
        const deletions = types.includes('COMMENT_DELETED_EVENT')
          ? repo.deletions
              .filter((deletion) => deletion.issueNumber === i.number)
              .map((deletion, index) => ({
                __typename: 'CommentDeletedEvent',
                id: `CDE_${i.number}_${index}`,
                databaseId: index + 1,
                actor: actor(deletion.actor),
                deletedCommentAuthor: actor(deletion.author),
                createdAt: deletion.at,
              }))
          : [];
        const closings =
          i.state === 'closed' && types.includes('CLOSED_EVENT')
            ? [
                {
                  __typename: 'ClosedEvent',
                  id: `CE_${i.number}`,
                  actor: closer === null ? null : actor(closer),
                  createdAt: i.closedAt,
                  closer: closerOf(repo, i),
                },
              ]
            : [];
        const items = [...closings, ...deletions].sort((a, b) =>
          String(a.createdAt).localeCompare(String(b.createdAt)),
        );
        return page(items, args, violations, 'Issue.timelineItems');
      },
    });
    return { comment, issue };
  };
  const nodeById = (id: string) => {
    const byIssue = issueByNodeId(id);
    if (byIssue) return shapes(byIssue.repo).issue(byIssue.found);
    const commentMatch = /^IC_(\d+)$/u.exec(id);
    for (const repo of repositories) {
      const found = commentMatch ? repo.comments.get(Number(commentMatch[1])) : undefined;
      if (found) return shapes(repo).comment(found);
    }
    return null;
  };
  const sameLogin = (a: string, b: string) =>
    a.toLowerCase().replace(/\[bot\]$/u, '') === b.toLowerCase().replace(/\[bot\]$/u, '');
  const issuesOnly = (repo: FakeRepository) =>
    [...repo.issues.values()].filter((i) => !i.isPullRequest).sort((a, b) => a.number - b.number);

  const mustResolve = (id: string): { repo: FakeRepository; found: FakeIssue } => {
    const byId = issueByNodeId(id);
    if (!byId) throw new Error(`Could not resolve to a node with the global id of '${id}'`);
    // A token that may only read the repository is refused every mutation, as REST answers 403.
    if (byId.repo.tokenAccess === 'read') throw new Error('Resource not accessible by integration');
    return byId;
  };
  const labelById = (repo: FakeRepository, id: string): FakeLabel => {
    const label = [...repo.labels.values()].find((candidate) => labelNodeId(candidate) === id);
    if (!label) throw new Error(`Could not resolve to a node with the global id of '${id}'`);
    return label;
  };

  const root = {
    viewer: () => {
      if (viewerLogin === null) throw new Error('Resource not accessible by integration');
      return { __typename: 'User', login: viewerLogin };
    },
    rateLimit: () => ({
      cost,
      remaining: remaining - cost,
      limit: 5000,
      used: 5000 - remaining + cost,
      resetAt: new Date(Date.now() + 3_600_000).toISOString(),
      nodeCount: 0,
    }),
    node: ({ id }: { id: string }) => nodeById(id),
    // GitHub pins at most three issues in a repository.
    pinIssue: ({ input }: { input: { issueId: string } }) => {
      const byId = issueByNodeId(input.issueId);
      if (!byId) throw new Error(`Could not resolve to a node with the global id of '${input.issueId}'`);
      const { repo, found } = byId;
      const pinned = [...repo.issues.values()].filter((other) => other.pinned).length;
      if (!found.pinned && pinned >= 3)
        throw new Error('Issues are limited to 3 pinned issues per repository');
      found.pinned = true;
      return { issue: shapes(repo).issue(found) };
    },
    nodes: ({ ids }: { ids: string[] }) => ids.map(nodeById),
    // Labels of many issues in one document: each aliased call adds labels (by node id) to one issue.
    // A call that fails (an issue or a label that is gone) answers null with an error on its path;
    // the others stand, as on GitHub.
    addLabelsToLabelable: ({ input }: { input: { labelableId: string; labelIds: string[] } }) => {
      const { repo, found } = mustResolve(input.labelableId);
      const labels = input.labelIds.map((id) => labelById(repo, id));
      for (const label of labels)
        if (!found.labels.some((name) => name.toLowerCase() === label.name.toLowerCase()))
          found.labels.push(label.name);
      found.updatedAt = repo.now();
      return { clientMutationId: null, labelable: shapes(repo).issue(found) };
    },
    // The writes one issue's group sends as one document (src/github/issue-batch.ts). Each call
    // stands or fails alone, as on GitHub: a failed call answers null with an error on its path.
    removeLabelsFromLabelable: ({ input }: { input: { labelableId: string; labelIds: string[] } }) => {
      const { repo, found } = mustResolve(input.labelableId);
      const names = input.labelIds.map((id) => labelById(repo, id).name.toLowerCase());
      // GitHub answers success when a label is not on the issue: removing is a set operation.
      found.labels = found.labels.filter((name) => !names.includes(name.toLowerCase()));
      found.updatedAt = repo.now();
      return { clientMutationId: null, labelable: shapes(repo).issue(found) };
    },
    addAssigneesToAssignable: ({ input }: { input: { assignableId: string; assigneeIds: string[] } }) => {
      const { repo, found } = mustResolve(input.assignableId);
      for (const id of input.assigneeIds) {
        const user = [...repo.users.values()].find((candidate) => userNodeId(candidate) === id);
        if (!user) throw new Error(`Could not resolve to a node with the global id of '${id}'`);
        if (!found.assignees.some((login) => login.toLowerCase() === user.login.toLowerCase()))
          found.assignees.push(user.login);
      }
      found.updatedAt = repo.now();
      return { clientMutationId: null, assignable: shapes(repo).issue(found) };
    },
    addComment: ({ input }: { input: { subjectId: string; body: string } }) => {
      const { repo, found } = mustResolve(input.subjectId);
      if (input.body.length > LIMITS.body)
        throw new Error(`Body is too long (maximum is ${LIMITS.body} characters)`);
      const comment = repo.addComment({
        issueNumber: found.number,
        author: writer,
        association: writer.endsWith('[bot]') ? 'NONE' : 'MEMBER',
        body: input.body,
      });
      return {
        clientMutationId: null,
        commentEdge: { cursor: 'c', node: shapes(repo).comment(comment) },
        subject: shapes(repo).issue(found),
      };
    },
    closeIssue: ({ input }: { input: { issueId: string; stateReason?: string | null } }) => {
      const { repo, found } = mustResolve(input.issueId);
      if (found.state !== 'closed') {
        found.state = 'closed';
        found.closedAt = repo.now();
        found.stateReason = input.stateReason === 'NOT_PLANNED' ? 'not_planned' : 'completed';
        found.closedBy = writer;
        found.closedWith = null;
      }
      found.updatedAt = repo.now();
      return { clientMutationId: null, issue: shapes(repo).issue(found) };
    },
    reopenIssue: ({ input }: { input: { issueId: string } }) => {
      const { repo, found } = mustResolve(input.issueId);
      if (found.state !== 'open') {
        found.state = 'open';
        found.closedAt = null;
        found.stateReason = 'reopened';
      }
      found.updatedAt = repo.now();
      return { clientMutationId: null, issue: shapes(repo).issue(found) };
    },
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = repositories.find(
        (candidate) =>
          candidate.owner.toLowerCase() === owner.toLowerCase() &&
          candidate.name.toLowerCase() === name.toLowerCase() &&
          candidate.tokenAccess !== 'none',
      );
      // GitHub's answer for a repository the token cannot see, private or missing alike.
      if (!repo) throw new Error(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
      const { issue } = shapes(repo);
      return {
        url: `${repo.htmlBase}/${repo.owner}/${repo.name}`,
        issue: ({ number }: { number: number }) => {
          const found = repo.issues.get(number);
          return found && !found.isPullRequest ? issue(found) : null;
        },
        issues: (
          args: PageArgs & {
            labels?: string[] | null;
            states?: string[] | null;
            filterBy?: {
              labels?: string[] | null;
              createdBy?: string | null;
              states?: string[] | null;
              since?: string | null;
            } | null;
          },
        ) => {
          const labelFilter = [...(args.labels ?? []), ...(args.filterBy?.labels ?? [])].map((l) =>
            l.toLowerCase(),
          );
          const states = args.states ?? args.filterBy?.states ?? null;
          const creator = args.filterBy?.createdBy ?? null;
          // GitHub's `since`: issues updated at or after the instant.
          const since = args.filterBy?.since ? Date.parse(args.filterBy.since) : null;
          const matching = issuesOnly(repo).filter(
            (i) =>
              // GitHub's label filter matches issues carrying ANY of the labels.
              (labelFilter.length === 0 || i.labels.some((l) => labelFilter.includes(l.toLowerCase()))) &&
              (!states || states.includes(i.state.toUpperCase())) &&
              (!creator ||
                (sameLogin(i.author, creator) &&
                  !(repo.createdByMissesBots && /\[bot\]$/iu.test(creator)))) &&
              (since === null || Date.parse(i.updatedAt) >= since),
          );
          return page(matching.map(issue), args, violations, 'Repository.issues');
        },
        // Everyone the fake knows who is a person: the REST assignment accepts the same people.
        assignableUsers: (args: PageArgs) =>
          page(
            [...repo.users.values()]
              .filter((user) => user.type === 'User')
              .sort((a, b) => a.login.localeCompare(b.login))
              .map((user) => ({ __typename: 'User', id: userNodeId(user), login: user.login })),
            args,
            violations,
            'Repository.assignableUsers',
          ),
        labels: (args: PageArgs) =>
          page(
            [...repo.labels.values()].sort((a, b) => a.name.localeCompare(b.name)).map(labelShape),
            args,
            violations,
            'Repository.labels',
          ),
      };
    },
  };
  const result = execute({ schema: githubSchema(), document, rootValue: root, variableValues: variables });
  if (result instanceof Promise) throw new Error('the fake resolves synchronously');
  const body: GraphqlAnswer['body'] = { data: result.data ?? null };
  if (result.errors?.length) {
    body.errors = result.errors.map((error) => ({
      message: error.message,
      type: /not accessible/u.test(error.message)
        ? 'FORBIDDEN'
        : /Could not resolve to a node/u.test(error.message)
          ? 'NOT_FOUND'
          : 'INTERNAL',
      ...(error.path ? { path: error.path } : {}),
    }));
  }
  return { body, violations, cost, mutation };
}

/** A person's node id (`U_` and their REST id). */
export function userNodeId(user: FakeUser): string {
  return `U_${user.id}`;
}

/** A label's node id, as the REST answer's `node_id` gives it (`LA_` and its id). */
export function labelNodeId(label: FakeLabel): string {
  return `LA_${label.id}`;
}

function labelShape(label: FakeLabel) {
  return { id: labelNodeId(label), name: label.name, color: label.color, description: label.description };
}

/**
 * GitHub's published rule for GraphQL rate-limit points: add up the requests needed to fill every
 * connection in the call, assuming each one reaches its `first`/`last` limit (a connection inside
 * another costs one request per parent node), divide by 100, round, at least 1. Every connection
 * counts, one that selects only `totalCount` (and so needs no `first`) included: under
 * `issues(first: 100) { comments(first: 100) { nodes { reactors { totalCount } } } }` the reactors
 * alone are 10,000 requests, 100 points. Lists that are not connections (`reactionGroups`,
 * `nodes(ids:)`) multiply nothing. A mutation document is priced the same way, on what its payloads
 * select: `addLabelsToLabelable { clientMutationId }` fifty times selects no connection and costs 1
 * point. GitHub's secondary limit charges a request with mutations 5 points of its 2,000 a minute
 * (SECONDARY_POINTS); the server tallies those apart.
 */
export function queryCost(document: DocumentNode, variables: Record<string, unknown>): number {
  const schema = githubSchema();
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return variables[node.name.value];
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.BOOLEAN) return node.value;
    return undefined;
  };
  const skipped = (selection: SelectionNode): boolean =>
    selection.directives?.some((d) => {
      const value = d.arguments?.find((a) => a.name.value === 'if');
      const flag = value ? valueOf(value.value) : undefined;
      return (d.name.value === 'include' && flag === false) || (d.name.value === 'skip' && flag === true);
    }) ?? false;
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType, multiplier: number): number => {
    let requests = 0;
    for (const selection of set.selections) {
      if (skipped(selection)) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment && type) requests += walk(fragment.selectionSet, type, multiplier);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        requests += walk(selection.selectionSet, type ?? parent, multiplier);
        continue;
      }
      if (!selection.selectionSet) continue;
      const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
      const field = fields[selection.name.value];
      if (!field) continue;
      const type = getNamedType(field.type);
      if (type.name.endsWith('Connection')) {
        const limit = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
        requests += multiplier;
        requests += walk(
          selection.selectionSet,
          type,
          multiplier * Number(limit ? (valueOf(limit.value) ?? 0) : 0),
        );
      } else {
        requests += walk(selection.selectionSet, type, multiplier);
      }
    }
    return requests;
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 1;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 1;
  return Math.max(1, Math.round(walk(operation.selectionSet, root, 1) / 100));
}
