// What the action knows about each deadline at `now`, read from the engagement file and the snapshot
// alone: deliverables, agreed changes, completion, lateness, status, projections and fees. Both the
// planners and the weekly-summary facts read the world through this one function.
import type { MarkerKind } from '../core/marker-kinds';
import type { PlanContext } from '../core/context';
import type { MilestoneStatus } from '../core/facts';
import type { Side } from '../engagement/schema';
import { botCommentMarkers, isBot, type Marker } from '../core/markers';
import { sideOf } from '../core/sides';
import type { SnapshotComment } from '../core/snapshot';
import { inEffect, readAgreements, type AgreementLog } from './agreements';
import { mergeTicks, type ChecklistItem } from './checklist';
import { completedByTicksAt } from './completed-at';
import { lastOwnerAnswer, readContactNotes, type ContactNoteLog } from './contact-notes';
import { speakerSide } from './people';
import {
  collectDeadlines,
  filedItems,
  type HeldDeadline,
  type InvalidDeadlineIssue,
  type TrackedDeadline,
} from './sources';
import { businessDaysLate, hasElapsed, isLate, isWithinBefore, shiftDue } from './timing';
import { shiftPassesLastDay } from './years';
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
  /** Dated by the file's `handed_over_on` as a day alone: its time of day is not known, so never shown. */
  readonly dayOnly: boolean;
}

export interface DeadlineState extends TrackedDeadline {
  readonly checklist: readonly ChecklistItem[];
  readonly missing: readonly string[];
  readonly agreements: AgreementLog;
  /** Calls, e-mails, meetings and chats noted with `/note` (contact-notes.ts). */
  readonly contactNotes: ContactNoteLog;
  readonly currentDueText: string;
  readonly baselineInstant: Date;
  /** The agreed due date: the baseline, or the latest extension both sides agreed. */
  readonly currentDue: Date;
  /**
   * The due date that governs reminders, the status label, the early warning, the ladder, lateness and
   * the fee: `currentDue`, or the later date an upstream delay moves it to under
   * `contract.day_for_day_shift`. Once completion is recorded, the date it was judged against.
   */
  readonly effectiveDue: Date;
  /**
   * The milestone's due date as every surface states it — the tracking issue, reminders, the
   * escalation, the weekly summary's tables, next-14-days list and chart: the governing date, or, while
   * it still moves day for day behind a dependency that is late and not handed over, the agreed date
   * (so that bodies do not change every business day). Computed here only.
   */
  readonly statedDue: Date;
  /** Why `effectiveDue` is later than `currentDue`; null when the agreed date governs. */
  readonly shift: DateShift | null;
  /** Identifies the governing due date: reminders and ladder steps are once per due. */
  readonly dueKey: string;
  readonly notes: readonly BotNote[];
  readonly completion: Completion | null;
  /** The owner side's last answer: a comment of theirs, or a note that records their answer. */
  readonly lastOwnerReplyAt: Date | null;
  /** Closed by the action because the milestone left the file (not a completion). */
  readonly closedAsRemoved: boolean;
  /**
   * Closed without a recorded handoff in a way that is not a delivery — as "not planned", or by someone
   * who is not a party to the engagement (another bot, a stranger) — or null (rules/tracking.ts).
   */
  readonly closedNotDelivered: NotDelivered | null;
  readonly status: MilestoneStatus;
  /** So far when open and overdue; final when done late. */
  readonly businessDaysLate: number;
  readonly atRiskBecause: { readonly missing: boolean; readonly silentSince: Date | null };
}

