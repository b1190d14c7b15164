// The writes one issue's group needs (its labels on and off, its assignees, its new comments, closing
// or reopening it) as one GraphQL mutation document: what REST does in four to six requests goes in
// one, so an event run that acknowledges new feedback stays within its budget (docs/budgets.md).
// GitHub runs the calls of a mutation document one after another, in the document's order, so the
// plan's order within the group holds. Each call stands or fails alone: a refused call answers null
// with its reason on its path, the others are made. GitHub names issues, labels and people by node
// id: the caller resolves them (label-batch.ts's LabelIds, the snapshot's `assignable`).
import { commentMarkers, type Write } from '../core/plan';
import type { GitHubClient } from './client';
import type { Clock } from './content-pacer';
import { partialAnswer, type GraphqlError } from './label-batch';
import { findNewBotComments, type GuardTarget } from './race-guard';
import { isTransient, PermissionStop, RateLimitStop } from './request-errors';

/** The writes a mutation document can carry, each with the GraphQL call that makes it. */
export type IssueBatchKind =
  'add-labels' | 'remove-label' | 'assign' | 'comment' | 'close-issue' | 'reopen-issue';
export type IssueBatchWrite = Extract<Write, { kind: IssueBatchKind }>;

const BATCHED: Readonly<Record<IssueBatchKind, true>> = {
  'add-labels': true,
  'remove-label': true,
  assign: true,
  comment: true,
  'close-issue': true,
  'reopen-issue': true,
};

export function isIssueBatchWrite(write: Write): write is IssueBatchWrite {
  return write.kind in BATCHED;
}

/** The node ids a document names things by; a write whose ids are not all here is not sent in it. */
export interface BatchIds {
  readonly issue: string;
  /** Lower-case label name → node id. */
  readonly labels: ReadonlyMap<string, string>;
  /** Lower-case login → node id. */
  readonly people: ReadonlyMap<string, string>;
}

/** A call of the document: its mutation field, input (`$issue` is the issue's id) and its variable. */
interface Call {
  readonly text: (variable: string) => string;
  readonly type: string;
  readonly value: unknown;
}

/** The call for one write, or why it cannot be named by node ids (then it goes the plain way). */
function callOf(write: IssueBatchWrite, ids: BatchIds): Call | { readonly unnamed: string } {
  const labelIds = (names: readonly string[]): string[] | { unnamed: string } => {
    const missing = names.filter((name) => !ids.labels.has(name.toLowerCase()));
    if (missing.length > 0) return { unnamed: `no node id for ${missing.map((n) => `"${n}"`).join(', ')}` };
    return names.map((name) => ids.labels.get(name.toLowerCase())!);
  };
  const ack = '{ clientMutationId }';
  switch (write.kind) {
    case 'add-labels':
    case 'remove-label': {
      const named = labelIds(write.kind === 'add-labels' ? write.labels : [write.label]);
      if (!Array.isArray(named)) return named;
      const field = write.kind === 'add-labels' ? 'addLabelsToLabelable' : 'removeLabelsFromLabelable';
      return {
        text: (v) => `${field}(input: { labelableId: $issue, labelIds: ${v} }) ${ack}`,
        type: '[ID!]!',
        value: named,
      };
    }
    case 'assign': {
      const missing = write.assignees.filter((login) => !ids.people.has(login.toLowerCase()));
      if (missing.length > 0)
        return { unnamed: `no node id for ${missing.map((login) => `@${login}`).join(', ')}` };
      return {
        text: (v) => `addAssigneesToAssignable(input: { assignableId: $issue, assigneeIds: ${v} }) ${ack}`,
        type: '[ID!]!',
        value: write.assignees.map((login) => ids.people.get(login.toLowerCase())!),
      };
    }
    case 'comment':
      return {
        text: (v) => `addComment(input: { subjectId: $issue, body: ${v} }) ${ack}`,
        type: 'String!',
        value: write.body,
      };
    case 'close-issue':
      return {
        text: (v) => `closeIssue(input: { issueId: $issue, stateReason: ${v} }) ${ack}`,
        type: 'IssueClosedStateReason',
        value: write.stateReason === 'not_planned' ? 'NOT_PLANNED' : 'COMPLETED',
      };
    case 'reopen-issue':
      return { text: () => `reopenIssue(input: { issueId: $issue }) ${ack}`, type: '', value: null };
  }
}

