// What the action knows about each deadline at `now`, read from the engagement file and the snapshot
// alone: deliverables, agreed changes, completion, lateness, status, projections and fees. Both the
// planners and the weekly-summary facts read the world through this one function.
import type { PlanContext } from '../core/context';
import type { MilestoneStatus } from '../core/facts';
import { botCommentMarkers, type Marker } from '../core/markers';
import type { SnapshotComment } from '../core/snapshot';
import { readAgreements, type AgreementLog } from './agreements';
import { mergeTicks, type ChecklistItem } from './checklist';
import { speakerSide } from './people';
import { collectDeadlines, type InvalidDeadlineIssue, type TrackedDeadline } from './sources';
import { businessDaysLate, hasElapsed, isWithinBefore, shiftDue } from './timing';
import type { SnapshotIssue } from '../core/snapshot';

export interface BotNote {
  readonly comment: SnapshotComment;
  readonly marker: Marker;
  /** When the note was written (the marker's `at`, else the comment's creation). */
  readonly at: Date;
}

export interface Completion {
  readonly at: Date;
  readonly due: Date;
  readonly late: boolean;
  readonly businessDaysLate: number;
  /** True once the action posted its completion record. */
  readonly recorded: boolean;
}

export interface DeadlineState extends TrackedDeadline {
  readonly checklist: readonly ChecklistItem[];
  readonly missing: readonly string[];
  readonly agreements: AgreementLog;
  readonly currentDueText: string;
  readonly baselineInstant: Date;
  readonly currentDue: Date;
  /** Identifies the due date in effect: reminders and ladder steps are once per due. */
  readonly dueKey: string;
  readonly notes: readonly BotNote[];
  readonly completion: Completion | null;
  /** The last comment from the owner side (a person, not the action). */
  readonly lastOwnerReplyAt: Date | null;
  /** Closed by the action because the milestone left the file (not a completion). */
  readonly closedAsRemoved: boolean;
  readonly status: MilestoneStatus;
  /** So far when open and overdue; final when done late. */
  readonly businessDaysLate: number;
  readonly atRiskBecause: { readonly missing: boolean; readonly silentSince: Date | null };
}

export interface Projection {
  /** Business days this deadline's finish slips behind its baseline (own lateness, extensions, upstream). */
  readonly delay: number;
  /** Business days the upstream slips push this one. */
  readonly upstreamShift: number;
  readonly projectedDue: Date;
}

export interface DeadlineWorld {
  readonly states: readonly DeadlineState[];
  readonly byId: ReadonlyMap<string, DeadlineState>;
  readonly projections: ReadonlyMap<string, Projection>;
  readonly invalid: readonly InvalidDeadlineIssue[];
  readonly orphans: readonly SnapshotIssue[];
}

/** Kinds of the action's notes that reach out to the owner side (they start the silence clock). */
export const PING_KINDS = new Set(['reminder', 'early-warning', 'alternates', 'ladder']);

const cache = new WeakMap<PlanContext, DeadlineWorld>();

export function readDeadlines(ctx: PlanContext): DeadlineWorld {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const sources = collectDeadlines(ctx);
  const states = sources.tracked.map((tracked) => readState(ctx, tracked));
  const byId = new Map(states.map((state) => [state.id, state]));
  const world: DeadlineWorld = {
    states,
    byId,
    projections: project(ctx, states, byId),
    invalid: sources.invalid,
    orphans: sources.orphans,
  };
  cache.set(ctx, world);
  return world;
}

function notesOf(ctx: PlanContext, issue: SnapshotIssue | undefined): BotNote[] {
  if (!issue) return [];
  return botCommentMarkers(ctx.snapshot, issue).map(({ comment, marker }) => ({
    comment,
    marker,
    at: new Date(marker.data?.at ?? comment.createdAt),
  }));
}

