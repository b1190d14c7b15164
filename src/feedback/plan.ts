// Plans every write about client feedback for one run: each rule decides from the snapshot alone
// (a marker of the action's own means "already done"), so a rerun on an unchanged world plans nothing.
import type { PlanContext } from '../core/context';
import type { Write } from '../core/plan';
import { planAccepted } from './rules/accepted';
import { planAnswerLabels } from './rules/answer';
import { planContradictions } from './rules/contradictions';
import { planEscalationClose } from './rules/escalation-close';
import { planFiveWhys } from './rules/five-whys';
import { planIntake } from './rules/intake';
import { planClosingLoop } from './rules/loop';
import { planNudge } from './rules/nudge';
import { planSla } from './rules/sla';
import { planSolution } from './rules/solution';
import { planState } from './rules/state';
import { feedbackViews, type FeedbackView } from './view';

export function planFeedbackWrites(
  ctx: PlanContext,
  views: readonly FeedbackView[] = feedbackViews(ctx),
): Write[] {
  const writes: Write[] = [];
  for (const view of views) {
    if (view.fromBeforeAdoption) {
      writes.push(...planFromBeforeAdoption(ctx, view));
      continue;
    }
    const loop = planClosingLoop(ctx, view);
    // Feedback this run reopens at the client's request is read as the reopening leaves it (open):
    // its acknowledgement, acceptance and clocks are planned now, not left to the rerun.
    const live = loop.reopened && view.issue.state !== 'open' ? asReopened(view) : view;
    if (live !== view) writes.push(...loop.writes);
    const intake = planIntake(ctx, live);
    writes.push(...intake.writes, ...planAnswerLabels(ctx, live), ...planAccepted(ctx, live, intake.waiting));
    writes.push(...planFiveWhys(ctx, live, intake.waiting));
    writes.push(...planSla(ctx, live, { waiting: intake.waiting }));
    writes.push(...planSolution(ctx, live));
    writes.push(...planNudge(ctx, live));
    if (live === view) writes.push(...loop.writes);
    writes.push(...planEscalationClose(ctx, view, loop.reopened));
    writes.push(
      ...planState(ctx, live, {
        acknowledged: intake.acknowledged,
        waiting: intake.waiting,
        reopened: loop.reopened,
        rated: loop.rated,
      }),
    );
  }
  writes.push(
    ...planContradictions(
      ctx,
      views.filter((view) => !view.fromBeforeAdoption),
    ),
  );
  return writes;
}

/** The issue as the run's reopening leaves it (src/plan/apply-writes.ts reads `reopen-issue` so). */
function asReopened(view: FeedbackView): FeedbackView {
  return { ...view, issue: { ...view.issue, state: 'open', stateReason: 'REOPENED', closedAt: null } };
}

/**
 * Feedback filed before the action took over: its labels (triage and process state), and the
 * rating request once it is resolved after the adoption; no acknowledgement, SLA warning or breach,
 * five whys or contradiction note, which would all be answers to something long past.
 */
function planFromBeforeAdoption(ctx: PlanContext, view: FeedbackView): Write[] {
  const loop = planClosingLoop(ctx, view);
  const live = loop.reopened && view.issue.state !== 'open' ? asReopened(view) : view;
  const intake = planIntake(ctx, live);
  return [
    ...(live === view ? intake.writes : []),
    ...loop.writes,
    ...(live === view ? [] : intake.writes),
    ...planState(ctx, live, {
      acknowledged: false,
      waiting: false,
      reopened: loop.reopened,
      rated: loop.rated,
    }),
  ];
}

/**
 * The feedback whose deletions of the action's comments the shell reads (for these only): the issues
 * about to get a note of the action. A note a person took back is not posted again.
 */
export function feedbackNeedingDeletedNotes(ctx: PlanContext): number[] {
  // Planned as if nothing had been taken back: these are the notes a deletion could stand for.
  const views = feedbackViews(ctx).map((view) => ({ ...view, takenBack: [] }));
  const feedback = new Set(views.map((view) => view.issue.number));
  const numbers = planFeedbackWrites(ctx, views).flatMap((write) =>
    write.kind === 'comment' && 'number' in write.issue && feedback.has(write.issue.number)
      ? [write.issue.number]
      : [],
  );
  return [...new Set(numbers)];
}
