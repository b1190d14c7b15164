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

/** Business days between the due date and today, at least 1 once the due instant has passed. */
export function businessDaysLate(calendar: BusinessCalendar, due: Date, at: Date): number {
  if (at.getTime() <= due.getTime()) return 0;
  return Math.max(1, calendar.businessDaysBetween(calendar.localDate(due), calendar.localDate(at)));
}

/** A due instant moved by `days` business days, keeping a written time of day. */
export function shiftDue(calendar: BusinessCalendar, dueText: string, days: number): Date {
  const date = calendar.addBusinessDays(dueText.slice(0, 10), days);
  return dueText.length > 10
    ? calendar.instantOf(`${date}${dueText.slice(10)}`)
    : calendar.endOfBusinessDay(date);
}