/** A due date moved day for day by an upstream delay. */
export interface DateShift {
  /** Business days the baseline moves. */
  readonly days: number;
  /** The dependency whose delay sets the shift. */
  readonly upstream: { readonly id: string; readonly title: string };
  /** Why it is behind: handed over late, still not handed over past its date, or its date moved. */
  readonly cause: 'late' | 'waiting' | 'moved';
  /**
   * True while the upstream is past its date and not handed over: the shift grows each business day,
   * so the date is not settled and the action does not chase it yet.
   */
  readonly provisional: boolean;
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
  /** Filed deadlines not tracked: waiting for a party's confirmation, or refused for a past date. */
  readonly held: readonly HeldDeadline[];
  readonly orphans: readonly SnapshotIssue[];
}

export type { HeldDeadline } from './sources';

/** Kinds of the action's notes that reach out to the owner side (they start the silence clock). */
export const PING_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>([
  'reminder',
  'early-warning',
  'alternates',
  'ladder',
]);

export interface ReadOptions {
  /**
   * Agreed changes to leave out, by proposal comment id: the world as it stood before them (an undo's
   * record names the dependent milestones that move back by comparing the two).
   */
  readonly without?: ReadonlySet<number>;
}

/**
 * The first deadline depending on `tracked` (directly or through others) that an extension of
 * `tracked` to `due` would carry past the last day that can be planned (years.ts), by its title. A
 * dependant moves by the business days its dependency's date moves from its baseline (the day-for-day
 * shift; without it, that is where it is projected to), so it passes the last day when its own
 * baseline moved that far does. Nothing here walks past the last day.
 */
function dependantsPastYears(
  ctx: PlanContext,
  tracked: readonly TrackedDeadline[],
): (deadline: TrackedDeadline, due: string) => string | undefined {
  const { calendar } = ctx;
  return (deadline, due) => {
    const dependants: TrackedDeadline[] = [];
    const queue = [deadline.id];
    const seen = new Set([deadline.id]);
    while (queue.length > 0) {
      const id = queue.shift()!;
      for (const candidate of tracked) {
        if (seen.has(candidate.id) || !candidate.dependsOn.includes(id)) continue;
        seen.add(candidate.id);
        dependants.push(candidate);
        queue.push(candidate.id);
      }
    }
    if (dependants.length === 0) return undefined;
    const baseline = calendar.localDate(calendar.dueInstant(deadline.baselineDue));
    return dependants.find((dependant) =>
      shiftPassesLastDay(calendar, baseline, due.slice(0, 10), dependant.baselineDue.slice(0, 10)),
    )?.title;
  };
}

