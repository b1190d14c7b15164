// One run of the action: read inputs and the event, load the engagement file, read the repository,
// plan, and apply the plan (or only show it, in a dry run). Returns the exit code.
import { readFile } from 'node:fs/promises';
import { isBot } from '../core/markers';
import { buildContext, composePlan, planRun, type PlanOptions } from '../plan/planner';
import type { ExtraRead } from '../core/domain';
import type { WeeklyFacts } from '../core/facts';
import type { Plan } from '../core/plan';
import type { Snapshot } from '../core/snapshot';
import { weeklyReport } from '../plan/weekly-report';
import type { Engagement } from '../engagement/schema';
import { EngagementFault } from '../engagement/fault';
import { futureHandovers } from '../engagement/handover-dates';
import { askedWeekProblem } from '../summary/week';
import { formatEngagementError, loadEngagement, locateFault, type EngagementError } from '../engagement/load';
import type { ClientPacing, GitHubClient } from '../github/client';
import { clientFor } from './github-client';
import { firstCommitDate } from '../github/file-history';
import { systemClock, type Clock, type PacerLimits } from '../github/content-pacer';
import { executePlan, type ExecutionReport } from '../github/execute';
import { resolveBotLogin } from '../github/identity';
import { endedRunSummary, rateLimitSection } from '../github/rate-report';
import { readSnapshot } from '../github/read-snapshot';
import { readInternalRepository } from '../github/read-internal';
import { withBodyHistory } from '../github/body-history';
import { withDeletedNotes } from '../github/deleted-notes';
import { withClosers } from '../github/closers';
import { withModelTriage } from '../github/model-triage';
import { newWriterLookup, withWriters, WRITER_LOOKUP_LIMIT } from '../github/writers';
import { describeError, PermissionStop, RateLimitStop } from '../github/request-errors';
import {
  commentsWantingReactions,
  issuesWanting,
  keptIssueLabels,
  ownIssueLabels,
  readSince,
  trackedLabels,
} from '../plan/reads';
import { readEngagementText } from './config-file';
import { loadHolidayData } from './holiday-data';
import { decideScope } from './event';
import { readInputs, type ActionInputs } from './inputs';
import { describeNotifySettings, notifyOutsideGitHub } from './notify-step';
import { readNotifySettings } from '../notify/settings';
import type { NotifySettings } from '../notify/types';
import type { ActionIO, Annotation } from './io';
import { boundedPlanJson, boundedSummary, writePlanFile } from './output-limits';
import { oneLineSummary, planTable, writeTarget } from './plan-report';
import { emitFacts, factsPath } from './facts-output';
import { readPortfolioLoad, runPortfolio } from './portfolio-run';
import { buildFailedFacts, factsOfSnapshot, type Failure } from '../facts-format';
import { failureOf } from './failure-kind';

export interface RunEnvironment {
  readonly io: ActionIO;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock?: Clock;
  readonly pacing?: ClientPacing;
  readonly contentLimits?: PacerLimits;
  readonly createRetryBaseMs?: number;
}

/**
 * A step that ended the run: the exit code to return, and, once GitHub was asked something, what the
 * job summary says before the cost of those requests (`ended`).
 */
type Exit = { readonly exit: number; readonly ended?: Ended };

/** Why a run ended before its report: the summary's title (`failed`) and the message reported. */
interface Ended {
  readonly title: string;
  readonly message: string;
}
const isExit = (value: object): value is Exit => 'exit' in value;

