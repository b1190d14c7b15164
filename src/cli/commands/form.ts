// `engagement-keeper form [--config path] [--out path | --write [--force]]`: prints the feedback issue
// form for the engagement's topics and milestones, or writes both issue forms (feedback and deadline)
// into the ISSUE_TEMPLATE folder beside the engagement file, touching nothing else.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatEngagementError, loadEngagement } from '../../engagement/load';
import type { Engagement } from '../../engagement/schema';
import { renderFeedbackForm } from '../../feedback/form';
import { readFormsBeside } from '../form-labels';
import { DEFAULT_ENGAGEMENT_PATH, editedByHand, formTarget, generatedForms } from '../issue-forms';
import { parseOptions } from '../parse-options';
import type { CliCommand } from '../run';

const DEFAULT_CONFIG = DEFAULT_ENGAGEMENT_PATH;

const HELP = `Usage: engagement-keeper form [--config <path>] [--out <path> | --write [--force]]

Prints the client feedback issue form (topic, importance, type, what happened, what was expected,
related milestone; English and Vietnamese labels) built from the engagement file's feedback topics
and milestones. Regenerate the forms whenever the milestones, topics or labels change: --write
rewrites both issue forms and nothing else (not the engagement file, not the workflow).

Options:
  --config <path>   the engagement file (default: ${DEFAULT_CONFIG})
  --out <path>      write the feedback form to this file instead of printing it
  --write           write the feedback and the deadline form into the ISSUE_TEMPLATE folder beside
                    the engagement file (.github/ISSUE_TEMPLATE/feedback.yml and deadline.yml, or
                    the files of those forms already there). A form edited by hand in more than
                    what the engagement file makes of it (its name, time zone, labels, topics,
                    milestones) is not overwritten: nothing is written
  --force           with --write: overwrite forms edited by hand too
  -h, --help        show this help

Exit codes: 0 the form was printed or the forms written (or already up to date), 1 the engagement
file is missing or invalid, or a form edited by hand is in the way (without --force), 2 wrong usage.`;

const OPTIONS = {
  config: { type: 'string' },
  out: { type: 'string' },
  write: { type: 'boolean' },
  force: { type: 'boolean' },
} as const;

export const formCommand: CliCommand = {
  name: 'form',
  summary: 'print the feedback issue form, or write both issue forms (--write)',
  help: HELP,
  async run(args) {
    const options = parseOptions(args, OPTIONS, HELP);
    if (!options) return 2;
    if (options.write && options.out !== undefined) {
      console.error(`Give --out or --write, not both.\n\n${HELP}`);
      return 2;
    }
    if (options.force && !options.write) {
      console.error(`--force goes with --write (it lets --write overwrite forms edited by hand).\n\n${HELP}`);
      return 2;
    }
    const config = options.config ?? DEFAULT_CONFIG;
    let text: string;
    try {
      text = await readFile(config, 'utf8');
    } catch {
      console.error(
        `${config}: cannot be read. Give the engagement file with --config <path>` +
          (options.config === undefined ? ', or create one with `engagement-keeper init`.' : '.'),
      );
      return 1;
    }
    const loaded = loadEngagement(text, config);
    if (!loaded.ok) {
      for (const error of loaded.errors) console.error(formatEngagementError(error));
      return 1;
    }
    if (options.write) return writeForms(config, loaded.engagement, options.force ?? false);
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

/** `--write`: both forms beside the engagement file, all or nothing when one is in the way. */
async function writeForms(config: string, engagement: Engagement, force: boolean): Promise<number> {
  const committed = await readFormsBeside(config);
  const plans = generatedForms(engagement).map((form) => {
    const target = formTarget(config, form, committed);
    const current = committed.find((file) => file.path === target)?.text;
    const state =
      current === undefined
        ? 'new'
        : current === form.text
          ? 'unchanged'
          : editedByHand(form.kind, current, form.text)
            ? 'edited'
            : 'behind';
    return { form, target, state };
  });
  const inTheWay = plans.filter((plan) => plan.state === 'edited');
  if (inTheWay.length > 0 && !force) {
    console.error(
      `These forms were edited by hand (they differ from the generated ones in more than the engagement file's ` +
        `name, time zone, labels, topics and milestones); nothing was written:\n` +
        inTheWay.map((plan) => `  ${plan.target}`).join('\n') +
        `\nCarry your edits over by hand, or overwrite them with --force and take back what you need from \`git diff\`.`,
    );
    return 1;
  }
  for (const plan of plans) {
    if (plan.state === 'unchanged') {
      console.log(`${plan.target} is up to date`);
      continue;
    }
    await mkdir(path.dirname(plan.target), { recursive: true });
    await writeFile(plan.target, plan.form.text, 'utf8');
    console.log(`wrote ${plan.target}`);
  }
  return 0;
}
