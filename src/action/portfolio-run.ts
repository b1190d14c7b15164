// The portfolio jobs of the ops repository's workflow, run by the same action:
// - `portfolio-mode: list` reads the portfolio file and sets the `matrix` output the engagement jobs
//   read (one entry per engagement) and `max-parallel`;
// - `portfolio-mode: aggregate` reads every facts file the engagement jobs uploaded (never a client
//   repository), keeps the weekly portfolio issue in the ops repository, and writes the
//   portfolio-load file for `/extend` replies.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatLocatedError } from '../engagement/load-yaml';
import type { GitHubClient } from '../github/client';
import { systemClock, type Clock } from '../github/content-pacer';
import { executePlan } from '../github/execute';
import { resolveBotLogin } from '../github/identity';
import { endedRunSummary, rateLimitSection } from '../github/rate-report';
import { readSnapshot } from '../github/read-snapshot';
import { describeError } from '../github/request-errors';
import { portfolioLoad, portfolioLoadSchema, type PortfolioLoad } from '../portfolio/load-file';
import { DEFAULT_PORTFOLIO_PATH, loadPortfolio } from '../portfolio/load';
import { planPortfolio, portfolioReport } from '../portfolio/plan';
import type { Portfolio } from '../portfolio/schema';
import type { Plan } from '../core/plan';
import type { Snapshot } from '../core/snapshot';
import { readEngagementText } from './config-file';
import { readFactsFolder } from './facts-dir';
import { oneLineSummary, planTable, writeTarget } from './plan-report';
import type { ActionIO } from './io';
import { clientFor } from './github-client';
import type { RunEnvironment } from './run';
import { loadHolidayData } from './holiday-data';

export const PORTFOLIO_MODES = ['list', 'aggregate'] as const;

/** The matrix the engagement jobs run: one entry per engagement of the portfolio file. */
export function portfolioMatrix(portfolio: Portfolio) {
  return {
    include: portfolio.engagements.map((e) => ({
      id: e.id,
      repository: e.repository,
      owner: e.repository.split('/')[0] ?? '',
      name: e.repository.split('/')[1] ?? '',
      config: e.config,
    })),
  };
}

/** The ops repository a portfolio job runs in, the client it writes with, and its clock. */
interface PortfolioJob {
  readonly environment: RunEnvironment;
  readonly io: ActionIO;
  readonly token: string;
  readonly ops: { readonly owner: string; readonly name: string };
  readonly client: GitHubClient;
  readonly clock: Clock;
}

export async function runPortfolio(environment: RunEnvironment, mode: string): Promise<number> {
  const job = await startJob(environment, mode);
  if (typeof job === 'number') return job;
  const { io } = environment;
  // Whether the job's own report wrote the job summary (with the cost section) before anything threw.
  let reported = false;
  try {
    const portfolio = await loadPortfolioFile(job);
    if (typeof portfolio === 'string') {
      await writeFailedSummary(job, portfolio);
      return 1;
    }
    if (mode === 'list') return listEngagements(io, portfolio);
    return await aggregate(job, portfolio, () => void (reported = true));
  } catch (error) {
    const message = `engagement-keeper: ${describeError(error)}`;
    io.setFailed(message);
    if (!reported) await writeFailedSummary(job, message);
    return 1;
  }
}

/** A failed job's summary: the failure, then what the job cost GitHub (never a second failure). */
async function writeFailedSummary(job: PortfolioJob, message: string): Promise<void> {
  try {
    await job.io.writeSummary(endedRunSummary('portfolio, failed', message, job.client.counters));
  } catch (error) {
    job.io.warning(`engagement-keeper: the job summary could not be written (${describeError(error)}).`);
  }
}

/** The mode, the token and the ops repository checked, and a client for it; or the exit code. */
async function startJob(environment: RunEnvironment, mode: string): Promise<PortfolioJob | number> {
  const { io, env } = environment;
  if (!(PORTFOLIO_MODES as readonly string[]).includes(mode)) {
    io.setFailed(`engagement-keeper: \`portfolio-mode\` must be \`list\` or \`aggregate\`, not \`${mode}\`.`);
    return 1;
  }
  const token = io.getInput('github-token').trim();
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !name) {
    io.setFailed(
      'engagement-keeper: the portfolio jobs need `github-token` and GITHUB_REPOSITORY (the ops repository).',
    );
    return 1;
  }
  await loadHolidayData();
  const client = clientFor(environment, token);
  return { environment, io, token, ops: { owner, name }, client, clock: environment.clock ?? systemClock };
}

/** The portfolio file, read and checked: its errors at their lines, and the failure reported. */
async function loadPortfolioFile(job: PortfolioJob): Promise<Portfolio | string> {
  const { io, environment } = job;
  const configPath = io.getInput('portfolio').trim() || DEFAULT_PORTFOLIO_PATH;
  const file = await readEngagementText(job.client, job.ops, environment.env.GITHUB_WORKSPACE, configPath);
  if (!file) {
    const message = `engagement-keeper: no portfolio file at \`${configPath}\` (start from examples/portfolio/portfolio.yml).`;
    io.setFailed(message);
    return message;
  }
  const loaded = loadPortfolio(file.text, file.source);
  if (loaded.ok) return loaded.portfolio;
  for (const error of loaded.errors) {
    io.error(`${error.message}${error.hint ? ` (${error.hint})` : ''}`, {
      title: `portfolio file: ${error.path}`,
      file: error.file,
      startLine: error.line,
      startColumn: error.column,
    });
    io.info(formatLocatedError(error));
  }
  const message = `engagement-keeper: the portfolio file has ${loaded.errors.length} error(s); nothing was written.`;
  io.setFailed(message);
  return message;
}

