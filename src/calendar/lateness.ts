// How late a handoff is, on the engagement's business calendar: one rule for the deadlines domain (its
// statuses, ladder and records) and the weekly summary (past statuses, the on-time rate, days late).
import type { BusinessCalendar } from './types';

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
