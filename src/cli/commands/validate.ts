// `engagement-keeper validate [path]`: checks an engagement file and reports every problem at its
// file:line:column, the way the action would before it touches GitHub.
import { futureHandovers } from '../../engagement/handover-dates';
import { readFile } from 'node:fs/promises';
import {
  formatEngagementError,
  loadEngagement,
  type EngagementError,
  type LoadResult,
} from '../../engagement/load';
import type { Engagement } from '../../engagement/schema';
import { loadPortfolio } from '../../portfolio/load';
import type { Portfolio } from '../../portfolio/schema';
import { formLabelWarnings, readFormsBeside } from '../form-labels';
import { formDriftWarnings, regenerateCommand } from '../issue-forms';
import type { CliCommand } from '../run';

const DEFAULT_PATH = '.github/engagement.yml';

const HELP = `Usage: engagement-keeper validate [path] [--json] [--portfolio]

Checks an engagement file: YAML syntax, every field against the schema, and the rules across fields
(milestone ids and dependencies, dates, time zone, holiday country, handles, durations, SLAs).
Warns when an issue form in the ISSUE_TEMPLATE folder beside the file applies another label than
the one the engagement file watches (feedback.label, labels.deadline), or offers other milestones,
topics or another time zone than the file's (\`engagement-keeper form --write\` regenerates them).
A portfolio file (a file named portfolio.yml, or with --portfolio) is checked the same way: its
engagements, groups and portfolio issue settings.

Arguments:
  path      the engagement file (default: ${DEFAULT_PATH})

Options:
  --json    print the result as JSON: { ok, file, errors, warnings, summary }
  --portfolio  check the file as a portfolio file whatever its name
  -h, --help  show this help

Exit codes: 0 the file is valid (warnings may be printed), 1 it is not or cannot be read,
2 the command line is wrong.`;

function contactCount(engagement: Engagement): number {
  const handles = new Set<string>();
  for (const side of [engagement.contacts.client, engagement.contacts.vendor]) {
    for (const contact of [side.primary, ...side.alternates, side.account_manager]) {
      if (contact) handles.add(contact.handle.toLowerCase());
    }
  }
  return handles.size;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summaryLine(file: string, engagement: Engagement): string {
  return (
    `✓ ${file}: "${engagement.engagement.name}" is valid — ${plural(engagement.milestones.length, 'milestone')}, ` +
    `${plural(contactCount(engagement), 'contact')}, time zone ${engagement.engagement.time_zone}`
  );
}

/** Reads the file; a missing or unreadable file becomes an error at its path, never an exception. */
async function readCheckedFile(file: string): Promise<{ text: string } | { error: EngagementError }> {
  try {
    return { text: await readFile(file, 'utf8') };
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory, not an engagement file'
          : `cannot be read (${code ?? String(caught)})`;
    const hint =
      code === 'ENOENT' || code === 'EISDIR'
        ? 'create it with `engagement-keeper init`, which writes a commented engagement file with the ' +
          'workflow and the issue forms. Or give the path of your file'
        : undefined;
    return { error: { file, line: 1, column: 1, path: '(file)', message, ...(hint ? { hint } : {}) } };
  }
}

function portfolioLine(file: string, portfolio: Portfolio): string {
  return (
    `✓ ${file}: portfolio "${portfolio.portfolio.name}" is valid — ${plural(portfolio.engagements.length, 'engagement')}, ` +
    `${plural(portfolio.groups.length, 'group')}, time zone ${portfolio.portfolio.time_zone}`
  );
}

/** The portfolio's result in the engagement result's shape, so both print the same way. */
type Checked =
  | { ok: true; line: string; summary: Record<string, unknown>; warnings: EngagementError[] }
  | { ok: false; errors: EngagementError[] };

/**
 * Adds a warning for each issue form beside the file that applies a label the file does not watch,
 * or whose milestones, topics or time zone are behind the file.
 */
async function withFormWarnings(file: string, loaded: LoadResult): Promise<LoadResult> {
  if (!loaded.ok) return loaded;
  const forms = await readFormsBeside(file);
  const regenerate = regenerateCommand(file);
  const labels = formLabelWarnings(loaded.engagement, forms, regenerate);
  const drift = formDriftWarnings(
    loaded.engagement,
    forms,
    regenerate,
    new Set(labels.map((warning) => warning.file)),
  );
  return { ...loaded, warnings: [...loaded.warnings, ...labels, ...drift] };
}

/** A `handed_over_on` still to come, judged on today's date (the loader's checks read no clock). */
function withHandoverWarnings(text: string, file: string, loaded: LoadResult): LoadResult {
  if (!loaded.ok) return loaded;
  const future = futureHandovers(text, file, loaded.engagement, new Date());
  return { ...loaded, warnings: [...loaded.warnings, ...future] };
}

function checkedEngagement(file: string, result: LoadResult): Checked {
  if (!result.ok) return result;
  const engagement = result.engagement;
  return {
    ok: true,
    line: summaryLine(file, engagement),
    warnings: result.warnings,
    summary: {
      name: engagement.engagement.name,
      milestones: engagement.milestones.length,
      contacts: contactCount(engagement),
      timeZone: engagement.engagement.time_zone,
    },
  };
}

function checkedPortfolio(file: string, text: string): Checked {
  const result = loadPortfolio(text, file);
  if (!result.ok) return result;
  const portfolio = result.portfolio;
  return {
    ok: true,
    line: portfolioLine(file, portfolio),
    warnings: result.warnings,
    summary: {
      name: portfolio.portfolio.name,
      engagements: portfolio.engagements.length,
      groups: portfolio.groups.length,
      timeZone: portfolio.portfolio.time_zone,
    },
  };
}

function printHuman(file: string, result: Checked): void {
  if (result.ok) {
    console.log(result.line);
    for (const warning of result.warnings) console.log(`warning: ${formatEngagementError(warning)}`);
    return;
  }
  for (const error of result.errors) console.log(formatEngagementError(error));
  console.log(`✗ ${file}: ${plural(result.errors.length, 'error')}`);
}

function printJson(file: string, result: Checked): void {
  const output = result.ok
    ? { ok: true, file, errors: [], warnings: result.warnings, summary: result.summary }
    : { ok: false, file, errors: result.errors, warnings: [] };
  console.log(JSON.stringify(output, null, 2));
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: `check an engagement file (default ${DEFAULT_PATH}) and show every error`,
  help: HELP,
  async run(args) {
    const json = args.includes('--json');
    const unknownOptions = args.filter(
      (arg) => arg.startsWith('-') && arg !== '--json' && arg !== '--portfolio',
    );
    const paths = args.filter((arg) => !arg.startsWith('-'));
    if (unknownOptions.length > 0 || paths.length > 1) {
      const problem =
        unknownOptions.length > 0 ? `Unknown option ${unknownOptions.join(', ')}.` : 'Give at most one path.';
      console.error(`${problem}\n\n${HELP}`);
      return 2;
    }
    const file = paths[0] ?? DEFAULT_PATH;
    const read = await readCheckedFile(file);
    const asPortfolio = args.includes('--portfolio') || /(^|[\\/])portfolio\.ya?ml$/u.test(file);
    const result: Checked =
      'error' in read
        ? { ok: false, errors: [read.error] }
        : asPortfolio
          ? checkedPortfolio(file, read.text)
          : checkedEngagement(
              file,
              withHandoverWarnings(
                read.text,
                file,
                await withFormWarnings(file, loadEngagement(read.text, file)),
              ),
            );
    if (json) printJson(file, result);
    else printHuman(file, result);
    return result.ok ? 0 : 1;
  },
};
