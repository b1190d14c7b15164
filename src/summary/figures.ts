// The figures the summary reports, computed from the derived facts as they stood at one instant.
// The same function gives this week's figures (as of now, or the week's end for a past week) and
// last week's (as of last week's end), so a change between them is a change in the world, not in
// how it was counted: only what had happened by that instant is taken into account.
import type { BusinessCalendar } from '../calendar/types';
import type { FeedbackFacts, MilestoneFacts, MilestoneStatus, SlaOutcome } from '../core/facts';
import { memoByText } from '../core/memo';
// Lateness is the deadline rules' own, not a copy (calendar/lateness.ts): a handoff is late once working
// time has passed since its due time, and its business days late are counted as people count them.
import { businessDaysLate, isLate } from '../calendar/lateness';

export interface Figures {
  /**
   * Handoffs that had been completed or were late by the instant: late as the deadline rules count it,
   * once working time has passed since the due time (src/calendar/lateness.ts). A handoff past its due
   * time on a Friday evening is not counted until it is handed over or the next working time begins.
   */
  readonly handoffsCounted: number;
  readonly handoffsOnTime: number;
  /** 0..1, null when no handoff has come due yet. */
  readonly onTimeRate: number | null;
  /** Mean business days late over handoffs completed late, null when there are none. */
  readonly averageDelay: number | null;
  readonly feedbackReceived: number;
  readonly newInWeek: number;
  readonly resolvedInWeek: number;
  readonly openFeedback: number;
  readonly firstResponse: Spread;
  readonly resolution: Spread;
  readonly firstResponseSla: Compliance;
  readonly resolutionSla: Compliance;
  readonly ratingAverage: number | null;
  readonly ratingCount: number;
  /** The client's ratings of vendor handoffs given by the instant. */
  readonly handoffRatingAverage: number | null;
  readonly handoffRatingCount: number;
}

/** Minutes of elapsed (wall-clock) time. */
export interface Spread {
  readonly median: number | null;
  readonly p90: number | null;
  readonly count: number;
}

export interface Compliance {
  readonly met: number;
  readonly decided: number;
  readonly rate: number | null;
}

export interface Window {
  /** Figures count only what had happened before this instant. */
  readonly asOf: Date;
  /** The week [start, end) whose new and resolved feedback is counted. */
  readonly start: Date;
  readonly end: Date;
  /** When the facts were derived (the run's now): statuses before it are rebuilt from timestamps. */
  readonly factsTime: Date;
  /**
   * The engagement's business calendar, to rebuild statuses before `factsTime` with the deadline rules'
   * own lateness (src/calendar/lateness.ts). Needed only when `asOf` is before `factsTime`.
   */
  readonly calendar?: BusinessCalendar;
}

export function computeFigures(
  milestones: readonly MilestoneFacts[],
  feedback: readonly FeedbackFacts[],
  window: Window,
): Figures {
  const t = window.asOf.getTime();
  const statuses = milestones.map((m) => ({
    m,
    status: milestoneStatusAt(m, window.asOf, window.factsTime, window.calendar),
  }));
  const handoffs = statuses.filter(({ m, status }) => handoffCounted(m, status, t));
  const onTime = handoffs.filter(({ status }) => status === 'done_on_time');
  const lateDone = statuses.filter(({ status }) => status === 'done_late').map(({ m }) => m);

  const received = feedback.filter((f) => before(f.createdAt, t));
  const inWeek = (iso: string | null): boolean =>
    iso !== null && ms(iso) >= window.start.getTime() && ms(iso) < window.end.getTime() && ms(iso) <= t;
  const rated = received.filter((f) => f.rating !== null && before(resolvedAtOf(f), t));

  return {
    handoffsCounted: handoffs.length,
    handoffsOnTime: onTime.length,
    onTimeRate: handoffs.length === 0 ? null : onTime.length / handoffs.length,
    averageDelay: lateDone.length === 0 ? null : mean(lateDone.map((m) => m.businessDaysLate)),
    feedbackReceived: received.length,
    newInWeek: feedback.filter((f) => inWeek(f.createdAt)).length,
    resolvedInWeek: feedback.filter((f) => inWeek(resolvedAtOf(f))).length,
    openFeedback: received.filter((f) => feedbackOpenAt(f, window.asOf)).length,
    firstResponse: spread(
      received.flatMap((f) =>
        f.firstResponseAt !== null && before(f.firstResponseAt, t)
          ? [minutesBetween(f.createdAt, f.firstResponseAt)]
          : [],
      ),
    ),
    resolution: spread(
      received.flatMap((f) => {
        const done = resolvedAtOf(f);
        return done !== null && before(done, t) ? [minutesBetween(f.createdAt, done)] : [];
      }),
    ),
    firstResponseSla: compliance(received.map((f) => slaAt(f.firstResponse, f.firstResponseAt, t))),
    resolutionSla: compliance(received.map((f) => slaAt(f.resolution, resolvedAtOf(f), t))),
    ratingAverage: rated.length === 0 ? null : mean(rated.map((f) => f.rating ?? 0)),
    ratingCount: rated.length,
    ...handoffRatings(milestones, t),
  };
}

