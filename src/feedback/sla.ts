// SLA clocks. A clock starts when the feedback is filed, counts wall-clock or working minutes as the
// engagement says, and stands still while the issue waits for the client. Everything is in minutes
// so that business days, business hours and pauses add up the same way.
import { workingDayMinutes } from '../calendar';
import type { PlanContext } from '../core/context';
import type { Duration } from '../engagement/duration';
import type { Engagement, Importance } from '../engagement/schema';
import type { Interval } from './issue';

export type SlaKind = 'first_response' | 'resolution';

export interface SlaClock {
  readonly start: Date;
  readonly budgetMinutes: number;
  readonly business: boolean;
  readonly pauses: readonly Interval[];
}

// Asked for every SLA clock of every issue: worked out once per engagement's working hours.
const workdayByHours = new WeakMap<object, number>();

/** Working minutes in one working day, as the calendar counts them. */
export function workdayMinutes(engagement: Engagement): number {
  const hours = engagement.calendar.work_hours;
  let minutes = workdayByHours.get(hours);
  if (minutes === undefined) {
    const { start, end } = workingDayMinutes(hours);
    workdayByHours.set(hours, (minutes = end - start));
  }
  return minutes;
}

/**
 * An SLA's length in minutes and whether they are working minutes. Business units always count
 * working time; with `feedback.business_hours`, `24h` means 24 working hours and `2d` two working days.
 */
export function slaBudget(
  engagement: Engagement,
  duration: Duration,
): { minutes: number; business: boolean } {
  const day = workdayMinutes(engagement);
  const business = engagement.feedback.business_hours;
  switch (duration.unit) {
    case 'business_hours':
      return { minutes: duration.value * 60, business: true };
    case 'business_days':
      return { minutes: duration.value * day, business: true };
    case 'minutes':
      return { minutes: duration.value, business };
    case 'hours':
      return { minutes: duration.value * 60, business };
    case 'days':
      return { minutes: duration.value * (business ? day : 24 * 60), business };
    case 'weeks':
      return {
        minutes: duration.value * (business ? day * engagement.calendar.work_days.length : 7 * 24 * 60),
        business,
      };
  }
}

export function slaClock(
  ctx: PlanContext,
  kind: SlaKind,
  importance: Importance,
  createdAt: string,
  pauses: readonly Interval[],
): SlaClock {
  const budget = slaBudget(ctx.engagement, ctx.engagement.feedback.sla[importance][kind]);
  return { start: new Date(createdAt), budgetMinutes: budget.minutes, business: budget.business, pauses };
}

function measure(ctx: PlanContext, clock: SlaClock, a: Date, b: Date): number {
  if (b.getTime() <= a.getTime()) return 0;
  return clock.business ? ctx.calendar.businessMinutesBetween(a, b) : (b.getTime() - a.getTime()) / 60_000;
}

function advance(ctx: PlanContext, clock: SlaClock, from: Date, minutes: number): Date {
  if (minutes <= 0) return from;
  return clock.business
    ? ctx.calendar.addDuration(from, { value: minutes / 60, unit: 'business_hours', text: `${minutes} min` })
    : new Date(from.getTime() + minutes * 60_000);
}

/** A pause that has not ended yet is taken to end now: the estimate is "if the client replied now". */
function pausesUntil(clock: SlaClock, now: Date): Array<{ from: Date; to: Date }> {
  return clock.pauses
    .map((pause) => ({ from: pause.from, to: pause.to ?? now }))
    .filter((pause) => pause.to.getTime() > pause.from.getTime())
    .sort((a, b) => a.from.getTime() - b.from.getTime());
}

/** Minutes the clock has run from its start to `until`, pauses left out. */
export function elapsedMinutes(ctx: PlanContext, clock: SlaClock, until: Date, now: Date): number {
  let total = measure(ctx, clock, clock.start, until);
  for (const pause of pausesUntil(clock, now)) {
    const from = new Date(Math.max(pause.from.getTime(), clock.start.getTime()));
    const to = new Date(Math.min(pause.to.getTime(), until.getTime()));
    total -= measure(ctx, clock, from, to);
  }
  return Math.max(0, Math.round(total));
}

/** The instant the clock reaches `minutes` (e.g. the whole budget: the due time), pauses skipped. */
export function instantAtMinutes(ctx: PlanContext, clock: SlaClock, minutes: number, now: Date): Date {
  let cursor = clock.start;
  let remaining = minutes;
  for (const pause of pausesUntil(clock, now)) {
    if (pause.to.getTime() <= cursor.getTime()) continue;
    const segment = measure(ctx, clock, cursor, pause.from);
    if (segment >= remaining) return advance(ctx, clock, cursor, remaining);
    remaining -= segment;
    cursor = new Date(Math.max(cursor.getTime(), pause.to.getTime()));
  }
  return advance(ctx, clock, cursor, remaining);
}

export function dueAt(ctx: PlanContext, clock: SlaClock, now: Date): Date {
  return instantAtMinutes(ctx, clock, clock.budgetMinutes, now);
}

export function warnAt(ctx: PlanContext, clock: SlaClock, now: Date): Date {
  return instantAtMinutes(ctx, clock, Math.ceil(clock.budgetMinutes * ctx.engagement.feedback.warn_at), now);
}

export interface SlaReading {
  readonly due: Date;
  readonly warnAt: Date;
  /** When the clock stopped (the response, the resolution), or null while it runs. */
  readonly stoppedAt: Date | null;
  /** true: met; false: breached; null: still running and not yet due. */
  readonly met: boolean | null;
  /** Minutes taken, once met or breached. */
  readonly minutesTaken: number | null;
}

export function readSla(ctx: PlanContext, clock: SlaClock, stoppedAt: Date | null, now: Date): SlaReading {
  const due = dueAt(ctx, clock, now);
  // The warning time and a running breach's minutes are worked out when read: the weekly facts of
  // every piece of feedback read neither, the rules read them for the few that need a note.
  let warning: Date | undefined;
  const lazyWarnAt = (): Date => (warning ??= warnAt(ctx, clock, now));
  if (stoppedAt) {
    const taken = elapsedMinutes(ctx, clock, stoppedAt, now);
    return {
      due,
      get warnAt() {
        return lazyWarnAt();
      },
      stoppedAt,
      met: taken <= clock.budgetMinutes,
      minutesTaken: taken,
    };
  }
  if (now.getTime() >= due.getTime()) {
    let taken: number | undefined;
    return {
      due,
      get warnAt() {
        return lazyWarnAt();
      },
      stoppedAt,
      met: false,
      get minutesTaken() {
        return (taken ??= elapsedMinutes(ctx, clock, now, now));
      },
    };
  }
  return {
    due,
    get warnAt() {
      return lazyWarnAt();
    },
    stoppedAt,
    met: null,
    minutesTaken: null,
  };
}
