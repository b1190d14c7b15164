// `engagement-keeper plan --snapshot file.json`: what the action would write, offline, against a
// recorded repository. Nothing is sent anywhere; the same planner as the action runs on the file.
import { readFile, writeFile } from 'node:fs/promises';
import { buildFailedFacts, factsOfSnapshot, type RunFacts } from '../../facts-format';
import { planText } from '../../action/plan-report';
import type { Plan } from '../../core/plan';
import { planRun } from '../../plan/planner';
import { weeklyReport } from '../../plan/weekly-report';
import { askedWeekProblem } from '../../summary';
import type { Snapshot } from '../../core/snapshot';
import { EngagementFault } from '../../engagement/fault';
import { formatEngagementError, loadEngagement, locateFault } from '../../engagement/load';
import { LOCALES, type Locale } from '../../engagement/schema';
import { parseOptions } from '../parse-options';
import type { CliCommand } from '../run';
import { readSnapshotFile } from '../snapshot-file';
import { FIRST_YEAR, LAST_YEAR, withinSnapshotYears } from '../snapshot-schema';

const HELP = `Usage: engagement-keeper plan --snapshot <file.json> [options]

Shows the plan — every write the action would make, with its target, its reason and the start of its
text — for a snapshot recorded with \`engagement-keeper snapshot\`. Offline: nothing is written.

Options:
  --snapshot <file>       the snapshot (JSON) to plan against (required)
  --config <path>         the engagement file (default: .github/engagement.yml)
  --now <ISO time>        the time to plan at (default: when the snapshot was read)
  --locale <en|vi>        language for the team and the summary (default: the file's)
  --summary-week <week>   produce the weekly summary for this ISO week, e.g. 2026-W48
  --summary               also print the whole weekly summary report (for --summary-week, or the week
                          of --now), as the summary issue and the job summary show it
  --facts <file>          also write the run's facts (JSON, the format the portfolio reads; see
                          docs/portfolio.md) to this file — a failed engagement file writes failed facts
  --json                  print the plan as JSON
  -h, --help              show this help

Exit codes: 0 the plan was printed, 1 an input could not be read or is invalid, 2 wrong usage.`;

export interface PlanInputs {
  readonly snapshotPath: string;
  readonly configPath: string;
  readonly now?: string;
  readonly locale?: string;
  readonly summaryWeek?: string;
  readonly json: boolean;
  readonly summary?: boolean;
  /** Where to write the run's facts. */
  readonly factsPath?: string;
}

async function writeFacts(file: string, facts: RunFacts): Promise<boolean> {
  try {
    await writeFile(file, `${JSON.stringify(facts, null, 2)}\n`);
    return true;
  } catch (error) {
    console.error(`Cannot write the facts to ${file}: ${(error as Error).message}`);
    return false;
  }
}

/**
 * A throw from the planner on inputs that passed every check is a bug in engagement-keeper, not in the
 * files: said in one line, without a stack trace, like every other failure of the command.
 */
function internalError(error: unknown): number {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(
    `Internal error while planning (${what}): a bug in engagement-keeper, not in your files; nothing was planned. Please report it with the snapshot and the engagement file.`,
  );
  return 1;
}