/** The deadlines as the snapshot shows them: read once per plan and handed to every rule and the facts. */
export function readDeadlines(ctx: PlanContext, options: ReadOptions = {}): DeadlineWorld {
  const sources = collectDeadlines(ctx);
  const carriesPastYears = dependantsPastYears(ctx, sources.tracked);
  const bases = sources.tracked.map((tracked) =>
    readBase(ctx, tracked, options, (due) => carriesPastYears(tracked, due)),
  );
  const resolved = resolveDates(ctx, bases);
  const states = bases.map((base) => resolved.get(base.id)!.state);
  const world: DeadlineWorld = {
    states,
    byId: new Map(states.map((state) => [state.id, state])),
    projections: new Map(bases.map((base) => [base.id, resolved.get(base.id)!.projection])),
    invalid: sources.invalid,
    held: sources.held,
    orphans: sources.orphans,
  };
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

/** What a deadline's own issue says, before the dates of its dependencies are taken into account. */
interface BaseState extends Omit<
  DeadlineState,
  'effectiveDue' | 'statedDue' | 'shift' | 'dueKey' | 'completion' | 'status' | 'businessDaysLate'
> {
  readonly completedAt: Date | null;
  readonly completedOnDayOnly: boolean;
  readonly recordedCompletion: BotNote | undefined;
}

/**
 * What one deadline's own issue says, read in the order the answers depend on each other: the
 * deliverables, how it was closed and when it was completed, the agreed changes, and the owner side's
 * activity.
 */
function readBase(
  ctx: PlanContext,
  tracked: TrackedDeadline,
  options: ReadOptions,
  carriesPastYears: (due: string) => string | undefined,
): BaseState {
  const { calendar } = ctx;
  const notes = notesOf(ctx, tracked.issue);
  const fileHandover = handedOverPerFile(ctx, tracked);
  const ticked = checklistOf(tracked);
  const allTicked = ticked.length > 0 && ticked.every((item) => item.done);
  const closing = closingOf(ctx, tracked, notes, fileHandover, allTicked);
  // Handed over as a whole, the file says: every deliverable with it.
  const checklist = fileHandover ? ticked.map((item) => ({ ...item, done: true })) : ticked;
  const missing = checklist.filter((item) => !item.done).map((item) => item.text);
  const agreements = readAgreements(
    ctx,
    tracked.issue?.comments ?? [],
    tracked.baselineDue,
    closing.completedAt,
    notes,
    options.without,
    carriesPastYears,
  );
  const activity = ownerActivity(ctx, tracked, notes);
  return {
    ...tracked,
    issue: reopenedInThisRun(tracked.issue, closing, notes),
    checklist,
    missing,
    agreements,
    contactNotes: activity.contactNotes,
    currentDueText: agreements.dueText,
    baselineInstant: calendar.dueInstant(tracked.baselineDue),
    currentDue: calendar.dueInstant(agreements.dueText),
    notes,
    lastOwnerReplyAt: activity.lastOwnerReplyAt,
    closedAsRemoved: closing.closedAsRemoved,
    closedNotDelivered: closing.closedNotDelivered,
    atRiskBecause: atRiskBecause(ctx, checklist, missing.length, notes, activity.lastOwnerReplyAt),
    completedAt: closing.completedAt,
    completedOnDayOnly: closing.dayOnly,
    recordedCompletion: closing.recorded,
  };
}

/**
 * A tracking issue this run reopens — its milestone is back in the engagement file, or it was closed in
 * a way that is not a delivery (once) — is read as it will be after this run's writes: open, with its
 * reminders, ladder, escalation and body kept up in the same run (rules/tracking.ts), so that a rerun
 * with nothing new writes nothing. Closed again after the action's note, it stays closed: a person
 * decided.
 */
function reopenedInThisRun(
  issue: SnapshotIssue | undefined,
  closing: Closing,
  notes: readonly BotNote[],
): SnapshotIssue | undefined {
  if (!issue) return issue;
  const reopens =
    closing.closedAsRemoved ||
    (closing.closedNotDelivered !== null && !notes.some((note) => note.marker.kind === 'not-delivery'));
  return reopens ? { ...issue, state: 'open', stateReason: 'REOPENED', closedAt: null } : issue;
}

/** The deliverables with their ticks: the file's list ticked in the issue body, or the filed list. */
function checklistOf(tracked: TrackedDeadline): ChecklistItem[] {
  if (tracked.source === 'engagement-file')
    return mergeTicks(
      tracked.items.map((item) => item.text),
      tracked.issue?.body,
    );
  return tracked.items.map((item) => ({ text: item.text, done: item.done ?? false }));
}

/** How the deadline's issue was closed, if it was, and when the handoff happened. */
interface Closing {
  readonly closedAsRemoved: boolean;
  readonly closedNotDelivered: NotDelivered | null;
  readonly recorded: BotNote | undefined;
  readonly completedAt: Date | null;
  /** The moment is the file's `handed_over_on` written as a day alone. */
  readonly dayOnly: boolean;
}

function closingOf(
  ctx: PlanContext,
  tracked: TrackedDeadline,
  notes: readonly BotNote[],
  fileHandover: FileHandover | null,
  allTicked: boolean,
): Closing {
  const { now } = ctx;
  const issue = tracked.issue;
  const closedAsRemoved = isClosedAsRemoved(
    issue,
    notes.map((note) => note.marker),
  );
  const recorded = notes.find((note) => note.marker.kind === 'completion');
  // Closing a tracking issue as "not planned" (by a person, or a stale bot), or closing it at all
  // when not a party to the engagement, is not a handoff.
  const closedNotDelivered =
    tracked.source === 'engagement-file' &&
    issue?.state === 'closed' &&
    !closedAsRemoved &&
    !recorded &&
    !fileHandover
      ? notDelivered(ctx, issue)
      : null;
  const closed = issue?.state === 'closed' && !closedAsRemoved && !closedNotDelivered;
  // The moment the handoff happened, never the run that noticed it: the recorded completion, else the
  // edit that ticked the last deliverable or the closing, whichever came first.
  const tickedAt =
    allTicked && issue ? completedByTicksAt(issue, (body) => isChecklistComplete(tracked, body), now) : null;
  const closedAt = closed ? new Date(issue?.closedAt ?? now.toISOString()) : null;
  const completedAt = recorded
    ? new Date(recorded.marker.data?.at ?? recorded.comment.createdAt)
    : earliest([fileHandover?.at ?? null, closedAt, tickedAt]);
  const dayOnly =
    !recorded && fileHandover !== null && fileHandover.dayOnly && completedAt === fileHandover.at;
  return { closedAsRemoved, closedNotDelivered, recorded, completedAt, dayOnly };
}

interface FileHandover {
  readonly at: Date;
  readonly dayOnly: boolean;
}

/**
 * The handover the engagement file records (`handed_over_on`), as an instant: a day alone stands for
 * the end of that working day — even while that end is still ahead today, so that the same file reads
 * the same at every run — and is judged by its day (completionOf). A day or moment still to come is
 * no handover yet.
 */
function handedOverPerFile(ctx: PlanContext, tracked: TrackedDeadline): FileHandover | null {
  const text = tracked.milestone?.handed_over_on?.replace(' ', 'T');
  if (!text) return null;
  const { calendar, now } = ctx;
  const at = calendar.dueInstant(text);
  const dayOnly = !text.includes('T');
  if (at.getTime() <= now.getTime()) return { at, dayOnly };
  return dayOnly && text <= calendar.localDate(now) ? { at, dayOnly } : null;
}

/** The owner side's answers: their comments and the `/note`s that record one, and the last of them. */
function ownerActivity(
  ctx: PlanContext,
  tracked: TrackedDeadline,
  notes: readonly BotNote[],
): { readonly contactNotes: ContactNoteLog; readonly lastOwnerReplyAt: Date | null } {
  const comments = tracked.issue?.comments ?? [];
  const ownerReplies = comments
    .filter((comment) => sideAtTheTime(ctx, tracked.owner, notes, comment) === tracked.owner)
    .map((comment) => new Date(comment.createdAt));
  const contactNotes = readContactNotes(ctx, comments, tracked.owner, notes);
  return {
    contactNotes,
    lastOwnerReplyAt: latest([ownerReplies.at(-1) ?? null, lastOwnerAnswer(contactNotes)]),
  };
}

/**
 * The side a comment on a deadline's issue speaks for, as it stood when it was written: the side the
 * engagement file gives its author now, or — for someone the file no longer names (a primary contact
 * replaced by another) — the owner side, when the action itself had reached out to them on this issue
 * as that side's contact (a reminder, an early warning, a ladder step or the alternates mentioned them)
 * before they wrote it. Their answer was the owner side's answer then, and stays one.
 */
export function sideAtTheTime(
  ctx: PlanContext,
  owner: Side,
  notes: readonly BotNote[],
  comment: SnapshotComment,
): Side | undefined {
  const side = speakerSide(ctx, comment.author);
  if (side !== undefined) return side;
  const login = comment.author.login.toLowerCase();
  const written = Date.parse(comment.createdAt);
  const reached = notes.some(
    (note) =>
      PING_KINDS.has(note.marker.kind) &&
      note.at.getTime() <= written &&
      mentionedLogins(note.comment.body).has(login),
  );
  return reached ? owner : undefined;
}

/** The logins a text pings (`@login`, not the `@\u200dlogin` that names someone without a ping). */
function mentionedLogins(body: string): Set<string> {
  const found = new Set<string>();
  for (const match of body.matchAll(/(?<![\w@/`])@([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})/giu))
    found.add((match[1] ?? '').toLowerCase());
  return found;
}

/** The early warning's two signs: too many deliverables missing, and silence since a ping. */
function atRiskBecause(
  ctx: PlanContext,
  checklist: readonly ChecklistItem[],
  missing: number,
  notes: readonly BotNote[],
  lastOwnerReplyAt: Date | null,
): DeadlineState['atRiskBecause'] {
  const silentSince = firstPingSince(notes, lastOwnerReplyAt);
  const warning = ctx.engagement.reminders.early_warning;
  const missingShare = checklist.length === 0 ? 0 : missing / checklist.length;
  return {
    missing: checklist.length > 0 && missingShare >= warning.missing_ratio && missing > 0,
    silentSince:
      silentSince && hasElapsed(ctx.calendar, silentSince, ctx.now, warning.silence) ? silentSince : null,
  };
}

/** Why a closing records no handoff. */
export type NotDelivered = (
  { readonly reason: 'not-planned' } | { readonly reason: 'not-a-party'; readonly by: string }
) & {
  /** When it was closed, as GitHub recorded it (the issue read as reopened no longer shows it). */
  readonly closedAt: string | null;
};

/**
 * A closing that is not a delivery: "not planned", or by someone who is neither a party to the
 * engagement nor the action itself. Who closed it is known only when the shell read it
 * (`issuesNeedingCloser`); unread, the closing is taken as it is.
 */
function notDelivered(ctx: PlanContext, issue: SnapshotIssue): NotDelivered | null {
  const closedAt = issue.closedAt;
  if ((issue.stateReason ?? '').toUpperCase() === 'NOT_PLANNED') return { reason: 'not-planned', closedAt };
  const by = issue.closedBy;
  if (typeof by !== 'string' || isBot(ctx.snapshot, by)) return null;
  // Another bot (a stale bot, an automation) is never a party, whatever its access.
  const party = !/\[bot\]$/iu.test(by) && sideOf(ctx, by) !== undefined;
  return party ? null : { reason: 'not-a-party', by, closedAt };
}

/**
 * The tracking issues whose closer the shell should read: closed, with no handoff recorded, not as
 * "not planned" and not by the action because the milestone left the file.
 */
export function issuesNeedingCloser(ctx: PlanContext): number[] {
  return readDeadlines(ctx)
    .states.filter(
      (state) =>
        state.source === 'engagement-file' &&
        state.issue?.state === 'closed' &&
        state.issue.closedBy === undefined &&
        !state.closedAsRemoved &&
        !(state.completion?.recorded ?? false) &&
        (state.issue.stateReason ?? '').toUpperCase() !== 'NOT_PLANNED',
    )
    .map((state) => state.issue!.number);
}

/** Closed by the action because its milestone left the file (the last lifecycle note says so). */
export function isClosedAsRemoved(issue: SnapshotIssue | undefined, markers: readonly Marker[]): boolean {
  const lifecycle = markers.filter((marker) => marker.kind === 'removed' || marker.kind === 'restored');
  return issue?.state === 'closed' && lifecycle.at(-1)?.kind === 'removed';
}

function earliest(instants: ReadonlyArray<Date | null>): Date | null {
  return instants.reduce<Date | null>(
    (first, instant) => (instant && (!first || instant.getTime() < first.getTime()) ? instant : first),
    null,
  );
}

function latest(instants: ReadonlyArray<Date | null>): Date | null {
  return instants.reduce<Date | null>(
    (best, instant) => (instant && (!best || instant.getTime() > best.getTime()) ? instant : best),
    null,
  );
}

/** Whether a version of the body has every deliverable ticked (the file's list, or the filed one). */
function isChecklistComplete(tracked: TrackedDeadline, body: string): boolean {
  const items =
    tracked.source === 'engagement-file'
      ? mergeTicks(
          tracked.items.map((item) => item.text),
          body,
        )
      : filedItems(body);
  return items.length > 0 && items.every((item) => item.done);
}

/** Since when a completion may postdate the end of a week the summary still renders as of its end. */
const A_WEEK_MS = 7 * 86_400_000;

/**
 * The deadline issues whose body's edit history the shell reads (for these only): every deliverable
 * ticked, and either no completion recorded yet (the history dates it by the tick), or one recorded in
 * the last seven days: the week that ended before it may still be closed as of its end, and must count
 * the deliverables ticked by then, not the boxes ticked since.
 */
export function issuesNeedingBodyHistory(ctx: PlanContext): number[] {
  return readDeadlines(ctx)
    .states.filter(
      (state) =>
        state.issue !== undefined &&
        state.completion !== null &&
        (!state.completion.recorded || ctx.now.getTime() - state.completion.at.getTime() < A_WEEK_MS) &&
        state.checklist.length > 0 &&
        state.missing.length === 0,
    )
    .map((state) => state.issue!.number);
}

/** A deadline with its governing date settled, and what its dependants need to know about it. */
interface Resolved {
  readonly state: DeadlineState;
  readonly projection: Projection;
  /** Still slipping: open past its governing date, or waiting on such a dependency. */
  readonly growing: boolean;
  /** From when its delay was known (completion, or the last agreement); null while it still grows. */
  readonly knownAt: Date | null;
}

/** Dependencies first: a deadline's governing date depends on how far its dependencies slipped. */
function resolveDates(ctx: PlanContext, bases: readonly BaseState[]): Map<string, Resolved> {
  const byId = new Map(bases.map((base) => [base.id, base]));
  const resolved = new Map<string, Resolved>();
  const visiting = new Set<string>();
  const resolve = (base: BaseState): Resolved => {
    const known = resolved.get(base.id);
    if (known) return known;
    visiting.add(base.id);
    // A dependency cycle is broken where it is found: that edge moves nothing.
    const upstream = base.dependsOn.flatMap((id) => {
      const dependency = byId.get(id);
      return dependency && !visiting.has(id) ? [resolve(dependency)] : [];
    });
    const result = settle(ctx, base, upstream);
    visiting.delete(base.id);
    resolved.set(base.id, result);
    return result;
  };
  bases.forEach(resolve);
  return resolved;
}

const later = (a: Date, b: Date | null): Date => (b && b.getTime() > a.getTime() ? b : a);

function lastExtensionAgreedAt(base: BaseState): Date | null {
  const agreed = inEffect(base.agreements.amendments)
    .filter((amendment) => amendment.kind === 'extend')
    .map((amendment) => new Date(amendment.agreedAt).getTime());
  return agreed.length > 0 ? new Date(Math.max(...agreed)) : null;
}

/**
 * One deadline's governing date, completion, status and projection, given its dependencies already
 * settled: each step below answers one question, in the order they depend on each other.
 */
function settle(ctx: PlanContext, base: BaseState, upstream: readonly Resolved[]): Resolved {
  const pull = upstreamPull(ctx, base, upstream);
  const effectiveDue = governingDue(base, pull);
  const shift = dateShift(pull, effectiveDue);
  const completion = completionOf(ctx, base, effectiveDue);
  const status = statusOf(ctx, base, effectiveDue, completion);
  const own = ownBusinessDaysLate(ctx, effectiveDue, completion, status);
  const {
    recordedCompletion: _recorded,
    completedAt: _completedAt,
    completedOnDayOnly: _dayOnly,
    ...rest
  } = base;
  const state: DeadlineState = {
    ...rest,
    effectiveDue,
    statedDue: shift?.provisional ? base.currentDue : effectiveDue,
    shift,
    dueKey: effectiveDue.toISOString(),
    completion,
    status,
    businessDaysLate: own,
  };
  const projection = projectionOf(ctx, base, pull, effectiveDue, completion, own);
  const growing = status === 'overdue' || (shift?.provisional ?? false);
  return { state, projection, growing, knownAt: delayKnownAt(pull, shift, completion, growing) };
}

/** How the dependencies' delays pull on a deadline, and whether that pull governs its date. */
interface UpstreamPull {
  /** Business days the furthest-behind dependency slips (0 when none does). */
  readonly shiftDays: number;
  /** The dependency that sets the shift; one still slipping first, as it keeps the date moving. */
  readonly governing: Resolved | undefined;
  /** The baseline moved by `shiftDays`; null without a governing dependency. */
  readonly shifted: Date | null;
  /** When the latest extension of this deadline in effect was agreed. */
  readonly agreedAt: Date | null;
  /** An extension agreed after the upstream delay was known caps the automatic shift. */
  readonly capped: boolean;
  /** Under `day_for_day_shift`, the shifted date is later than the agreed one and not capped. */
  readonly governs: boolean;
}

function upstreamPull(ctx: PlanContext, base: BaseState, upstream: readonly Resolved[]): UpstreamPull {
  const shiftDays = Math.max(0, ...upstream.map((dependency) => dependency.projection.delay));
  const governing =
    shiftDays === 0
      ? undefined
      : (upstream.find((u) => u.projection.delay === shiftDays && u.growing) ??
        upstream.find((u) => u.projection.delay === shiftDays));
  const shifted = governing ? shiftDue(ctx.calendar, base.baselineDue, shiftDays) : null;
  // An extension of this deadline agreed after the upstream delay was known is an explicit date that
  // both sides chose with the delay in view: it governs instead of the automatic shift.
  const agreedAt = lastExtensionAgreedAt(base);
  const capped =
    governing?.knownAt != null && agreedAt !== null && agreedAt.getTime() >= governing.knownAt.getTime();
  const governs =
    ctx.engagement.contract.day_for_day_shift &&
    governing !== undefined &&
    shifted !== null &&
    !capped &&
    later(base.currentDue, shifted) === shifted;
  return { shiftDays, governing, shifted, agreedAt, capped, governs };
}

/** The date that governs: the one the completion record was judged against, the shift, or the agreed one. */
function governingDue(base: BaseState, pull: UpstreamPull): Date {
  const recordedDue = base.recordedCompletion?.marker.data?.due;
  if (recordedDue) return new Date(recordedDue);
  return pull.governs && pull.shifted ? pull.shifted : base.currentDue;
}

/** Why the governing date is later than the agreed one, when the upstream shift set it. */
function dateShift(pull: UpstreamPull, effectiveDue: Date): DateShift | null {
  const { governing, shifted } = pull;
  if (!pull.governs || !governing || !shifted || shifted.getTime() !== effectiveDue.getTime()) return null;
  const cause = governing.state.completion?.late ? 'late' : governing.growing ? 'waiting' : 'moved';
  // "While we wait for X, which is past its date" must name the milestone that is past its date: when
  // the dependency is only carried along by one further up the chain, that one (its own shift names it).
  const carried = cause === 'waiting' && governing.state.status !== 'overdue' ? governing.state.shift : null;
  return {
    days: pull.shiftDays,
    upstream: carried ? carried.upstream : { id: governing.state.id, title: governing.state.title },
    cause,
    provisional: governing.growing,
  };
}

function completionOf(ctx: PlanContext, base: BaseState, effectiveDue: Date): Completion | null {
  if (!base.completedAt) return null;
  const { calendar } = ctx;
  // A handover the file dates by its day alone happened some time that day: on the due day it is on
  // time, whatever the due's hour, and it reads the same on every run.
  const at =
    base.completedOnDayOnly &&
    calendar.localDate(base.completedAt) === calendar.localDate(effectiveDue) &&
    base.completedAt.getTime() > effectiveDue.getTime()
      ? effectiveDue
      : base.completedAt;
  // The completion record is the truth once written: how late it was stays as recorded.
  const record = base.recordedCompletion?.marker.data;
  const recordedDays = record?.days !== undefined ? Number(record.days) : Number.NaN;
  const recorded = record && Number.isInteger(recordedDays) && recordedDays >= 0;
  const late = recorded ? record.late === 'true' : isLate(calendar, effectiveDue, at);
  return {
    at,
    due: effectiveDue,
    late,
    businessDaysLate: recorded ? recordedDays : businessDaysLate(calendar, effectiveDue, at),
    recorded: base.recordedCompletion !== undefined,
    dayOnly: base.completedOnDayOnly,
  };
}

function statusOf(
  ctx: PlanContext,
  base: BaseState,
  effectiveDue: Date,
  completion: Completion | null,
): MilestoneStatus {
  const { calendar, now, engagement } = ctx;
  const warning = engagement.reminders.early_warning;
  if (completion) return completion.late ? 'done_late' : 'done_on_time';
  // Overdue once it is late: working time has passed since the due time. Until then (the evening of the
  // due day, the weekend after it) a handoff still counts as on time, and the label says what it was.
  if (isLate(calendar, effectiveDue, now)) return 'overdue';
  const pastDueTime = now.getTime() > effectiveDue.getTime();
  if (
    (pastDueTime || isWithinBefore(calendar, now, effectiveDue, warning.window)) &&
    (base.atRiskBecause.missing || base.atRiskBecause.silentSince !== null)
  )
    return 'at_risk';
  if (pastDueTime) return 'due_soon';
  if (isWithinBefore(calendar, now, effectiveDue, engagement.reminders.due_soon)) return 'due_soon';
  return 'upcoming';
}

/** So far when open and overdue; final when done late. */
function ownBusinessDaysLate(
  ctx: PlanContext,
  effectiveDue: Date,
  completion: Completion | null,
  status: MilestoneStatus,
): number {
  if (completion) return completion.businessDaysLate;
  return status === 'overdue' ? businessDaysLate(ctx.calendar, effectiveDue, ctx.now) : 0;
}

/** How far behind its baseline this deadline finishes, for the deadlines that depend on it. */
function projectionOf(
  ctx: PlanContext,
  base: BaseState,
  pull: UpstreamPull,
  effectiveDue: Date,
  completion: Completion | null,
  own: number,
): Projection {
  const { calendar } = ctx;
  const dayForDay = ctx.engagement.contract.day_for_day_shift;
  const behind = (until: Date): number =>
    Math.max(
      0,
      calendar.businessDaysBetween(calendar.localDate(base.baselineInstant), calendar.localDate(until)),
    );
  const delay = dayForDay
    ? behind(effectiveDue) + own
    : Math.max(behind(base.currentDue) + own, pull.shiftDays);
  const projectedDue = completion
    ? effectiveDue
    : dayForDay && pull.capped
      ? base.currentDue
      : later(base.currentDue, pull.shifted);
  return { delay, upstreamShift: pull.shiftDays, projectedDue };
}

/**
 * A delay is known from when it stopped changing: a late handoff when it completed; otherwise the
 * last agreement that moved its date (or what moved its dependency). Null while it still grows.
 */
function delayKnownAt(
  pull: UpstreamPull,
  shift: DateShift | null,
  completion: Completion | null,
  growing: boolean,
): Date | null {
  if (completion?.late) return completion.at;
  if (growing) return null;
  return [pull.agreedAt, shift ? (pull.governing?.knownAt ?? null) : null]
    .filter((at): at is Date => at !== null)
    .reduce<Date | null>((latest, at) => later(at, latest), null);
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
