// The weekly report as the job summary shows it: the same markdown as the summary issue, for any run.
import { deriveFeedbackFacts } from '../feedback';
import { deriveMilestoneFacts } from '../deadlines';
import type { Engagement } from '../engagement/schema';
import {
  formatIsoWeek,
  parseIsoWeek,
  renderSummary,
  weekEnd,
  weekOf,
  type RenderedSummary,
} from '../summary';
import { buildContext, summaryFactsAt, type PlanOptions } from './planner';
import type { Snapshot } from './snapshot';

export function weeklyReport(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
): RenderedSummary | null {
  if (!engagement.summary.enabled) return null;
  const zone = engagement.engagement.time_zone;
  const week = options.summaryWeek ?? formatIsoWeek(weekOf(now, zone));
  const parsed = parseIsoWeek(week);
  // A week that is over reads as of its end, as its issue does.
  const end = parsed ? weekEnd(parsed, zone) : now;
  if (end.getTime() <= now.getTime()) {
    return renderSummary(
      buildContext(engagement, snapshot, end, options),
      summaryFactsAt(engagement, snapshot, end, options),
      week,
    );
  }
  const ctx = buildContext(engagement, snapshot, now, options);
  return renderSummary(
    ctx,
    { milestones: deriveMilestoneFacts(ctx), feedback: deriveFeedbackFacts(ctx) },
    week,
  );
}
