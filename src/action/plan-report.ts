// The plan as people read it: a markdown table for the job summary, plain text for the command line,
// JSON for the `plan` output. Each write shows what it does, to which issue, and why.
import { describeIssueRef, type Plan, type Write } from '../core/plan';
import type { ExecutionReport, OutcomeStatus } from '../github/execute';
import { logFragment, logSafe } from './log-safe';

export function writeTarget(write: Write): string {
  switch (write.kind) {
    case 'create-label':
      return `label "${logFragment(write.name)}"`;
    case 'open-issue':
      return `new issue "${logFragment(write.title)}"`;
    case 'edit-comment':
    case 'delete-comment':
      return `${describeIssueRef(write.issue)} comment ${write.commentId}`;
    default:
      return describeIssueRef(write.issue);
  }
}

/** What the write changes, in a few words (labels, assignees, state). */
export function writeSummary(write: Write): string {
  switch (write.kind) {
    case 'create-label':
      return `colour #${write.color}`;
    case 'add-labels':
      return write.labels.map((label) => `+${label}`).join(', ');
    case 'remove-label':
      return `-${write.label}`;
    case 'assign':
      return write.assignees.map((login) => `@${login}`).join(', ');
    case 'close-issue':
      return write.stateReason;
    case 'pin-issue':
      return 'pinned';
    case 'open-issue':
      return [
        ...write.labels.map((label) => `+${label}`),
        ...write.assignees.map((login) => `@${login}`),
      ].join(', ');
    case 'edit-issue':
      return [write.title !== undefined ? 'title' : '', write.body !== undefined ? 'body' : '']
        .filter(Boolean)
        .join(' and ');
    default:
      return '';
  }
}

/** The first words of a body without markers, on one line. */
export function bodyPreview(write: Write, length = 160): string | null {
  if (!('body' in write) || write.body === undefined) return null;
  const text = write.body
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
}

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');
}

const STATUS_WORDS: Record<OutcomeStatus, string> = {
  wrote: 'done',
  already: 'already done',
  failed: 'FAILED',
  left: 'left for next run',
  skipped: 'skipped',
};

export function planTable(plan: Plan, report?: ExecutionReport): string {
  if (plan.writes.length === 0) return '_No writes: the repository is up to date._\n';
  const rows = plan.writes.map((write, index) => {
    const outcome = report?.outcomes[index];
    const status = outcome
      ? `${STATUS_WORDS[outcome.status]}${outcome.detail ? ` (${outcome.detail})` : ''}`
      : '';
    const what = [write.kind, writeSummary(write)].filter(Boolean).join(': ');
    return `| ${index + 1} | ${cell(what)} | ${cell(writeTarget(write))} | ${cell(write.reason)} |${report ? ` ${cell(status)} |` : ''}`;
  });
  const head = report
    ? '| # | Kind | Target | Reason | Outcome |\n|---|---|---|---|---|'
    : '| # | Kind | Target | Reason |\n|---|---|---|---|';
  return `${head}\n${rows.join('\n')}\n`;
}

export function planText(plan: Plan): string {
  if (plan.writes.length === 0) return 'No writes: the repository is up to date.';
  const lines: string[] = [];
  plan.writes.forEach((write, index) => {
    const summary = writeSummary(write);
    lines.push(
      `${String(index + 1).padStart(3)}. ${write.kind} → ${writeTarget(write)}${summary ? `  (${summary})` : ''}`,
    );
    lines.push(`     why: ${logFragment(write.reason, 1_000)}`);
    const preview = bodyPreview(write);
    if (preview) lines.push(`     text: ${logFragment(preview, 200)}`);
  });
  // The command line may run inside a workflow too: its output is a log like the action's.
  return logSafe(lines.join('\n'));
}

/** `engagement-keeper: 12 planned, 10 written, 1 already done, 0 failed, 1 left for the next run`. */
export function oneLineSummary(plan: Plan, report: ExecutionReport | null, dryRun: boolean): string {
  if (dryRun || !report)
    return `engagement-keeper (dry run): ${plan.writes.length} writes planned, none made.`;
  const parts = [
    `${plan.writes.length} planned`,
    `${report.wrote} written`,
    `${report.already} already done`,
    `${report.failed} failed`,
  ];
  if (report.skipped > 0) parts.push(`${report.skipped} skipped`);
  const line = `engagement-keeper: ${parts.join(', ')}`;
  return report.left > 0 ? `${line}; ${report.left} writes left for the next run.` : `${line}.`;
}
