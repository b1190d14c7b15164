// Time questions the rules ask, on the engagement's business calendar.
import type { BusinessCalendar } from '../calendar/types';
import { calendarMinutes, type Duration } from '../engagement/duration';

// The lateness rule is the calendar's, shared with the weekly summary's figures.
export { businessDaysLate, isLate } from '../calendar/lateness';

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

/** A due instant moved by `days` business days, keeping a written time of day. */
export function shiftDue(calendar: BusinessCalendar, dueText: string, days: number): Date {
  const date = calendar.addBusinessDays(dueText.slice(0, 10), days);
  return dueText.length > 10
    ? calendar.instantOf(`${date}${dueText.slice(10)}`)
    : calendar.endOfBusinessDay(date);
}
