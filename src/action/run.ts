// One run of the action: read inputs and the event, load the engagement file, read the repository,
// plan, and apply the plan (or only show it, in a dry run). Returns the exit code.
import { readFile } from 'node:fs/promises';
import { isBot } from '../core/markers';
import { bodyHistoryWanted, closerWanted, planRun, type PlanOptions } from '../plan/planner';
import type { Plan } from '../core/plan';
import type { Snapshot } from '../core/snapshot';
import { weeklyReport } from '../plan/weekly-report';
import type { Engagement } from '../engagement/schema';
import { EngagementFault } from '../engagement/fault';
import { formatEngagementError, loadEngagement, locateFault, type EngagementError } from '../engagement/load';
import { createGitHubClient, type ClientPacing, type GitHubClient } from '../github/client';
import { firstCommitDate } from '../github/file-history';
import { systemClock, type Clock, type PacerLimits } from '../github/content-pacer';
import { executePlan, type ExecutionReport } from '../github/execute';
import { resolveBotLogin } from '../github/identity';
import { rateLimitSection } from '../github/rate-report';
import { readSnapshot } from '../github/read-snapshot';
import { withBodyHistory } from '../github/body-history';
import { withClosers } from '../github/closers';
import { newWriterLookup, withWriters, WRITER_LOOKUP_LIMIT } from '../github/writers';
import { describeError, PermissionStop, RateLimitStop } from '../github/request-errors';
import { keptIssueLabels, readSince, trackedLabels } from '../github/tracked-labels';
import { readEngagementText } from './config-file';
import { decideScope } from './event';
import { readInputs } from './inputs';
import { describeNotifySettings, notifyOutsideGitHub } from './notify-step';
import { readNotifySettings } from '../notify/settings';
import type { ActionIO, Annotation } from './io';
import { boundedPlanJson, boundedSummary, writePlanFile } from './output-limits';
import { oneLineSummary, planTable, writeTarget } from './plan-report';
import { emitFacts, factsPath } from './facts-output';
import { readPortfolioLoad, runPortfolio } from './portfolio-run';
import { buildFailedFacts, factsOfSnapshot } from '../facts-format';

export interface RunEnvironment {
  readonly io: ActionIO;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock?: Clock;
  readonly pacing?: ClientPacing;
  readonly contentLimits?: PacerLimits;
  readonly createRetryBaseMs?: number;
}

