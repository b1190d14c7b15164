// `engagement-keeper portfolio --facts <dir>`: the portfolio report, offline, from a folder of facts
// files (the artifacts of the portfolio workflow, or files written by `plan --facts`).
import { readFile, writeFile } from 'node:fs/promises';
import { readFactsFolder } from '../../action/facts-dir';
import { formatLocatedError } from '../../engagement/load-yaml';
import { portfolioLoad } from '../../portfolio/load-file';
import { DEFAULT_PORTFOLIO_PATH, loadPortfolio } from '../../portfolio/load';
import { portfolioReport } from '../../portfolio/plan';
import { askedWeekProblem, parseIsoWeek } from '../../summary';
import { parseOptions } from '../parse-options';
import type { CliCommand } from '../run';

const HELP = `Usage: engagement-keeper portfolio --facts <dir> [options]

Renders the portfolio report — every engagement's status, what recurs across projects, the vendor's
load — from a folder of facts files, offline, as the portfolio issue shows it. Nothing is written to
GitHub.

Options:
  --facts <dir>        the folder of facts files (*.json, subfolders included) (required)
  --config <path>      the portfolio file (default: ${DEFAULT_PORTFOLIO_PATH})
  --now <ISO time>     the time the report stands at (default: the newest facts' time)
  --week <week>        the ISO week to report, e.g. 2026-W48 (default: the week of --now)
  --load-out <file>    also write the portfolio-load file (what the vendor's people owe, for /extend)
  --json               print { title, body } as JSON
  -h, --help           show this help

Exit codes: 0 the report was printed, 1 an input could not be read or is invalid, 2 wrong usage.`;

export const portfolioCommand: CliCommand = {
  name: 'portfolio',
  summary: 'render the portfolio report from a folder of facts files (offline)',
  help: HELP,
  async run(args) {
    const values = parseOptions(
      args,
      {
        facts: { type: 'string' },
        config: { type: 'string' },
        now: { type: 'string' },
        week: { type: 'string' },
        'load-out': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      HELP,
    );
    if (!values) return 2;
    if (!values.facts) {
      console.error(`--facts is required.\n\n${HELP}`);
      return 2;
    }
    if (values.week && !parseIsoWeek(values.week)) {
      console.error(`--week must be an ISO week of that year such as 2026-W48, not ${values.week}.`);
      return 2;
    }
    const configPath = values.config ?? DEFAULT_PORTFOLIO_PATH;
    let text: string;
    try {
      text = await readFile(configPath, 'utf8');
    } catch {
      console.error(`Cannot read the portfolio file ${configPath} (set it with --config).`);
      return 1;
    }
    const loaded = loadPortfolio(text, configPath);
    if (!loaded.ok) {
      for (const error of loaded.errors) console.error(formatLocatedError(error));
      console.error(
        `The portfolio file has ${loaded.errors.length} error(s); run \`engagement-keeper validate ${configPath}\`.`,
      );
      return 1;
    }
    const folder = await readFactsFolder(values.facts);
    for (const problem of folder.problems) console.error(`warning: ${problem}`);
    const newest = folder.facts
      .map((f) => f.facts.generatedAt)
      .sort()
      .at(-1);
    const nowText = values.now ?? newest;
    const now = nowText ? new Date(nowText) : null;
    if (!now || Number.isNaN(now.getTime())) {
      console.error(
        nowText
          ? `--now must be an ISO time such as 2026-12-02T02:00:00Z, not ${nowText}.`
          : `No facts in ${values.facts}: give --now to render an empty report.`,
      );
      return nowText ? 2 : 1;
    }
    const weekProblem = values.week
      ? askedWeekProblem(values.week, now, loaded.portfolio.portfolio.time_zone)
      : null;
    if (weekProblem) {
      console.error(`--week ${weekProblem}.`);
      return 2;
    }
    const report = portfolioReport(loaded.portfolio, folder.facts, now, values.week);
    if (values['load-out']) {
      await writeFile(
        values['load-out'],
        `${JSON.stringify(portfolioLoad(loaded.portfolio, folder.facts, now), null, 2)}\n`,
      );
    }
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else console.log(`# ${report.title}\n\n${report.body}`);
    return 0;
  },
};
