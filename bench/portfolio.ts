// The portfolio benchmark (part of `npm run bench`; alone: `npm run bench -- portfolio`): E engagements
// of N tracked issues each, played as the ops repository's workflow plays them. Every engagement job
// is the whole action (runAction) over HTTP against its own fake client repository, settled as an
// hourly run finds it, writing its facts file as the artifact; then the aggregate job runs against
// the ops repository's fake with the folder of E facts files. Measured: each engagement's reads
// against ⌈N/100⌉, the aggregate's requests (none may name a client repository), the time to read
// and plan E facts files, and the API cost per hour against a GitHub App installation's limits.
import { useDateHolidays } from '../src/action/holiday-files';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { readFactsFolder } from '../src/action/facts-dir';
import type { ActionIO } from '../src/action/io';
import { runAction } from '../src/action/run';
import type { Snapshot } from '../src/core/snapshot';
import { loadEngagement } from '../src/engagement/load';
import { readSince } from '../src/plan/reads';
import { loadPortfolio } from '../src/portfolio/load';
import { planPortfolio } from '../src/portfolio/plan';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../fake-github';
import { fakeClock, fastPacing } from '../fake-github/pacing';
import { OWNER, REPO } from '../fake-github/world';
import { loadInto, mergeSettled, readableBy, realisticSnapshot, settle } from '../fake-github/realistic-repo';

useDateHolidays();

const NOW = new Date('2026-12-02T02:00:00Z');
const OPS = 'agency/ops';

export interface EngagementFigures {
  readonly issuesRead: number;
  readonly issuePages: number;
  readonly extraCommentPages: number;
  readonly reactionPages: number;
  /** Every GraphQL request of the run, the identity query included. */
  readonly graphql: number;
  readonly points: number;
  /** REST reads by operation (the engagement file, its history, write permissions). */
  readonly restReads: Readonly<Record<string, number>>;
  readonly writes: number;
  readonly factsBytes: number;
  readonly wallMs: number;
}

export interface PortfolioBench {
  readonly engagements: number;
  readonly issues: number;
  readonly jobs: readonly EngagementFigures[];
  readonly aggregate: {
    readonly requests: number;
    readonly clientRequests: number;
    readonly graphql: number;
    readonly points: number;
    readonly writes: number;
    readonly rerunWrites: number;
    readonly rerunPlanned: number;
  };
  readonly readFactsMs: number;
  /** The first `planPortfolio` call in a fresh process, as the aggregate job makes it: each process's. */
  readonly coldPlanMs: readonly number[];
  /** Median of five more calls (the median over the processes). */
  readonly planMs: number;
  /** The load average while planning was timed. */
  readonly planLoad: number;
}

function recordingIO(
  inputs: Record<string, string>,
  log: string[],
  outputs: Record<string, string>,
): ActionIO {
  return {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => void (outputs[name] = String(value)),
    info: (m) => void log.push(m),
    notice: (m) => void log.push(m),
    warning: (m) => void log.push(m),
    error: (m) => void log.push(`error ${m}`),
    setFailed: (m) => void log.push(`failed ${m}`),
    writeSummary: async () => undefined,
  };
}

const READ_LINE =
  /Read (\d+) issues \(full scan\) in (\d+) GraphQL requests \((\d+) issue pages, (\d+) extra comment pages, (\d+) reaction pages\)/u;

