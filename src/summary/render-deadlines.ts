// Deadlines this week: what the deadline rules did between Monday and Sunday.
import { DEADLINE_EVENT_KINDS, type DeadlineEvent, type MilestoneFacts } from '../core/facts';
import { cut, moreLine } from './cut';
import { milestoneName } from './render-headline';
import { labelQuery, link } from './markdown';
import type { View } from './view';
import { weekDates } from './week';

const KINDS = DEADLINE_EVENT_KINDS;

export function renderDeadlines(view: View): string[] {
  const { w } = view;
  const lines = [`## ${w.deadlinesHeading}`, ''];
  const events = eventsInWeek(view);
  if (events.length === 0) return [...lines, w.noDeadlineEvents];
  const counts = KINDS.map((kind) => ({ kind, count: events.filter((e) => e.event.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => `${w.event[kind]}: **${count}**`);
  lines.push(counts.join(' · '), '');
  const shown = cut(events, view.caps.events);
  for (const { milestone, event } of shown.shown) {
    lines.push(
      `- ${w.eventItem(view.date(event.at), milestoneName(milestone), link(w.eventOne[event.kind], event.url))}`,
    );
  }
  const labels = view.engagement.labels;
  const since = weekDates(view.week, view.zone).first;
  lines.push(...moreLine(view, shown.more, `is:issue ${labelQuery(labels.milestone)} updated:>=${since}`));
  return lines;
}

function eventsInWeek(view: View): Array<{ milestone: MilestoneFacts; event: DeadlineEvent }> {
  const from = view.start.getTime();
  const to = Math.min(view.end.getTime(), view.asOf.getTime() + 1);
  return view.milestones
    .flatMap((milestone) => milestone.events.map((event) => ({ milestone, event })))
    .filter(({ event }) => Date.parse(event.at) >= from && Date.parse(event.at) < to)
    .sort(
      (a, b) =>
        a.event.at.localeCompare(b.event.at) ||
        a.milestone.id.localeCompare(b.milestone.id) ||
        KINDS.indexOf(a.event.kind) - KINDS.indexOf(b.event.kind),
    );
}
