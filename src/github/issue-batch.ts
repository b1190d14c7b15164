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

/** What happened to each write: made, found made by an attempt whose answer was lost, or refused. */
export type IssueBatchResult =
  | { readonly status: 'wrote' }
  | { readonly status: 'already'; readonly detail: string }
  | { readonly status: 'failed'; readonly detail: string };

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
 * each. A comment is created at most once: the client does not retry a document that creates one,
 * and when an answer is lost the issue's new comments are listed (one request) before the document
 * is sent again without the comments found. Labels, assignees and state are sets: sent again as they
 * are. A spent rate limit or a token that may not write stops the run, as a REST write would.
 */
export async function sendIssueBatch(
  target: IssueBatchTarget,
  writes: readonly IssueBatchWrite[],
  ids: BatchIds,
): Promise<IssueBatchResult[]> {
  const results: Array<IssueBatchResult | null> = writes.map(() => null);
  for (let attempt = 0; ; attempt += 1) {
    if (attempt > 0) await findMadeComments(target, writes, results);
    const pending = writes.flatMap((write, index) => (results[index] === null ? [{ write, index }] : []));
    if (pending.length === 0) return results as IssueBatchResult[];
    const { document, variables } = issueBatchMutation(
      pending.map(({ write }) => write),
      ids,
    );
    const createsContent = pending.some(({ write }) => write.kind === 'comment');
    let data: Record<string, unknown> | null;
    let errors: readonly GraphqlError[] = [];
    try {
      data = await target.client.graphql<Record<string, unknown>>(
        document,
        variables,
        createsContent ? { retries: 0 } : {},
      );
    } catch (error) {
      const partial = partialAnswer(error);
      if (!partial) {
        if (!isTransient(error) || attempt + 1 >= ATTEMPTS) throw error;
        await target.clock.sleep(target.retryBaseMs * (attempt + 1) ** 2);
        continue;
      }
      ({ data, errors } = partial);
      stopOn(errors);
    }
    pending.forEach(({ write, index }, alias) => {
      const made = data?.[`w${alias}`];
      if (made !== null && made !== undefined) {
        results[index] = { status: 'wrote' };
        return;
      }
      const why = errors.filter((error) => error.path?.[0] === `w${alias}`).map((error) => error.message);
      const reason = why.length > 0 ? why.join('; ') : (errors[0]?.message ?? 'GitHub gave no answer');
      results[index] = {
        status: 'failed',
        detail: `GitHub refused ${write.kind} on #${target.issueNumber}: ${reason}`,
      };
    });
    return results as IssueBatchResult[];
  }
}

/** Errors that are the run's, not one call's: the rate limit is spent, or the token may not write. */
function stopOn(errors: readonly GraphqlError[]): void {
  const limited = errors.find((error) => error.type === 'RATE_LIMITED');
  if (limited) throw new RateLimitStop(null);
  const forbidden = errors.find((error) => error.type === 'FORBIDDEN');
  if (forbidden) throw new PermissionStop(forbidden.message);
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
