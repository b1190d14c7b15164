// Milestones: the table, the next 14 days and the timeline chart.
import type { MilestoneFacts } from '../core/facts';
import { cut, moreLine } from './cut';
import { ganttChart, fence, type GanttTask } from './mermaid';
import { milestoneName } from './render-headline';
import { cappedList, feedbackLink, labelQuery, safeText, table } from './markdown';
import { STATUS_RELEVANCE, isDone, isLate, type View } from './view';
import { addDays, localDateOf } from './week';

export function renderMilestones(view: View): string[] {
  const { w } = view;
  const lines = [`## ${w.milestonesHeading}`, ''];
  if (view.milestones.length === 0) return [...lines, w.noMilestones];
  const labels = view.engagement.labels;
  const query = `is:issue ${labelQuery(labels.milestone)}`;

  const rows = cut(mostRelevant(view, view.milestones), view.caps.milestones);
  lines.push(
    ...table(
      w.milestoneColumns,
      inDateOrder(rows.shown).map((m) => [
        withRelatedFeedback(view, m),
        w.side[m.owner],
        view.date(m.baselineDue),
        currentDate(view, m),
        w.status[view.statusOf(m)],
        daysLateCell(view, m),
        m.deliverablesTotal > 0 ? `${m.deliverablesDone}/${m.deliverablesTotal}` : '—',
      ]),
    ),
    ...moreLine(view, rows.more, query),
    '',
    ...renderNextDays(view, query),
    '',
    ...renderTimeline(view),
  );
  return lines;
}

/**
 * Business days late as the deadline rules count them at the view's instant; a late handoff that is
 * late by less than a business day says so in words, and one that is not late shows a dash.
 */
function daysLateCell(view: View, m: MilestoneFacts): string {
  if (!isLate(view.statusOf(m))) return '—';
  const days = view.daysLateOf(m);
  return days > 0 ? String(days) : view.w.daysLate(0);
}

/** A milestone's name, and the feedback still open that the client's form tied to it. */
function withRelatedFeedback(view: View, m: MilestoneFacts): string {
  const asOf = view.asOf.getTime();
  const related = view.feedback.filter(
    (f) =>
      f.milestone !== null &&
      f.milestone === m.id &&
      Date.parse(f.createdAt) <= asOf &&
      (f.closedAt === null || Date.parse(f.closedAt) > asOf),
  );
  if (related.length === 0) return milestoneName(m);
  const links = cappedList(related.map(feedbackLink), view.caps.causeLinks);
  return `${milestoneName(m)} · ${view.w.relatedFeedback(links)}`;
}

function currentDate(view: View, m: MilestoneFacts): string {
  const current = view.date(m.currentDue);
  const projected = localDateOf(m.projectedDue, view.zone);
  if (isDone(view.statusOf(m)) || projected === localDateOf(m.currentDue, view.zone)) return current;
  return `${current} (${view.w.projected(view.date(m.projectedDue))})`;
}

function renderNextDays(view: View, query: string): string[] {
  const { w } = view;
  const until = addDays(view.asOfDate, 14);
  const coming = view.milestones.filter((m) => {
    const due = localDateOf(m.currentDue, view.zone);
    return !isDone(view.statusOf(m)) && due >= view.asOfDate && due <= until;
  });
  const lines = [`### ${w.nextDaysHeading}`, ''];
  if (coming.length === 0) return [...lines, w.nothingNextDays];
  const shown = cut(coming, view.caps.nextDays);
  for (const m of shown.shown) {
    const item = w.nextItem(
      view.date(m.currentDue),
      milestoneName(m),
      w.side[m.owner],
      m.deliverablesDone,
      m.deliverablesTotal,
    );
    const missing = m.missingDeliverables.slice(0, 3).map((d) => safeText(d, 50));
    const rest = m.missingDeliverables.length > 3 ? ', …' : '';
    lines.push(missing.length > 0 ? `- ${item}; ${w.missing(missing.join(', ') + rest)}` : `- ${item}`);
  }
  lines.push(...moreLine(view, shown.more, `is:issue is:open ${query.replace(/^is:issue /u, '')}`));
  return lines;
}

function renderTimeline(view: View): string[] {
  const { w } = view;
  const shown = cut(mostRelevant(view, view.milestones), view.caps.gantt);
  const tasks: GanttTask[] = inDateOrder(shown.shown).map((m) => ({
    title: m.title,
    section: w.side[m.owner],
    status: view.statusOf(m),
    baseline: localDateOf(m.baselineDue, view.zone),
    current: localDateOf(m.currentDue, view.zone),
    baselineLabel: w.baselineSuffix,
  }));
  const lines = [`### ${w.chartHeading}`, '', fence(ganttChart(w.chartTitle, tasks))];
  if (shown.more > 0) lines.push('', w.chartMore(shown.more));
  return lines;
}

/** What needs attention first (late, at risk, due soon), then by date; used to choose rows to keep. */
function mostRelevant(view: View, milestones: readonly MilestoneFacts[]): MilestoneFacts[] {
  return [...milestones].sort(
    (a, b) =>
      STATUS_RELEVANCE[view.statusOf(a)] - STATUS_RELEVANCE[view.statusOf(b)] ||
      a.currentDue.localeCompare(b.currentDue) ||
      a.id.localeCompare(b.id),
  );
}

function inDateOrder(milestones: readonly MilestoneFacts[]): MilestoneFacts[] {
  return [...milestones].sort((a, b) => a.currentDue.localeCompare(b.currentDue) || a.id.localeCompare(b.id));
}
