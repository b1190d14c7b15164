// `engagement-keeper init`: sets up a repository for a new engagement in one step — a commented
// engagement file, the workflow, and the issue forms generated for this engagement — from flags, or
// from questions when a terminal is attached. Never overwrites a file without --force.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { loadEngagement, type EngagementError } from '../../engagement/load';
import { LOCALES, type Engagement, type Locale } from '../../engagement/schema';
import { renderEngagementFile, type InitAnswers } from '../init/engagement-file';
import { ENGAGEMENT_PATH, generatedFiles, type InitFile } from '../init/files';
import { parseActionReference, type ActionReference } from '../init/action-reference';
import { ACTION_REPOSITORY, DEFAULT_USES } from '../init/workflow';
import { parseOptions } from '../parse-options';
import type { CliCommand } from '../run';

const HELP = `Usage: engagement-keeper init [options]

Sets up the current repository (or --dir) for one client engagement. Writes:
  ${ENGAGEMENT_PATH}                   the engagement file, commented, with your answers
  .github/workflows/engagement.yml         the workflow: hourly every day, issue and comment events
  .github/ISSUE_TEMPLATE/feedback.yml      the client feedback form for this engagement
  .github/ISSUE_TEMPLATE/deadline.yml      the handoff deadline form
  .github/ISSUE_TEMPLATE/config.yml        issue chooser settings
Questions are asked for what the flags leave out when a terminal is attached; otherwise the four
required flags must be given.

Options:
  --name <text>           the engagement's name (required)
  --time-zone <zone>      IANA time zone, e.g. Asia/Ho_Chi_Minh (required)
  --client <@login>       the client's primary contact (required)
  --vendor <@login>       your side's primary contact (required)
  --locale <en|vi>        language for the team and the summary (default en)
  --adopted-on <date>     YYYY-MM-DD: issues filed before it are not answered as if new (default today)
  --uses <owner/repo@ref> where the workflow takes the action from (default ${DEFAULT_USES});
                          the ref is required: @v1, or @<full commit SHA> to pin it
  --dir <path>            the repository's root (default: the current directory)
  --force                 overwrite files that exist
  -h, --help              show this help

Exit codes: 0 written, 1 files exist (without --force) or the answers are not valid, 2 wrong usage.`;

const OPTIONS = {
  name: { type: 'string' },
  'time-zone': { type: 'string' },
  client: { type: 'string' },
  vendor: { type: 'string' },
  locale: { type: 'string' },
  'adopted-on': { type: 'string' },
  uses: { type: 'string' },
  dir: { type: 'string' },
  force: { type: 'boolean' },
} as const;

type Asker = (question: string, fallback?: string) => Promise<string>;

function todayIn(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

async function withAsker<T>(run: (ask: Asker | null) => Promise<T>): Promise<T> {
  if (!process.stdin.isTTY) return run(null);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await run(async (question, fallback) => {
      const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
      return answer || fallback || '';
    });
  } finally {
    rl.close();
  }
}

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'write the engagement file, workflow and issue forms for a new engagement',
  help: HELP,
  async run(args) {
    const options = parseOptions(args, OPTIONS, HELP);
    if (!options) return 2;
    const root = path.resolve(options.dir ?? '.');
    let reference: ActionReference = { repository: ACTION_REPOSITORY, ref: 'v1' };
    if (options.uses !== undefined) {
      const parsed = parseActionReference(options.uses);
      if (!parsed.ok) {
        console.error(`--uses: ${parsed.problem}. Nothing was written.`);
        return 2;
      }
      reference = parsed.reference;
    }

    const answers = await withAsker(async (ask) => {
      const value = async (given: string | undefined, question: string, fallback?: string) =>
        given ?? (ask ? await ask(question, fallback) : undefined);
      const name = await value(options.name, 'Engagement name (e.g. Acme landing page)');
      const timeZone = await value(options['time-zone'], 'Time zone (IANA)', localZone());
      const client = await value(options.client, "Client's primary contact (GitHub @login)");
      const vendor = await value(options.vendor, 'Your primary contact (GitHub @login)');
      const locale = await value(options.locale, 'Language for the team (en or vi)', 'en');
      return { name, timeZone, client, vendor, locale: locale ?? 'en' };
    });
    const missing = (
      [
        ['--name', answers.name],
        ['--time-zone', answers.timeZone],
        ['--client', answers.client],
        ['--vendor', answers.vendor],
      ] as const
    )
      .filter(([, given]) => !given)
      .map(([flag]) => flag);
    if (missing.length > 0) {
      console.error(`init needs ${missing.join(', ')} (no terminal to ask in).\n\n${HELP}`);
      return 2;
    }
    if (!(LOCALES as readonly string[]).includes(answers.locale)) {
      console.error(`--locale must be ${LOCALES.join(' or ')}, not "${answers.locale}".`);
      return 2;
    }
    const full: InitAnswers = {
      name: answers.name!,
      timeZone: answers.timeZone!,
      clientContact: answers.client!.replace(/^@/u, ''),
      vendorContact: answers.vendor!.replace(/^@/u, ''),
      locale: answers.locale as Locale,
      adoptedOn: options['adopted-on'] ?? todayIn(answers.timeZone!),
      version: reference.ref,
      repository: reference.repository,
    };
    const given: Readonly<Record<Flag, string>> = {
      '--name': full.name,
      '--time-zone': full.timeZone,
      '--client': answers.client!,
      '--vendor': answers.vendor!,
      '--locale': full.locale,
      '--adopted-on': full.adoptedOn,
    };

    const engagementText = renderEngagementFile(full);
    const loaded = loadEngagement(engagementText, ENGAGEMENT_PATH);
    if (!loaded.ok) {
      console.error('These answers do not make a valid engagement file; nothing was written:');
      for (const error of loaded.errors) console.error(`  ${asFlagProblem(error, given)}`);
      return 1;
    }
    for (const warning of loaded.warnings) console.error(`warning: ${asFlagProblem(warning, given)}`);
    const files: InitFile[] = [
      { path: ENGAGEMENT_PATH, text: engagementText },
      ...generatedFiles(loaded.engagement, options.uses ?? DEFAULT_USES),
    ];
    const existing = files.filter((file) => existsSync(path.join(root, file.path)));
    if (existing.length > 0 && !options.force) {
      console.error(
        `These files exist already; nothing was written (use --force to overwrite them):\n${existing.map((file) => `  ${file.path}`).join('\n')}`,
      );
      return 1;
    }
    for (const file of files) {
      const target = path.join(root, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.text, 'utf8');
      console.log(`wrote ${file.path}`);
    }
    console.log(nextSteps(full, loaded.engagement, options.uses));
    return 0;
  },
};

