// Time questions the rules ask, on the engagement's business calendar.
import type { BusinessCalendar } from '../calendar/types';
import { calendarMinutes, type Duration } from '../engagement/duration';

/** True when `now` is no more than `duration` before `due` (and not after it). */
export function isWithinBefore(
  calendar: BusinessCalendar,
  now: Date,
  due: Date,
  duration: Duration,
): boolean {
  if (now.getTime() > due.getTime()) return false;
  switch (duration.unit) {
    case 'business_days':
      return calendar.businessDaysBetween(calendar.localDate(now), calendar.localDate(due)) <= duration.value;
    case 'business_hours':
      return calendar.businessMinutesBetween(now, due) <= duration.value * 60;
    default:
      return due.getTime() - now.getTime() <= (calendarMinutes(duration) ?? 0) * 60_000;
  }
}

/** True when at least `duration` has passed since `since`. */
export function hasElapsed(calendar: BusinessCalendar, since: Date, now: Date, duration: Duration): boolean {
  return now.getTime() >= calendar.addDuration(since, duration).getTime();
}

/**
 * Late at `at`: working time has passed since the due time. The evening of the due day, the weekend
 * after it or 07:00 on the next working day is not late yet — a handoff then still counts as on time.
 */
export function isLate(calendar: BusinessCalendar, due: Date, at: Date): boolean {
  return calendar.businessMinutesBetween(due, at) > 0;
}

/**
 * How many business days late, counted as people count them: the business days after the due date
 * whose working time has begun by `at` (Monday 09:00 after a Friday due is 1; Tuesday 07:00, before
 * work starts, still 1). 0 when not late — and 0 too when late by less than a business day (on the due
 * day itself, after a due time of day), which the messages say in words ("less than a business day"),
 * never rounded up to a day that has not been worked.
 */
export function businessDaysLate(calendar: BusinessCalendar, due: Date, at: Date): number {
  if (!isLate(calendar, due, at)) return 0;
  const today = calendar.localDate(at);
  const days = calendar.businessDaysBetween(calendar.localDate(due), today);
  const todayNotStarted =
    calendar.isBusinessDay(today) &&
    calendar.businessMinutesBetween(calendar.instantOf(`${today}T00:00`), at) === 0;
  return days > 0 && todayNotStarted ? days - 1 : Math.max(0, days);
}

/** A due instant moved by `days` business days, keeping a written time of day. */
export function shiftDue(calendar: BusinessCalendar, dueText: string, days: number): Date {
  const date = calendar.addBusinessDays(dueText.slice(0, 10), days);
  return dueText.length > 10
    ? calendar.instantOf(`${date}${dueText.slice(10)}`)
    : calendar.endOfBusinessDay(date);
}