/** `list`: the matrix of engagement jobs and how many run at once. */
function listEngagements(io: ActionIO, portfolio: Portfolio): number {
  io.setOutput('matrix', JSON.stringify(portfolioMatrix(portfolio)));
  io.setOutput('max-parallel', portfolio.run.max_parallel);
  io.info(`${portfolio.engagements.length} engagements, at most ${portfolio.run.max_parallel} at once.`);
  return 0;
}

/**
 * `aggregate`: the facts files the engagement jobs uploaded, read (never a client repository); the
 * weekly portfolio issue planned in the ops repository; the portfolio-load file written; the plan
 * applied, or only shown in a dry run.
 */
async function aggregate(job: PortfolioJob, portfolio: Portfolio, reported: () => void): Promise<number> {
  const { io, clock, client } = job;
  const folder = await readFactsFolder(io.getInput('portfolio-facts').trim() || 'facts');
  for (const problem of folder.problems) io.warning(problem);
  const nowText = io.getInput('now').trim();
  const now = nowText ? new Date(nowText) : new Date(clock.now());
  const snapshot = await readOps(job, portfolio);
  const plan = planPortfolio(portfolio, folder.facts, snapshot, now);
  for (const note of plan.notes) io.notice(note);
  await writeLoadFile(job, portfolioLoad(portfolio, folder.facts, now));
  const report = portfolioReport(portfolio, folder.facts, now);
  const reportText = `\n\n---\n\n# ${report.title}\n\n${report.body}\n`;
  if (io.getInput('dry-run').trim().toLowerCase() === 'true') {
    io.setOutput('planned', plan.writes.length);
    await io.writeSummary(
      `## engagement-keeper — portfolio, dry run\n\n${planTable(plan)}\n\n${rateLimitSection(client.counters)}${reportText}`,
    );
    reported();
    io.info(oneLineSummary(plan, null, true));
    return 0;
  }
  return applyPortfolioPlan(job, plan, snapshot, reportText, reported);
}

/** The ops repository's portfolio issues, read as the action's writer. */
async function readOps(job: PortfolioJob, portfolio: Portfolio): Promise<Snapshot> {
  const { io, client, clock } = job;
  const workflowToken = io.getInput('workflow-token').trim();
  const botLoginInput = io.getInput('bot-login').trim().replace(/^@/u, '');
  const botLogin = await resolveBotLogin(client, {
    token: job.token,
    ...(workflowToken ? { workflowToken } : {}),
    ...(botLoginInput ? { botLogin: botLoginInput } : {}),
  });
  const labels = portfolio.summary.labels;
  const { snapshot } = await readSnapshot(client, {
    ...job.ops,
    botLogin,
    trackedLabels: labels,
    keptLabels: labels,
    scope: { kind: 'full' },
    readAt: new Date(clock.now()).toISOString(),
  });
  return snapshot;
}

/** The portfolio-load file for the engagement jobs' `/extend` replies, where the runner keeps files. */
async function writeLoadFile(job: PortfolioJob, load: PortfolioLoad): Promise<void> {
  const temp = job.environment.env.RUNNER_TEMP;
  if (!temp) return;
  const loadFile = path.join(temp, 'portfolio-load.json');
  await mkdir(path.dirname(loadFile), { recursive: true });
  await writeFile(loadFile, `${JSON.stringify(load, null, 2)}\n`);
  job.io.setOutput('portfolio-load', loadFile);
}

/** The plan applied in the ops repository, its outcome in the outputs and job summary; the exit code. */
async function applyPortfolioPlan(
  job: PortfolioJob,
  plan: Plan,
  snapshot: Snapshot,
  reportText: string,
  reported: () => void,
): Promise<number> {
  const { io, client, environment } = job;
  const result = await executePlan(plan, {
    client,
    snapshot,
    budget: Number(io.getInput('operations-per-run').trim() || '100'),
    clock: job.clock,
    ...(environment.contentLimits ? { contentLimits: environment.contentLimits } : {}),
    ...(environment.createRetryBaseMs !== undefined
      ? { createRetryBaseMs: environment.createRetryBaseMs }
      : {}),
    onOutcome: (outcome) =>
      io.info(
        `${outcome.status.padEnd(7)} ${outcome.write.kind} → ${writeTarget(outcome.write)}${outcome.detail ? ` — ${outcome.detail}` : ''}`,
      ),
  });
  io.setOutput('planned', plan.writes.length);
  io.setOutput('writes', result.wrote);
  io.setOutput('failed', result.failed + result.skipped);
  await io.writeSummary(
    `## engagement-keeper — portfolio\n\n${planTable(plan, result)}\n\n${rateLimitSection(client.counters)}${reportText}`,
  );
  reported();
  io.info(oneLineSummary(plan, result, false));
  io.info(
    `GitHub requests: ${client.counters.graphql} GraphQL (cost ${client.counters.graphqlCost}), ${client.counters.rest} REST; no client repository was read.`,
  );
  if (result.failed + result.skipped === 0) return 0;
  io.setFailed(`engagement-keeper: ${result.failed} portfolio write(s) failed; the next run tries again.`);
  return 1;
}

/**
 * The `portfolio-load` input of an engagement run: absent on the very first portfolio run (nothing
 * cached yet) or outside a portfolio, which is no problem — the `/extend` reply just says less.
 */
export async function readPortfolioLoad(
  io: ActionIO,
  file: string | undefined,
): Promise<PortfolioLoad | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    io.info(`No portfolio-load file at ${file} yet: /extend replies will not list other engagements.`);
    return undefined;
  }
  try {
    const parsed = portfolioLoadSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: reported below like any other unreadable file.
  }
  io.warning(
    `The portfolio-load file ${file} is not one this release can read; /extend replies will not list other engagements.`,
  );
  return undefined;
}