/** Which writes the document can carry: those whose every node id is known. */
export function namedWrites(
  writes: readonly IssueBatchWrite[],
  ids: BatchIds,
): Array<{ readonly sent: boolean; readonly detail?: string }> {
  return writes.map((write) => {
    const call = callOf(write, ids);
    return 'unnamed' in call ? { sent: false, detail: call.unnamed } : { sent: true };
  });
}

/** The mutation document for these writes (every one named: see `namedWrites`), with its variables. */
export function issueBatchMutation(
  writes: readonly IssueBatchWrite[],
  ids: BatchIds,
): { readonly document: string; readonly variables: Record<string, unknown> } {
  const declared = ['$issue: ID!'];
  const variables: Record<string, unknown> = { issue: ids.issue };
  const lines = writes.map((write, index) => {
    const call = callOf(write, ids);
    if ('unnamed' in call) throw new Error(`write ${index} has ${call.unnamed}`);
    if (call.type !== '') {
      declared.push(`$v${index}: ${call.type}`);
      variables[`v${index}`] = call.value;
    }
    return `  w${index}: ${call.text(`$v${index}`)}`;
  });
  return {
    document: `mutation EngagementKeeperIssueWrites(${declared.join(', ')}) {\n${lines.join('\n')}\n}`,
    variables,
  };
}

/**
 * What happened to each write: made, found made by an attempt whose answer was lost, refused, or to
 * be sent the plain way (a label GitHub no longer knows by the id the read gave: REST names it).
 */
export type IssueBatchResult =
  | { readonly status: 'wrote' }
  | { readonly status: 'already'; readonly detail: string }
  | { readonly status: 'failed'; readonly detail: string }
  | { readonly status: 'plain'; readonly detail: string };

/** Each write's result; `null` for the writes `error` stopped (the run's stop, or a request's failure). */
export interface IssueBatchOutcome {
  readonly results: ReadonlyArray<IssueBatchResult | null>;
  readonly error?: unknown;
}

export interface IssueBatchTarget {
  readonly client: GitHubClient;
  /** The repository and the bot, for the lookup of comments a lost answer may hide. */
  readonly guard: GuardTarget;
  readonly issueNumber: number;
  readonly clock: Clock;
  /** Milliseconds before trying again after an answer was lost (×1, ×4). */
  readonly retryBaseMs: number;
}

const ATTEMPTS = 3;

/**
 * Sends the writes (every one named: see `namedWrites`) as one request and says what happened to
 * each. A document without comments is retried by the client like any request. A document that
 * creates a comment is sent once by the client; when its answer is lost (no answer, a server error,
 * GitHub's timeout, which may come after part of it ran) the issue's new comments are listed (one
 * request) and the document is sent again without the comments found, at most three times in all.
 * GitHub's other refusals of the whole document are final: each write fails with its reason. A spent
 * rate limit or a token that may not write is returned as the error, after what was made is recorded.
 */
export async function sendIssueBatch(
  target: IssueBatchTarget,
  writes: readonly IssueBatchWrite[],
  ids: BatchIds,
): Promise<IssueBatchOutcome> {
  const results: Array<IssueBatchResult | null> = writes.map(() => null);
  for (let attempt = 0; ; attempt += 1) {
    try {
      if (attempt > 0) await findMadeComments(target, writes, results);
    } catch (error) {
      return { results, error };
    }
    const pending = writes.flatMap((write, index) => (results[index] === null ? [{ write, index }] : []));
    if (pending.length === 0) return { results };
    const { document, variables } = issueBatchMutation(
      pending.map(({ write }) => write),
      ids,
    );
    const createsContent = pending.some(({ write }) => write.kind === 'comment');
    let data: Record<string, unknown> | null = null;
    let errors: readonly GraphqlError[] = [];
    try {
      data = await target.client.graphql<Record<string, unknown>>(
        document,
        variables,
        createsContent ? { retries: 0 } : {},
      );
    } catch (error) {
      const partial = partialAnswer(error);
      const refused = partial?.errors ?? graphqlErrorsOf(error);
      const lost = refused ? refused.some(isTimeout) && !partial : isTransient(error);
      if (lost && createsContent && attempt + 1 < ATTEMPTS) {
        await target.clock.sleep(target.retryBaseMs * (attempt + 1) ** 2);
        continue;
      }
      if (!refused) return { results, error };
      data = partial?.data ?? null;
      errors = refused;
    }
    pending.forEach(({ write, index }, alias) => {
      results[index] = resultOf(write, data?.[`w${alias}`], errors, `w${alias}`, target.issueNumber, ids);
    });
    const stop = stopOf(errors);
    if (!stop) return { results };
    // What GitHub made stands; the writes it refused for the run's reason wait for the next run.
    pending.forEach(({ index }, alias) => {
      if (data?.[`w${alias}`] === null || data?.[`w${alias}`] === undefined) results[index] = null;
    });
    return { results, error: stop };
  }
}

