// Small helpers every deadline rule uses: where a deadline's messages go, and the markers that make
// each message happen once.
import type { PlanContext } from '../../core/context';
import type { MarkerKind } from '../../core/marker-kinds';
import { markerKey, type Marker } from '../../core/markers';
import { refPlaceholder, type IssueRef } from '../../core/plan';
import type { DeadlineState } from '../state';

export const trackingMarker = (subject: string): Marker => ({ kind: 'tracking', subject });
export const escalationMarker = (subject: string): Marker => ({ kind: 'escalation', subject });
export const trackingKey = (subject: string): string => markerKey(trackingMarker(subject));
export const escalationKey = (subject: string): string => markerKey(escalationMarker(subject));

/** The tracking issue of a deadline, or the one this plan opens for it. */
export function trackingRef(state: DeadlineState): IssueRef {
  return state.issue ? { number: state.issue.number } : { created: trackingKey(state.subject) };
}

/** `#12`, or the placeholder that becomes `#12` once this plan has opened the issue. */
export function trackingMention(state: DeadlineState): string {
  return state.issue ? `#${state.issue.number}` : refPlaceholder(trackingKey(state.subject));
}

/** A marker for a note about the due date in effect, stamped with the planning time. */
export function noteMarker(
  ctx: PlanContext,
  state: DeadlineState,
  kind: MarkerKind,
  stage?: string,
  data: Readonly<Record<string, string>> = {},
): Marker {
  return {
    kind,
    subject: state.subject,
    ...(stage ? { stage } : {}),
    data: { due: state.dueKey, at: ctx.now.toISOString(), ...data },
  };
}

export function hasNote(
  state: DeadlineState,
  kind: MarkerKind,
  options: { stage?: string; forCurrentDue?: boolean } = {},
): boolean {
  return state.notes.some(
    (note) =>
      note.marker.kind === kind &&
      (options.stage === undefined || note.marker.stage === options.stage) &&
      (!options.forCurrentDue || note.marker.data?.due === state.dueKey),
  );
}

/**
 * Courtesy replies (to a refused command or note) go at most once a day to each person on an issue,
 * whatever they write: three hundred refused commands from a stranger get one reply a day. The gate
 * answers whether `login` may get one now, and counts it.
 */
export function dailyReplyGate(
  ctx: PlanContext,
  notes: ReadonlyArray<{ readonly marker: Marker; readonly at: Date }>,
  kind: MarkerKind,
): (login: string) => boolean {
  const repliedOn = new Set(
    notes
      .filter((note) => note.marker.kind === kind && note.marker.data?.person)
      .map((note) => `${note.marker.data?.person ?? ''}|${ctx.calendar.localDate(note.at)}`),
  );
  const today = ctx.calendar.localDate(ctx.now);
  return (login) => {
    const day = `${login.toLowerCase()}|${today}`;
    if (repliedOn.has(day)) return false;
    repliedOn.add(day);
    return true;
  };
}