async function engagementJob(
  fake: FakeGitHub,
  repository: string,
  id: string,
  artifacts: string,
  temp: string,
): Promise<EngagementFigures> {
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  const factsFile = path.join(temp, 'facts', `${id}.json`);
  const io = recordingIO(
    {
      'github-token': WORKFLOW_TOKEN,
      'workflow-token': WORKFLOW_TOKEN,
      repository,
      config: '.github/engagement.yml',
      'facts-file': factsFile,
      now: NOW.toISOString(),
      'operations-per-run': '100',
    },
    log,
    outputs,
  );
  const before = fake.requests.length;
  const points = fake.pointsSpent();
  const started = performance.now();
  const code = await runAction({
    io,
    env: {
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REPOSITORY: OPS,
      GITHUB_API_URL: fake.url,
      RUNNER_TEMP: temp,
    },
    clock: fakeClock(NOW.getTime()),
    pacing: fastPacing(),
  });
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`${repository}: the engagement job failed\n${log.join('\n')}`);
  const read = log.map((line) => READ_LINE.exec(line)).find((match) => match !== null);
  if (!read) throw new Error(`${repository}: no read line in the log\n${log.join('\n')}`);
  const made = fake.requests.slice(before);
  const restReads: Record<string, number> = {};
  for (const r of made.filter((r) => r.method === 'GET'))
    restReads[r.operation] = (restReads[r.operation] ?? 0) + 1;
  const facts = readFileSync(factsFile, 'utf8');
  mkdirSync(path.join(artifacts, `facts-${id}`), { recursive: true });
  writeFileSync(path.join(artifacts, `facts-${id}`, `${id}.json`), facts);
  return {
    issuesRead: Number(read[1]),
    issuePages: Number(read[3]),
    extraCommentPages: Number(read[4]),
    reactionPages: Number(read[5]),
    graphql: made.filter((r) => r.operation === 'graphql').length,
    points: fake.pointsSpent() - points,
    restReads,
    writes: made.filter((r) => r.method !== 'GET' && r.operation !== 'graphql').length,
    factsBytes: Buffer.byteLength(facts),
    wallMs,
  };
}

export function portfolioFile(engagements: number): string {
  const teams = ['hue', 'hoian', 'danang', 'saigon', 'hanoi'];
  return stringify({
    portfolio: { name: 'Sông Hàn Studio', time_zone: 'Asia/Ho_Chi_Minh', locale: 'en' },
    calendar: { holidays: 'VN' },
    groups: teams.map((team, index) => ({
      id: `team-${team}`,
      name: `Team ${team}`,
      account_manager: `@am-${index}`,
    })),
    engagements: Array.from({ length: engagements }, (_, j) => ({
      id: `client-${j}`,
      repository: `client-${j}/website`,
      group: `team-${teams[j % teams.length]}`,
    })),
  });
}

async function aggregateJob(
  ops: FakeGitHub,
  workspace: string,
  artifacts: string,
): Promise<{ writes: number; planned: number }> {
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  const temp = mkdtempSync(path.join(tmpdir(), 'ek-bench-aggregate-'));
  const io = recordingIO(
    {
      'github-token': WORKFLOW_TOKEN,
      'workflow-token': WORKFLOW_TOKEN,
      'portfolio-mode': 'aggregate',
      portfolio: '.github/portfolio.yml',
      'portfolio-facts': artifacts,
      now: NOW.toISOString(),
      'operations-per-run': '100',
    },
    log,
    outputs,
  );
  const code = await runAction({
    io,
    env: {
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REPOSITORY: OPS,
      GITHUB_API_URL: ops.url,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
    },
    clock: fakeClock(NOW.getTime()),
    pacing: fastPacing(),
  });
  if (code !== 0) throw new Error(`the aggregate job failed\n${log.join('\n')}`);
  return { writes: Number(outputs.writes ?? 0), planned: Number(outputs.planned ?? 0) };
}

