// Client feedback (seed 002): intake, triage, acknowledgement, response-time SLAs, the four situations
// (positive, negative, unclear, contradictory) and closing the loop. Pure: (engagement, snapshot, now).
import type { PlanContext } from '../core/context';
import type { FeedbackFacts } from '../core/facts';
import type { LabelSpec } from '../core/labels';
import type { Write } from '../core/plan';
import type { Engagement } from '../engagement/schema';
import { deriveFeedback } from './facts';
import { feedbackLabelCatalogue } from './labels';
import { planFeedbackWrites } from './plan';

export { classifyFeedback, priorityOf, type Classification } from './classify';
export { parseFeedbackForm, renderFeedbackForm } from './form';

export function planFeedback(ctx: PlanContext): Write[] {
  return planFeedbackWrites(ctx);
}

export function deriveFeedbackFacts(ctx: PlanContext): FeedbackFacts[] {
  return deriveFeedback(ctx);
}

export function feedbackLabels(engagement: Engagement): LabelSpec[] {
  return feedbackLabelCatalogue(engagement);
}