type Flag = '--name' | '--time-zone' | '--client' | '--vendor' | '--locale' | '--adopted-on';

/** The flag each field of the engagement file init writes comes from, with an example of a good value. */
const FLAGS: ReadonlyArray<{ field: string; flag: Flag; example: string }> = [
  { field: 'engagement.name', flag: '--name', example: '--name "Acme landing page"' },
  { field: 'engagement.time_zone', flag: '--time-zone', example: '--time-zone Europe/Berlin' },
  { field: 'engagement.locale', flag: '--locale', example: '--locale vi' },
  { field: 'engagement.adopted_on', flag: '--adopted-on', example: '--adopted-on 2026-12-01' },
  { field: 'contacts.client', flag: '--client', example: '--client @acme-jane' },
  { field: 'contacts.vendor', flag: '--vendor', example: '--vendor @studio-sam' },
];

/**
 * A problem of the engagement file init would have written, told as the flag (or the question's
 * answer) it comes from: the file does not exist, so its lines and columns would point nowhere.
 */
function asFlagProblem(error: EngagementError, given: Readonly<Record<Flag, string>>): string {
  const source = FLAGS.find(({ field }) => error.path === field || error.path.startsWith(`${field}.`));
  if (!source) return `${error.path}: ${error.message}${error.hint ? ` (${error.hint})` : ''}`;
  // "is not a date: …" says nothing of what was given; "`2026-02-30` is not on the calendar" does.
  const message = /^(is|are|must|should|has|needs)\b/u.test(error.message)
    ? `\`${given[source.flag]}\` ${error.message}`
    : error.message;
  const advice =
    error.hint ?? (/\bwrite\b/u.test(error.message) ? undefined : `write e.g. \`${source.example}\``);
  return `${source.flag}: ${message}${advice ? ` (${advice})` : ''}`;
}

function nextSteps(answers: InitAnswers, engagement: Engagement, uses: string | undefined): string {
  const cli = `npx github:${answers.repository}#${answers.version}`;
  const commit = uses
    ? `  2. Commit the five files and push: the workflow takes the action from ${uses}.`
    : `  2. Replace OWNER with where you take the action from (or pin a full commit SHA) in
     .github/workflows/engagement.yml and in the first line of ${ENGAGEMENT_PATH} (the schema your
     editor checks the file against), or run init again with --uses owner/repo@ref; then commit the
     five files and push.`;
  return `
Next steps:
  1. Add the milestones you agreed with the client to ${ENGAGEMENT_PATH}, then regenerate the issue
     forms so that they offer them (only the two forms are rewritten), and check the file:
       ${cli} form --write
       ${cli} validate
${commit}
  3. Run the workflow once by hand with dry-run ticked (Actions → engagement-keeper → Run workflow):
     the job summary lists every write it would make, with the labels it would create.
  4. Run it without dry-run: it creates the labels the forms apply ("${engagement.feedback.label}", "${engagement.labels.deadline}", …), so
     client submissions arrive labelled. Issues filed before ${answers.adoptedOn} (adopted_on) are labelled, not answered.
  5. Tell @${answers.clientContact} where to file feedback: New issue → "Feedback / Góp ý".`;
}
