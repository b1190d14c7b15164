// The weekly summary issue: one per ISO week in the engagement's repository, kept by the weekly
// issue lifecycle (open on the configured day, edit in place, close superseded and duplicate issues).
import type { PlanContext } from '../core/context';
import type { Marker } from '../core/markers';
import type { Write } from '../core/plan';
import { SUMMARY_KIND } from './issues';
import { BODY_BUDGET, renderSummary } from './render';
import { vendorPlace, writtenIn, type Place } from '../core/places';
import type { FactsAt, RenderedSummary, SummaryFacts } from './types';
import { weekEnd, type IsoWeek } from './week';
import { planWeeklyIssue, weeklyIssueMarker } from './weekly-issue';
import { summaryWords } from './words';

export function planSummary(
  ctx: PlanContext,
  facts: SummaryFacts,
  week?: string,
  factsAt: FactsAt = () => facts,
): Write[] {
  const place = vendorPlace(ctx.snapshot);
  const render = (target: IsoWeek) => renderWeek(ctx, facts, factsAt, target, place);
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
    place,
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
function renderWeek(
  ctx: PlanContext,
  facts: SummaryFacts,
  factsAt: FactsAt,
  week: IsoWeek,
  place: Place,
): RenderedSummary {
  const end = weekEnd(week, ctx.engagement.engagement.time_zone);
  const over = ctx.now.getTime() >= end.getTime();
  const render = (budget: number) =>
    over
      ? renderSummary({ ...ctx, now: end }, factsAt(end), week, budget)
      : renderSummary(ctx, facts, week, budget);
  if (place === 'client') return render(BODY_BUDGET);
  // Links to the client's issues grow in the internal repository: a body that outgrows the budget is
  // rendered again with less room, so what GitHub stores is still within it.
  let budget = BODY_BUDGET;
  for (let attempt = 0; ; attempt += 1) {
    const rendered = render(budget);
    const body = writtenIn(ctx, place, rendered.body);
    if (body.length <= BODY_BUDGET || attempt >= 3) return { ...rendered, body };
    budget = Math.floor((budget * BODY_BUDGET * 0.95) / body.length);
  }
}

export function summaryMarker(week: IsoWeek): Marker {
  return weeklyIssueMarker(SUMMARY_KIND, week);
}
