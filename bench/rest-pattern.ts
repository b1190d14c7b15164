// The per-issue REST pattern of other issue bots, for comparison: every run lists the repository's
// issues a page of 100 at a time, then reads each issue's comments (a further page per 100 comments),
// then writes one REST request per write. It runs over HTTP against the same fake and repository as
// the action, so requests and wall time compare directly.
//
// Its writes are the ones our first run plans (the same work, so only the way of doing it differs),
// sent the way a REST bot sends them: one request each, within the same operations-per-run budget, in
// the same order (most urgent group first, a group whole or not at all). Its runs until nothing is
// left are counted on a virtual clock against the workflow token's 1,000 REST requests an hour: a run
// that needs more than is left of the hour waits for the next one. No run ever sleeps for real.
import { performance } from 'node:perf_hooks';
import { resolvePlaceholders, type IssueRef, type Write } from '../src/core/plan';
import { planRequests } from '../src/github/write-order';
import type { FakeGitHub } from '../fake-github';

const PAGE = 100;
const HOUR_MS = 3_600_000;
/** The workflow token's REST requests an hour (GITHUB_TOKEN: 1,000 per repository). */
export const REST_PER_HOUR = 1000;

export interface PatternFigures {
  /** REST requests of one read pass over the whole repository. */
  readonly requests: number;
  readonly wallMs: number;
}

async function call(
  fake: FakeGitHub,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      accept: 'application/vnd.github+json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // A refused write would make the figures describe less work than ours: stop rather than count it.
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : await response.json();
}

/** One read pass: every issue of every state, then every issue's comments. */
export async function perIssueRestPattern(fake: FakeGitHub, token: string): Promise<PatternFigures> {
  const base = `/repos/${fake.repo.owner}/${fake.repo.name}`;
  const before = fake.requests.length;
  const started = performance.now();
  const numbers: number[] = [];
  for (let page = 1; ; page += 1) {
    const issues = (await call(
      fake,
      token,
      'GET',
      `${base}/issues?state=all&per_page=${PAGE}&page=${page}&direction=asc`,
    )) as Array<{ number: number }>;
    numbers.push(...issues.map((issue) => issue.number));
    if (issues.length < PAGE) break;
  }
  for (const number of numbers) {
    for (let page = 1; ; page += 1) {
      const comments = (await call(
        fake,
        token,
        'GET',
        `${base}/issues/${number}/comments?per_page=${PAGE}&page=${page}`,
      )) as unknown[];
      if (comments.length < PAGE) break;
    }
  }
  return { requests: fake.requests.length - before, wallMs: performance.now() - started };
}

/** Comments per issue number: all a read pass depends on. */
type Shape = Map<number, number>;

function shapeOf(fake: FakeGitHub): Shape {
  const shape: Shape = new Map([...fake.repo.issues.keys()].map((number) => [number, 0]));
  // One pass over the comments (commentsOf() per issue would scan them all N times).
  for (const comment of fake.repo.comments.values())
    shape.set(comment.issueNumber, (shape.get(comment.issueNumber) ?? 0) + 1);
  return shape;
}

/**
 * The requests of a read pass, counted instead of sent: the loops above stop at the first page shorter
 * than 100, so a list of k items costs floor(k / 100) + 1 pages (an exact multiple ends on an empty page).
 * Checked against every pass made over HTTP (patternSettling).
 */
function readsOf(shape: Shape): number {
  let reads = Math.floor(shape.size / PAGE) + 1;
  for (const comments of shape.values()) reads += Math.floor(comments / PAGE) + 1;
  return reads;
}

/** Virtual time a write waits for the write pace: as bench/run.ts's simulateSettling paces ours. */
function paceMs(write: Write): number {
  return write.kind === 'comment' || write.kind === 'open-issue' ? 3000 : 1000;
}

interface Opened {
  readonly number: number;
  readonly nodeId: string;
}

