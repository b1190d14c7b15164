// The weekly summary issue: one per ISO week in the engagement's repository, kept by the weekly
// issue lifecycle (open on the configured day, edit in place, close superseded and duplicate issues).
import type { PlanContext } from '../core/context';
import type { Marker } from '../core/markers';
import type { Write } from '../core/plan';
import { SUMMARY_KIND } from './issues';
import { renderSummary } from './render';
import type { SummaryFacts } from './types';
import type { IsoWeek } from './week';
import { planWeeklyIssue, weeklyIssueMarker } from './weekly-issue';
import { WORDS } from './words';

export function planSummary(ctx: PlanContext, facts: SummaryFacts, week?: string): Write[] {
  const config = ctx.engagement.summary;
  if (!config.enabled) return [];
  const words = WORDS[ctx.locale];
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
    render: (target) => renderSummary(ctx, facts, target),
    closing: words.closing,
    duplicate: words.duplicate,
  });
}

export function summaryMarker(week: IsoWeek): Marker {
  return weeklyIssueMarker(SUMMARY_KIND, week);
}
