// Applies a plan, most urgent first (write-order.ts): writes that belong together go as one group,
// whole or not at all, and a group's labels as one request. One failure is reported and the rest go on.
// The operations-per-run budget and GitHub's content-creation pace may leave groups for the next
// run, which replans from the repository and so picks up exactly what is left. Writes are spaced on the
// run's clock (a second apart, content three), reads are not.
import { isBot } from '../core/markers';
import { resolvePlaceholders, type Plan, type Write } from '../core/plan';
import { issueNameAcross, writePlaces, type Place } from '../core/places';
import { allIssues, type Snapshot } from '../core/snapshot';
import { applyWrite, type ApplyContext } from './apply-write';
import type { GitHubClient } from './client';
import { ContentPacer, GITHUB_CONTENT_LIMITS, type Clock, type PacerLimits } from './content-pacer';
import { guardSince, type GuardTarget } from './race-guard';
import { describeError, PermissionStop, RateLimitStop } from './request-errors';
import { mergeLabels, orderWrites, referencedKeys } from './write-order';

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
  const openedIn = new Map<string, Place>();
  /** Keys of open-issue writes that did not happen, with the status their dependants inherit. */
  const notOpened = new Map<string, 'left' | 'skipped'>();
  // Recorded as applied (urgent first), reported in plan order: the job summary lines them up.
  const outcomes: Array<{ index: number; outcome: WriteOutcome }> = [];
  const planIndex = new Map(plan.writes.map((write, index) => [write, index]));
  let spent = 0;
  let stop: RateLimitStop | PermissionStop | undefined;
  const record = (outcome: WriteOutcome): void => {
    outcomes.push({ index: planIndex.get(outcome.write) ?? outcomes.length, outcome });
    if (outcome.write.kind === 'open-issue' && outcome.issueNumber === undefined) {
      notOpened.set(outcome.write.key, outcome.status === 'left' ? 'left' : 'skipped');
    }
    options.onOutcome?.(outcome);
  };

  let budgetSpent = false;
  for (const group of orderWrites(plan.writes)) {
    const sends = mergeLabels(plan.writes, group.indexes);
    // A group goes whole or waits whole; the first group always goes, so a small budget still moves.
    const fits = spent + sends.length <= options.budget || (spent === 0 && options.budget > 0);
    if (budgetSpent || !fits) {
      budgetSpent = true;
      for (const index of group.indexes)
        record({
          write: plan.writes[index]!,
          status: 'left',
          detail: 'the operations-per-run budget is spent',
        });
      continue;
    }
    for (const { write: merged, covers } of sends) {
      const originals = covers.map((index) => plan.writes[index]!);
      const recordAll = (outcome: Omit<WriteOutcome, 'write'>): void => {
        for (const write of originals) record({ write, ...outcome });
      };
      if (stop) {
        recordAll({
          status: stop instanceof RateLimitStop ? 'left' : 'skipped',
          detail: stop instanceof RateLimitStop ? "GitHub's rate limit is spent" : 'the run stopped writing',
        });
        continue;
      }
      const missing = missingReferences(merged, opened);
      if (missing.length > 0) {
        const inherited = missing.map((key) => notOpened.get(key)).includes('left') ? 'left' : 'skipped';
        recordAll({
          status: inherited,
          detail:
            inherited === 'left'
              ? 'it refers to an issue that is left for the next run'
              : `it refers to an issue that could not be opened (${missing.join(', ')})`,
        });
        continue;
      }
      const place = placeOf(merged);
      const write = resolveBodies(merged, opened, (key, number) =>
        issueNameAcross(snapshot, place, openedIn.get(key) ?? 'client', number),
      );
      const issueNumber = targetIssue(write, opened);
      if (!(await pacer.reserve(createsContent(write)))) {
        // Only content creation is ever refused: plain writes just wait their second.
        recordAll({ status: 'left', detail: "GitHub's content-creation limit (500 an hour) is reached" });
        continue;
      }
      try {
        const applied = await applyWrite(ctxIn(place), write, issueNumber);
        if (applied.result === 'wrote') spent += 1;
        if (write.kind === 'open-issue' && applied.issueNumber !== undefined) {
          opened.set(write.key, applied.issueNumber);
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
      }
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
