// The weekly report as the job summary shows it: the same markdown as the summary issue, for any run.
import type { WeeklyFacts } from '../core/facts';
import type { Snapshot } from '../core/snapshot';
import type { Engagement } from '../engagement/schema';
import { formatIsoWeek, renderSummary, weekOf, type RenderedSummary } from '../summary';
import { repairDuplicates } from '../core/duplicates';
import { DOMAINS } from './domains';
import { buildContext, composePlan, type PlanOptions } from './planner';

/** `facts`: the ones composePlan() found for this snapshot, so nothing is derived twice. */
export function weeklyReport(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
  facts?: WeeklyFacts,
): RenderedSummary | null {
  if (!engagement.summary.enabled) return null;
  const ctx = buildContext(engagement, repairDuplicates(snapshot).snapshot, now, options);
  const week = options.summaryWeek ?? formatIsoWeek(weekOf(now, engagement.engagement.time_zone));
  // Without the plan's facts, read them from the domains that contribute them (the summary adds none).
  const found =
    facts ??
    composePlan(
      ctx,
      DOMAINS.filter((domain) => domain.name !== 'summary'),
    ).facts;
  return renderSummary(ctx, found, week);
}