export async function runAction(environment: RunEnvironment): Promise<number> {
  const { io, env } = environment;
  // The ops repository's portfolio jobs (list, aggregate) run the same action with another mode.
  const portfolioMode = io.getInput('portfolio-mode').trim();
  if (portfolioMode) return runPortfolio(environment, portfolioMode);
  const failFacts = failedFactsWriter(environment);
  const settings = await readSettings(io, failFacts);
  if (isExit(settings)) return settings.exit;
  const started = await readEvent(io, env, settings.inputs);
  if (isExit(started)) return started.exit;
  const client = clientFor(environment, settings.inputs.token);
  // Kept outside the try: a fault the planner finds in the file is reported at its line in it.
  const file: { config: EngagementText | null } = { config: null };
  // Whether the run's own report wrote the job summary (with the cost section) before anything threw.
  const summary = { written: false };
  try {
    await loadHolidayData();
    const loaded = await load({ environment, settings, started, client, file, failFacts });
    if (isExit(loaded)) {
      if (loaded.ended) await writeEndedSummary(io, client, loaded.ended);
      return loaded.exit;
    }
    const run: Run = { ...loaded, environment, settings, started, client, failFacts, summary };
    const read = await readRepository(run);
    const { plan, facts } = composePlan(
      buildContext(run.engagement, read.snapshot, run.now, run.planOptions),
    );
    for (const note of plan.notes) io.notice(note);
    if (settings.inputs.dryRun) return await reportDryRun(run, plan, facts, read.snapshot);
    const report = await apply(run, plan, read.snapshot);
    const after = await checkSettled(run, read, report);
    return await reportRun(run, plan, report, facts, after);
  } catch (error) {
    const failure = await reportFailure(io, error, file.config, failFacts);
    // After the failure is reported: what the run spent on GitHub before it, in the job summary.
    if (!summary.written) await writeEndedSummary(io, client, failure.ended);
    return failure.exit;
  }
}

/**
 * The job summary of a run that ended early: why, then the cost of what it asked GitHub. A summary
 * that cannot be written is a warning, never a second failure hiding the first.
 */
async function writeEndedSummary(io: ActionIO, client: GitHubClient, ended: Ended): Promise<void> {
  try {
    await io.writeSummary(endedRunSummary(ended.title, ended.message, client.counters));
  } catch (error) {
    io.warning(`engagement-keeper: the job summary could not be written (${describeError(error)}).`);
  }
}

interface Settings {
  readonly inputs: ActionInputs;
  readonly notify: NotifySettings;
}

type FailFacts = (failure: Failure) => Promise<void>;

/** Whatever stops the run, the portfolio still learns that this engagement failed, and why. */
function failedFactsWriter(environment: RunEnvironment): FailFacts {
  const { io, env } = environment;
  const clock = environment.clock ?? systemClock;
  const parsed = readInputs((name) => io.getInput(name));
  const factsFile = factsPath(io.getInput('facts-file'), env);
  const target = (parsed.ok ? parsed.inputs.repository : undefined) ?? env.GITHUB_REPOSITORY ?? '';
  const configPath = parsed.ok
    ? parsed.inputs.configPath
    : io.getInput('config').trim() || '.github/engagement.yml';
  return (failure) => {
    const [factsOwner = '', factsName = ''] = target.split('/');
    const url = `${env.GITHUB_SERVER_URL || 'https://github.com'}/${target}`;
    return emitFacts(
      io,
      buildFailedFacts({
        repository: { owner: factsOwner, name: factsName, url },
        configPath,
        at: (parsed.ok ? parsed.inputs.now : null) ?? new Date(clock.now()),
        failure,
      }),
      factsFile,
    );
  };
}

/** The action's inputs, each problem reported: a run with a bad input writes nothing. */
async function readSettings(io: ActionIO, failFacts: FailFacts): Promise<Settings | Exit> {
  const parsed = readInputs((name) => io.getInput(name));
  const notifyParsed = readNotifySettings((name) => io.getInput(name));
  if (parsed.ok && notifyParsed.ok) return { inputs: parsed.inputs, notify: notifyParsed.settings };
  const problems = [...(parsed.ok ? [] : parsed.problems), ...(notifyParsed.ok ? [] : notifyParsed.problems)];
  return failInputs(io, failFacts, problems);
}