/** One write the REST way: one request (a pin, which REST cannot do, is GraphQL's `pinIssue`). */
async function sendWrite(
  fake: FakeGitHub,
  token: string,
  write: Write,
  opened: Map<string, Opened>,
): Promise<void> {
  const base = `/repos/${fake.repo.owner}/${fake.repo.name}`;
  const numberOf = (ref: IssueRef): number => {
    if ('created' in ref) {
      const found = opened.get(ref.created);
      if (!found) throw new Error(`the issue ${ref.created} was not opened before a write on it`);
      return found.number;
    }
    if (ref.place === 'internal') throw new Error('the bench has no internal repository');
    return ref.number;
  };
  const text = (body: string): string => resolvePlaceholders(body, (key) => opened.get(key)?.number);
  const issue = (ref: IssueRef): string => `${base}/issues/${numberOf(ref)}`;
  switch (write.kind) {
    case 'create-label':
      if (write.place === 'internal') throw new Error('the bench has no internal repository');
      await call(fake, token, 'POST', `${base}/labels`, {
        name: write.name,
        color: write.color,
        description: write.description,
      });
      return;
    case 'add-labels':
      await call(fake, token, 'POST', `${issue(write.issue)}/labels`, { labels: [...write.labels] });
      return;
    case 'remove-label':
      await call(fake, token, 'DELETE', `${issue(write.issue)}/labels/${encodeURIComponent(write.label)}`);
      return;
    case 'assign':
      await call(fake, token, 'POST', `${issue(write.issue)}/assignees`, { assignees: [...write.assignees] });
      return;
    case 'comment':
      await call(fake, token, 'POST', `${issue(write.issue)}/comments`, { body: text(write.body) });
      return;
    case 'edit-issue':
      // A plain PATCH: ours reads a body with boxes people tick again first; a REST bot would not.
      await call(fake, token, 'PATCH', issue(write.issue), {
        ...(write.title === undefined ? {} : { title: write.title }),
        ...(write.body === undefined ? {} : { body: text(write.body) }),
      });
      return;
    case 'edit-comment':
      await call(fake, token, 'PATCH', `${base}/issues/comments/${write.commentId}`, {
        body: text(write.body),
      });
      return;
    case 'delete-comment':
      await call(fake, token, 'DELETE', `${base}/issues/comments/${write.commentId}`);
      return;
    case 'close-issue':
      await call(fake, token, 'PATCH', issue(write.issue), {
        state: 'closed',
        state_reason: write.stateReason,
      });
      return;
    case 'reopen-issue':
      await call(fake, token, 'PATCH', issue(write.issue), { state: 'open' });
      return;
    case 'open-issue': {
      if (write.place === 'internal') throw new Error('the bench has no internal repository');
      const created = (await call(fake, token, 'POST', `${base}/issues`, {
        title: text(write.title),
        body: text(write.body),
        labels: [...write.labels],
        assignees: [...write.assignees],
      })) as { number: number; node_id: string };
      opened.set(write.key, { number: created.number, nodeId: created.node_id });
      return;
    }
    case 'pin-issue': {
      // Only an issue the same plan opens is pinned on the first run: its node id came with its answer.
      if (!('created' in write.issue)) throw new Error('the bench pins only issues the plan opens');
      numberOf(write.issue); // throws if it was not opened
      const answer = (await call(fake, token, 'POST', '/graphql', {
        query: 'mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }',
        variables: { id: opened.get(write.issue.created)!.nodeId },
      })) as { errors?: unknown[] };
      // GraphQL answers 200 with its errors in the body.
      if (answer.errors?.length) throw new Error(`pinIssue: ${JSON.stringify(answer.errors)}`);
      return;
    }
  }
}

/** One run of the pattern: its read pass, then what the budget lets it write. */
export interface PatternRun {
  readonly run: number;
  /** Virtual time since the first run started, when this one started and ended. */
  readonly startMs: number;
  readonly endMs: number;
  readonly reads: number;
  /** Write requests (REST, and GraphQL for a pin). */
  readonly writes: number;
  /** Of all requests, the REST ones: what the hourly REST budget counts. */
  readonly rest: number;
  /** The plan's writes still not made after this run. */
  readonly left: number;
  /** Sent over HTTP to the fake; otherwise counted (readsOf) and applied to the counts only. */
  readonly overHttp: boolean;
}

export interface PatternSettling {
  readonly planned: number;
  readonly runs: readonly PatternRun[];
  /** The first run over HTTP: GraphQL points (the pin) and wall time on the fake. */
  readonly firstPoints: number;
  readonly firstWallMs: number;
  /** A run found nothing left to write (the last of `runs`). */
  readonly settled: boolean;
  /** Virtual time when the run that found nothing left started (as ours is counted). */
  readonly virtualMs: number;
}

