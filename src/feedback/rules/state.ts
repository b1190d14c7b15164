// The process state, visible as exactly one label: received → acknowledged → (waiting for client)
// → in progress → analysed → solution proposed → implemented → resolved → confirmed. It mirrors the
// issue (the action's comments and records, the team's first response and analysis, the closing, the
// client's rating), so it is recomputed every run and corrected. A reopening at the client's request
// starts the work over: what was analysed, proposed or implemented before it no longer counts.
import type { PlanContext } from '../../core/context';
import type { FeedbackProcessState } from '../../core/facts';
import type { Write } from '../../core/plan';
import { PROCESS_STATES, stateLabel } from '../labels';
import { isAcknowledged, isClosedAsCompleted, isWaiting, type FeedbackView } from '../view';

export interface StateInput {
  /** Planned in this run: the acknowledgement, a wait for the client's answers, a reopening, a rating. */
  readonly acknowledged: boolean;
  readonly waiting: boolean;
  readonly reopened: boolean;
  readonly rated: boolean;
}

/** The state after this run's writes; null for feedback closed as not planned (left as it is). */
export function processState(view: FeedbackView, input: StateInput): FeedbackProcessState | null {
  const { issue } = view;
  if (issue.state === 'closed' && !input.reopened) {
    if (!isClosedAsCompleted(issue)) return null;
    return input.rated ? 'confirmed' : 'resolved';
  }
  if (input.waiting || isWaiting(view)) return 'waiting_for_client';
  // Everything before a reopening (this run's included) belongs to the round that did not resolve it.
  const since = input.reopened ? Number.POSITIVE_INFINITY : view.workSince;
  const after = (at: string | null): boolean => at !== null && Date.parse(at) > since;
  const { solution, analysis } = view;
  if (solution.implementations.some((i) => after(i.at))) return 'implemented';
  if (solution.proposals.some((p) => after(p.at))) return 'solution_proposed';
  if (analysis && !input.reopened && (analysis.causes.length > 0 || after(analysis.at))) return 'analysed';
  if (view.firstResponse) return 'in_progress';
  if (input.acknowledged || isAcknowledged(view)) return 'acknowledged';
  return 'received';
}

export function planState(ctx: PlanContext, view: FeedbackView, input: StateInput): Write[] {
  const state = processState(view, input);
  if (state === null) return [];
  const wanted = stateLabel(ctx.engagement, state);
  const others = new Set(
    PROCESS_STATES.filter((other) => other !== state).map((other) =>
      stateLabel(ctx.engagement, other).toLowerCase(),
    ),
  );
  const writes: Write[] = [];
  for (const name of view.issue.labels) {
    if (!others.has(name.toLowerCase())) continue;
    writes.push({
      kind: 'remove-label',
      issue: view.ref,
      label: name,
      reason: `Feedback #${view.issue.number} is now "${state.replace(/_/g, ' ')}", no longer "${name}".`,
    });
  }
  if (!view.issue.labels.some((name) => name.toLowerCase() === wanted.toLowerCase())) {
    writes.push({
      kind: 'add-labels',
      issue: view.ref,
      labels: [wanted],
      reason: `Process state of feedback #${view.issue.number}: ${state.replace(/_/g, ' ')}.`,
    });
  }
  return writes;
}