/** Inputs the workflow got wrong: each at its own error, the portfolio told, nothing written. */
async function failInputs(io: ActionIO, failFacts: FailFacts, problems: readonly string[]): Promise<Exit> {
  for (const problem of problems) io.error(problem, { title: 'engagement-keeper input' });
  await failFacts({
    kind: 'inputs',
    reason: `${problems.length} input problem(s) in the workflow`,
    details: problems,
  });
  io.setFailed(`engagement-keeper: ${problems.length} input problem(s); nothing was written.`);
  return { exit: 1 };
}

interface Started {
  readonly scope: Snapshot['scope'];
  readonly sender: string | null;
  readonly owner: string;
  readonly name: string;
  readonly workspace: string | undefined;
}

/** Which part of the repository the event asks about, and which repository. */
async function readEvent(
  io: ActionIO,
  env: RunEnvironment['env'],
  inputs: ActionInputs,
): Promise<Started | Exit> {
  const eventName = env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
  const payload = env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const decision = decideScope(eventName, payload);
  if (!decision.run) {
    io.notice(decision.notice);
    return { exit: 0 };
  }
  const target = inputs.repository ?? env.GITHUB_REPOSITORY ?? '';
  const [owner, name] = target.split('/');
  if (!owner || !name) {
    io.setFailed(
      'engagement-keeper: GITHUB_REPOSITORY (or the `repository` input) is not set to `owner/name`.',
    );
    return { exit: 1 };
  }
  // The workspace holds the repository the workflow runs in: another repository's file comes by API.
  const workspace = target === env.GITHUB_REPOSITORY ? env.GITHUB_WORKSPACE : undefined;
  return { scope: decision.scope, sender: decision.sender, owner, name, workspace };
}

interface EngagementText {
  readonly text: string;
  readonly source: string;
}

interface Loaded {
  readonly botLogin: string;
  readonly engagement: Engagement;
  /** Where the engagement file was read from. */
  readonly source: string;
  readonly now: Date;
  readonly planOptions: PlanOptions;
}

interface Run extends Loaded {
  readonly environment: RunEnvironment;
  readonly settings: Settings;
  readonly started: Started;
  readonly client: GitHubClient;
  readonly failFacts: FailFacts;
  /** Set once the run's report has written the job summary. */
  readonly summary: { written: boolean };
}

interface LoadStep {
  readonly environment: RunEnvironment;
  readonly settings: Settings;
  readonly started: Started;
  readonly client: GitHubClient;
  /** Where the engagement file's text is kept, for a fault found later in the run. */
  readonly file: { config: EngagementText | null };
  readonly failFacts: FailFacts;
}

/** Who the action writes as, and the engagement file, loaded and checked (warnings at their lines). */
async function load(step: LoadStep): Promise<Loaded | Exit> {
  const { environment, settings, started, client } = step;
  const { io } = environment;
  const inputs = settings.inputs;
  const botLogin = await resolveBotLogin(client, {
    token: inputs.token,
    ...(inputs.workflowToken ? { workflowToken: inputs.workflowToken } : {}),
    ...(inputs.botLogin ? { botLogin: inputs.botLogin } : {}),
  });
  if (started.sender && isBot({ botLogin }, started.sender)) {
    const message = `This event was caused by engagement-keeper itself (${started.sender}); nothing to do.`;
    io.notice(message);
    return { exit: 0, ended: { title: 'nothing to do', message } };
  }
  const file = await loadEngagementFile(step);
  if (isExit(file)) return file;
  const clock = environment.clock ?? systemClock;
  const now = inputs.now ?? new Date(clock.now());
  if (inputs.summaryWeek) {
    const problem = askedWeekProblem(inputs.summaryWeek, now, file.engagement.engagement.time_zone);
    if (problem) return failInputs(io, step.failFacts, [`\`summary-week\` ${problem}.`]);
  }
  if (step.file.config)
    for (const warning of futureHandovers(step.file.config.text, file.source, file.engagement, now))
      io.warning(warning.message, annotationOf(warning));
  const portfolioLoad = await readPortfolioLoad(io, inputs.portfolioLoad);
  return {
    botLogin,
    engagement: file.engagement,
    source: file.source,
    now,
    planOptions: {
      ...(inputs.locale ? { locale: inputs.locale } : {}),
      ...(inputs.summaryWeek ? { summaryWeek: inputs.summaryWeek } : {}),
      ...(portfolioLoad ? { portfolioLoad } : {}),
    },
  };
}