export async function runAction(environment: RunEnvironment): Promise<number> {
  const { io, env } = environment;
  const clock = environment.clock ?? systemClock;
  // The ops repository's portfolio jobs (list, aggregate) run the same action with another mode.
  const portfolioMode = io.getInput('portfolio-mode').trim();
  if (portfolioMode) return runPortfolio(environment, portfolioMode);
  const parsed = readInputs((name) => io.getInput(name));
  const factsFile = factsPath(io.getInput('facts-file'), env);
  const target = (parsed.ok ? parsed.inputs.repository : undefined) ?? env.GITHUB_REPOSITORY ?? '';
  const configPath = parsed.ok
    ? parsed.inputs.configPath
    : io.getInput('config').trim() || '.github/engagement.yml';
  // Whatever stops the run, the portfolio still learns that this engagement failed, and why.
  const failFacts = (reason: string, details: readonly string[] = []): Promise<void> => {
    const [factsOwner = '', factsName = ''] = target.split('/');
    const url = `${env.GITHUB_SERVER_URL || 'https://github.com'}/${target}`;
    return emitFacts(
      io,
      buildFailedFacts({
        repository: { owner: factsOwner, name: factsName, url },
        configPath,
        at: (parsed.ok ? parsed.inputs.now : null) ?? new Date(clock.now()),
        reason,
        details,
      }),
      factsFile,
    );
  };
  const notifyParsed = readNotifySettings((name) => io.getInput(name));
  if (!parsed.ok || !notifyParsed.ok) {
    const problems = [
      ...(parsed.ok ? [] : parsed.problems),
      ...(notifyParsed.ok ? [] : notifyParsed.problems),
    ];
    for (const problem of problems) io.error(problem, { title: 'engagement-keeper input' });
    await failFacts(`${problems.length} input problem(s) in the workflow`, problems);
    io.setFailed(`engagement-keeper: ${problems.length} input problem(s); nothing was written.`);
    return 1;
  }
  const inputs = parsed.inputs;
  const notifySettings = notifyParsed.settings;

  const eventName = env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
  const payload = env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const decision = decideScope(eventName, payload);
  if (!decision.run) {
    io.notice(decision.notice);
    return 0;
  }
  const [owner, name] = target.split('/');
  if (!owner || !name) {
    io.setFailed(
      'engagement-keeper: GITHUB_REPOSITORY (or the `repository` input) is not set to `owner/name`.',
    );
    return 1;
  }

  const client = createGitHubClient({
    token: inputs.token,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(env.GITHUB_GRAPHQL_URL ? { graphqlUrl: env.GITHUB_GRAPHQL_URL } : {}),
    log: { info: (m) => io.info(m), warning: (m) => io.warning(m) },
    ...(environment.pacing ? { pacing: environment.pacing } : {}),
  });

  // Kept outside the try: a fault the planner finds in the file is reported at its line in it.
  let config: { text: string; source: string } | null = null;
  try {
    const botLogin = await resolveBotLogin(client, {
      token: inputs.token,
      ...(inputs.workflowToken ? { workflowToken: inputs.workflowToken } : {}),
      ...(inputs.botLogin ? { botLogin: inputs.botLogin } : {}),
    });
    if (decision.sender && isBot({ botLogin }, decision.sender)) {
      io.notice(`This event was caused by engagement-keeper itself (${decision.sender}); nothing to do.`);
      return 0;
    }

    // The workspace holds the repository the workflow runs in: another repository's file comes by API.
    const workspace = target === env.GITHUB_REPOSITORY ? env.GITHUB_WORKSPACE : undefined;
    config = await readEngagementText(client, { owner, name }, workspace, inputs.configPath);
    if (!config) {
      await failFacts(`no engagement file at \`${inputs.configPath}\` in ${target}`);
      io.setFailed(
        `engagement-keeper: no engagement file at \`${inputs.configPath}\`. Add one (start from examples/engagement.minimal.yml) or set the \`config\` input.`,
      );
      return 1;
    }
    const loaded = loadEngagement(config.text, config.source);
    if (!loaded.ok) {
      for (const error of loaded.errors) reportEngagementError(io, error);
      await failFacts(
        `the engagement file has ${loaded.errors.length} error(s)`,
        loaded.errors.map(formatEngagementError),
      );
      io.setFailed(
        `engagement-keeper: the engagement file has ${loaded.errors.length} error(s); nothing was written.`,
      );
      return 1;
    }
    for (const warning of loaded.warnings) io.warning(warning.message, annotationOf(warning));
    const engagement = loaded.engagement;

    const now = inputs.now ?? new Date(clock.now());
    // Every read of this run asks for the same issues; only the time of reading differs.
    const readRequest = {
      since: readSince(engagement, now),
      owner,
      name,
      botLogin,
      trackedLabels: trackedLabels(engagement),
      keptLabels: keptIssueLabels(engagement),
      scope: decision.scope,
    };
    const readOnce = () =>
      readSnapshot(client, { ...readRequest, readAt: new Date(clock.now()).toISOString() });
    const adoption = await adoptionSource(client, { owner, name }, inputs.configPath, engagement, io);
    const portfolioLoad = await readPortfolioLoad(io, inputs.portfolioLoad);
    const planOptions = {
      ...(inputs.locale ? { locale: inputs.locale } : {}),
      ...(inputs.summaryWeek ? { summaryWeek: inputs.summaryWeek } : {}),
      ...(portfolioLoad ? { portfolioLoad } : {}),
    };
    // Who has write access is asked once per person per run, whatever the number of reads.
    const writerLookup = newWriterLookup();
    const read = async () => {
      const result = await readOnce();
      const adopted = { ...result.snapshot, engagementFileAddedAt: adoption };
      // Who closed a tracking issue with no handoff recorded decides whether it was a delivery.
      const closed = await withClosers(client, adopted, closerWanted(engagement, adopted, now, planOptions));
      const withSides = await withWriters(client, engagement, closed, writerLookup);
      // Handoffs just completed by ticks are dated by the edit that ticked the last box.
      const wanted = bodyHistoryWanted(engagement, withSides, now, planOptions);
      return { ...result, snapshot: await withBodyHistory(client, withSides, wanted) };
    };
    const { snapshot, stats } = await read();
    io.info(
      `Read ${snapshot.issues.length} issues (${decision.scope.kind === 'full' ? 'full scan' : `event on #${decision.scope.number}`}) in ${stats.requests} GraphQL requests (${stats.issuePages} issue pages, ${stats.extraCommentPages} extra comment pages, ${stats.reactionPages} reaction pages), cost ${stats.cost}, ${stats.remaining ?? '?'} points left; writing as ${botLogin}.`,
    );

    if (writerLookup.unchecked > 0)
      io.notice(
        `${writerLookup.unchecked} people's write access was not looked up (at most ${WRITER_LOOKUP_LIMIT} a run): until a later run checks them, they count for neither side.`,
      );

    const source = config.source;
    const emitRunFacts = (from: Snapshot): Promise<void> =>
      decision.scope.kind === 'full'
        ? emitFacts(io, factsOfSnapshot(engagement, from, now, source, planOptions), factsFile)
        : Promise.resolve();

    const firstPlan = planRun(engagement, snapshot, now, planOptions);
    for (const note of firstPlan.notes) io.notice(note);

    if (inputs.dryRun) {
      const planFile = await setPlanOutputs(io, firstPlan, env);
      io.setOutput('writes', firstPlan.writes.length);
      io.setOutput('remaining', 0);
      io.setOutput('failed', 0);
      await io.writeSummary(
        boundedSummary(
          `## engagement-keeper — dry run\n\nNothing was written. The plan for ${now.toISOString()}:\n\n`,
          planTable(firstPlan),
          `\n\n${rateLimitSection(client.counters)}` +
            reportSection(engagement, snapshot, now, planOptions, decision.scope.kind),
          planFile,
        ),
      );
      io.info(oneLineSummary(firstPlan, null, true));
      await emitRunFacts(snapshot);
      const notifyNote = describeNotifySettings(notifySettings);
      if (notifyNote) io.info(notifyNote);
      return 0;
    }

    // Some writes change what other rules see: the weekly summary counts the reminders this run posted
    // and links the tracking issues it opened. Rather than predict GitHub's answers, read again and
    // plan again until nothing is left, so that a rerun on an unchanged world writes nothing.
    const passes: Array<{ plan: Plan; report: ExecutionReport }> = [];
    let current = snapshot;
    let plan = firstPlan;
    for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
      if (pass > 1) {
        current = (await read()).snapshot;
        plan = planRun(engagement, current, now, planOptions);
        if (plan.writes.length === 0) break;
        io.info(`Pass ${pass}: ${plan.writes.length} writes follow from what the previous pass wrote.`);
      }
      const spent = passes.reduce((sum, done) => sum + done.report.wrote + done.report.already, 0);
      const report = await executePlan(plan, {
        client,
        snapshot: current,
        budget: Math.max(0, inputs.operationsPerRun - spent),
        clock,
        ...(environment.contentLimits ? { contentLimits: environment.contentLimits } : {}),
        ...(environment.createRetryBaseMs !== undefined
          ? { createRetryBaseMs: environment.createRetryBaseMs }
          : {}),
        onOutcome: (outcome) => {
          const line = `${outcome.status.padEnd(7)} ${outcome.write.kind} → ${writeTarget(outcome.write)}${outcome.detail ? ` — ${outcome.detail}` : ''}`;
          if (outcome.status === 'failed')
            io.error(`${outcome.write.kind} → ${writeTarget(outcome.write)} failed: ${outcome.detail ?? ''}`);
          else io.info(line);
        },
      });
      passes.push({ plan, report });
      const settled = report.wrote === 0 && report.already === plan.writes.length;
      if (settled || report.left > 0 || report.failed + report.skipped > 0) break;
    }

    const allWrites = passes.flatMap((done) => done.plan.writes);
    const combined: Plan = { writes: allWrites, notes: firstPlan.notes };
    const total = sumReports(passes.map((done) => done.report));
    const planFile = await setPlanOutputs(io, combined, env);
    io.setOutput('writes', total.wrote);
    io.setOutput('remaining', total.left);
    io.setOutput('failed', total.failed + total.skipped);
    const summary = oneLineSummary(combined, total, false);
    const tables = passes.map((done) => planTable(done.plan, done.report)).join('\n');
    await io.writeSummary(
      boundedSummary(
        `## engagement-keeper\n\n${summary}\n\n`,
        passes.length > 0 ? tables : planTable(firstPlan),
        `\n\n${rateLimitSection(client.counters)}` +
          reportSection(engagement, current, now, planOptions, decision.scope.kind),
        planFile,
      ),
    );
    io.info(summary);
    await emitRunFacts(current);
    io.info(
      `GitHub requests: ${client.counters.graphql} GraphQL (cost ${client.counters.graphqlCost}), ${client.counters.rest} REST (${client.counters.writes} writes).`,
    );
    const notifyFailures = await notifyOutsideGitHub(
      {
        io,
        settings: notifySettings,
        snapshot: current,
        locale: inputs.locale ?? engagement.engagement.locale,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      },
      total.outcomes,
    );
    const stop = passes.map((done) => done.report.stop).find((found) => found !== undefined);
    if (stop instanceof PermissionStop) {
      io.setFailed(`engagement-keeper: ${stop.message}. ${total.wrote} write(s) were made before it.`);
      return 1;
    }
    if (stop instanceof RateLimitStop) {
      io.warning(`${stop.message}: ${total.left} write(s) are left for the next run.`);
      return 0;
    }
    if (total.left > 0)
      io.notice(
        `${total.left} writes left for the next run (operations-per-run is ${inputs.operationsPerRun}).`,
      );
    if (total.failed + total.skipped > 0) {
      io.setFailed(
        `engagement-keeper: ${total.failed} write(s) failed and ${total.skipped} could not be attempted; the next run tries again.`,
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
  } catch (error) {
    if (error instanceof RateLimitStop) {
      // Nothing was planned: everything is left for the next run, which is not an error.
      io.warning(`engagement-keeper: ${error.message}. Nothing was written.`);
      await failFacts(`GitHub's rate limit was spent before the run could plan (${error.message})`);
      return 0;
    }
    if (error instanceof EngagementFault && config) {
      const located = locateFault(config.text, config.source, error);
      reportEngagementError(io, located);
      await failFacts('the engagement file cannot be planned', [formatEngagementError(located)]);
      io.setFailed(
        `engagement-keeper: the engagement file cannot be planned (${error.message}); nothing more was written.`,
      );
      return 1;
    }
    await failFacts(describeError(error));
    io.setFailed(`engagement-keeper: ${describeError(error)}`);
    return 1;
  }
}

/**
 * The default adoption date: when the engagement file sets no `adopted_on`, the date the file first
 * appears in the history (one or two REST requests per run, which setting `adopted_on` saves).
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

/** Passes of plan-and-apply in one run; each later pass only follows up on what the previous one wrote. */
const MAX_PASSES = 3;

function sumReports(reports: readonly ExecutionReport[]): ExecutionReport {
  return {
    outcomes: reports.flatMap((report) => report.outcomes),
    wrote: reports.reduce((sum, report) => sum + report.wrote, 0),
    already: reports.reduce((sum, report) => sum + report.already, 0),
    failed: reports.reduce((sum, report) => sum + report.failed, 0),
    left: reports.reduce((sum, report) => sum + report.left, 0),
    skipped: reports.reduce((sum, report) => sum + report.skipped, 0),
  };
}

/** The weekly report under the plan in the job summary, on full scans (event runs stay short). */
function reportSection(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions,
  scope: 'full' | 'issue',
): string {
  if (scope !== 'full') return '';
  const report = weeklyReport(engagement, snapshot, now, options);
  return report ? `\n\n---\n\n# ${report.title}\n\n${report.body}\n` : '';
}
