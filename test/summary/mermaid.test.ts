// Every Mermaid block the summary can write goes through Mermaid's own parser, and the parsed chart
// is checked for what it should hold: hostile titles (colons, `#`, quotes, backticks, keywords,
// Vietnamese) must stay inside their task or slice instead of breaking or reshaping the chart.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MilestoneStatus } from '../../src/core/facts';
import { LOCALES } from '../../src/engagement/schema';
import { renderSummary } from '../../src/summary';
import { ganttChart, mermaidText, pieChart } from '../../src/summary/mermaid';
import { SCENARIOS, context } from './support';

interface Mermaid {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}

let mermaid: Mermaid;

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
});

const HOSTILE = [
  'Design: phase #2; "final" `v3` <b>bold</b> & 100%% done',
  'section Client',
  'title Hijacked',
  'click m1 call alert()',
  'dateFormat DD',
  'Thiết kế giao diện: trang chủ “mới” — bản #3',
  '```\nclosing the fence\n```',
  '%%{init: {"theme": "dark"}}%%',
  '',
  '   ',
  'a'.repeat(200),
];

const STATUSES: MilestoneStatus[] = [
  'upcoming',
  'due_soon',
  'at_risk',
  'overdue',
  'done_on_time',
  'done_late',
];

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/gu)].map((match) => match[1] ?? '');
}

interface GanttDb {
  getTasks(): Array<{
    task: string;
    startTime: Date;
    classes?: string[];
    crit?: boolean;
    done?: boolean;
    active?: boolean;
  }>;
}
interface PieDb {
  getSections(): Map<string, number>;
}

async function checkGantt(text: string, expectedNames: readonly string[]): Promise<void> {
  await expect(mermaid.parse(text)).resolves.toBeTruthy();
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as GanttDb;
  const tasks = db.getTasks();
  expect(tasks.map((task) => task.task.trim())).toEqual(expectedNames);
  for (const task of tasks) expect(Number.isNaN(task.startTime.getTime())).toBe(false);
}

async function checkPie(text: string, expectedLabels: readonly string[]): Promise<void> {
  await expect(mermaid.parse(text)).resolves.toBeTruthy();
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as PieDb;
  expect([...db.getSections().keys()]).toEqual(expectedLabels);
}

describe('Mermaid charts', () => {
  it('every chart in every scenario, in both languages, parses', async () => {
    let charts = 0;
    for (const facts of Object.values(SCENARIOS)) {
      for (const locale of LOCALES) {
        const { body } = renderSummary(context({ locale }), facts(), '2026-W48');
        for (const block of blocks(body)) {
          charts += 1;
          await expect(mermaid.parse(block), block).resolves.toBeTruthy();
          const taskLines = block
            .split('\n')
            .filter((line) => / : /u.test(line) && !line.trim().startsWith('"'));
          if (block.startsWith('gantt')) {
            const db = (await mermaid.mermaidAPI.getDiagramFromText(block)).db as GanttDb;
            expect(db.getTasks()).toHaveLength(taskLines.length);
          }
        }
      }
    }
    // quiet, bad and huge have a gantt and a pie; the empty engagement has neither.
    expect(charts).toBe(12);
  });

  it('keeps hostile milestone titles inside their own task', async () => {
    const tasks = HOSTILE.map((title, index) => ({
      title,
      section: index % 2 === 0 ? 'Client: "us" #1' : 'section Chúng tôi',
      status: STATUSES[index % STATUSES.length]!,
      baseline: `2026-11-${String(10 + index).padStart(2, '0')}`,
      current:
        index % 3 === 0
          ? `2026-12-${String(1 + index).padStart(2, '0')}`
          : `2026-11-${String(10 + index).padStart(2, '0')}`,
      baselineLabel: 'baseline',
    }));
    const chart = ganttChart('Milestones: baseline #1', tasks);
    expect(chart).not.toContain('```');
    const expected: string[] = [];
    const sections = [...new Set(tasks.map((t) => t.section))];
    let id = 0;
    for (const section of sections) {
      for (const task of tasks.filter((t) => t.section === section)) {
        id += 1;
        const name = mermaidText(task.title, `Milestone ${id}`);
        expected.push(name);
        if (task.baseline !== task.current)
          expected.push(mermaidText(`${name} (baseline)`, `Milestone ${id}`));
      }
    }
    await checkGantt(chart, expected);
  });

  it('styles done, late and at-risk milestones apart', async () => {
    const chart = ganttChart(
      'Status',
      STATUSES.map((status, index) => ({
        title: status,
        section: 'All',
        status,
        baseline: `2026-11-0${index + 1}`,
        current: `2026-11-0${index + 1}`,
        baselineLabel: 'baseline',
      })),
    );
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
    const tasks = ((await mermaid.mermaidAPI.getDiagramFromText(chart)).db as GanttDb).getTasks();
    const flags = Object.fromEntries(
      tasks.map((t) => [t.task.trim(), [Boolean(t.done), Boolean(t.crit), Boolean(t.active)]]),
    );
    expect(flags).toEqual({
      upcoming: [false, false, false],
      due_soon: [false, false, false],
      at_risk: [false, false, true],
      overdue: [false, true, false],
      done_on_time: [true, false, false],
      done_late: [true, true, false],
    });
  });

  it('keeps hostile topic names inside their own slice', async () => {
    const slices = HOSTILE.map((label, index) => ({ label: `${label} ${index}`, value: index + 1 }));
    await checkPie(
      pieChart('Feedback: "by topic" #1', slices),
      slices.map((slice) => mermaidText(slice.label, 'Other')),
    );
  });

  it('would notice a chart that breaks: the parser is not a rubber stamp', async () => {
    await expect(mermaid.parse('pie title x\n    "a"b" : 1')).rejects.toThrow();
    const raw = 'gantt\n    dateFormat YYYY-MM-DD\n    Design: phase : m1, 2026-11-01, 1d';
    await expect(checkGantt(raw, ['Design: phase'])).rejects.toThrow();
  });
});