/** One call's result from GitHub's answer. */
function resultOf(
  write: IssueBatchWrite,
  made: unknown,
  errors: readonly GraphqlError[],
  alias: string,
  issueNumber: number,
  ids: BatchIds,
): IssueBatchResult {
  if (made !== null && made !== undefined) return { status: 'wrote' };
  const own = errors.filter((error) => error.path?.[0] === alias);
  const reasons = (own.length > 0 ? own : errors.slice(0, 1)).map((error) => error.message);
  const reason = reasons.length > 0 ? reasons.join('; ') : 'GitHub gave no answer';
  // A label deleted since the read: GitHub cannot resolve its id. Taking it off is then done; putting
  // it on goes by name through REST, which creates the label again.
  const labelGone =
    (write.kind === 'remove-label' || write.kind === 'add-labels') &&
    own.some(
      (error) =>
        error.type === 'NOT_FOUND' &&
        [...ids.labels.values()].some((id) => error.message.includes(`'${id}'`)),
    );
  if (labelGone && write.kind === 'remove-label')
    return { status: 'already', detail: 'the label no longer exists' };
  if (labelGone) return { status: 'plain', detail: 'a label was deleted since the read' };
  return { status: 'failed', detail: `GitHub refused ${write.kind} on #${issueNumber}: ${reason}` };
}

/** The GraphQL errors of an answer GitHub gave (octokit's GraphqlResponseError), data or not. */
function graphqlErrorsOf(error: unknown): GraphqlError[] | null {
  if (typeof error !== 'object' || error === null) return null;
  const { errors } = error as { errors?: unknown };
  if (!Array.isArray(errors)) return null;
  return errors.filter(
    (entry): entry is GraphqlError => typeof entry === 'object' && entry !== null && 'message' in entry,
  );
}

/** GitHub's answer when a request ran out of time: part of a mutation document may have run. */
function isTimeout(error: GraphqlError): boolean {
  return /something went wrong while executing your query|timeout/iu.test(error.message);
}

/** Errors that are the run's, not one call's: the rate limit is spent, or the token may not write. */
function stopOf(errors: readonly GraphqlError[]): RateLimitStop | PermissionStop | undefined {
  if (errors.some((error) => error.type === 'RATE_LIMITED')) return new RateLimitStop(null);
  const forbidden = errors.find(
    (error) => error.type === 'FORBIDDEN' && /not accessible by/iu.test(error.message),
  );
  return forbidden ? new PermissionStop(forbidden.message) : undefined;
}

/** After a lost answer: the comments of this document already on the issue are `already`. */
async function findMadeComments(
  target: IssueBatchTarget,
  writes: readonly IssueBatchWrite[],
  results: Array<IssueBatchResult | null>,
): Promise<void> {
  const open = writes.flatMap((write, index) =>
    write.kind === 'comment' && results[index] === null ? [{ write, index }] : [],
  );
  if (open.length === 0) return;
  const found = await findNewBotComments(
    target.client,
    target.guard,
    target.issueNumber,
    open.map(({ write }) => commentMarkers(write)[0]!),
  );
  open.forEach(({ index }, at) => {
    if (found[at] !== undefined)
      results[index] = { status: 'already', detail: 'the earlier attempt had gone through' };
  });
}
