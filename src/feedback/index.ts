// PLACEHOLDER until the feedback work lands (issue 5): plans nothing, derives nothing.
import type { PlanContext } from '../core/context';
import type { FeedbackFacts } from '../core/facts';
import type { LabelSpec } from '../core/labels';
import type { Write } from '../core/plan';
import type { Engagement } from '../engagement/schema';

export function planFeedback(_ctx: PlanContext): Write[] {
  return [];
}

export function deriveFeedbackFacts(_ctx: PlanContext): FeedbackFacts[] {
  return [];
}

export function feedbackLabels(_engagement: Engagement): LabelSpec[] {
  return [];
}
