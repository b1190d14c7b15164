// npm run bench: the whole action (runAction) against realistic repositories of 100, 1,000 and 10,000
// feedback issues (test/support/realistic-repo.ts) on the HTTP fake, which prices GraphQL by GitHub's
// published rule. Writes are paced as in production (a second apart, content three, 80 a minute, 500
// an hour) on a virtual clock, so waiting costs no real time. Per size: the first run, the runs until
// the repository settles (simulated in memory with the same budget and order), the settled rerun and
// an event run over HTTP; the per-issue REST pattern of other issue bots as ratios; cold start and
// bundle size against actions/stale's committed bundle. `npm run bench -- 1000` runs one size and
// prints the table without touching BENCHMARKS.md. Then the portfolio: 100 engagements × 1,000
// issues (bench/portfolio.ts; alone: `npm run bench -- portfolio`).
import { useDateHolidays } from '../src/calendar/date-holidays-rules';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ActionIO } from '../src/action/io';
import { runAction } from '../src/action/run';
import type { Plan } from '../src/core/plan';
import { planRun } from '../src/plan/planner';
import { benchPortfolio, portfolioSection, writePortfolioSection } from './portfolio';
import { loadEngagement } from '../src/engagement/load';
import { readSince } from '../src/github/tracked-labels';
import { mergeLabels, orderWrites } from '../src/github/write-order';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../test/fake-github';
import { fakeClock, fastPacing } from '../test/github/helpers';
import {
  applyToTouched,
  loadInto,
  mergeSettled,
  readableBy,
  realisticSnapshot,
  settle,
} from '../test/support/realistic-repo';

useDateHolidays();

const NOW = new Date('2026-12-02T02:00:00Z');
const OPERATIONS_PER_RUN = 100;
const MAX_SIMULATED_RUNS = 40;
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [100, 1000, 10_000];
const engagementText = readFileSync('examples/engagement.yml', 'utf8');
const loaded = loadEngagement(engagementText, 'examples/engagement.yml');
if (!loaded.ok) throw new Error('examples/engagement.yml does not load');
const engagement = loaded.engagement;
const since = readSince(engagement, NOW);

interface RunFigures {
  readonly reads: number;
  readonly writes: number;
  readonly points: number;
  readonly left: number;
  readonly planned: number;
  /** Virtual milliseconds the run spent waiting for the write pace. */
  readonly waitedMs: number;
  readonly wallMs: number;
}