/** The engagement file, read and checked: its errors end the run, its warnings go at their lines. */
async function loadEngagementFile(
  step: LoadStep,
): Promise<{ engagement: Engagement; source: string } | Exit> {
  const { io } = step.environment;
  const { started, failFacts } = step;
  const { configPath } = step.settings.inputs;
  const repository = { owner: started.owner, name: started.name };
  const config = await readEngagementText(step.client, repository, started.workspace, configPath);
  step.file.config = config;
  if (!config) {
    await failFacts({
      kind: 'no_engagement_file',
      reason: `no engagement file at \`${configPath}\` in ${started.owner}/${started.name}`,
    });
    const message = `engagement-keeper: no engagement file at \`${configPath}\`. Add one (start from examples/engagement.minimal.yml) or set the \`config\` input.`;
    io.setFailed(message);
    return { exit: 1, ended: { title: 'failed', message } };
  }
  const loaded = loadEngagement(config.text, config.source);
  if (!loaded.ok) {
    for (const error of loaded.errors) reportEngagementError(io, error);
    await failFacts({
      kind: 'engagement_file',
      reason: `the engagement file has ${loaded.errors.length} error(s)`,
      details: loaded.errors.map(formatEngagementError),
    });
    const message = `engagement-keeper: the engagement file has ${loaded.errors.length} error(s); nothing was written.`;
    io.setFailed(message);
    // The job summary is where the docs send people after a run: the errors are listed there too, as
    // \`validate\` prints them, not only in the annotations.
    const listed = fenced(loaded.errors.map(formatEngagementError).join('\n'));
    const fix = 'Fix them and run again; `engagement-keeper validate` checks the file on your machine first.';
    return { exit: 1, ended: { title: 'failed', message: `${message}\n\n${listed}\n\n${fix}` } };
  }
  for (const warning of loaded.warnings) io.warning(warning.message, annotationOf(warning));
  return { engagement: loaded.engagement, source: config.source };
}

interface Reading {
  readonly snapshot: Snapshot;
  /** Reads the same issues again (the check after writing). */
  readonly again: () => Promise<Snapshot>;
}

/** The repository as the engagement sees it: its issues, who may write, when the action took over. */
async function readRepository(run: Run): Promise<Reading> {
  const { client, engagement, started, environment } = run;
  const adoption = await adoptionSource(
    client,
    { owner: started.owner, name: started.name },
    run.settings.inputs.configPath,
    engagement,
    environment.io,
  );
  // Who has write access is asked once per person per run, whatever the number of reads.
  const writerLookup = newWriterLookup();
  const read = () => readOnce(run, adoption, writerLookup);
  const { snapshot, stats } = await read();
  reportReading(run, snapshot, stats, writerLookup);
  return { snapshot, again: async () => (await read()).snapshot };
}

type WriterLookup = ReturnType<typeof newWriterLookup>;
type ReadStats = Awaited<ReturnType<typeof readSnapshot>>['stats'];

/**
 * One reading of the repository, in the order the answers depend on each other: the issues the
 * domains track and keep, then who closed what, who may write, the edits that ticked a checklist,
 * a hosted triage, and the internal repository.
 */
