// Applies a plan, most urgent first (write-order.ts): writes that belong together go as one group,
// whole or not at all; a group's labels, assignees, comments and state changes on one issue as one
// GraphQL request (issue-batch.ts). One failure is reported and the rest go on.
// The operations-per-run budget and GitHub's content-creation pace may leave groups for the next
// run, which replans from the repository and so picks up exactly what is left. Writes are spaced on the
// run's clock (a second apart, content three), reads are not.
import { isBot } from '../core/markers';
import { resolvePlaceholders, type Plan, type Write } from '../core/plan';
import { issueNameAcross, placeKey, writePlaces, type Place } from '../core/places';
import { allIssues, type Snapshot } from '../core/snapshot';
import { applyWrite, type ApplyContext } from './apply-write';
import type { GitHubClient } from './client';
import { ContentPacer, GITHUB_CONTENT_LIMITS, type Clock, type PacerLimits } from './content-pacer';
import { guardSince, type GuardTarget } from './race-guard';
import { describeError, PermissionStop, RateLimitStop } from './request-errors';
import { namedWrites, sendIssueBatch, type BatchIds, type IssueBatchWrite } from './issue-batch';
import { addLabelsInOneRequest, LabelIds, type LabelBatchResult } from './label-batch';
import { planRequests, referencedKeys, type WriteRequest } from './write-order';

const CONTENT_LIMIT_REACHED = "GitHub's content-creation limit (500 an hour) is reached";

export type OutcomeStatus = 'wrote' | 'already' | 'failed' | 'left' | 'skipped';

export interface WriteOutcome {
  readonly write: Write;
  readonly status: OutcomeStatus;
  /** For failures, skips and writes left over: why, in plain words. */
  readonly detail?: string;
  /** The issue the write went to (for `open-issue`, the issue it opened). */
  readonly issueNumber?: number;
}

export interface ExecutionReport {
  readonly outcomes: readonly WriteOutcome[];
  /** Writes that changed something on GitHub. */
  readonly wrote: number;
  /** Writes found already applied (an earlier attempt or another run made them). */
  readonly already: number;
  readonly failed: number;
  /** Left for the next run by the budget or the content-creation pace. */
  readonly left: number;
  /** Not attempted because a write they depend on failed, or the run stopped writing. */
  readonly skipped: number;
  /** Why the run stopped before the end of the plan (rate limit spent, permission missing), if it did. */
  readonly stop?: RateLimitStop | PermissionStop;
}

export interface ExecuteOptions {
  readonly client: GitHubClient;
  readonly snapshot: Snapshot;
  /** operations-per-run: the most write requests this run makes (a group is never split to fit). */
  readonly budget: number;
  readonly clock: Clock;
  readonly contentLimits?: PacerLimits;
  readonly createRetryBaseMs?: number;
  readonly onOutcome?: (outcome: WriteOutcome) => void;
}

