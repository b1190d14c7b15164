// The weekly summary issue: one per ISO week in the engagement's repository, kept by the weekly
// issue lifecycle (open on the configured day, edit in place, close superseded and duplicate issues).
import type { PlanContext } from '../core/context';
import type { Marker } from '../core/markers';
import type { Write } from '../core/plan';
import { SUMMARY_KIND } from './issues';
import { renderSummary } from './render';
import type { FactsAt, SummaryFacts } from './types';
import { weekEnd, type IsoWeek } from './week';
import { planWeeklyIssue, weeklyIssueMarker } from './weekly-issue';
import { summaryWords } from './words';

export function planSummary(
  ctx: PlanContext,
  facts: SummaryFacts,
  week?: string,
  factsAt: FactsAt = () => facts,
): Write[] {
  const render = (target: IsoWeek) => renderWeek(ctx, facts, factsAt, target);
  const config = ctx.engagement.summary;
  if (!config.enabled) return [];
  const words = summaryWords(ctx.engagement, ctx.locale);
  return planWeeklyIssue({
    kind: SUMMARY_KIND,
    noun: 'weekly summary',
    snapshot: ctx.snapshot,
    now: ctx.now,
    zone: ctx.engagement.engagement.time_zone,
    day: config.day,
    time: config.time,
    labels: config.labels,
    week,
    render,
    // A week that is over can be told as of its end: its issue gets its final figures before closing.
    closeWithFinalFigures: true,
    closing: words.closing,
    duplicate: words.duplicate,
  });
}

/**
 * A week that is over is rendered as of its end, from the facts of that instant; the running week
 * from the facts of now.
 */
function renderWeek(ctx: PlanContext, facts: SummaryFacts, factsAt: FactsAt, week: IsoWeek) {
  const end = weekEnd(week, ctx.engagement.engagement.time_zone);
  if (ctx.now.getTime() < end.getTime()) return renderSummary(ctx, facts, week);
  return renderSummary({ ...ctx, now: end }, factsAt(end), week);
}

export function summaryMarker(week: IsoWeek): Marker {
  return weeklyIssueMarker(SUMMARY_KIND, week);
}
