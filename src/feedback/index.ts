// Client feedback (seed 002): intake, triage, acknowledgement, response-time SLAs, the four situations
// (positive, negative, unclear, contradictory) and closing the loop. Pure: (engagement, snapshot, now).
import type { PlanContext } from '../core/context';
import type { Domain, DomainReading } from '../core/domain';
import { deriveFeedback } from './facts';
import { feedbackLabelCatalogue } from './labels';
import { feedbackNeedingDeletedNotes, planFeedbackWrites } from './plan';
import { issuesForModelTriage } from './hosted';
import { commentsAwaitingRating, feedbackNeedingCloser } from './rules/loop';
import { feedbackViews } from './view';

export { classifyFeedback, priorityOf, type Classification } from './classify';
export { feedbackNeedingCloser } from './rules/loop';
export { parseFeedbackForm, renderFeedbackForm } from './form';
export { planFeedbackWrites as planFeedback, deriveFeedback as deriveFeedbackFacts };
export { feedbackLabelCatalogue as feedbackLabels };

/** Client feedback as one domain of the composer: the views are read once and give writes and facts. */
export const feedbackDomain: Domain = {
  name: 'feedback',
  labels: feedbackLabelCatalogue,
  trackedLabels: (engagement) => [engagement.feedback.label],
  // The escalation issue of urgent feedback that passed its response time.
  keptLabels: (engagement) => [engagement.labels.escalation],
  ownLabels: (engagement) => [engagement.labels.escalation],
  readsFacts: false,
  // The confirmation request names the change that closed the feedback; a note of the action a person
  // took back is not posted again; new feedback may be triaged by a hosted model when the engagement
  // file allows it; a reaction on the request to confirm a closing is a rating, until it is recorded.
  extraReads: {
    closer: feedbackNeedingCloser,
    'deleted-notes': feedbackNeedingDeletedNotes,
    'model-triage': issuesForModelTriage,
    reactions: commentsAwaitingRating,
  },
  read: feedbackReading,
};

/** The views of one snapshot (classifications are kept per engagement: classifications.ts). */
function feedbackReading(ctx: PlanContext): DomainReading {
  const views = feedbackViews(ctx);
  return {
    plan: () => planFeedbackWrites(ctx, views),
    facts: () => ({ feedback: deriveFeedback(ctx, views) }),
  };
}
