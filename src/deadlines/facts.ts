// Milestone facts for the weekly summary, read through the same state the planners act on.
import type { PlanContext } from '../core/context';
import type { DeadlineEvent, MilestoneFacts } from '../core/facts';
import { markerEvent } from '../core/marker-kinds';
import { botCommentMarkers } from '../core/markers';
import { ROOT_CAUSES, type RootCause } from '../engagement/schema';
import { waitingFor } from './agreements';
import { extensionsOf } from './extensions';
import { feeAccrued } from './fee';
import { handoffRating } from './handoff-rating';
import { findEscalationIssue } from './rules/escalation';
import { rootCauseLabel } from './rules/completion';
import { readDeadlines, type DeadlineState, type DeadlineWorld } from './state';

/**
 * The deadline events of a milestone, each at the time its note records (the run that planned it)
 * and linked to the issue it sits on: a note this run is about to post reads the same as once posted,
 * so the summary written in the same run needs no second pass.
 */
function events(ctx: PlanContext, state: DeadlineState): DeadlineEvent[] {
  const found: DeadlineEvent[] = [];
  for (const note of state.notes) {
    const kind = markerEvent(note.marker);
    if (kind && state.issue) {
      found.push({
        kind,
        at: note.at.toISOString(),
        url: state.issue.url,
        ...(note.marker.stage ? { stage: note.marker.stage } : {}),
      });
    }
  }
  const escalation = findEscalationIssue(ctx, state.subject);
  if (escalation) {
    // Opened by the run that posted the ladder's escalation step: that note's time, like every note. An
    // escalation closed because the date moved, then reached again for the new date, opened twice.
    const steps = state.notes.filter(
      (note) => note.marker.kind === 'ladder' && note.marker.stage === 'escalation',
    );
    const openedAt = steps.length > 0 ? steps.map((step) => step.at.toISOString()) : [escalation.createdAt];
    for (const at of openedAt) found.push({ kind: 'escalation-opened', at, url: escalation.url });
    for (const { marker, comment } of botCommentMarkers(ctx.snapshot, escalation)) {
      if (marker.kind !== 'escalation-closed') continue;
      found.push({
        kind: 'escalation-closed',
        at: marker.data?.at ?? comment.createdAt,
        url: escalation.url,
      });
    }
  }
  return found.sort((a, b) => a.at.localeCompare(b.at));
}

function rootCauses(ctx: PlanContext, state: DeadlineState): RootCause[] {
  const labels = new Set((state.issue?.labels ?? []).map((label) => label.toLowerCase()));
  return ROOT_CAUSES.filter((cause) => labels.has(rootCauseLabel(ctx.engagement, cause).toLowerCase()));
}

export function deriveMilestoneFacts(
  ctx: PlanContext,
  world: DeadlineWorld = readDeadlines(ctx),
): MilestoneFacts[] {
  return world.states.map((state) => {
    const projection = world.projections.get(state.id);
    const escalation = findEscalationIssue(ctx, state.subject);
    const fee = feeAccrued(ctx, state);
    const pending = state.agreements.pending;
    return {
      id: state.id,
      title: state.title,
      owner: state.owner,
      source: state.source,
      issueNumber: state.issue?.number ?? null,
      issueUrl: state.issue?.url ?? null,
      baselineDue: state.baselineInstant.toISOString(),
      currentDue: state.statedDue.toISOString(),
      projectedDue: (projection?.projectedDue ?? state.currentDue).toISOString(),
      governingDue: state.effectiveDue.toISOString(),
      status: state.status,
      businessDaysLate: state.businessDaysLate,
      deliverablesDone: state.checklist.length - state.missing.length,
      deliverablesTotal: state.checklist.length,
      missingDeliverables: state.missing,
      completedAt: state.completion?.at.toISOString() ?? null,
      rootCauses: rootCauses(ctx, state),
      escalation: escalation
        ? { issueNumber: escalation.number, url: escalation.url, open: escalation.state === 'open' }
        : null,
      events: events(ctx, state),
      pendingAgreements: pending
        ? [
            {
              kind: pending.kind,
              summary:
                pending.kind === 'extend'
                  ? `extend to ${pending.due ?? ''}`
                  : pending.kind === 'undo'
                    ? `undo the change agreed on comment ${pending.undoes ?? ''}`
                    : `rescope: ${pending.what ?? ''}`,
              proposedBy: pending.proposer,
              at: pending.at,
              url: pending.url,
              waitingFor: waitingFor(pending),
            },
          ]
        : [],
      feeAccrued: fee ? { amount: fee.amount, currency: fee.currency } : null,
      dependsOn: state.dependsOn,
      extensions: extensionsOf(ctx, state),
      handoffRating: ratingFacts(ctx, state),
    };
  });
}

/** The rating as recorded, or as given in a comment this run is about to record (the same value). */
function ratingFacts(ctx: PlanContext, state: DeadlineState): MilestoneFacts['handoffRating'] {
  const rating = handoffRating(ctx, state);
  return rating ? { value: rating.value, at: rating.at } : null;
}