async function readOnce(
  run: Run,
  adoption: string | null,
  writerLookup: WriterLookup,
): Promise<{ snapshot: Snapshot; stats: ReadStats }> {
  const { client, engagement, started, environment } = run;
  const clock = environment.clock ?? systemClock;
  const result = await readSnapshot(client, {
    since: readSince(engagement, run.now),
    owner: started.owner,
    name: started.name,
    botLogin: run.botLogin,
    trackedLabels: trackedLabels(engagement),
    keptLabels: keptIssueLabels(engagement),
    ownLabels: ownIssueLabels(engagement),
    scope: started.scope,
    readAt: new Date(clock.now()).toISOString(),
    reactionsOf: (read) => commentsWantingReactions(engagement, read, run.now, run.planOptions),
  });
  const adopted = { ...result.snapshot, engagementFileAddedAt: adoption };
  // Each detail read one issue at a time is read for the issues the domains name (src/plan/reads.ts).
  const wanted = (read: ExtraRead, snapshot: Snapshot) =>
    issuesWanting(read, engagement, snapshot, run.now, run.planOptions);
  const closed = await withClosers(client, adopted, wanted('closer', adopted));
  const withSides = await withWriters(client, engagement, closed, writerLookup);
  const dated = await withBodyHistory(client, withSides, wanted('body-history', withSides));
  const withDeletions = await withDeletedNotes(client, dated, wanted('deleted-notes', dated));
  const triaged = await withHostedTriage(run, withDeletions);
  // The internal repository, when the file names one: read before anything is planned or written.
  const internalName = engagement.engagement.internal_repository;
  if (!internalName) return { ...result, snapshot: triaged };
  const { internal } = await readInternalRepository(client, {
    repository: internalName,
    client: { owner: started.owner, name: started.name },
    botLogin: run.botLogin,
  });
  return { ...result, snapshot: { ...triaged, internal } };
}

/** What the reading cost and found, in the log. */
function reportReading(run: Run, snapshot: Snapshot, stats: ReadStats, writerLookup: WriterLookup): void {
  const { io } = run.environment;
  const { scope } = run.started;
  if (snapshot.internal)
    io.info(
      `Read ${snapshot.internal.issues.length} issue(s) of this engagement in the internal repository ${snapshot.internal.repository.owner}/${snapshot.internal.repository.name}.`,
    );
  io.info(
    `Read ${snapshot.issues.length} issues (${scope.kind === 'full' ? 'full scan' : `event on #${scope.number}`}) in ${stats.requests} GraphQL requests (${stats.issuePages} issue pages, ${stats.extraCommentPages} extra comment pages, ${stats.reactionPages} reaction pages${stats.editHistoryPages > 0 ? `, ${stats.editHistoryPages} edit-history pages` : ''}), cost ${stats.cost}, ${stats.remaining ?? '?'} points left; writing as ${run.botLogin}.`,
  );
  if (writerLookup.unchecked > 0)
    io.notice(
      `${writerLookup.unchecked} people's write access was not looked up (at most ${WRITER_LOOKUP_LIMIT} a run): until a later run checks them, they count for neither side.`,
    );
}

/**
 * New feedback triaged by GitHub Models when the engagement file enables it and allows the client's
 * text to be sent (`feedback.model_triage`); the local classifier decides whatever the model did not.
 */