export async function benchPortfolio(engagements: number, issues: number): Promise<PortfolioBench> {
  const text = readFileSync('examples/engagement.yml', 'utf8');
  const loaded = loadEngagement(text, 'examples/engagement.yml');
  if (!loaded.ok) throw new Error('examples/engagement.yml does not load');
  const engagement = loaded.engagement;
  // Every client repository holds the same year of N issues, settled as an hourly run finds it. The
  // synthetic year (and what settling wrote) links to songhan/bepxanh-website: each client's copy
  // is moved to its own name, links in the action's texts included.
  const since = readSince(engagement, NOW);
  const world = realisticSnapshot(engagement, issues, NOW);
  const settled = mergeSettled(world, settle(engagement, readableBy(world, since), NOW, 12).snapshot);
  const settledAt = (owner: string, name: string): Snapshot => {
    const move = (text: string): string =>
      text.replaceAll(`https://github.com/${OWNER}/${REPO}/`, `https://github.com/${owner}/${name}/`);
    return {
      ...settled,
      repository: { owner, name },
      issues: settled.issues.map((issue) => ({
        ...issue,
        url: move(issue.url),
        body: move(issue.body),
        comments: issue.comments.map((c) => ({ ...c, url: move(c.url), body: move(c.body) })),
      })),
    };
  };

  const root = mkdtempSync(path.join(tmpdir(), 'ek-bench-portfolio-'));
  const artifacts = path.join(root, 'artifacts');
  const jobs: EngagementFigures[] = [];
  for (let j = 0; j < engagements; j += 1) {
    // One job, one runner, one client repository: the fake is closed before the next job starts.
    const fake = await startFakeGitHub({
      owner: `client-${j}`,
      repo: 'website',
      checkResponses: false,
      clock: () => NOW,
      htmlBase: 'https://github.com',
    });
    fake.repo.files.set('.github/engagement.yml', text);
    loadInto(fake, settledAt(`client-${j}`, 'website'));
    // The vendor's people have write access (that is how the action tells the sides apart).
    for (const login of ['quang-songhan', 'vy-songhan']) fake.repo.grant(login, 'write');
    const temp = path.join(root, `runner-${j}`);
    mkdirSync(temp, { recursive: true });
    jobs.push(await engagementJob(fake, `client-${j}/website`, `client-${j}`, artifacts, temp));
    await fake.close();
  }

  // The aggregate job: the ops repository only. Every client repository's fake is closed by now, and
  // the ops fake refuses (and records) any request for another repository.
  const workspace = path.join(root, 'ops-workspace');
  mkdirSync(path.join(workspace, '.github'), { recursive: true });
  const portfolioText = portfolioFile(engagements);
  writeFileSync(path.join(workspace, '.github', 'portfolio.yml'), portfolioText);
  const ops = await startFakeGitHub({ owner: 'agency', repo: 'ops', clock: () => NOW });
  const first = await aggregateJob(ops, workspace, artifacts);
  const requests = ops.requests.length;
  const clientRequests = ops.requests.filter((r) => r.path.startsWith('/repos/client-')).length;
  const graphql = ops.requests.filter((r) => r.operation === 'graphql').length;
  const points = ops.pointsSpent();
  const rerun = await aggregateJob(ops, workspace, artifacts);
  await ops.close();

  const { readFactsMs, coldPlanMs, planMs, planLoad } = timePlanningInFreshProcesses(artifacts);
  return {
    engagements,
    issues,
    jobs,
    aggregate: {
      requests,
      clientRequests,
      graphql,
      points,
      writes: first.writes,
      rerunWrites: rerun.writes,
      rerunPlanned: rerun.planned,
    },
    readFactsMs,
    coldPlanMs,
    planMs,
    planLoad,
  };
}

const FRESH_PROCESSES = 3;

/**
 * The aggregate job reads and plans once, in a process of its own: the first call there pays for what
 * is built on first use (time-zone tables, the holiday calendar, formatters), which a call made after
 * the engagement jobs above would find warm. So each measurement is a fresh process
 * (bench/portfolio-plan.ts), three of them; the figures are their medians.
 */
function timePlanningInFreshProcesses(folder: string): {
  readFactsMs: number;
  coldPlanMs: readonly number[];
  planMs: number;
  planLoad: number;
} {
  const runs: Array<{ readMs: number; coldPlanMs: number; medianPlanMs: number }> = [];
  const load = loadavg()[0] ?? 0;
  for (let i = 0; i < FRESH_PROCESSES; i += 1) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/portfolio-plan.ts', folder], {
      encoding: 'utf8',
    });
    runs.push(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as (typeof runs)[number]);
  }
  return {
    readFactsMs: median(runs.map((r) => r.readMs)),
    coldPlanMs: runs.map((r) => r.coldPlanMs).sort((a, b) => a - b),
    planMs: median(runs.map((r) => r.medianPlanMs)),
    planLoad: (load + (loadavg()[0] ?? 0)) / 2,
  };
}

