// The years a deadline may be planned in: those the engagement file accepts (engagement/bounds.ts).
// A date people write — in a command, a filed deadline's form, a GitHub milestone — outside them is
// refused with a reply; an agreed extension that would carry a dependent milestone past the last day
// is refused too, so that no date the action plans, states or counts ever lies beyond them (a
// calendar walk past them is also what makes a run slow).
import type { BusinessCalendar } from '../calendar/types';
import { plusDays } from '../calendar/dates';
import { FIRST_YEAR, LAST_YEAR } from '../engagement/bounds';

export { FIRST_YEAR, LAST_YEAR };

/** The last day a deadline may fall on. */
export const LAST_DATE = `${LAST_YEAR}-12-31`;

/** Whether a `YYYY-MM-DD…` date is in the years the engagement file accepts. */
export function withinYears(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * Whether a deadline due `dependant` (its baseline date), moved by as many business days as another
 * one's date moves from `from` to `to` (the day-for-day shift), would pass LAST_DATE. That is: fewer
 * business days are left after `to` than lie between `from` and `dependant` — the same question as
 * "fewer are left after `dependant` than lie between `from` and `to`" (the counts add up), asked so
 * that the walk is short (the gap between the two milestones) and never passes LAST_DATE.
 */
export function shiftPassesLastDay(
  calendar: BusinessCalendar,
  from: string,
  to: string,
  dependant: string,
): boolean {
  if (to <= from) return false;
  const gap = calendar.businessDaysBetween(from, dependant);
  let current = to;
  for (let left = 0; left < gap;) {
    current = plusDays(current, 1);
    if (current > LAST_DATE) return true;
    if (calendar.isBusinessDay(current)) left += 1;
  }
  return false;
}

/** The placeholders every message about the years fills in. */
export function yearWords(): { first: string; last: string } {
  return { first: String(FIRST_YEAR), last: String(LAST_YEAR) };
}