/** Loads the inputs, plans, prints. Shared by `plan` and `demo`. */
export async function printPlan(inputs: PlanInputs, heading?: string): Promise<number> {
  // Checked before anything reads it: a hand-made or cut-off file gets its problems at file:line:column.
  const read = await readSnapshotFile(inputs.snapshotPath);
  if (!read.ok) {
    for (const line of read.report) console.error(line);
    return 1;
  }
  const snapshot: Snapshot = read.snapshot;
  let text: string;
  try {
    text = await readFile(inputs.configPath, 'utf8');
  } catch {
    console.error(`Cannot read the engagement file ${inputs.configPath} (set it with --config).`);
    return 1;
  }
  const loaded = loadEngagement(text, inputs.configPath);
  if (!loaded.ok) {
    for (const error of loaded.errors) console.error(formatEngagementError(error));
    if (inputs.factsPath) {
      const { owner, name } = snapshot.repository;
      await writeFacts(
        inputs.factsPath,
        buildFailedFacts({
          repository: { owner, name, url: `https://github.com/${owner}/${name}` },
          configPath: inputs.configPath,
          at: new Date(snapshot.readAt),
          failure: {
            kind: 'engagement_file',
            reason: `the engagement file has ${loaded.errors.length} error(s)`,
            details: loaded.errors.map(formatEngagementError),
          },
        }),
      );
    }
    console.error(
      `The engagement file has ${loaded.errors.length} error(s); run \`engagement-keeper validate\`.`,
    );
    return 1;
  }
  const nowText = inputs.now ?? snapshot.readAt;
  const now = new Date(nowText);
  if (Number.isNaN(now.getTime())) {
    console.error(`--now must be an ISO time such as 2026-12-02T02:00:00Z, not ${nowText}.`);
    return 2;
  }
  if (!withinSnapshotYears(now)) {
    console.error(
      `--now must be a time between ${FIRST_YEAR} and ${LAST_YEAR}, such as 2026-12-02T02:00:00Z, not ${nowText}.`,
    );
    return 2;
  }
  if (inputs.locale && !(LOCALES as readonly string[]).includes(inputs.locale)) {
    console.error(`--locale must be ${LOCALES.join(' or ')}, not ${inputs.locale}.`);
    return 2;
  }
  const weekProblem = inputs.summaryWeek
    ? askedWeekProblem(inputs.summaryWeek, now, loaded.engagement.engagement.time_zone)
    : null;
  if (weekProblem) {
    console.error(`--summary-week ${weekProblem}.`);
    return 2;
  }
  const options = {
    ...(inputs.locale ? { locale: inputs.locale as Locale } : {}),
    ...(inputs.summaryWeek ? { summaryWeek: inputs.summaryWeek } : {}),
  };
  let plan: Plan;
  let report: ReturnType<typeof weeklyReport> = null;
  try {
    plan = planRun(loaded.engagement, snapshot, now, options);
    if (inputs.summary) report = weeklyReport(loaded.engagement, snapshot, now, options);
  } catch (error) {
    if (!(error instanceof EngagementFault)) return internalError(error);
    console.error(formatEngagementError(locateFault(text, inputs.configPath, error)));
    console.error('The engagement file passes validation but cannot be planned; nothing was planned.');
    return 1;
  }
  if (inputs.factsPath) {
    let facts: RunFacts;
    try {
      facts = factsOfSnapshot(loaded.engagement, snapshot, now, inputs.configPath, options);
    } catch (error) {
      return internalError(error);
    }
    if (!(await writeFacts(inputs.factsPath, facts))) return 1;
  }
  if (inputs.json) {
    console.log(
      JSON.stringify(
        {
          now: now.toISOString(),
          writes: plan.writes,
          notes: plan.notes,
          ...(report ? { summary: report } : {}),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const repo = `${snapshot.repository.owner}/${snapshot.repository.name}`;
  console.log(
    heading ?? `Plan for ${repo} at ${now.toISOString()} (${snapshot.issues.length} issues in the snapshot):`,
  );
  console.log('');
  console.log(planText(plan));
  if (plan.notes.length > 0) {
    console.log('\nNotes:');
    for (const note of plan.notes) console.log(`  - ${note}`);
  }
  if (report) console.log(`\n---\n\n# ${report.title}\n\n${report.body}`);
  console.log(`\n${plan.writes.length} writes planned; nothing was written.`);
  return 0;
}

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'show what the action would write for a recorded snapshot (offline)',
  help: HELP,
  async run(args) {
    const values = parseOptions(
      args,
      {
        snapshot: { type: 'string' },
        config: { type: 'string' },
        now: { type: 'string' },
        locale: { type: 'string' },
        'summary-week': { type: 'string' },
        json: { type: 'boolean', default: false },
        summary: { type: 'boolean', default: false },
        facts: { type: 'string' },
      },
      HELP,
    );
    if (!values) return 2;
    if (!values.snapshot) {
      console.error(`--snapshot is required.\n\n${HELP}`);
      return 2;
    }
    return printPlan({
      snapshotPath: values.snapshot,
      configPath: values.config ?? '.github/engagement.yml',
      json: values.json ?? false,
      summary: values.summary ?? false,
      ...(values.now ? { now: values.now } : {}),
      ...(values.locale ? { locale: values.locale } : {}),
      ...(values['summary-week'] ? { summaryWeek: values['summary-week'] } : {}),
      ...(values.facts ? { factsPath: values.facts } : {}),
    });
  },
};
