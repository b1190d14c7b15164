// The business calendar of an engagement: its time zone, working days and hours, public holidays and
// extra closed days. Every "business day" in the product is counted here. Instants are JS Dates (UTC);
// calendar dates are `YYYY-MM-DD` strings in the engagement's time zone.
import type { Duration } from '../engagement/duration';

export interface BusinessCalendar {
  readonly zone: string;
  /** The calendar date of an instant in the engagement's time zone. */
  localDate(instant: Date): string;
  isBusinessDay(date: string): boolean;
  /** Why a date is closed (holiday or closed-day name, or `weekend`); undefined when it is a business day. */
  closedReason(date: string): string | undefined;
  /** The business day `n` business days after (n > 0) or before (n < 0) `date`; n = 0 returns `date` itself. */
  addBusinessDays(date: string, n: number): string;
  /** Business days in (from, to]: how many business days `to` is after `from` (negative when before). */
  businessDaysBetween(from: string, to: string): number;
  /** The instant a working day ends (work_hours.end in the zone), DST-safe. */
  endOfBusinessDay(date: string): Date;
  /** The instant a local date-time `YYYY-MM-DDTHH:MM` happens in the zone. */
  instantOf(localDateTime: string): Date;
  /** `due` as written in the engagement file (date or date-time) to the instant it falls due. */
  dueInstant(due: string): Date;
  /** Adds a duration: calendar units on the wall clock, business units on working time only. */
  addDuration(instant: Date, duration: Duration): Date;
  /** Working minutes between two instants (0 when b <= a). */
  businessMinutesBetween(a: Date, b: Date): number;
  /** Closed days (holidays and extra closed days) between two dates inclusive, with their names. */
  closedDaysBetween(from: string, to: string): Array<{ date: string; name: string }>;
}
