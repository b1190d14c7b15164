// `engagement-keeper form [--config path] [--out path]`: prints the feedback issue form for the
// engagement's topics and milestones, ready for `.github/ISSUE_TEMPLATE/feedback.yml`.
import { readFile, writeFile } from 'node:fs/promises';
import { formatEngagementError, loadEngagement } from '../../engagement/load';
import { renderFeedbackForm } from '../../feedback/form';
import { parseOptions } from '../parse-options';
import type { CliCommand } from '../run';

const DEFAULT_CONFIG = '.github/engagement.yml';

const HELP = `Usage: engagement-keeper form [--config <path>] [--out <path>]

Prints the client feedback issue form (topic, importance, type, what happened, what was expected,
related milestone; English and Vietnamese labels) built from the engagement file's feedback topics
and milestones. Regenerate it whenever the topics change.

Options:
  --config <path>   the engagement file (default: ${DEFAULT_CONFIG})
  --out <path>      write the form to this file instead of printing it,
                    e.g. .github/ISSUE_TEMPLATE/feedback.yml
  -h, --help        show this help

Exit codes: 0 the form was printed or written, 1 the engagement file is missing or invalid, 2 wrong usage.`;

export const formCommand: CliCommand = {
  name: 'form',
  summary: 'print the feedback issue form for the engagement',
  help: HELP,
  async run(args) {
    const options = parseOptions(args, { config: { type: 'string' }, out: { type: 'string' } }, HELP);
    if (!options) return 2;
    const config = options.config ?? DEFAULT_CONFIG;
    let text: string;
    try {
      text = await readFile(config, 'utf8');
    } catch {
      console.error(`${config}: cannot be read. Give the engagement file with --config <path>.`);
      return 1;
    }
    const loaded = loadEngagement(text, config);
    if (!loaded.ok) {
      for (const error of loaded.errors) console.error(formatEngagementError(error));
      return 1;
    }
    const form = renderFeedbackForm(loaded.engagement);
    if (options.out) {
      await writeFile(options.out, form, 'utf8');
      console.log(`Wrote the feedback issue form to ${options.out}.`);
    } else {
      process.stdout.write(form);
    }
    return 0;
  },
};
