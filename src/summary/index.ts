// PLACEHOLDER until the weekly summary work lands (issue 6): plans nothing.
import type { PlanContext } from '../core/context';
import type { FeedbackFacts, MilestoneFacts } from '../core/facts';
import type { LabelSpec } from '../core/labels';
import type { Write } from '../core/plan';
import type { Engagement } from '../engagement/schema';

export interface SummaryFacts {
  readonly milestones: readonly MilestoneFacts[];
  readonly feedback: readonly FeedbackFacts[];
}

export function planSummary(_ctx: PlanContext, _facts: SummaryFacts, _week?: string): Write[] {
  return [];
}

export function summaryLabels(_engagement: Engagement): LabelSpec[] {
  return [];
}
