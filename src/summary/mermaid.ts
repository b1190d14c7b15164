// Mermaid charts GitHub renders in the summary. Titles come from people (milestone titles, topic
// names, client-filed issue titles), so every piece of text is made inert before it reaches the
// chart: a stray `:`, `#`, `;`, `%%` or backtick would otherwise end a task name, start a comment or
// close the code fence, and the whole chart would fail to render.
import type { MilestoneStatus } from '../core/facts';

export interface GanttTask {
  readonly title: string;
  readonly section: string;
  readonly status: MilestoneStatus;
  /** Local dates `YYYY-MM-DD`. */
  readonly baseline: string;
  readonly current: string;
  readonly baselineLabel: string;
}

export interface PieSlice {
  readonly label: string;
  readonly value: number;
}

const MAX_TEXT = 60;

// Words that start a statement in a gantt chart: a task named like this would be read as the statement.
const GANTT_KEYWORDS =
  /^(?:gantt|title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|acctitle|accdescr|click|call|href|displaymode)\b/iu;

/** Text safe inside a Mermaid statement: one line, no statement, comment or fence syntax. */
export function mermaidText(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/:/gu, '∶')
    .replace(/#/gu, '＃')
    .replace(/;/gu, '﹔')
    .replace(/%/gu, '％')
    .replace(/`/gu, 'ʼ')
    .replace(/"/gu, '”')
    .replace(/</gu, '‹')
    .replace(/>/gu, '›')
    .replace(/&/gu, '＆')
    .replace(/[{}[\]]/gu, (c) => ({ '{': '(', '}': ')', '[': '(', ']': ')' })[c] ?? c)
    .replace(/\\/gu, '/')
    .replace(/\s+/gu, ' ')
    .trim();
  const cut = cleaned.length > MAX_TEXT ? `${cleaned.slice(0, MAX_TEXT - 1).trimEnd()}…` : cleaned;
  const text2 = cut.length === 0 ? fallback : cut;
  return GANTT_KEYWORDS.test(text2) ? `› ${text2}` : text2;
}

const TAGS: Readonly<Record<MilestoneStatus, string>> = {
  upcoming: '',
  due_soon: '',
  at_risk: 'active, ',
  overdue: 'crit, ',
  done_on_time: 'done, ',
  done_late: 'crit, done, ',
};

/**
 * One bar per milestone from its earliest to its latest date (baseline or current), styled by status:
 * done, late (crit) and at risk (active). A moved milestone also gets a diamond on its baseline date.
 */
export function ganttChart(title: string, tasks: readonly GanttTask[]): string {
  const lines = [
    'gantt',
    `    title ${mermaidText(title, 'Milestones')}`,
    '    dateFormat YYYY-MM-DD',
    '    axisFormat %d/%m',
  ];
  const sections = [...new Set(tasks.map((task) => task.section))];
  let id = 0;
  for (const section of sections) {
    lines.push(`    section ${mermaidText(section, 'Milestones')}`);
    for (const task of tasks.filter((t) => t.section === section)) {
      id += 1;
      const name = mermaidText(task.title, `Milestone ${id}`);
      const start = task.baseline < task.current ? task.baseline : task.current;
      const end = task.baseline < task.current ? task.current : task.baseline;
      lines.push(`    ${name} : ${TAGS[task.status]}m${id}, ${start}, ${daysBetween(start, end) + 1}d`);
      if (task.baseline !== task.current) {
        lines.push(
          `    ${mermaidText(`${name} (${task.baselineLabel})`, `Milestone ${id}`)} : milestone, m${id}b, ${task.baseline}, 0d`,
        );
      }
    }
  }
  return lines.join('\n');
}

export function pieChart(title: string, slices: readonly PieSlice[]): string {
  const lines = [`pie title ${mermaidText(title, 'Feedback')}`];
  for (const slice of slices) {
    if (slice.value <= 0) continue;
    lines.push(`    "${mermaidText(slice.label, 'Other')}" : ${slice.value}`);
  }
  return lines.join('\n');
}

export function fence(chart: string): string {
  return ['```mermaid', chart, '```'].join('\n');
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
