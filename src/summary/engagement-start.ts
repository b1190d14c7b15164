// When the engagement began for the action: the retrospective counts from it, and the monthly pulse
// asks only about months the engagement had begun before.
import type { PlanContext } from '../core/context';
import { issuesOpenedOfKind } from '../core/opened-issues';
import type { SummaryFacts } from './types';

/** Its adoption, else its first tracking issue or feedback; null when nothing has happened yet. */
export function engagementStart(ctx: PlanContext, facts: SummaryFacts): Date | null {
  if (ctx.adoptedAt) return ctx.adoptedAt;
  const tracking = [...issuesOpenedOfKind(ctx, 'tracking').values()]
    .flat()
    .map((entry) => Date.parse(entry.issue.createdAt));
  const first = Math.min(...tracking, ...facts.feedback.map((f) => Date.parse(f.createdAt)));
  return Number.isFinite(first) ? new Date(first) : null;
}
