// Completing a handoff: closing the issue, or ticking every item. The action records on time or late
// (in business days) once, and when late asks for the root cause with the seed's causes as labels.
import type { PlanContext } from '../../core/context';
import { markedComment, type Write } from '../../core/plan';
import { ROOT_CAUSES, type Engagement } from '../../engagement/schema';
import { formatDate, inlineSafely } from '../../messages/format';
import { businessDays, ownerVoice, when } from '../render';
import type { DeadlineState } from '../state';
import { noteMarker, trackingRef } from './common';

export function rootCauseLabel(engagement: Engagement, cause: string): string {
  return `${engagement.labels.root_cause_prefix}${cause}`;
}

export function planCompletion(ctx: PlanContext, state: DeadlineState): Write[] {
  const completion = state.completion;
  if (!completion || !state.issue) return [];
  const writes: Write[] = [];
  if (!completion.recorded) {
    const voice = ownerVoice(ctx, state);
    const values = {
      title: inlineSafely(state.title),
      done_at: completion.dayOnly
        ? formatDate(ctx.calendar.localDate(completion.at), voice.locale)
        : when(ctx, completion.at, voice),
      due: when(ctx, completion.due, voice),
      days_late: businessDays(completion.businessDaysLate, voice),
    };
    const causes = ROOT_CAUSES.map(
      (cause) => `- \`${rootCauseLabel(ctx.engagement, cause)}\` — ${voice.t(`cause.${cause}`)}`,
    ).join('\n');
    const text = completion.late
      ? voice.t('completion.late', { ...values, causes })
      : voice.t('completion.on_time', values);
    const marker = noteMarker(ctx, state, 'completion', undefined, {
      at: completion.at.toISOString(),
      due: completion.due.toISOString(),
      late: String(completion.late),
      days: String(completion.businessDaysLate),
    });
    writes.push(
      markedComment(
        trackingRef(state),
        text,
        [marker],
        completion.late
          ? `"${state.title}" was handed over ${completion.businessDaysLate} business day(s) late; the root cause is asked for the weekly summary.`
          : `"${state.title}" was handed over on time.`,
      ),
    );
  }
  // Closed once, when the handoff is recorded. A person who reopens the tracking issue after that has
  // decided to keep it open (more work to talk about): the record stands and the issue stays open.
  const reopenedByAPerson =
    completion.recorded && (state.issue.stateReason ?? '').toUpperCase() === 'REOPENED';
  if (state.issue.state === 'open' && state.source === 'engagement-file' && !reopenedByAPerson) {
    writes.push({
      kind: 'close-issue',
      issue: trackingRef(state),
      stateReason: 'completed',
      reason: `"${state.title}" is handed over: the handoff is complete.`,
    });
  }
  return writes;
}

/** Root-cause labels must exist before anyone can pick one; created once a handoff is late. */
export function planRootCauseLabels(ctx: PlanContext, states: readonly DeadlineState[]): Write[] {
  if (!states.some((state) => state.completion?.late)) return [];
  const have = new Set(ctx.snapshot.labels.map((label) => label.name.toLowerCase()));
  return ROOT_CAUSES.filter((cause) => !have.has(rootCauseLabel(ctx.engagement, cause).toLowerCase())).map(
    (cause) => ({
      kind: 'create-label',
      name: rootCauseLabel(ctx.engagement, cause),
      color: ROOT_CAUSE_COLOUR,
      description: `Root cause of a late handoff: ${cause.replace(/-/gu, ' ')}.`,
      reason: `A handoff was late: the root-cause label "${rootCauseLabel(ctx.engagement, cause)}" must exist to be picked.`,
    }),
  );
}

export const ROOT_CAUSE_COLOUR = 'c5def5';