function readState(ctx: PlanContext, tracked: TrackedDeadline): DeadlineState {
  const { calendar, now } = ctx;
  const issue = tracked.issue;
  const notes = notesOf(ctx, issue);
  const checklist: ChecklistItem[] =
    tracked.source === 'engagement-file'
      ? mergeTicks(
          tracked.items.map((item) => item.text),
          issue?.body,
        )
      : tracked.items.map((item) => ({ text: item.text, done: item.done ?? false }));
  const missing = checklist.filter((item) => !item.done).map((item) => item.text);

  const lifecycle = notes.filter((note) => note.marker.kind === 'removed' || note.marker.kind === 'restored');
  const closedAsRemoved =
    issue?.state === 'closed' &&
    lifecycle.length > 0 &&
    lifecycle[lifecycle.length - 1]?.marker.kind === 'removed';

  const recorded = notes.find((note) => note.marker.kind === 'completion');
  const allTicked = checklist.length > 0 && missing.length === 0;
  const closed = issue?.state === 'closed' && !closedAsRemoved;
  const completedAt = recorded
    ? new Date(recorded.marker.data?.at ?? recorded.comment.createdAt)
    : closed
      ? new Date(issue?.closedAt ?? now.toISOString())
      : allTicked
        ? now
        : null;

  const agreements = readAgreements(ctx, issue?.comments ?? [], tracked.baselineDue, completedAt);
  const currentDue = calendar.dueInstant(agreements.dueText);
  const dueKey = currentDue.toISOString();

  let completion: Completion | null = null;
  if (completedAt) {
    const due = recorded?.marker.data?.due ? new Date(recorded.marker.data.due) : currentDue;
    const late = calendar.businessMinutesBetween(due, completedAt) > 0;
    completion = {
      at: completedAt,
      due,
      late,
      businessDaysLate: late ? businessDaysLate(calendar, due, completedAt) : 0,
      recorded: recorded !== undefined,
    };
  }

  const ownerReplies = (issue?.comments ?? [])
    .filter((comment) => speakerSide(ctx, comment.author) === tracked.owner)
    .map((comment) => new Date(comment.createdAt));
  const lastOwnerReplyAt = ownerReplies.length > 0 ? (ownerReplies[ownerReplies.length - 1] ?? null) : null;

  const silentSince = firstPingSince(notes, lastOwnerReplyAt);
  const warning = ctx.engagement.reminders.early_warning;
  const missingShare = checklist.length === 0 ? 0 : missing.length / checklist.length;
  const atRiskBecause = {
    missing: checklist.length > 0 && missingShare >= warning.missing_ratio && missing.length > 0,
    silentSince: silentSince && hasElapsed(calendar, silentSince, now, warning.silence) ? silentSince : null,
  };

  let status: MilestoneStatus;
  if (completion) status = completion.late ? 'done_late' : 'done_on_time';
  else if (now.getTime() > currentDue.getTime()) status = 'overdue';
  else if (
    isWithinBefore(calendar, now, currentDue, warning.window) &&
    (atRiskBecause.missing || atRiskBecause.silentSince !== null)
  )
    status = 'at_risk';
  else if (isWithinBefore(calendar, now, currentDue, ctx.engagement.reminders.due_soon)) status = 'due_soon';
  else status = 'upcoming';

  return {
    ...tracked,
    checklist,
    missing,
    agreements,
    currentDueText: agreements.dueText,
    baselineInstant: calendar.dueInstant(tracked.baselineDue),
    currentDue,
    dueKey,
    notes,
    completion,
    lastOwnerReplyAt,
    closedAsRemoved,
    status,
    businessDaysLate: completion
      ? completion.businessDaysLate
      : status === 'overdue'
        ? businessDaysLate(calendar, currentDue, now)
        : 0,
    atRiskBecause,
  };
}

/** The first note reaching out to the owner after their last reply: the silence clock starts there. */
export function firstPingSince(notes: readonly BotNote[], lastReply: Date | null): Date | null {
  const pings = notes
    .filter((note) => PING_KINDS.has(note.marker.kind))
    .filter((note) => !lastReply || note.at.getTime() > lastReply.getTime())
    .map((note) => note.at.getTime())
    .sort((a, b) => a - b);
  return pings.length > 0 ? new Date(pings[0] ?? 0) : null;
}

function project(
  ctx: PlanContext,
  states: readonly DeadlineState[],
  byId: ReadonlyMap<string, DeadlineState>,
): Map<string, Projection> {
  const { calendar } = ctx;
  const delays = new Map<string, number>();
  const visiting = new Set<string>();

  const upstreamShift = (state: DeadlineState): number =>
    Math.max(0, ...state.dependsOn.map((id) => (byId.has(id) ? delayOf(byId.get(id)!) : 0)));

  // How far behind its baseline this deadline finishes: agreed extensions, its own lateness, and
  // whatever its dependencies push onto it.
  function delayOf(state: DeadlineState): number {
    const known = delays.get(state.id);
    if (known !== undefined) return known;
    if (visiting.has(state.id)) return 0;
    visiting.add(state.id);
    const extension = Math.max(
      0,
      calendar.businessDaysBetween(
        calendar.localDate(state.baselineInstant),
        calendar.localDate(state.currentDue),
      ),
    );
    const own = state.completion ? state.completion.businessDaysLate : state.businessDaysLate;
    const delay = Math.max(extension + own, upstreamShift(state));
    visiting.delete(state.id);
    delays.set(state.id, delay);
    return delay;
  }

  const projections = new Map<string, Projection>();
  for (const state of states) {
    const shift = upstreamShift(state);
    const shifted =
      shift > 0 && !state.completion ? shiftDue(calendar, state.baselineDue, shift) : state.currentDue;
    const projectedDue = shifted.getTime() > state.currentDue.getTime() ? shifted : state.currentDue;
    projections.set(state.id, { delay: delayOf(state), upstreamShift: shift, projectedDue });
  }
  return projections;
}

/** Deadlines that depend on `id`, directly or through others. */
export function dependantsOf(world: DeadlineWorld, id: string): DeadlineState[] {
  const found = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const state of world.states) {
      if (state.dependsOn.includes(current) && !found.has(state.id) && state.id !== id) {
        found.add(state.id);
        queue.push(state.id);
      }
    }
  }
  return world.states.filter((state) => found.has(state.id));
}
