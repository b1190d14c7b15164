// What the weekly summary needs to know about each piece of feedback, from the snapshot alone: its
// triage and state, times to first response and resolution against the SLAs, rating, kudos and
// contradictions.
import type { PlanContext } from '../core/context';
import type { FeedbackFacts, SlaOutcome } from '../core/facts';
import { parseFeedbackForm } from './form';
import { KIND } from './kinds';
import { issueOpenedFor } from '../core/opened-issues';
import { closingStage, confirmRequest, ratingGiven, recordedRating } from './rules/loop';
import { escalationMarker } from './rules/sla';
import { processState } from './rules/state';
import { feedbackClock } from './clocks';
import { readSla, slaClock, type SlaReading } from './sla';
import { feedbackViews, isClosedAsCompleted, tookBack, type FeedbackView } from './view';

function outcome(reading: SlaReading, exempt: boolean, outsideAgreement = false): SlaOutcome {
  // Kudos have no deadline to miss: an unanswered thank-you is never a breach. Feedback filed before
  // the adoption was never under the agreement: neither its misses nor its successes count.
  const met = outsideAgreement
    ? null
    : exempt && reading.met === false && reading.stoppedAt === null
      ? null
      : reading.met;
  return {
    dueAt: reading.due.toISOString(),
    met,
    minutesTaken: met === null ? null : reading.minutesTaken,
  };
}

function ratingOf(ctx: PlanContext, view: FeedbackView): number | null {
  const request = confirmRequest(view);
  if (request && view.issue.closedAt) {
    const recorded = recordedRating(view.found);
    if (recorded && recorded.stage === closingStage(view.issue.closedAt)) return recorded.value;
    const given = ratingGiven(ctx, view, request);
    if (given) return given.value;
  }
  return recordedRating(view.found)?.value ?? null;
}

function kudosOf(ctx: PlanContext, view: FeedbackView): string | null {
  if (view.triage.type !== 'positive') return null;
  const form = parseFeedbackForm(view.issue.body, ctx.engagement);
  const words = form.isForm ? (form.whatHappened ?? form.expected ?? '') : view.issue.body;
  return (words.trim() || view.issue.title).trim();
}

export function deriveFeedback(
  ctx: PlanContext,
  views: readonly FeedbackView[] = feedbackViews(ctx),
): FeedbackFacts[] {
  return views.map((view) => {
    const { issue, triage } = view;
    // Kudos need no answer; feedback from before the adoption was never under the agreement.
    const exempt = triage.type === 'positive' || view.fromBeforeAdoption;
    const firstResponseAt = view.firstResponse?.createdAt ?? null;
    const resolvedAt = isClosedAsCompleted(issue) ? issue.closedAt : null;
    const first = readSla(
      ctx,
      slaClock(ctx, 'first_response', triage.importance, issue.createdAt, view.pauses),
      firstResponseAt ? new Date(firstResponseAt) : null,
      ctx.now,
    );
    // A clock of feedback closed as not planned just stops: it neither met nor missed anything.
    const closedUnplanned = issue.state === 'closed' && !resolvedAt;
    const resolution = readSla(
      ctx,
      feedbackClock(ctx, view, 'resolution').clock,
      resolvedAt ? new Date(resolvedAt) : closedUnplanned && issue.closedAt ? new Date(issue.closedAt) : null,
      ctx.now,
    );
    const rating = ratingOf(ctx, view);
    const contradicts = [
      ...new Set(
        view.found
          .filter(({ marker }) => marker.kind === KIND.contradiction)
          .map(({ marker }) => Number((marker.stage ?? '').replace('with-', '')))
          .filter((n) => Number.isInteger(n) && n > 0),
      ),
    ];
    // A breach note a person took back was still an escalation.
    const escalated =
      view.found.some(({ marker }) => marker.kind === KIND.breach) ||
      [first, resolution].some((reading) => reading.met === false && tookBack(view, reading.due)) ||
      issueOpenedFor(ctx, escalationMarker(issue.number)) !== undefined;
    const state = processState(view, {
      acknowledged: false,
      waiting: false,
      reopened: false,
      rated: rating !== null && Boolean(confirmRequest(view)),
    });
    return {
      number: issue.number,
      title: issue.title,
      url: issue.url,
      author: issue.author.login,
      createdAt: issue.createdAt,
      closedAt: issue.closedAt,
      open: issue.state === 'open',
      topic: triage.topic,
      importance: triage.importance,
      type: triage.type,
      priority: triage.priority,
      processState: state ?? (resolvedAt ? 'resolved' : 'in_progress'),
      firstResponseAt,
      resolvedAt,
      firstResponse: outcome(first, exempt, view.fromBeforeAdoption),
      resolution: closedUnplanned
        ? { ...outcome(resolution, true), met: null, minutesTaken: null }
        : outcome(resolution, exempt, view.fromBeforeAdoption),
      rating,
      kudos: kudosOf(ctx, view),
      contradicts,
      escalated,
      // The view's analysis holds them (it is null only when there are none).
      rootCauses: view.analysis?.causes ?? [],
      milestone: triage.milestone,
    };
  });
}