/**
 * Hourly runs of the pattern on the repository the fake holds, until a run finds nothing left of
 * `writes` (our first run's plan) or `maxRuns` have run. The first `overHttpRuns` runs go over HTTP;
 * the later ones are counted: a read pass's requests depend only on how many issues and comments
 * there are (readsOf), and the writes are known, so their counts are deterministic.
 *
 * The clock: reads take no virtual time (favourable to the pattern: each costs a round trip on
 * GitHub), writes the same pace as ours. GitHub's REST budget is a window of 1,000 requests that
 * opens with the first request and resets an hour later; a request beyond it waits for the reset.
 * Runs are hourly; a run still going when the next one is due delays it (a concurrency group queues
 * it, a newer queued run replacing an older one) rather than running beside it on the same budget.
 */
export async function patternSettling(
  fake: FakeGitHub,
  token: string,
  writes: readonly Write[],
  options: { readonly operationsPerRun: number; readonly overHttpRuns: number; readonly maxRuns: number },
): Promise<PatternSettling> {
  // Our executor's order and groups, each write its own request: no GraphQL batches of many issues'
  // labels, no mutation documents. The labels of one issue's group go as one POST, as any bot sends them.
  const steps = planRequests(writes, { labels: () => false, issue: () => false });
  for (const step of steps)
    for (const request of step.requests)
      if (request.kind !== 'write') throw new Error('a batched request in the REST pattern');
  const opened = new Map<string, Opened>();
  let shape: Shape | null = null;
  let nextNumber = 0;
  let left = writes.length;
  let next = 0;
  let t = 0;
  /** The hourly schedule's time the current run is for (it may start later, queued). */
  let tick = 0;
  let window = { opensAt: Number.NEGATIVE_INFINITY, used: 0 };
  const spendRest = (): void => {
    if (t >= window.opensAt + HOUR_MS) window = { opensAt: t, used: 0 };
    if (window.used >= REST_PER_HOUR) {
      t = window.opensAt + HOUR_MS;
      window = { opensAt: t, used: 0 };
    }
    window.used += 1;
  };
  const runs: PatternRun[] = [];
  let firstPoints = 0;
  let firstWallMs = 0;
  for (let run = 1; run <= options.maxRuns; run += 1) {
    const startMs = t;
    const overHttp = run <= options.overHttpRuns;
    const started = performance.now();
    const points = fake.pointsSpent();
    let reads: number;
    if (overHttp) {
      const expected = readsOf(shapeOf(fake));
      reads = (await perIssueRestPattern(fake, token)).requests;
      if (reads !== expected) throw new Error(`run ${run}: ${reads} reads over HTTP, ${expected} counted`);
    } else {
      if (!shape) {
        shape = shapeOf(fake);
        nextNumber = Math.max(0, ...shape.keys()) + 1;
      }
      reads = readsOf(shape);
    }
    for (let read = 0; read < reads; read += 1) spendRest();
    let requests = 0;
    let rest = reads;
    while (next < steps.length) {
      const step = steps[next]!;
      if (requests > 0 && requests + step.requests.length > options.operationsPerRun) break;
      for (const request of step.requests) {
        if (request.kind !== 'write') continue;
        const { write } = request;
        if (write.kind !== 'pin-issue') {
          spendRest();
          rest += 1;
        }
        if (overHttp) await sendWrite(fake, token, write, opened);
        else if (write.kind === 'open-issue') {
          opened.set(write.key, { number: nextNumber, nodeId: '' });
          shape!.set(nextNumber++, 0);
        } else if (write.kind === 'comment' || write.kind === 'delete-comment') {
          // The comment counts are all a later read pass depends on.
          const target =
            'created' in write.issue ? opened.get(write.issue.created)?.number : write.issue.number;
          if (target === undefined) throw new Error('a comment on an issue the counted runs did not open');
          shape!.set(target, (shape!.get(target) ?? 0) + (write.kind === 'comment' ? 1 : -1));
        }
        t += paceMs(write);
        requests += 1;
      }
      left -= step.indexes.length;
      next += 1;
    }
    runs.push({ run, startMs, endMs: t, reads, writes: requests, rest, left, overHttp });
    if (run === 1) {
      firstPoints = fake.pointsSpent() - points;
      firstWallMs = performance.now() - started;
    }
    if (requests === 0)
      return { planned: writes.length, runs, firstPoints, firstWallMs, settled: true, virtualMs: startMs };
    // The next scheduled time; one that passed while this run went on started it as soon as this
    // one ended (a newer queued run replaces an older one, so the latest such time counts).
    tick = Math.max(tick + HOUR_MS, Math.floor(t / HOUR_MS) * HOUR_MS);
    t = Math.max(tick, t);
  }
  return { planned: writes.length, runs, firstPoints, firstWallMs, settled: false, virtualMs: t };
}
