// npm run bench: the whole action (runAction) against realistic repositories of 100, 1,000 and 10,000
// feedback issues (fake-github/realistic-repo.ts) on the HTTP fake, which prices GraphQL by GitHub's
// published rule. Writes are paced as in production (a second apart, content three, 80 a minute, 500
// an hour) on a virtual clock, so waiting costs no real time. Per size: the first run on the day the
// action is adopted (engagement.adopted_on), the runs until the repository settles (simulated in
// memory with the same budget and order), the settled rerun and an event run over HTTP; the per-issue
// REST pattern of other issue bots on the same repository (bench/rest-pattern.ts), as ratios: its
// first run over HTTP with our first run's writes made one REST request each, its hourly runs until
// nothing is left against the 1,000 REST requests an hour, its settled rerun; cold start
// (paired, alternating runs) and bundle size against actions/stale's committed bundle.
// `npm run bench -- 1000` runs one size and prints the table without touching BENCHMARKS.md;
// `npm run bench -- pattern 1000` runs only our first run and the REST pattern, run by run. Then the
// portfolio: 100 engagements × 1,000 issues (bench/portfolio.ts; alone: `npm run bench -- portfolio`).
import { useDateHolidays } from '../src/action/holiday-files';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ActionIO } from '../src/action/io';
import { runAction } from '../src/action/run';
import type { Plan } from '../src/core/plan';
import type { Snapshot } from '../src/core/snapshot';
import { planRun } from '../src/plan/planner';
import { benchPortfolio, portfolioSection, writePortfolioSection } from './portfolio';
import {
  patternSettling,
  perIssueRestPattern,
  REST_PER_HOUR,
  type PatternFigures,
  type PatternSettling,
} from './rest-pattern';
import {
  BENCH_NOW,
  planningNodeVersion,
  sizePlannings,
  type ColdTiming,
  type SizePlannings,
} from './planning';
import { measureStartUp, startUpTable } from './start-up';
import { adoptedEngagement } from './adopted-engagement';
import { readSince } from '../src/plan/reads';
import { planRequests } from '../src/github/write-order';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../fake-github';
import { fakeClock, fastPacing } from '../fake-github/pacing';
import {
  applyToTouched,
  loadInto,
  mergeSettled,
  readableBy,
  realisticSnapshot,
  settle,
} from '../fake-github/realistic-repo';

useDateHolidays();

const NOW = BENCH_NOW;
const OPERATIONS_PER_RUN = 100;
const MAX_SIMULATED_RUNS = 40;
// The per-issue REST pattern needs far more runs than ours (a write request per issue, 100 a run);
// above 1,000 issues its runs past the first are counted, not sent, so a high cap costs little.
const MAX_PATTERN_RUNS = 200;
/**
 * The pattern's runs sent over HTTP: every one up to 1,000 issues (a few seconds each); only the
 * first at 10,000, where each run re-reads ~10,300 requests (25–35 s on the fake) and its 27 runs
 * would add a quarter of an hour to the bench. Later runs are counted: their figures are deterministic, and the
 * count is checked against every run made over HTTP (bench/rest-pattern.ts).
 */
const PATTERN_ALL_RUNS_OVER_HTTP_UP_TO = 1000;
const patternRunsOverHttp = (n: number): number =>
  n <= PATTERN_ALL_RUNS_OVER_HTTP_UP_TO ? MAX_PATTERN_RUNS : 1;
// `npm run bench -- sizes`: the three sizes and the start-up, written to BENCHMARKS.md, without the
// portfolio part (which takes far longer).
const ONLY_SIZES = process.argv[2] === 'sizes';
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [100, 1000, 10_000];
// examples/engagement.yml, adopted the day of the first run: a year of history before it.
const ADOPTED_ON = NOW.toISOString().slice(0, 10);
const { text: engagementText, load: freshEngagement } = adoptedEngagement(NOW);
const engagement = freshEngagement();
if (engagement.engagement.adopted_on !== ADOPTED_ON) throw new Error('the adoption date did not land');
const since = readSince(engagement, NOW);

