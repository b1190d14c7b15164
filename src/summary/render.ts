// The weekly summary as markdown: pure in (context, facts, week), so the issue and the job summary
// show the same report and a rerun in the same week produces the same text.
import type { PlanContext } from '../core/context';
import { capitaliseDayAtStarts, fillTemplate, formatDate, zoneName } from '../messages/format';
import { renderDeadlines } from './render-deadlines';
import { renderFeedback } from './render-feedback';
import { renderHeadline } from './render-headline';
import { renderLearning } from './render-learning';
import { renderMilestones } from './render-milestones';
import { countedFacts, storedRecords, type RecordNotes, type WeekRecords } from './ledger';
import type { RenderedSummary, SummaryFacts } from './types';
import { FULL_CAPS, buildView, type Caps, type View } from './view';
import { formatIsoWeek, parseIsoWeek, weekDates, weekStart, type IsoWeek } from './week';
import { builtInWords, summaryWords } from './words';

/** GitHub refuses issue bodies over 65,536 characters; keep room for the marker and the unexpected. */
export const BODY_BUDGET = 60_000;

const EN_DEFAULT_TITLE = builtInWords('en').defaultTitle;

/**
 * The summary of one ISO week (`2026-W48`): its issue title and its markdown body (without the
 * hidden markers). The totals to date count the facts given plus the records of older feedback the
 * summary issues hold (`records`: as this run leaves them; by default as read). Throws when `week` is
 * not an ISO week.
 */
export function renderSummary(
  ctx: PlanContext,
  facts: SummaryFacts,
  week: string | IsoWeek,
  budget: number = BODY_BUDGET,
  records: readonly WeekRecords[] = storedRecords(ctx.snapshot),
): RenderedSummary {
  const parsed = typeof week === 'string' ? parseIsoWeek(week) : week;
  if (!parsed) throw new Error(`"${String(week)}" is not an ISO week: write it like 2026-W48.`);
  const counted = countedFacts(ctx, facts, records);
  return {
    title: summaryTitle(ctx, parsed),
    body: renderBody(ctx, counted.facts, parsed, budget, counted.notes),
  };
}

export function summaryTitle(ctx: PlanContext, week: IsoWeek): string {
  const configured = ctx.engagement.summary.title;
  // The default title is English; a Vietnamese summary gets its own unless the team wrote one.
  const template =
    configured === EN_DEFAULT_TITLE ? summaryWords(ctx.engagement, ctx.locale).defaultTitle : configured;
  return fillTemplate(template, { engagement: ctx.engagement.engagement.name, week: formatIsoWeek(week) });
}

function renderBody(
  ctx: PlanContext,
  facts: SummaryFacts,
  week: IsoWeek,
  budget: number,
  records: RecordNotes,
): string {
  let caps: Caps = FULL_CAPS;
  let body = compose(buildView(ctx, facts, week, caps, records));
  for (let attempt = 0; attempt < 8 && body.length > budget; attempt += 1) {
    caps = halve(caps);
    body = compose(buildView(ctx, facts, week, caps, records));
  }
  return body.length <= budget ? body : hardCut(body, budget);
}

/**
 * Every list is down to a few rows and the text is still too long: cut it, closing a chart's code
 * fence if the cut fell inside one so the rest of the page still renders.
 */
function hardCut(body: string, budget: number): string {
  let text = `${body.slice(0, budget - 8).trimEnd()}\n…`;
  const fences = text.match(/^```/gmu)?.length ?? 0;
  if (fences % 2 === 1) text += '\n```';
  return `${text}\n`;
}

function compose(view: View): string {
  const { first, last } = weekDates(view.week, view.zone);
  const sections = [
    [
      view.w.weekRange(
        view.weekName,
        formatDate(first, view.locale),
        formatDate(last, view.locale),
        // The zone as a person names it, or its offset on the week's Monday.
        zoneName(view.zone, weekStart(view.week, view.zone), view.locale),
      ),
    ],
    renderHeadline(view),
    renderMilestones(view),
    renderDeadlines(view),
    renderFeedback(view),
    renderLearning(view),
    ['---', '', `<sub>${view.w.footer(view.weekName)}</sub>`],
  ];
  const text = `${sections
    .map((lines) => trimBlankEdges(lines).join('\n'))
    .join('\n\n')
    .replace(/\n{3,}/gu, '\n\n')}\n`;
  // Table cells and list items are built here, not in one message: their day names start them.
  return view.locale === 'vi' ? capitaliseDayAtStarts(text) : text;
}

function halve(caps: Caps): Caps {
  const half = (n: number): number => Math.max(3, Math.floor(n / 2));
  return {
    milestones: half(caps.milestones),
    nextDays: half(caps.nextDays),
    gantt: half(caps.gantt),
    decisions: half(caps.decisions),
    events: half(caps.events),
    kudos: Math.max(1, Math.floor(caps.kudos / 2)),
    contradictions: half(caps.contradictions),
    causeLinks: half(caps.causeLinks),
  };
}

function trimBlankEdges(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start += 1;
  while (end > start && lines[end - 1] === '') end -= 1;
  return lines.slice(start, end);
}
