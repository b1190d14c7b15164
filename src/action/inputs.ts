// The action's inputs (action.yml), read and checked once. A wrong value stops the run with a message
// that says what to write instead.
import { LOCALES, type Locale } from '../engagement/schema';
import { parseIsoWeek } from '../summary';

export interface ActionInputs {
  readonly token: string;
  readonly configPath: string;
  readonly dryRun: boolean;
  readonly operationsPerRun: number;
  /** Replaces the clock for replays and tests; null means the real time. */
  readonly now: Date | null;
  readonly locale: Locale | undefined;
  readonly summaryWeek: string | undefined;
  /** The repository to run on (`owner/name`); undefined means the workflow's own. */
  readonly repository: string | undefined;
  /** A portfolio-load file: what the vendor's people owe on other engagements. */
  readonly portfolioLoad: string | undefined;
  /** The workflow's own token, to recognise it as `github-actions[bot]` (GitHub will not say). */
  readonly workflowToken: string | undefined;
  /** Who an app installation token writes as (`my-app[bot]`), when it is not the workflow's token. */
  readonly botLogin: string | undefined;
}

export type InputReader = (name: string) => string;

export function readInputs(
  read: InputReader,
): { ok: true; inputs: ActionInputs } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const token = read('github-token').trim();
  if (!token)
    problems.push('`github-token` is empty: pass `${{ github.token }}` or a token with `issues: write`.');
  const dryRunText = read('dry-run').trim().toLowerCase() || 'false';
  if (!['true', 'false'].includes(dryRunText))
    problems.push(`\`dry-run\` must be \`true\` or \`false\`, not \`${dryRunText}\`.`);
  const opsText = read('operations-per-run').trim() || '100';
  const operationsPerRun = Number(opsText);
  if (!Number.isInteger(operationsPerRun) || operationsPerRun < 0) {
    problems.push(`\`operations-per-run\` must be a whole number (0 or more), not \`${opsText}\`.`);
  }
  const nowText = read('now').trim();
  const now = nowText ? new Date(nowText) : null;
  if (now && (!/^\d{4}-\d{2}-\d{2}T/u.test(nowText) || Number.isNaN(now.getTime()))) {
    problems.push(`\`now\` must be an ISO 8601 time such as \`2026-12-07T09:00:00Z\`, not \`${nowText}\`.`);
  }
  const localeText = read('locale').trim();
  if (localeText && !(LOCALES as readonly string[]).includes(localeText)) {
    problems.push(
      `\`locale\` must be ${LOCALES.map((l) => `\`${l}\``).join(' or ')} (or empty), not \`${localeText}\`.`,
    );
  }
  const summaryWeek = read('summary-week').trim();
  // The core's own week parser, so a week the year does not have (2026-W53) is refused here too.
  if (summaryWeek && !parseIsoWeek(summaryWeek)) {
    problems.push(
      `\`summary-week\` must be an ISO week of that year such as \`2026-W48\`, not \`${summaryWeek}\`.`,
    );
  }
  const repository = read('repository').trim();
  if (repository && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/u.test(repository)) {
    problems.push(
      `\`repository\` must be \`owner/name\` (or empty for this repository), not \`${repository}\`.`,
    );
  }
  const botLogin = read('bot-login').trim().replace(/^@/u, '');
  if (botLogin && !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?$/u.test(botLogin)) {
    problems.push(`\`bot-login\` must be a GitHub login such as \`my-app[bot]\`, not \`${botLogin}\`.`);
  }
  const workflowToken = read('workflow-token').trim();
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    inputs: {
      token,
      configPath: read('config').trim() || '.github/engagement.yml',
      dryRun: dryRunText === 'true',
      operationsPerRun,
      now,
      locale: localeText ? (localeText as Locale) : undefined,
      summaryWeek: summaryWeek || undefined,
      repository: repository || undefined,
      portfolioLoad: read('portfolio-load').trim() || undefined,
      workflowToken: workflowToken || undefined,
      botLogin: botLogin || undefined,
    },
  };
}