interface RunFigures {
  readonly reads: number;
  /** Of the reads, GraphQL requests (the rest are REST). */
  readonly graphql: number;
  readonly writes: number;
  readonly points: number;
  readonly left: number;
  readonly planned: number;
  /** The whole plan the run made, as JSON (the action's `plan-file` output). */
  readonly planFile: string;
  /** Virtual milliseconds the run spent waiting for the write pace. */
  readonly waitedMs: number;
  readonly wallMs: number;
}

async function runOnce(
  fake: FakeGitHub,
  eventName: string,
  payload: object,
  now: Date = NOW,
): Promise<RunFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-bench-'));
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const outputs: Record<string, string> = {};
  const io: ActionIO = {
    getInput: (name) =>
      ({
        'github-token': WORKFLOW_TOKEN,
        'workflow-token': WORKFLOW_TOKEN,
        now: now.toISOString(),
        'operations-per-run': String(OPERATIONS_PER_RUN),
      })[name] ?? '',
    setOutput: (name, value) => (outputs[name] = String(value)),
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    error: (m) => console.error(m),
    setFailed: (m) => console.error(m),
    writeSummary: async () => undefined,
  };
  const clock = fakeClock(now.getTime());
  const before = fake.requests.length;
  const points = fake.pointsSpent();
  const started = performance.now();
  await runAction({
    io,
    env: {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${fake.repo.owner}/${fake.repo.name}`,
      GITHUB_API_URL: fake.url,
    },
    clock,
    pacing: fastPacing(),
  });
  const made = fake.requests.slice(before);
  // A write is a REST write or a GraphQL mutation (the labels of many issues in one document).
  const writes = made.filter(
    (r) => (r.method !== 'GET' && r.operation !== 'graphql') || r.mutation === true,
  ).length;
  return {
    reads: made.length - writes,
    graphql: made.filter((r) => r.operation === 'graphql').length,
    writes,
    points: fake.pointsSpent() - points,
    left: Number(outputs.remaining ?? 0),
    planned: Number(outputs.planned ?? 0),
    planFile: outputs['plan-file'] ?? '',
    waitedMs: clock.slept.reduce((sum, ms) => sum + ms, 0),
    wallMs: performance.now() - started,
  };
}

/**
 * Hourly runs until nothing is left, in memory: each applies what operations-per-run allows, most
 * urgent group first, paced a second per write and three per creation.
 */
function simulateSettling(n: number): { runs: number; settled: boolean; left: number; virtualMs: number } {
  let current = readableBy(realisticSnapshot(engagement, n, NOW), since);
  let virtualMs = 0;
  for (let run = 1; run <= MAX_SIMULATED_RUNS; run += 1) {
    const at = new Date(NOW.getTime() + (run - 1) * 3_600_000);
    const plan = planRun(engagement, current, at);
    if (plan.writes.length === 0) return { runs: run, settled: true, left: 0, virtualMs };
    const chosen: number[] = [];
    let requests = 0;
    // As the executor sends them: labels of many issues in one request (every issue exists here).
    for (const step of planRequests(plan.writes)) {
      if (requests > 0 && requests + step.requests.length > OPERATIONS_PER_RUN) break;
      requests += step.requests.length;
      chosen.push(...step.indexes);
      for (const request of step.requests)
        virtualMs +=
          request.kind === 'write' &&
          (request.write.kind === 'comment' || request.write.kind === 'open-issue')
            ? 3000
            : 1000;
    }
    chosen.sort((a, b) => a - b);
    const partial: Plan = { writes: chosen.map((index) => plan.writes[index]!), notes: [] };
    current = applyToTouched(current, partial, at);
    if (run < MAX_SIMULATED_RUNS) virtualMs += 3_600_000 - (virtualMs % 3_600_000);
    if (run === MAX_SIMULATED_RUNS)
      return { runs: run, settled: false, left: plan.writes.length - chosen.length, virtualMs };
  }
  return { runs: MAX_SIMULATED_RUNS, settled: false, left: -1, virtualMs };
}

/** The HTTP fake holding the repository as found on the adoption day, the engagement file in it. */
async function adoptionDayFake(world: Snapshot): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({
    checkResponses: false,
    clock: () => NOW,
    htmlBase: 'https://github.com',
  });
  fake.repo.files.set('.github/engagement.yml', engagementText);
  loadInto(fake, world);
  return fake;
}

/**
 * Our first run over HTTP on the repository as found on the adoption day, and the plan it made, read
 * back from the action's plan file. Not planned again in memory: the synthetic snapshot lists no
 * "feedback" label while its issues carry it, and the fake makes a label an issue carries, so a plan
 * in memory (simulateSettling's first) holds one create-label more than the run over HTTP makes.
 */
async function firstRunOverHttp(world: Snapshot): Promise<{ figures: RunFigures; plan: Plan }> {
  const fake = await adoptionDayFake(world);
  try {
    const figures = await runOnce(fake, 'schedule', {});
    const plan = JSON.parse(readFileSync(figures.planFile, 'utf8')) as Plan;
    if (plan.writes.length !== figures.planned)
      throw new Error(`the plan file holds ${plan.writes.length} writes, the run planned ${figures.planned}`);
    return { figures, plan };
  } finally {
    await fake.close();
  }
}

/**
 * The per-issue REST pattern from the adoption day until nothing is left, on a fake of its own, making
 * the writes of our first run's plan.
 */
async function measurePattern(n: number, world: Snapshot, plan: Plan): Promise<PatternSettling> {
  const fake = await adoptionDayFake(world);
  try {
    const result = await patternSettling(fake, WORKFLOW_TOKEN, plan.writes, {
      operationsPerRun: OPERATIONS_PER_RUN,
      overHttpRuns: patternRunsOverHttp(n),
      maxRuns: MAX_PATTERN_RUNS,
    });
    // The fake checks every request against GitHub's OpenAPI description: the pattern's must pass.
    if (fake.violations.length > 0)
      throw new Error(`REST pattern: ${fake.violations.slice(0, 3).join('; ')}`);
    return result;
  } finally {
    await fake.close();
  }
}

interface Row {
  readonly n: number;
  readonly first: RunFigures;
  readonly settling: ReturnType<typeof simulateSettling>;
  readonly rerun: RunFigures;
  readonly event: RunFigures;
  /** An event run for new feedback: its acknowledgement, labels and assignment are written. */
  readonly opened: RunFigures;
  /** `planRun` alone on what the first run's scan reads, cold (bench/planning.ts). */
  readonly planFirst: ColdTiming;
  /** `planRun` alone on what a settled run's scan reads. */
  readonly planSettled: ColdTiming;
  /** `planRun` alone on every issue of the repository (N), as found on the adoption day. */
  readonly planAll: ColdTiming;
  readonly issuesRead: number;
  readonly peakRssMb: number;
  /** The per-issue REST pattern of other bots over HTTP on the settled repository. */
  readonly pattern: PatternFigures;
  /** The pattern from the adoption day: its first run over HTTP, its runs until nothing is left. */
  readonly patternFirst: PatternSettling;
}

async function measure(n: number, planning: SizePlannings): Promise<Row> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const world = realisticSnapshot(engagement, n, NOW);
  const visible = readableBy(world, since);

  const { figures: first, plan: firstPlan } = await firstRunOverHttp(world);

  const settling = simulateSettling(n);

  const settled = settle(engagement, visible, NOW, 12).snapshot;
  const fake = await startFakeGitHub({
    checkResponses: false,
    clock: () => NOW,
    htmlBase: 'https://github.com',
  });
  fake.repo.files.set('.github/engagement.yml', engagementText);
  loadInto(fake, mergeSettled(world, settled));
  const rerun = await runOnce(fake, 'schedule', {});
  const open = world.issues.find((issue) => issue.state === 'open')!;
  const comment = fake.repo.addComment({
    issueNumber: open.number,
    author: 'lan-bepxanh',
    body: 'Cảm ơn em nhé.',
  });
  const event = await runOnce(fake, 'issue_comment', {
    action: 'created',
    issue: { number: open.number },
    comment: { id: comment.id },
    sender: { login: 'lan-bepxanh' },
  });
  const filed = fake.repo.addIssue({
    title: 'Form liên hệ gửi xong không thấy email xác nhận',
    body: 'Khách điền form liên hệ trên trang Liên hệ, bấm Gửi thì báo thành công nhưng không ai nhận được email xác nhận. Nhờ bên em kiểm tra giúp chị.',
    author: 'lan-bepxanh',
    labels: ['feedback'],
  });
  const opened = await runOnce(fake, 'issues', {
    action: 'opened',
    issue: { number: filed.number, title: filed.title, body: filed.body },
    sender: { login: 'lan-bepxanh' },
  });
  const pattern = await perIssueRestPattern(fake, WORKFLOW_TOKEN);
  await fake.close();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  // After the peak is taken: the pattern's fake and its ~10,000 answers of JSON are not the action's memory.
  const patternFirst = await measurePattern(n, world, firstPlan);
  return {
    n,
    first,
    settling,
    rerun,
    event,
    opened,
    planFirst: planning.first,
    planSettled: planning.settled,
    planAll: planning.all,
    issuesRead: visible.issues.length,
    peakRssMb: peak / 1024 / 1024,
    pattern,
    patternFirst,
  };
}

// `npm run bench -- portfolio [engagements] [issues]`: the portfolio part alone (bench/portfolio.ts).
async function portfolioPart(engagements: number, issues: number, write: boolean): Promise<void> {
  const result = await benchPortfolio(engagements, issues);
  const section = portfolioSection(result);
  console.log(section);
  if (write) writePortfolioSection(section);
}
if (process.argv[2] === 'portfolio') {
  const [engagements = 100, issues = 1000] = process.argv.slice(3).map(Number);
  await portfolioPart(engagements, issues, process.argv.length === 3);
  process.exit(0);
}
/**
 * `npm run bench -- settle N…`: the whole action over HTTP, hour after hour, on the repository as found
 * on the adoption day, until a run plans nothing (at most 12 runs). Each run is a real run: it reads,
 * plans from what GitHub holds after the runs before it, and writes within operations-per-run.
 */
async function settleOverHttp(n: number): Promise<void> {
  const thousands = (value: number): string => value.toLocaleString('en');
  const world = realisticSnapshot(engagement, n, NOW);
  let fakeNow = NOW;
  const fake = await startFakeGitHub({
    checkResponses: false,
    clock: () => fakeNow,
    htmlBase: 'https://github.com',
  });
  fake.repo.files.set('.github/engagement.yml', engagementText);
  loadInto(fake, world);
  const rows: string[] = [];
  let settledAt = 0;
  for (let run = 1; run <= 12; run += 1) {
    fakeNow = new Date(NOW.getTime() + (run - 1) * 3_600_000);
    const before = { mutations: fake.requests.length, secondary: fake.secondaryPointsSpent() };
    const figures = await runOnce(fake, 'schedule', {}, fakeNow);
    const made = fake.requests.slice(before.mutations);
    const mutations = made.filter((r) => r.mutation === true).length;
    rows.push(
      `| ${thousands(n)} | ${run} | ${thousands(figures.planned)} | ${figures.writes} (${figures.writes - mutations} REST, ${mutations} GraphQL) | ${thousands(figures.left)} | ${figures.reads} | ${figures.points} | ${fake.secondaryPointsSpent() - before.secondary} | ${(figures.wallMs / 1000).toFixed(1)} s |`,
    );
    console.log(rows.at(-1));
    if (figures.planned === 0) {
      settledAt = run;
      break;
    }
  }
  await fake.close();
  console.log(
    settledAt > 0
      ? `N = ${thousands(n)}: settled: run ${settledAt} planned nothing.`
      : `N = ${thousands(n)}: not settled in 12 runs.`,
  );
}
if (process.argv[2] === 'settle') {
  const ns = process.argv
    .slice(3)
    .map(Number)
    .filter((n) => n > 0);
  console.log(
    '| Issues | Run (hourly) | Planned | Writes: requests (REST, GraphQL mutation documents) | Left for the next run | Reads | Points | Secondary points | Wall |',
  );
  console.log('|---:|---:|---:|---|---:|---:|---:|---:|---:|');
  for (const n of ns.length > 0 ? ns : [1000, 10_000]) await settleOverHttp(n);
  process.exit(0);
}
// `npm run bench -- pattern N…`: our first run over HTTP (for its plan), then the per-issue REST pattern
// from the adoption day, run by run: to develop or check the pattern without the whole bench.
if (process.argv[2] === 'pattern') {
  const ns = process.argv
    .slice(3)
    .map(Number)
    .filter((n) => n > 0);
  for (const n of ns.length > 0 ? ns : [100, 1000]) {
    const world = realisticSnapshot(engagement, n, NOW);
    const started = performance.now();
    const result = await measurePattern(n, world, (await firstRunOverHttp(world)).plan);
    console.log(
      `N = ${n.toLocaleString('en')}: ${result.planned} writes planned; ${result.settled ? 'settled' : 'not settled'} at run ${result.runs.length}, ${(result.virtualMs / 3_600_000).toFixed(1)} h; first run ${result.firstPoints} pt, ${(result.firstWallMs / 1000).toFixed(2)} s on the fake; ${((performance.now() - started) / 1000).toFixed(1)} s in all`,
    );
    for (const run of result.runs)
      console.log(
        `  run ${run.run} (${run.overHttp ? 'HTTP' : 'counted'}): ${(run.startMs / 3_600_000).toFixed(2)}–${(run.endMs / 3_600_000).toFixed(2)} h, ${run.reads} reads / ${run.writes} writes (${run.rest} REST), ${run.left} left`,
      );
  }
  process.exit(0);
}
// `npm run bench -- startup`: bundle size and cold start against actions/stale alone.
if (process.argv[2] === 'startup') {
  console.log(startUpTable(measureStartUp()));
  process.exit(0);
}

// Planning first, while this process is still small (bench/planning.ts).
const plannings = SIZES.map((n) => sizePlannings(n));
const rows: Row[] = [];
for (const [index, n] of SIZES.entries()) {
  const row = await measure(n, plannings[index]!);
  rows.push(row);
  console.log(JSON.stringify(row));
}
const start = measureStartUp();

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const hours = (ms: number): string =>
  ms < 3_600_000 ? `${Math.round(ms / 60_000)} min` : `${(ms / 3_600_000).toFixed(1)} h`;
const timed = (t: ColdTiming): string => `${s(t.ms)} (${s(t.cpuMs)}; fastest ${s(t.fastestMs)})`;
const ratio = (ours: number, theirs: number): string => (theirs === 0 ? '–' : (ours / theirs).toFixed(3));
const en = (n: number): string => n.toLocaleString('en');
const table = [
  '| Issues (read by a scan) | First run, adopted that day: reads / writes, points, writes left (virtual time) | Runs to settle (virtual time) | Settled rerun: reads / writes, points | Event runs, a thank-you / new feedback: reads / writes, points | Planning, wall (CPU; fastest): first-run scan / settled scan / all N issues | Peak RSS |',
  '|---:|---|---|---|---|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${en(r.n)} (${en(r.issuesRead)}) | ${r.first.reads} / ${r.first.writes}, ${r.first.points} pt, ${en(r.first.left)} left (${hours(r.first.waitedMs)}) | ${r.settling.settled ? r.settling.runs : `not in ${r.settling.runs} (${en(r.settling.left)} left)`} (${hours(r.settling.virtualMs)}) | ${r.rerun.reads} / ${r.rerun.writes}, ${r.rerun.points} pt | ${r.event.reads} / ${r.event.writes}, ${r.event.points} pt; ${r.opened.reads} / ${r.opened.writes}, ${r.opened.points} pt | ${timed(r.planFirst)} / ${timed(r.planSettled)} / ${timed(r.planAll)} | ${r.peakRssMb.toFixed(0)} MB |`,
  ),
].join('\n');
// A share of one of the workflow token's hourly budgets: 1,000 GraphQL points, and as many REST requests.
const share = (count: number): string => {
  const percent = (count / REST_PER_HOUR) * 100;
  return `${percent >= 10 ? percent.toFixed(0) : percent.toFixed(1)} %`;
};
// The pattern settles in days at 10,000 issues: hours, and days beside them from two days on.
const settleTime = (ms: number): string =>
  ms >= 48 * 3_600_000 ? `${hours(ms)}, ${(ms / 86_400_000).toFixed(1)} days` : hours(ms);
const longestPatternRun = Math.max(
  ...rows.flatMap((r) => r.patternFirst.runs.map((run) => run.endMs - run.startMs)),
);
const patternTable = [
  '| Issues | First run, theirs: reads / writes, points (share of 1,000 REST an hour) | First run, ours: reads / writes, points (share of 1,000 points, of 1,000 REST) | First-run requests, ours ÷ theirs | Writes left after the first run: theirs / ours | Runs to settle (virtual time): theirs / ours | Runs, time to settle: ours ÷ theirs | Settled rerun, theirs: requests (share of 1,000 REST) | Settled rerun, ours: requests (share of 1,000 points, of 1,000 REST) | Settled-rerun requests, ours ÷ theirs | Wall time on the fake, settled rerun: theirs / ours (ours ÷ theirs) |',
  '|---:|---|---|---:|---|---|---|---|---|---:|---|',
  ...rows.map((r) => {
    const theirs = r.patternFirst;
    const run1 = theirs.runs[0]!;
    const oursFirst = r.first.reads + r.first.writes;
    const oursRerun = r.rerun.reads + r.rerun.writes;
    const theirRuns = theirs.settled
      ? `${theirs.runs.length} (${settleTime(theirs.virtualMs)})`
      : `not in ${theirs.runs.length} (${en(theirs.runs.at(-1)!.left)} left; ${settleTime(theirs.virtualMs)})`;
    const ourRuns = `${r.settling.settled ? r.settling.runs : `not in ${r.settling.runs}`} (${hours(r.settling.virtualMs)})`;
    return `| ${en(r.n)} | ${en(run1.reads)} / ${run1.writes}, ${theirs.firstPoints} pt (${share(run1.rest)}) | ${r.first.reads} / ${r.first.writes}, ${r.first.points} pt (${share(r.first.points)}, ${share(oursFirst - r.first.graphql)}) | ${ratio(oursFirst, run1.reads + run1.writes)} | ${en(run1.left)} / ${en(r.first.left)} | ${theirRuns} / ${ourRuns} | ${ratio(r.settling.runs, theirs.runs.length)}, ${ratio(r.settling.virtualMs, theirs.virtualMs)} | ${en(r.pattern.requests)} (${share(r.pattern.requests)}) | ${oursRerun} (${share(r.rerun.points)}, ${share(oursRerun - r.rerun.graphql)}) | ${ratio(oursRerun, r.pattern.requests)} | ${s(r.pattern.wallMs)} / ${s(r.rerun.wallMs)} (${ratio(r.rerun.wallMs, r.pattern.wallMs)}) |`;
  }),
].join('\n');

const KEPT = '<!-- Notes below this line are kept when npm run bench rewrites the figures above. -->';
function keptNotes(): string {
  try {
    const old = readFileSync('BENCHMARKS.md', 'utf8');
    const at = old.indexOf(KEPT);
    return at < 0 ? '' : old.slice(at + KEPT.length).replace(/^\n+/u, '\n');
  } catch {
    return '';
  }
}

const doc = `# Benchmarks

Produced by \`npm run bench\` (\`tsx bench/run.ts\`) on ${process.platform}/${process.arch}, Node ${process.version},
${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)} when it ended).
Each repository is realistic and synthetic (fake-github/realistic-repo.ts): N feedback issues filed
over the year before ${NOW.toISOString()}, a quarter open, three in five through the issue form,
Vietnamese and English, 0–10 replies each and 120 on one issue in 50, with examples/engagement.yml
adopted that day (\`adopted_on: ${ADOPTED_ON}\`). GitHub is the HTTP fake on 127.0.0.1, which prices
every GraphQL query by GitHub's published rule (every connection counted). operations-per-run is
${OPERATIONS_PER_RUN}; writes are paced as in production on a virtual clock.

${table}

${patternTable}

${startUpTable(start)}

- *Issues read by a scan*: open ones, closed ones updated within the summary's look-back, and the
  action's own, each once; older closed issues are not read again.
- *Reads* are GraphQL requests plus REST reads (the engagement file through the API: 0 with a checkout).
  *Points* are GraphQL rate-limit points; the workflow token has 1,000 an hour, and 1,000 REST requests.
- *First run*: the whole action over HTTP on the repository as found on the adoption day: issues closed
  before it get nothing; issues still open from before it are triaged and labelled. *Writes left* are
  what operations-per-run leaves to later runs. *Runs to settle*: hourly runs simulated in memory with the
  same budget and the same urgency order (at most ${MAX_SIMULATED_RUNS}); the virtual time counts the write pace
  and the hour between runs.
- *Settled rerun* and the *event runs* are the whole action over HTTP on the settled repository: the
  rerun and a client's "thank you" comment on an open feedback must write nothing; new feedback filed
  as an issue gets its labels, assignment, acknowledgement and 5-whys prompt as one GraphQL mutation
  document (one write request).
- *Per-issue REST pattern* (second table, "theirs"): what bots that list the issues and then read each
  issue's comments send. Every run reads the whole repository again (a list page per 100 issues of every
  state, a comments page per issue and per further 100 comments), then makes the writes our first run
  planned (its plan file) the REST way: one request per write, in our order and groups (the labels of
  an issue's group in one POST; the kickoff's pin, which REST cannot do, as GraphQL's \`pinIssue\`), at
  most ${OPERATIONS_PER_RUN} write requests a run. Its first run, and every run up to ${en(PATTERN_ALL_RUNS_OVER_HTTP_UP_TO)} issues, goes
  over HTTP to a fake of its own holding the repository as found on the adoption day; above that the runs
  after the first are counted, not sent: a read pass's requests follow from how many issues and comments
  there are (checked against every pass made over HTTP) and the writes are known. Runs are hourly
  until one finds nothing left of that plan (ours replans every hour); on a virtual clock, reads take no
  time, writes are paced as ours are, and a request beyond the hour's 1,000 REST requests (GitHub's window resets an
  hour after it opens) waits for the next window; a run still going when the next is due delays it.${longestPatternRun > 6 * 3_600_000 ? ` Its longest run here takes ${hours(longestPatternRun)}, more than the six hours a job may run on a GitHub-hosted runner; the count lets it wait.` : ''}
  Its *settled rerun* is one read pass on the repository where our settled rerun runs; wall
  times are of that pass and of our settled rerun on the fake. Ratios are ours ÷ theirs.
- *Planning*: \`planRun\` alone, as the action plans: each in a fresh process (cold: nothing
  compiled, cached or warmed by a smaller size), running the planner compiled by ncc as \`dist/\` is,
  on the snapshot read from JSON, on node ${planningNodeVersion()} (\`BENCH_NODE\` names another);
  five processes, timed before the bench builds anything large, on snapshots a child process
  writes (bench/planning.ts, bench/plan-snapshots.ts). The median process's wall time and (in brackets) its CPU time
  (every thread, garbage collection included), then the fastest process's wall time: a shared
  machine's speed varies by a third from one second to the next. On what the first run's scan
  reads, on what a settled run's scan reads, and on every issue of the repository as found on the
  adoption day (N; closed before adoption, an issue is history and is not triaged). *Peak RSS*
  includes the fake in the same process.
- *Cold start*: \`node\` loading the bundle until it stops at its first missing input; both bundles
  alternate in each pair. The holiday data set (and the mail client, when mail is configured) are
  chunks of their own, loaded once the inputs are read.

${KEPT}
`;
if (sizes.length === 0) {
  writeFileSync('BENCHMARKS.md', doc + keptNotes());
  if (!ONLY_SIZES) await portfolioPart(100, 1000, true);
} else console.log(doc);