/**
 * The aggregate job's reading and planning alone, on a folder of facts files, for a portfolio file
 * that lists them: the time to read them, the first (cold) plan and the median of five warm plans.
 */
export async function timePlanning(
  folder: string,
): Promise<{ files: number; readFactsMs: number; coldPlanMs: number; planMs: number }> {
  const readStarted = performance.now();
  const read = await readFactsFolder(folder);
  const readFactsMs = performance.now() - readStarted;
  const portfolio = loadPortfolio(portfolioFile(read.facts.length), 'portfolio.yml');
  if (!portfolio.ok) throw new Error('the benchmark portfolio file does not load');
  // The ops repository as the first run of a week finds it: no portfolio issue yet, so it plans one.
  const emptyOps: Snapshot = {
    repository: { owner: 'agency', name: 'ops' },
    botLogin: 'github-actions[bot]',
    readAt: NOW.toISOString(),
    scope: { kind: 'full' },
    issues: [],
    labels: [],
  };
  const times: number[] = [];
  for (let i = 0; i < 6; i += 1) {
    const started = performance.now();
    planPortfolio(portfolio.portfolio, read.facts, emptyOps, NOW);
    times.push(performance.now() - started);
  }
  const [coldPlanMs = 0, ...warm] = times;
  return { files: read.facts.length, readFactsMs, coldPlanMs, planMs: warm.sort((a, b) => a - b)[2] ?? 0 };
}

// --- the report ------------------------------------------------------------------------------------

/** GitHub's documented floor for a GitHub App installation (REST requests, GraphQL points, per hour). */
const INSTALLATION_PER_HOUR = 5000;
/** GitHub's secondary limit on content creation (comments, issues), per hour, shared by the App's jobs. */
const CONTENT_PER_HOUR = 500;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const max = (values: readonly number[]): number => Math.max(...values);

