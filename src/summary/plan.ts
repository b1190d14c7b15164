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
import { plannedRecords, recordsMarkerFor, type WeekRecords } from './ledger';
import { renderMarker } from '../core/markers';
import { summarySource } from './source';

/** GitHub refuses issue bodies over 65,536 characters; the records and the markers take their share. */
const GITHUB_BODY_LIMIT = 65_536;

export function planSummary(
  ctx: PlanContext,
  facts: SummaryFacts,
  week?: string,
  factsAt: FactsAt = () => facts,
  records: readonly WeekRecords[] = plannedRecords(ctx, facts, week),
): Write[] {
  const place = vendorPlace(ctx.snapshot);
  const config = ctx.engagement.summary;
  if (!config.enabled) return [];
  const recordsOf = (target: IsoWeek): Marker[] => {
    const marker = recordsMarkerFor(records, target);
    return marker ? [marker] : [];
  };
  const render = (target: IsoWeek) =>
    renderWeek(ctx, facts, factsAt, target, place, records, recordsOf(target));
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
    moreMarkers: recordsOf,
    // A week that is over can be told as of its end: its issue gets its final figures before closing,
    // from the engagement file it was last written from (a file changed since keeps the week's text).
    closeWithFinalFigures: true,
    source: summarySource(ctx),
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
  records: readonly WeekRecords[],
  markers: readonly Marker[],
): RenderedSummary {
  const end = weekEnd(week, ctx.engagement.engagement.time_zone);
  const over = ctx.now.getTime() >= end.getTime();
  const render = (budget: number) =>
    over
      ? renderSummary({ ...ctx, now: end }, factsAt(end), week, budget, records)
      : renderSummary(ctx, facts, week, budget, records);
  // The text gives up what the records take beyond the room the markers always had.
  const room = GITHUB_BODY_LIMIT - 1_000 - markers.reduce((sum, m) => sum + renderMarker(m).length + 1, 0);
  const textBudget = Math.min(BODY_BUDGET, room);
  if (place === 'client') return render(textBudget);
  // Links to the client's issues grow in the internal repository: a body that outgrows the budget is
  // rendered again with less room, so what GitHub stores is still within it.
  let budget = textBudget;
  for (let attempt = 0; ; attempt += 1) {
    const rendered = render(budget);
    const body = writtenIn(ctx, place, rendered.body);
    if (body.length <= textBudget || attempt >= 3) return { ...rendered, body };
    budget = Math.floor((budget * textBudget * 0.95) / body.length);
  }
}

export function summaryMarker(week: IsoWeek, source?: string): Marker {
  return weeklyIssueMarker(SUMMARY_KIND, week, source);
}
