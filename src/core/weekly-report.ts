// The weekly report as the job summary shows it: the same markdown as the summary issue, for any run.
import { deriveFeedbackFacts } from '../feedback';
import { deriveMilestoneFacts } from '../deadlines';
import type { Engagement } from '../engagement/schema';
import { formatIsoWeek, renderSummary, weekOf, type RenderedSummary } from '../summary';
import { repairDuplicates } from './duplicates';
import { buildContext, type PlanOptions } from './planner';
import type { Snapshot } from './snapshot';

export function weeklyReport(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
): RenderedSummary | null {
  if (!engagement.summary.enabled) return null;
  const ctx = buildContext(engagement, repairDuplicates(snapshot).snapshot, now, options);
  const week = options.summaryWeek ?? formatIsoWeek(weekOf(now, engagement.engagement.time_zone));
  return renderSummary(
    ctx,
    { milestones: deriveMilestoneFacts(ctx), feedback: deriveFeedbackFacts(ctx) },
    week,
  );
}