export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<ExecutionReport> {
  const { snapshot } = options;
  const guard = { botLogin: snapshot.botLogin, since: guardSince(snapshot.readAt) };
  const internal = snapshot.internal?.repository;
  const targets: Record<Place, GuardTarget> = {
    client: { ...guard, owner: snapshot.repository.owner, repo: snapshot.repository.name },
    internal: internal
      ? { ...guard, owner: internal.owner, repo: internal.name }
      : { ...guard, owner: snapshot.repository.owner, repo: snapshot.repository.name },
  };
  const placeOf = writePlaces(plan.writes);
  const pacer = new ContentPacer(
    options.clock,
    options.contentLimits ?? GITHUB_CONTENT_LIMITS,
    botContentTimes(snapshot),
  );
  const ctxIn = (place: Place): ApplyContext => ({
    client: options.client,
    target: targets[place],
    place,
    snapshot,
    clock: options.clock,
    createRetryBaseMs: options.createRetryBaseMs ?? 1000,
  });
  const opened = new Map<string, number>();
  /** Node ids of the issues this run opened, from GitHub's answers (a pin names its issue by it). */
  const openedNodeIds = new Map<string, string>();
  const openedIn = new Map<string, Place>();
  /** Keys of open-issue writes that did not happen, with the status their dependants inherit. */
  const notOpened = new Map<string, 'left' | 'skipped'>();
  // Recorded as applied (urgent first), reported in plan order: the job summary lines them up.
  const outcomes: Array<{ index: number; outcome: WriteOutcome }> = [];
  const planIndex = new Map(plan.writes.map((write, index) => [write, index]));
  // The budget counts the write requests the client sent, whatever GitHub answered: a refused
  // comment is a request made too (a budget of 3 must not send 20 refused ones).
  const { counters } = options.client;
  const writesSent = (): number => counters.writes + counters.mutations;
  const sentBefore = writesSent();
  const spent = (): number => writesSent() - sentBefore;
  let stop: RateLimitStop | PermissionStop | undefined;
  const record = (outcome: WriteOutcome): void => {
    outcomes.push({ index: planIndex.get(outcome.write) ?? outcomes.length, outcome });
    if (outcome.write.kind === 'open-issue' && outcome.issueNumber === undefined) {
      notOpened.set(outcome.write.key, outcome.status === 'left' ? 'left' : 'skipped');
    }
    options.onOutcome?.(outcome);
  };

  const labelIds = new Map<Place, LabelIds>();
  const labelIdsIn = (place: Place): LabelIds => {
    let ids = labelIds.get(place);
    if (!ids) {
      const known = place === 'internal' ? (snapshot.internal?.labels ?? []) : snapshot.labels;
      ids = new LabelIds(options.client, { owner: targets[place].owner, repo: targets[place].repo }, known);
      labelIds.set(place, ids);
    }
    return ids;
  };
  const nodeIds = issueNodeIds(snapshot);
  const nodeIdOf = (issue: { readonly number: number; readonly place?: 'internal' }): string | undefined =>
    nodeIds.get(placeKey(issue));

  /** A request that threw: the run stops on a spent rate limit or a missing permission, else it fails. */
  const recordError = (
    error: unknown,
    place: Place,
    recordAll: (outcome: Omit<WriteOutcome, 'write'>) => void,
  ): void => {
    if (error instanceof RateLimitStop) {
      stop = error;
      recordAll({ status: 'left', detail: "GitHub's rate limit is spent" });
    } else if (error instanceof PermissionStop) {
      // The workflow's `permissions:` cannot reach another repository: say which one and what it needs.
      stop =
        place === 'internal' && internal
          ? new PermissionStop(error.detail, `${internal.owner}/${internal.name}`)
          : error;
      recordAll({ status: 'skipped', detail: 'the run stopped writing' });
    } else recordAll({ status: 'failed', detail: describeError(error) });
  };
  const recorderOf =
    (covers: readonly number[]) =>
    (outcome: Omit<WriteOutcome, 'write'>): void => {
      for (const index of covers) record({ write: plan.writes[index]!, ...outcome });
    };
  const stopped = (recordAll: (outcome: Omit<WriteOutcome, 'write'>) => void): boolean => {
    if (!stop) return false;
    recordAll({
      status: stop instanceof RateLimitStop ? 'left' : 'skipped',
      detail: stop instanceof RateLimitStop ? "GitHub's rate limit is spent" : 'the run stopped writing',
    });
    return true;
  };

  /** True (and recorded) when the write names an issue this run has not opened. */
  const heldBack = (write: Write, recordAll: (outcome: Omit<WriteOutcome, 'write'>) => void): boolean => {
    const missing = missingReferences(write, opened);
    if (missing.length === 0) return false;
    const inherited = missing.map((key) => notOpened.get(key)).includes('left') ? 'left' : 'skipped';
    recordAll({
      status: inherited,
      detail:
        inherited === 'left'
          ? 'it refers to an issue that is left for the next run'
          : `it refers to an issue that could not be opened (${missing.join(', ')})`,
    });
    return true;
  };
  /** The write with the issues this run opened named in its body. */
  const resolved = (write: Write, place: Place): Write =>
    resolveBodies(write, opened, (key, number) =>
      issueNameAcross(snapshot, place, openedIn.get(key) ?? 'client', number),
    );

  /** One write (its labels merged) as one request. */
  const sendOne = async (merged: Write, covers: readonly number[]): Promise<void> => {
    const recordAll = recorderOf(covers);
    if (stopped(recordAll)) return;
    if (heldBack(merged, recordAll)) return;
    const place = placeOf(merged);
    const write = resolved(merged, place);
    const issueNumber = targetIssue(write, opened);
    if (!(await pacer.reserve(createsContent(write)))) {
      // Only content creation is ever refused: plain writes just wait their second.
      recordAll({ status: 'left', detail: CONTENT_LIMIT_REACHED });
      return;
    }
    try {
      const created = 'issue' in write && 'created' in write.issue ? write.issue.created : undefined;
      const applied = await applyWrite(
        ctxIn(place),
        write,
        issueNumber,
        created === undefined ? undefined : openedNodeIds.get(created),
      );
      if (write.kind === 'create-label' && applied.labelNodeId)
        labelIdsIn(place).remember(write.name, applied.labelNodeId);
      if (write.kind === 'open-issue' && applied.issueNumber !== undefined) {
        opened.set(write.key, applied.issueNumber);
        if (applied.issueNodeId) openedNodeIds.set(write.key, applied.issueNodeId);
        openedIn.set(write.key, place);
      }
      recordAll({
        status: applied.result,
        ...(applied.detail ? { detail: applied.detail } : {}),
        ...(applied.issueNumber !== undefined || issueNumber !== null
          ? { issueNumber: applied.issueNumber ?? issueNumber ?? undefined }
          : {}),
      });
    } catch (error) {
      recordError(error, place, recordAll);
    }
  };

  /**
   * The labels of many existing issues as one GraphQL request (label-batch.ts): one operation. Each
   * issue's labels stand or fail alone; a label GitHub's GraphQL cannot name yet goes the plain way.
   */
  const sendLabels = async (items: Extract<WriteRequest, { kind: 'labels' }>['items']): Promise<void> => {
    const recordAll = recorderOf(items.flatMap((item) => item.covers));
    if (stopped(recordAll)) return;
    const place = placeOf(items[0]!.write);
    await pacer.reserve(false);
    let results: LabelBatchResult[];
    try {
      results = await addLabelsInOneRequest(
        options.client,
        items.map(({ write }) => {
          const issue = write.issue as { readonly number: number; readonly place?: 'internal' };
          return { issueNumber: issue.number, issueNodeId: nodeIdOf(issue)!, labels: write.labels };
        }),
        labelIdsIn(place),
      );
    } catch (error) {
      recordError(error, place, recordAll);
      return;
    }
    for (const [index, item] of items.entries()) {
      const result = results[index]!;
      const number = (item.write.issue as { readonly number: number }).number;
      if (result.status === 'unsent') await sendOne(item.write, item.covers);
      else
        recorderOf(item.covers)({
          status: result.status,
          ...(result.status === 'failed' ? { detail: result.detail } : {}),
          issueNumber: number,
        });
    }
  };

  /**
   * The writes of one issue's group as one GraphQL document (issue-batch.ts). A write whose node ids
   * are not all known (a label no one created yet) goes the plain way after it; so does everything
   * when fewer than two writes are left to go together.
   */
  const sendIssue = async (items: Extract<WriteRequest, { kind: 'issue' }>['items']): Promise<void> => {
    const recordAll = recorderOf(items.flatMap((item) => item.covers));
    if (stopped(recordAll)) return;
    const issue = items[0]!.write.issue as { readonly number: number; readonly place?: 'internal' };
    const place = placeOf(items[0]!.write);
    const ready = items
      .filter((item) => !heldBack(item.write, recorderOf(item.covers)))
      .map((item) => ({ ...item, sent: resolved(item.write, place) as IssueBatchWrite }));
    const names = ready.flatMap(({ sent }) =>
      sent.kind === 'add-labels' ? sent.labels : sent.kind === 'remove-label' ? [sent.label] : [],
    );
    let ids: BatchIds;
    try {
      ids = {
        issue: nodeIdOf(issue)!,
        labels: names.length > 0 ? await labelIdsIn(place).of([...new Set(names)]) : new Map(),
        people: place === 'client' ? people : new Map(),
      };
    } catch (error) {
      recordError(error, place, recorderOf(ready.flatMap((item) => item.covers)));
      return;
    }
    const named = namedWrites(
      ready.map(({ sent }) => sent),
      ids,
    );
    const together = ready.filter((_, index) => named[index]!.sent);
    // Planned as one request, with every id known at planning; a write that lost its partners (one
    // held back for an issue not opened) or its ids goes the plain way.
    const apart = together.length >= 2 ? ready.filter((_, index) => !named[index]!.sent) : [...ready];
    if (together.length >= 2) {
      // One slot of the write pace for the request, and one of the content pace for each comment.
      let sendable = together;
      const comments = together.filter(({ sent }) => sent.kind === 'comment');
      await pacer.reserve(false);
      for (const comment of comments) {
        if (await pacer.reserve(true)) continue;
        recorderOf(comment.covers)({ status: 'left', detail: CONTENT_LIMIT_REACHED });
        sendable = sendable.filter((item) => item !== comment);
      }
      const { results, error } = await sendIssueBatch(
        {
          client: options.client,
          guard: targets[place],
          issueNumber: issue.number,
          clock: options.clock,
          retryBaseMs: options.createRetryBaseMs ?? 1000,
        },
        sendable.map(({ sent }) => sent),
        ids,
      );
      const undecided: Array<(typeof sendable)[number]> = [];
      sendable.forEach((item, index) => {
        const result = results[index] ?? null;
        if (result === null) undecided.push(item);
        else if (result.status === 'plain') apart.push(item);
        else
          recorderOf(item.covers)({
            status: result.status,
            ...(result.status === 'wrote' ? {} : { detail: result.detail }),
            issueNumber: issue.number,
          });
      });
      if (undecided.length > 0)
        recordError(error, place, recorderOf(undecided.flatMap((item) => item.covers)));
    }
    for (const item of apart) await sendOne(item.write, item.covers);
  };

  const people = new Map(
    (snapshot.assignable ?? []).map((person) => [person.login.toLowerCase(), person.nodeId]),
  );
  const knownLabels = new Map<Place, ReadonlySet<string>>(
    (['client', 'internal'] as const).map((place) => [
      place,
      new Set(
        (place === 'internal' ? (snapshot.internal?.labels ?? []) : snapshot.labels).flatMap((label) =>
          label.nodeId ? [label.name.toLowerCase()] : [],
        ),
      ),
    ]),
  );
  /** Writes on an existing issue whose node id the read gave. */
  const onKnownIssue = (write: Write): boolean =>
    'issue' in write && 'number' in write.issue && nodeIdOf(write.issue) !== undefined;
  /**
   * Writes an issue's document may carry: every node id known when the plan is weighed, so that a
   * step's requests are the requests the budget counted (a label the run creates first is named by
   * REST; someone beyond GitHub's first 100 assignable people is assigned by REST).
   */
  const inDocument = (write: IssueBatchWrite): boolean => {
    if (!onKnownIssue(write) || !('number' in write.issue)) return false;
    const place: Place = write.issue.place ?? 'client';
    const named = (names: readonly string[]) =>
      names.every((name) => knownLabels.get(place)!.has(name.toLowerCase()));
    if (write.kind === 'add-labels') return named(write.labels);
    if (write.kind === 'remove-label') return named([write.label]);
    if (write.kind === 'assign')
      return place === 'client' && write.assignees.every((login) => people.has(login.toLowerCase()));
    return true;
  };
  let budgetSpent = false;
  /** A step left whole for the next run. */
  const leave = (step: { readonly indexes: readonly number[] }, detail: string): void => {
    for (const index of step.indexes) record({ write: plan.writes[index]!, status: 'left', detail });
  };
  for (const step of planRequests(plan.writes, { labels: onKnownIssue, issue: inDocument })) {
    // A step goes whole or waits whole; the first always goes, so a small budget still moves.
    const fits = spent() + step.requests.length <= options.budget || (spent() === 0 && options.budget > 0);
    if (budgetSpent || !fits) {
      budgetSpent = true;
      leave(step, 'the operations-per-run budget is spent');
      continue;
    }
    // GitHub's content pace is asked for the whole group before any of it goes: labels never go
    // while the acknowledgement they belong to is refused.
    const creations = step.requests
      .flatMap((r) =>
        r.kind === 'write' ? [r.write] : r.kind === 'issue' ? r.items.map((i) => i.write) : [],
      )
      .filter(createsContent).length;
    if (!stop && !pacer.canCreate(creations)) {
      leave(step, CONTENT_LIMIT_REACHED);
      continue;
    }
    for (const request of step.requests) {
      if (request.kind === 'labels') await sendLabels(request.items);
      else if (request.kind === 'issue') await sendIssue(request.items);
      else await sendOne(request.write, request.covers);
    }
  }
  const ordered = outcomes.sort((a, b) => a.index - b.index).map(({ outcome }) => outcome);
  const count = (status: OutcomeStatus) => ordered.filter((outcome) => outcome.status === status).length;
  return {
    outcomes: ordered,
    wrote: count('wrote'),
    already: count('already'),
    failed: count('failed'),
    left: count('left'),
    skipped: count('skipped'),
    ...(stop ? { stop } : {}),
  };
}

