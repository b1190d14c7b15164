// The weekly report as the job summary shows it: the same markdown as the summary issue, for any run.
import type { WeeklyFacts } from '../core/facts';
import type { Snapshot } from '../core/snapshot';
import { snapshotAt } from '../core/snapshot-at';
import type { Engagement } from '../engagement/schema';
import { repairDuplicates } from '../core/duplicates';
import {
  formatIsoWeek,
  parseIsoWeek,
  renderSummary,
  weekEnd,
  weekOf,
  type RenderedSummary,
} from '../summary';
import { DOMAINS } from './domains';
import { buildContext, composePlan, factsOf, type PlanOptions } from './planner';

/** `facts`: the ones composePlan() found for this snapshot, so nothing is derived twice. */
export function weeklyReport(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
  facts?: () => WeeklyFacts,
): RenderedSummary | null {
  if (!engagement.summary.enabled) return null;
  const zone = engagement.engagement.time_zone;
  const week = options.summaryWeek ?? formatIsoWeek(weekOf(now, zone));
  const parsed = parseIsoWeek(week);
  // A week that is over reads as of its end, as its issue does.
  const end = parsed ? weekEnd(parsed, zone) : now;
  const over = end.getTime() <= now.getTime();
  const ctx = buildContext(engagement, repairDuplicates(snapshot).snapshot, over ? end : now, options);
  if (over)
    return renderSummary(
      ctx,
      factsOf(buildContext(engagement, snapshotAt(snapshot, end), end, options)),
      week,
    );
  // Without the plan's facts, those the domains that contribute them find once their writes are made.
  const contributors = DOMAINS.filter((domain) => !domain.readsFacts);
  return renderSummary(ctx, (facts ?? composePlan(ctx, contributors).facts)(), week);
}