/** A handoff counts (on time or not) once it is handed over, or late, by the instant. */
function handoffCounted(m: MilestoneFacts, status: MilestoneStatus, t: number): boolean {
  if (status === 'overdue') return true;
  return (status === 'done_on_time' || status === 'done_late') && before(m.completedAt, t);
}

/**
 * A milestone's status as it stood at an instant. At or after the facts' own time the derived status
 * is the truth; before it, only what the timestamps tell us can be rebuilt (done, late or not yet
 * late), with the deadline rules' own lateness: late once working time has passed since the due time,
 * so the evening of the due day and the weekend after it read due, not late (src/calendar/lateness.ts).
 */
export function milestoneStatusAt(
  m: MilestoneFacts,
  at: Date,
  factsTime: Date,
  calendar?: BusinessCalendar,
): MilestoneStatus {
  const t = at.getTime();
  if (t >= factsTime.getTime()) return m.status;
  if (m.completedAt !== null && before(m.completedAt, t)) {
    return m.status === 'done_late' ? 'done_late' : 'done_on_time';
  }
  const due = new Date(ms(m.governingDue));
  if (isLate(needed(calendar), due, at)) return 'overdue';
  // Past its due time, not late yet: the deadline rules say due (or at risk, which needs signals the
  // timestamps do not keep).
  return due.getTime() < t ? 'due_soon' : 'upcoming';
}

/**
 * How many business days late a milestone was at an instant, counted as its status then is: the
 * derived figure at or after the facts' own time, the final one of a handoff completed late by then,
 * the deadline rules' count so far of one overdue then, and 0 otherwise.
 */
export function businessDaysLateAt(
  m: MilestoneFacts,
  at: Date,
  factsTime: Date,
  calendar?: BusinessCalendar,
): number {
  if (at.getTime() >= factsTime.getTime()) return m.businessDaysLate;
  switch (milestoneStatusAt(m, at, factsTime, calendar)) {
    case 'done_late':
      return m.businessDaysLate;
    case 'overdue':
      return businessDaysLate(needed(calendar), new Date(ms(m.governingDue)), at);
    default:
      return 0;
  }
}

function needed(calendar: BusinessCalendar | undefined): BusinessCalendar {
  if (!calendar)
    throw new Error('A milestone status before the facts were derived needs the business calendar.');
  return calendar;
}

export function feedbackOpenAt(f: FeedbackFacts, at: Date): boolean {
  if (!before(f.createdAt, at.getTime())) return false;
  const done = resolvedAtOf(f);
  if (done === null) return f.open || f.closedAt === null;
  return !before(done, at.getTime());
}

/** Whether an SLA had been broken by the instant and not met before it. */
export function slaBreachedAt(outcome: SlaOutcome, metAt: string | null, at: Date): boolean {
  return slaAt(outcome, metAt, at.getTime()) === false;
}

export function resolvedAtOf(f: FeedbackFacts): string | null {
  return f.resolvedAt ?? f.closedAt;
}

/** true = met by then, false = broken by then, null = still running or never decided. */
function slaAt(outcome: SlaOutcome, metAt: string | null, t: number): boolean | null {
  if (outcome.met === true) return metAt !== null && before(metAt, t) ? true : null;
  if (outcome.met === false) return ms(outcome.dueAt) <= t ? false : null;
  return null;
}

function compliance(outcomes: ReadonlyArray<boolean | null>): Compliance {
  const decided = outcomes.filter((o) => o !== null);
  const met = decided.filter((o) => o === true).length;
  return { met, decided: decided.length, rate: decided.length === 0 ? null : met / decided.length };
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: null, p90: null, count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  // Nearest rank: the smallest value at or above which 90% of the values fall.
  const p90 = sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)] ?? 0;
  return { median, p90, count: values.length };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function minutesBetween(from: string, to: string): number {
  return Math.max(0, Math.round((ms(to) - ms(from)) / 60_000));
}

function before(iso: string | null, t: number): boolean {
  return iso !== null && ms(iso) <= t;
}

// The figures of every week in the summary read the same instants of every piece of feedback: each
// ISO text is parsed once.
const ms = memoByText(100_000, (iso) => new Date(iso).getTime());

function handoffRatings(
  milestones: readonly MilestoneFacts[],
  t: number,
): Pick<Figures, 'handoffRatingAverage' | 'handoffRatingCount'> {
  const given = milestones.flatMap((m) =>
    m.handoffRating && before(m.handoffRating.at, t) ? [m.handoffRating.value] : [],
  );
  return { handoffRatingAverage: given.length === 0 ? null : mean(given), handoffRatingCount: given.length };
}