/** Issues' node ids by `placeKey` (`#12`, `internal#3`), as the snapshot read them. */
function issueNodeIds(snapshot: Snapshot): Map<string, string> {
  const ids = new Map<string, string>();
  for (const issue of allIssues(snapshot)) if (issue.nodeId) ids.set(placeKey(issue), issue.nodeId);
  return ids;
}

function createsContent(write: Write): boolean {
  return write.kind === 'comment' || write.kind === 'open-issue';
}

function missingReferences(write: Write, opened: ReadonlyMap<string, number>): string[] {
  return referencedKeys(write).filter((key) => !opened.has(key));
}

function resolveBodies(
  write: Write,
  opened: ReadonlyMap<string, number>,
  mention: (key: string, number: number) => string,
): Write {
  if (!('body' in write) || write.body === undefined) return write;
  // Every key is opened by now (missingReferences() held the write back otherwise).
  const body = resolvePlaceholders(write.body, (key) => opened.get(key), mention);
  return { ...write, body } as Write;
}

function targetIssue(write: Write, opened: ReadonlyMap<string, number>): number | null {
  if (!('issue' in write)) return null;
  return 'number' in write.issue ? write.issue.number : (opened.get(write.issue.created) ?? null);
}

/** When the bot created content recently, so the hourly pace counts what earlier runs did. */
function botContentTimes(snapshot: Snapshot): number[] {
  const bot = (login: string) => isBot(snapshot, login);
  const times: number[] = [];
  for (const issue of allIssues(snapshot)) {
    if (bot(issue.author.login)) times.push(Date.parse(issue.createdAt));
    for (const comment of issue.comments)
      if (bot(comment.author.login)) times.push(Date.parse(comment.createdAt));
  }
  return times.filter((time) => Number.isFinite(time));
}