async function withHostedTriage(run: Run, snapshot: Snapshot): Promise<Snapshot> {
  const { engagement, environment } = run;
  const wanted = issuesWanting('model-triage', engagement, snapshot, run.now, run.planOptions);
  if (wanted.length === 0) return snapshot;
  const { env, io } = environment;
  const report = await withModelTriage(engagement, snapshot, wanted, {
    token: run.settings.inputs.token,
    ...(env.ENGAGEMENT_KEEPER_MODELS_URL ? { baseUrl: env.ENGAGEMENT_KEEPER_MODELS_URL } : {}),
  });
  const model = engagement.feedback.model_triage.model;
  if (report.triaged.length > 0) {
    io.info(`GitHub Models (${model}) triaged ${report.triaged.map((n) => `#${n}`).join(', ')}.`);
  }
  for (const { number, reason } of report.fallbacks) {
    io.warning(
      `GitHub Models (${model}) could not triage #${number}: ${reason}. The local classifier decides.`,
    );
  }
  return report.snapshot;
}

/** A dry run: the plan the real run would apply, and nothing written. */
async function reportDryRun(
  run: Run,
  plan: Plan,
  facts: () => WeeklyFacts,
  snapshot: Snapshot,
): Promise<number> {
  const { io, env } = run.environment;
  const planFile = await setPlanOutputs(io, plan, env);
  io.setOutput('writes', plan.writes.length);
  io.setOutput('remaining', 0);
  io.setOutput('failed', 0);
  await io.writeSummary(
    boundedSummary(
      `## engagement-keeper — dry run\n\nNothing was written. The plan for ${run.now.toISOString()}:\n\n`,
      planTable(plan),
      `\n\n${rateLimitSection(run.client.counters)}` + reportSection(run, snapshot, facts),
      planFile,
    ),
  );
  run.summary.written = true;
  io.info(oneLineSummary(plan, null, true));
  await emitRunFacts(run, snapshot);
  const notifyNote = describeNotifySettings(run.settings.notify);
  if (notifyNote) io.info(notifyNote);
  return 0;
}

/** The plan applied once, most urgent first, within the operations-per-run budget. */
async function apply(run: Run, plan: Plan, snapshot: Snapshot): Promise<ExecutionReport> {
  const { io } = run.environment;
  const { environment } = run;
  return executePlan(plan, {
    client: run.client,
    snapshot,
    budget: run.settings.inputs.operationsPerRun,
    clock: environment.clock ?? systemClock,
    ...(environment.contentLimits ? { contentLimits: environment.contentLimits } : {}),
    ...(environment.createRetryBaseMs !== undefined
      ? { createRetryBaseMs: environment.createRetryBaseMs }
      : {}),
    onOutcome: (outcome) => {
      const target = writeTarget(outcome.write);
      if (outcome.status === 'failed')
        io.error(`${outcome.write.kind} → ${target} failed: ${outcome.detail ?? ''}`);
      else
        io.info(
          `${outcome.status.padEnd(7)} ${outcome.write.kind} → ${target}${outcome.detail ? ` — ${outcome.detail}` : ''}`,
        );
    },
  });
}

/**
 * One pass plans the whole run (the summary counts what the run posts; issues it opens are linked
 * through placeholders), so once every write is made, planning again must find nothing. The
 * repository is read again only to check that, never to plan a second pass: anything found is a
 * fault worth reporting, and is left for the next run.
 */
async function checkSettled(run: Run, read: Reading, report: ExecutionReport): Promise<Snapshot> {
  const complete = report.wrote > 0 && report.left + report.failed + report.skipped === 0;
  // An event run reports nothing from the state after its writes (no facts, no weekly report), so
  // reading it again would only check the plan: a request on every event that writes, the most
  // frequent run there is. The next full scan plans whatever is left, and checks itself.
  if (!complete || run.started.scope.kind !== 'full') return read.snapshot;
  const after = await read.again();
  const again = planRun(run.engagement, after, run.now, run.planOptions);
  if (again.writes.length === 0) return after;
  const list = again.writes
    .slice(0, 5)
    .map((write) => `${write.kind} → ${writeTarget(write)}: ${write.reason}`);
  run.environment.io.warning(
    `After its writes, this run would still plan ${again.writes.length} write(s); the next run makes them. Please report this: ${list.join('; ')}`,
  );
  return after;
}

/** The run's facts for the portfolio (full scans only: an event run sees one issue). */
function emitRunFacts(run: Run, snapshot: Snapshot): Promise<void> {
  if (run.started.scope.kind !== 'full') return Promise.resolve();
  const { io, env } = run.environment;
  const facts = factsOfSnapshot(run.engagement, snapshot, run.now, run.source, run.planOptions);
  return emitFacts(io, facts, factsPath(io.getInput('facts-file'), env));
}

/** Outputs, the job summary, alerts outside GitHub, and the exit code. */
async function reportRun(
  run: Run,
  plan: Plan,
  report: ExecutionReport,
  facts: () => WeeklyFacts,
  snapshot: Snapshot,
): Promise<number> {
  const { io, env } = run.environment;
  const { inputs } = run.settings;
  const planFile = await setPlanOutputs(io, plan, env);
  io.setOutput('writes', report.wrote);
  io.setOutput('remaining', report.left);
  io.setOutput('failed', report.failed + report.skipped);
  const summary = oneLineSummary(plan, report, false);
  await io.writeSummary(
    boundedSummary(
      `## engagement-keeper\n\n${summary}\n\n`,
      planTable(plan, report),
      `\n\n${rateLimitSection(run.client.counters)}` + reportSection(run, snapshot, facts),
      planFile,
    ),
  );
  run.summary.written = true;
  io.info(summary);
  // A run that planned but could not write what it planned is a failed run for the portfolio too.
  const writeFailure = failureOfWrites(run, report);
  if (writeFailure && run.started.scope.kind === 'full') await run.failFacts(writeFailure);
  else if (!writeFailure) await emitRunFacts(run, snapshot);
  const counters = run.client.counters;
  io.info(
    `GitHub requests: ${counters.graphql} GraphQL (cost ${counters.graphqlCost}), ${counters.rest} REST (${counters.writes} writes).`,
  );
  const notifyFailures = await notifyOutsideGitHub(
    {
      io,
      settings: run.settings.notify,
      snapshot,
      locale: inputs.locale ?? run.engagement.engagement.locale,
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    },
    report.outcomes,
  );
  return exitCode(run, report, notifyFailures);
}

/**
 * Why the writes of a run that planned did not all reach GitHub, as the portfolio reads it (the job
 * also exits non-zero, in exitCode): GitHub refused them for want of a permission, or some failed.
 * Null when every write was made or left for the next run by the budget or the rate limit.
 */
function failureOfWrites(run: Run, report: ExecutionReport): Failure | null {
  const { stop } = report;
  if (stop instanceof PermissionStop) {
    const { owner, name } = run.started;
    return {
      kind: 'write_permission',
      reason: `${stop.message}; ${report.wrote} write(s) were made before it`,
      status: 403,
      repository: stop.internalRepository ?? `${owner}/${name}`,
    };
  }
  if (report.failed + report.skipped === 0) return null;
  const first = report.outcomes.find((outcome) => outcome.status === 'failed');
  return {
    kind: 'github',
    reason: `${report.failed} write(s) failed and ${report.skipped} could not be attempted${first?.detail ? ` (the first: ${first.detail})` : ''}; the next run tries again`,
  };
}

function exitCode(run: Run, report: ExecutionReport, notifyFailures: number): number {
  const { io } = run.environment;
  const { stop } = report;
  if (stop instanceof PermissionStop) {
    io.setFailed(`engagement-keeper: ${stop.message}. ${report.wrote} write(s) were made before it.`);
    return 1;
  }
  if (stop instanceof RateLimitStop) {
    io.warning(`${stop.message}: ${report.left} write(s) are left for the next run.`);
    return 0;
  }
  if (report.left > 0)
    io.notice(
      `${report.left} writes left for the next run (operations-per-run is ${run.settings.inputs.operationsPerRun}).`,
    );
  if (report.failed + report.skipped > 0) {
    io.setFailed(
      `engagement-keeper: ${report.failed} write(s) failed and ${report.skipped} could not be attempted; the next run tries again.`,
    );
    return 1;
  }
  if (notifyFailures > 0) {
    io.setFailed(
      `engagement-keeper: ${notifyFailures} alert delivery(ies) failed; every GitHub write of this run was made.`,
    );
    return 1;
  }
  return 0;
}

/** What a run that threw says, and its exit code. */
async function reportFailure(
  io: ActionIO,
  error: unknown,
  config: EngagementText | null,
  failFacts: FailFacts,
): Promise<Exit & { readonly ended: Ended }> {
  if (error instanceof RateLimitStop) {
    // Nothing was planned: everything is left for the next run, which is not an error.
    const message = `engagement-keeper: ${error.message}. Nothing was written.`;
    io.warning(message);
    await failFacts({
      kind: 'rate_limit',
      reason: `GitHub's rate limit was spent before the run could plan (${error.message})`,
    });
    return { exit: 0, ended: { title: 'rate limited', message } };
  }
  if (error instanceof EngagementFault && config) {
    const located = locateFault(config.text, config.source, error);
    reportEngagementError(io, located);
    await failFacts({
      kind: 'unplannable',
      reason: 'the engagement file cannot be planned',
      details: [formatEngagementError(located)],
    });
    const message = `engagement-keeper: the engagement file cannot be planned (${error.message}); nothing more was written.`;
    io.setFailed(message);
    return { exit: 1, ended: { title: 'failed', message } };
  }
  await failFacts(failureOf(error));
  const message = `engagement-keeper: ${describeError(error)}`;
  io.setFailed(message);
  return { exit: 1, ended: { title: 'failed', message } };
}

/**
 * The default adoption date: when the engagement file sets no `adopted_on`, the date the file first
 * appears in the history (one REST request per run, two for a file of over 100 commits; setting
 * `adopted_on` saves it).
 */
async function adoptionSource(
  client: GitHubClient,
  repository: { owner: string; name: string },
  configPath: string,
  engagement: Engagement,
  io: ActionIO,
): Promise<string | null> {
  if (engagement.engagement.adopted_on) return null;
  const added = await firstCommitDate(client, repository, configPath);
  if (added) {
    io.notice(
      `engagement.adopted_on is not set: taken as ${added.slice(0, 10)}, when ${configPath} first appears in the history. Issues closed before it are left alone; issues filed before it are labelled, not answered. Write \`adopted_on: ${added.slice(0, 10)}\` under \`engagement:\` to fix the date and save this lookup.`,
    );
  } else {
    io.warning(
      `engagement.adopted_on is not set and ${configPath} has no commit in the history: every issue is treated as new. Write \`adopted_on: YYYY-MM-DD\` under \`engagement:\` so that issues from before the action are not answered as if new.`,
    );
  }
  return added;
}

/**
 * `planned`, `plan` (cut to fit GitHub's output limit, with the count left out), `plan-omitted` and
 * `plan-file` (the whole plan, for an artifact). Returns the file's path.
 */
async function setPlanOutputs(
  io: ActionIO,
  plan: Plan,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  const file = await writePlanFile(plan, env);
  const { json, omitted } = boundedPlanJson(plan, file);
  io.setOutput('planned', plan.writes.length);
  io.setOutput('plan', json);
  io.setOutput('plan-omitted', omitted);
  io.setOutput('plan-file', file);
  if (omitted > 0)
    io.notice(
      `The plan output holds the first ${plan.writes.length - omitted} of ${plan.writes.length} writes (GitHub limits outputs to 1 MB); the whole plan is in ${file}.`,
    );
  return file;
}

/** An error in the engagement file: an annotation on its line, and the same in the log as text. */
function reportEngagementError(io: ActionIO, error: EngagementError): void {
  io.error(`${error.message}${error.hint ? ` (${error.hint})` : ''}`, annotationOf(error));
  io.info(formatEngagementError(error));
}

/**
 * Where an annotation sits: the whole span of the field in the file, so the editor marks it all.
 * GitHub takes columns only for a span on one line; a longer one is marked by its lines.
 */
export function annotationOf(error: EngagementError): Annotation {
  const endLine = error.endLine ?? error.line;
  const location = {
    title: `engagement file: ${error.path}`,
    file: error.file,
    startLine: error.line,
    endLine,
  };
  if (endLine !== error.line) return location;
  return { ...location, startColumn: error.column, endColumn: error.endColumn ?? error.column };
}

/** The weekly report under the plan in the job summary, on full scans (event runs stay short). */
function reportSection(run: Run, snapshot: Snapshot, facts: () => WeeklyFacts): string {
  if (run.started.scope.kind !== 'full') return '';
  const report = weeklyReport(run.engagement, snapshot, run.now, run.planOptions, facts);
  return report ? `\n\n---\n\n# ${report.title}\n\n${report.body}\n` : '';
}

/** Text shown as written, in a code block no line of it can close. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/gu)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}