async function runOnce(fake: FakeGitHub, eventName: string, payload: object): Promise<RunFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-bench-'));
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const outputs: Record<string, string> = {};
  const io: ActionIO = {
    getInput: (name) =>
      ({
        'github-token': WORKFLOW_TOKEN,
        'workflow-token': WORKFLOW_TOKEN,
        now: NOW.toISOString(),
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
  const clock = fakeClock(NOW.getTime());
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
  const writes = made.filter((r) => r.method !== 'GET' && r.operation !== 'graphql').length;
  return {
    reads: made.length - writes,
    writes,
    points: fake.pointsSpent() - points,
    left: Number(outputs.remaining ?? 0),
    planned: Number(outputs.planned ?? 0),
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
    for (const group of orderWrites(plan.writes)) {
      const sends = mergeLabels(plan.writes, group.indexes);
      if (requests > 0 && requests + sends.length > OPERATIONS_PER_RUN) break;
      requests += sends.length;
      chosen.push(...group.indexes);
      for (const { write } of sends)
        virtualMs += write.kind === 'comment' || write.kind === 'open-issue' ? 3000 : 1000;
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

interface Row {
  readonly n: number;
  readonly first: RunFigures;
  readonly settling: ReturnType<typeof simulateSettling>;
  readonly rerun: RunFigures;
  readonly event: RunFigures;
  readonly planMs: number;
  readonly peakRssMb: number;
  /** The per-issue REST pattern: a list page per 100 issues, then comments and events per issue. */
  readonly perIssueRequests: number;
}

async function measure(n: number): Promise<Row> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const world = realisticSnapshot(engagement, n, NOW);

  const fresh = await startFakeGitHub({
    checkResponses: false,
    clock: () => NOW,
    htmlBase: 'https://github.com',
  });
  fresh.repo.files.set('.github/engagement.yml', engagementText);
  loadInto(fresh, world);
  const first = await runOnce(fresh, 'schedule', {});
  await fresh.close();

  const settling = simulateSettling(n);

  const visible = readableBy(world, since);
  const planStarted = performance.now();
  planRun(engagement, visible, NOW);
  const planMs = performance.now() - planStarted;

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
  await fake.close();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    n,
    first,
    settling,
    rerun,
    event,
    planMs,
    peakRssMb: peak / 1024 / 1024,
    perIssueRequests: Math.ceil(n / 100) + 2 * n,
  };
}

/** Median wall time of `node file` failing at its first input, cold, five times. */
function coldStartMs(file: string): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    try {
      execFileSync(process.execPath, [file], {
        env: { PATH: process.env.PATH ?? '' },
        stdio: 'ignore',
        timeout: 30_000,
      });
    } catch {
      // Both bundles stop with an error on their missing inputs: that is the point measured.
    }
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2]!;
}

// actions/stale's committed bundle, fetched by hand (never committed here): `STALE_BUNDLE=path npm run bench`.
const STALE_BUNDLE = process.env.STALE_BUNDLE ?? '/tmp/actions-stale/index.js';

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

const rows: Row[] = [];
for (const n of SIZES) {
  const row = await measure(n);
  rows.push(row);
  console.log(JSON.stringify(row));
}

const ours = { size: statSync('dist/index.js').size, cold: coldStartMs('dist/index.js') };
const stale = existsSync(STALE_BUNDLE)
  ? { size: statSync(STALE_BUNDLE).size, cold: coldStartMs(STALE_BUNDLE) }
  : null;

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const hours = (ms: number): string =>
  ms < 3_600_000 ? `${Math.round(ms / 60_000)} min` : `${(ms / 3_600_000).toFixed(1)} h`;
const table = [
  '| Issues | First run: reads / writes, points, writes left (virtual time) | Runs to settle (virtual time) | Settled rerun: reads / writes, points | Event run: reads / writes, points | Planning (settled) | Peak RSS | Per-issue REST pattern: requests (ours ÷ theirs, settled rerun) |',
  '|---:|---|---|---|---|---:|---:|---|',
  ...rows.map((r) => {
    const ourRequests = r.rerun.reads + r.rerun.writes;
    return `| ${r.n.toLocaleString('en')} | ${r.first.reads} / ${r.first.writes}, ${r.first.points} pt, ${r.first.left} left (${hours(r.first.waitedMs)}) | ${r.settling.settled ? r.settling.runs : `not in ${r.settling.runs} (${r.settling.left} left)`} (${hours(r.settling.virtualMs)}) | ${r.rerun.reads} / ${r.rerun.writes}, ${r.rerun.points} pt | ${r.event.reads} / ${r.event.writes}, ${r.event.points} pt | ${s(r.planMs)} | ${r.peakRssMb.toFixed(0)} MB | ${r.perIssueRequests.toLocaleString('en')} (${(ourRequests / r.perIssueRequests).toFixed(4)}) |`;
  }),
].join('\n');
const startTable = [
  '| Bundle | Size | Cold start (median of 5) |',
  '|---|---:|---:|',
  `| engagement-keeper dist/index.js | ${(ours.size / 1e6).toFixed(2)} MB | ${ours.cold.toFixed(0)} ms |`,
  stale
    ? `| actions/stale dist/index.js (${STALE_BUNDLE}) | ${(stale.size / 1e6).toFixed(2)} MB | ${stale.cold.toFixed(0)} ms |`
    : `| actions/stale | not measured: put its committed dist/index.js at ${STALE_BUNDLE} | |`,
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
${new Date().toISOString().slice(0, 10)}. Each repository is realistic and synthetic
(test/support/realistic-repo.ts): N feedback issues filed over the year before
${NOW.toISOString()}, a quarter open, three in five through the issue form, Vietnamese and English, 0–10
replies each and 120 on one issue in 50, with examples/engagement.yml. GitHub is the HTTP fake on
127.0.0.1, which prices every GraphQL query by GitHub's published rule (every connection counted).
operations-per-run is ${OPERATIONS_PER_RUN}; writes are paced as in production on a virtual clock.

${table}

${startTable}

- *Reads* are GraphQL requests plus REST reads (the engagement file through the API: 0 with a checkout).
  *Points* are GraphQL rate-limit points; the workflow token has 1,000 an hour, and 1,000 REST requests.
- *First run*: the whole action on the repository as found, no adoption cut-off. *Runs to settle*: hourly
  runs simulated in memory with the same budget and the same urgency order (at most ${MAX_SIMULATED_RUNS}); the
  virtual time counts the write pace and the hour between runs.
- *Settled rerun* and *event run* (a client's "thank you" comment on an open feedback) are the whole
  action over HTTP on the settled repository; both must write nothing.
- *Per-issue REST pattern*: what bots that list issues and then ask for each issue's comments and events
  send (⌈N/100⌉ + 2N requests); the ratio is ours ÷ theirs for the settled rerun.
- *Planning*: \`planRun\` alone on what the settled scan reads. *Peak RSS* includes the fake in the
  same process.

${KEPT}
`;
if (sizes.length === 0) {
  writeFileSync('BENCHMARKS.md', doc + keptNotes());
  await portfolioPart(100, 1000, true);
} else console.log(doc);
