// Which clock an SLA of one piece of feedback runs on. Both start when the feedback is filed; with
// `feedback.resolution_from_agreement`, the resolution clock starts again when the client agrees to a
// proposed solution (the latest agreement), with the full resolution time of its importance. Its
// warning and breach are then notes of that new clock (their stage names the agreement), so the team
// is warned again before the agreed time runs out.
import type { PlanContext } from '../core/context';
import { slaClock, type SlaClock, type SlaKind } from './sla';
import { latestAgreement } from './solution';
import type { FeedbackView } from './view';

export interface FeedbackClock {
  readonly clock: SlaClock;
  /** The stage of this clock's warning and breach notes. */
  readonly stage: string;
  /** When the clock restarted at an agreement: that instant (ISO); null when it runs from the filing. */
  readonly agreedAt: string | null;
}

export function feedbackClock(ctx: PlanContext, view: FeedbackView, kind: SlaKind): FeedbackClock {
  const { issue, triage } = view;
  const agreement =
    kind === 'resolution' && ctx.engagement.feedback.resolution_from_agreement
      ? latestAgreement(view.solution)
      : undefined;
  if (!agreement) {
    return {
      clock: slaClock(ctx, kind, triage.importance, issue.createdAt, view.pauses),
      stage: kind,
      agreedAt: null,
    };
  }
  return {
    clock: slaClock(ctx, kind, triage.importance, agreement.agreedAt, view.pauses),
    stage: `${kind}-agreed-${agreement.agreeCommentId}`,
    agreedAt: agreement.agreedAt,
  };
}
