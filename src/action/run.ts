// One run of the action: read inputs and the event, load the engagement file, read the repository,
// plan, and apply the plan (or only show it, in a dry run). Returns the exit code.
import { readFile } from 'node:fs/promises';
import { isBot } from '../core/markers';
import { planRun } from '../core/planner';
import { formatEngagementError, loadEngagement } from '../engagement/load';
import { createGitHubClient, type ClientPacing } from '../github/client';
import { systemClock, type Clock, type PacerLimits } from '../github/content-pacer';
import { executePlan } from '../github/execute';
import { resolveBotLogin } from '../github/identity';
import { readSnapshot } from '../github/read-snapshot';
import { describeError } from '../github/request-errors';
import { keptIssueLabels, trackedLabels } from '../github/tracked-labels';
import { readEngagementText } from './config-file';
import { decideScope } from './event';
import { readInputs } from './inputs';
import type { ActionIO } from './io';
import { oneLineSummary, planJson, planTable, writeTarget } from './plan-report';

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
  const parsed = readInputs((name) => io.getInput(name));
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.error(problem, { title: 'engagement-keeper input' });
    io.setFailed(`engagement-keeper: ${parsed.problems.length} input problem(s); nothing was written.`);
    return 1;
  }
  const inputs = parsed.inputs;

  const eventName = env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
  const payload = env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const decision = decideScope(eventName, payload);
  if (!decision.run) {
    io.notice(decision.notice);
    return 0;
  }
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) {
    io.setFailed('engagement-keeper: GITHUB_REPOSITORY is not set to `owner/name`.');
    return 1;
  }

  const client = createGitHubClient({
    token: inputs.token,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(env.GITHUB_GRAPHQL_URL ? { graphqlUrl: env.GITHUB_GRAPHQL_URL } : {}),
    log: { info: (m) => io.info(m), warning: (m) => io.warning(m) },
    ...(environment.pacing ? { pacing: environment.pacing } : {}),
  });

  try {
    const botLogin = await resolveBotLogin(client);
    if (decision.sender && isBot({ botLogin }, decision.sender)) {
      io.notice(`This event was caused by engagement-keeper itself (${decision.sender}); nothing to do.`);
      return 0;
    }

    const config = await readEngagementText(client, { owner, name }, env.GITHUB_WORKSPACE, inputs.configPath);
    if (!config) {
      io.setFailed(
        `engagement-keeper: no engagement file at \`${inputs.configPath}\`. Add one (start from examples/engagement.minimal.yml) or set the \`config\` input.`,
      );
      return 1;
    }
    const loaded = loadEngagement(config.text, config.source);
    if (!loaded.ok) {
      for (const error of loaded.errors) {
        io.error(`${error.message}${error.hint ? ` (${error.hint})` : ''}`, {
          title: `engagement file: ${error.path}`,
          file: error.file,
          startLine: error.line,
          startColumn: error.column,
          endLine: error.endLine ?? error.line,
          endColumn: error.endColumn ?? error.column,
        });
        io.info(formatEngagementError(error));
      }
      io.setFailed(
        `engagement-keeper: the engagement file has ${loaded.errors.length} error(s); nothing was written.`,
      );
      return 1;
    }
    for (const warning of loaded.warnings) {
      io.warning(warning.message, {
        title: `engagement file: ${warning.path}`,
        file: warning.file,
        startLine: warning.line,
        startColumn: warning.column,
      });
    }
    const engagement = loaded.engagement;

    const readAt = new Date(clock.now()).toISOString();
    const { snapshot, stats } = await readSnapshot(client, {
      owner,
      name,
      botLogin,
      trackedLabels: trackedLabels(engagement),
      keptLabels: keptIssueLabels(engagement),
      scope: decision.scope,
      readAt,
    });
    io.info(
      `Read ${snapshot.issues.length} issues (${decision.scope.kind === 'full' ? 'full scan' : `event on #${decision.scope.number}`}) in ${stats.requests} GraphQL requests (${stats.extraCommentPages} extra comment pages), cost ${stats.cost}, ${stats.remaining ?? '?'} points left; writing as ${botLogin}.`,
    );

    const now = inputs.now ?? new Date(clock.now());
    const plan = planRun(engagement, snapshot, now, {
      ...(inputs.locale ? { locale: inputs.locale } : {}),
      ...(inputs.summaryWeek ? { summaryWeek: inputs.summaryWeek } : {}),
    });
    for (const note of plan.notes) io.notice(note);
    io.setOutput('planned', plan.writes.length);
    io.setOutput('plan', planJson(plan));

    if (inputs.dryRun) {
      io.setOutput('writes', plan.writes.length);
      io.setOutput('remaining', 0);
      io.setOutput('failed', 0);
      await io.writeSummary(
        `## engagement-keeper — dry run\n\nNothing was written. The plan for ${now.toISOString()}:\n\n${planTable(plan)}`,
      );
      io.info(oneLineSummary(plan, null, true));
      return 0;
    }

    const report = await executePlan(plan, {
      client,
      snapshot,
      budget: inputs.operationsPerRun,
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
    io.setOutput('writes', report.wrote);
    io.setOutput('remaining', report.left);
    io.setOutput('failed', report.failed + report.skipped);
    const summary = oneLineSummary(plan, report, false);
    await io.writeSummary(`## engagement-keeper\n\n${summary}\n\n${planTable(plan, report)}`);
    io.info(summary);
    io.info(
      `GitHub requests: ${client.counters.graphql} GraphQL (cost ${client.counters.graphqlCost}), ${client.counters.rest} REST (${client.counters.writes} writes).`,
    );
    if (report.left > 0)
      io.notice(
        `${report.left} writes left for the next run (operations-per-run is ${inputs.operationsPerRun}).`,
      );
    if (report.failed + report.skipped > 0) {
      io.setFailed(
        `engagement-keeper: ${report.failed} write(s) failed and ${report.skipped} could not be attempted; the next run tries again.`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    io.setFailed(`engagement-keeper: ${describeError(error)}`);
    return 1;
  }
}
