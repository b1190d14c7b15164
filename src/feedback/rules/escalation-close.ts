// An escalation issue opened for urgent feedback ends when the feedback does: once the feedback is
// closed as completed, the escalation issue gets one calm comment linking it and is closed, as a
// deadline escalation closes when its handoff completes. The comment's marker names the feedback's
// closing, so a rerun writes nothing and a run interrupted between comment and close finishes the job.
import type { PlanContext } from '../../core/context';
import { botCommentMarkers, sameMarker, type Marker } from '../../core/markers';
import { markedComment, refOf, type Write } from '../../core/plan';
import { vendorPlace, writtenIn } from '../../core/places';
import { KIND } from '../kinds';
import { messageText } from '../../messages/catalogue';
import { issueOpenedFor } from '../../core/opened-issues';
import { isClosedAsCompleted, type FeedbackView } from '../view';
import { closingStage } from './loop';
import { escalationMarker } from './sla';

export function planEscalationClose(ctx: PlanContext, view: FeedbackView, reopened: boolean): Write[] {
  const { issue } = view;
  // Feedback the client has just asked to reopen is not resolved after all.
  if (reopened || !isClosedAsCompleted(issue) || !issue.closedAt) return [];
  const escalation = issueOpenedFor(ctx.snapshot, escalationMarker(issue.number));
  if (!escalation || escalation.state !== 'open') return [];

  const ref = refOf(escalation);
  const marker: Marker = {
    kind: KIND.escalationClosed,
    subject: view.subject,
    stage: closingStage(issue.closedAt),
  };
  const written = botCommentMarkers(ctx.snapshot, escalation).some((found) =>
    sameMarker(found.marker, marker),
  );
  const close: Write = {
    kind: 'close-issue',
    issue: ref,
    stateReason: 'completed',
    reason: `Feedback #${issue.number} was closed as completed, so its escalation ends.`,
  };
  if (written) {
    // Closed after our comment and reopened since: a person wants it open, and that is theirs to decide.
    if ((escalation.stateReason ?? '').toUpperCase() === 'REOPENED') return [];
    return [close];
  }
  const body = writtenIn(
    ctx,
    vendorPlace(ctx.snapshot),
    messageText(ctx.engagement, ctx.locale, 'feedback.escalation.resolved', { ref: `#${issue.number}` }),
  );
  return [
    markedComment(
      ref,
      body,
      [marker],
      `Tell the escalation issue #${escalation.number} that feedback #${issue.number} is resolved.`,
    ),
    close,
  ];
}