export function portfolioSection(b: PortfolioBench): string {
  const jobs = b.jobs;
  const read = max(jobs.map((j) => j.issuesRead));
  const limit = Math.ceil(read / 100);
  const restPerJob = max(jobs.map((j) => Object.values(j.restReads).reduce((sum, n) => sum + n, 0)));
  const restKinds = [...new Set(jobs.flatMap((j) => Object.keys(j.restReads)))].sort().join(', ');
  const points = max(jobs.map((j) => j.points));
  const graphql = max(jobs.map((j) => j.graphql));
  const hourlyPoints = b.engagements * points + b.aggregate.points;
  const hourlyRest = b.engagements * restPerJob + (b.aggregate.requests - b.aggregate.graphql);
  const runsPerHour = Math.floor(INSTALLATION_PER_HOUR / hourlyPoints);
  const opsPerRun = Math.floor(CONTENT_PER_HOUR / b.engagements);
  return `<!-- portfolio-bench:start -->
## The portfolio: ${b.engagements} engagements × ${b.issues.toLocaleString('en')} tracked issues

Produced by \`npm run bench\` (alone: \`npm run bench -- portfolio [engagements] [issues]\`, bench/portfolio.ts)
on ${new Date().toISOString().slice(0, 10)} (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores). The ops repository's workflow played on the HTTP fake: ${b.engagements} engagement jobs, each the
whole action against its own client repository (the realistic year of ${b.issues.toLocaleString('en')} feedback issues above,
settled as an hourly run finds it), each leaving its facts file as an artifact; then the aggregate job
against the ops repository with the folder of ${b.engagements} facts files, and its rerun.

| Engagement job (each of ${b.engagements}) | Worst job | Median job |
|---|---:|---:|
| Issues read (open, closed since the look-back, the action's own) | ${read} | ${median(jobs.map((j) => j.issuesRead))} |
| Issue pages (limit ⌈${read}/100⌉ = ${limit}) | ${max(jobs.map((j) => j.issuePages))} | ${median(jobs.map((j) => j.issuePages))} |
| Extra comment pages (issues with over 100 comments) | ${max(jobs.map((j) => j.extraCommentPages))} | ${median(jobs.map((j) => j.extraCommentPages))} |
| Reaction pages (ratings on the action's own comments) | ${max(jobs.map((j) => j.reactionPages))} | ${median(jobs.map((j) => j.reactionPages))} |
| GraphQL requests, the identity query included | ${graphql} | ${median(jobs.map((j) => j.graphql))} |
| GraphQL points | ${points} | ${median(jobs.map((j) => j.points))} |
| REST reads (${restKinds}) | ${restPerJob} | ${median(jobs.map((j) => Object.values(j.restReads).reduce((sum, n) => sum + n, 0)))} |
| Writes (a settled repository) | ${max(jobs.map((j) => j.writes))} | ${median(jobs.map((j) => j.writes))} |
| Facts file | ${(max(jobs.map((j) => j.factsBytes)) / 1024).toFixed(0)} kB | ${(median(jobs.map((j) => j.factsBytes)) / 1024).toFixed(0)} kB |
| Wall time (in-process fake) | ${(max(jobs.map((j) => j.wallMs)) / 1000).toFixed(2)} s | ${(median(jobs.map((j) => j.wallMs)) / 1000).toFixed(2)} s |

| Aggregate job | |
|---|---:|
| Requests to the ops repository (GraphQL + REST) | ${b.aggregate.requests} (${b.aggregate.graphql} + ${b.aggregate.requests - b.aggregate.graphql}) |
| Requests naming a client repository | **${b.aggregate.clientRequests}** |
| GraphQL points | ${b.aggregate.points} |
| Writes: first run of the week / unchanged rerun | ${b.aggregate.writes} / ${b.aggregate.rerunWrites} (planned ${b.aggregate.rerunPlanned}) |
| Reading ${b.engagements} facts files (JSON and schema check) | ${b.readFactsMs.toFixed(0)} ms |
| Planning the portfolio issue from ${b.engagements} facts files: first call in a fresh process (cold) | **${b.coldPlanMs.map((ms) => ms.toFixed(0)).join(' / ')} ms** (${b.coldPlanMs.length} processes) |
| The same, median of 5 more calls (warm) | ${b.planMs.toFixed(0)} ms |

Planning was timed in fresh processes (bench/portfolio-plan.ts) on ${cpus()[0]?.model.trim() ?? 'an unknown CPU'}, ${cpus().length} cores, at a load average of ${b.planLoad.toFixed(1)}.

**API cost per hour.** One hourly portfolio run costs ${b.engagements} × ${points} + ${b.aggregate.points} = **${hourlyPoints.toLocaleString('en')} GraphQL points**
and about ${hourlyRest.toLocaleString('en')} REST reads, plus the writes. A GitHub App installation gets at least
${INSTALLATION_PER_HOUR.toLocaleString('en')} points and ${INSTALLATION_PER_HOUR.toLocaleString('en')} REST requests an hour (more for organisations with over 20 repositories or users,
up to 12,500); when every client repository is under one installation they share it, so reading alone
allows ${runsPerHour} portfolio run(s) an hour. The aggregate job uses the workflow's own token
(1,000 requests an hour per repository), a handful of requests. Writes are bounded by
\`operations-per-run\` per job, and content creation (comments, issues) by GitHub's secondary limit of
${CONTENT_PER_HOUR} an hour and 80 a minute for the App: with ${b.engagements} engagements hourly, an \`operations-per-run\` of
${opsPerRun} keeps even a worst hour inside it, and \`max-parallel: 4\` keeps the jobs' combined pace
(20 creations a minute each) under 80 a minute. **Schedule: hourly in office hours**
(\`17 1-11 * * 1-6\`) with those two settings; a run that meets a limit anyway stops cleanly and leaves
the rest to the next run.
<!-- portfolio-bench:end -->`;
}

/** Puts the section in BENCHMARKS.md, in place of the previous one (or at the end). */
export function writePortfolioSection(section: string): void {
  const file = 'BENCHMARKS.md';
  const old = readFileSync(file, 'utf8');
  const pattern = /<!-- portfolio-bench:start -->[\s\S]*?<!-- portfolio-bench:end -->/u;
  writeFileSync(file, pattern.test(old) ? old.replace(pattern, section) : `${old.trimEnd()}\n\n${section}\n`);
}
