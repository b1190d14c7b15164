// ISO weeks in the engagement's time zone. The summary issue belongs to one ISO week (`2026-W48`),
// opens on the configured weekday and time of that week, and reports what happened between the
// week's first and last instant, so every date here is read on the engagement's wall clock.
import { DateTime } from 'luxon';
import { FIRST_YEAR } from '../engagement/bounds';
import { WEEKDAYS, type Weekday } from '../engagement/schema';

export interface IsoWeek {
  readonly weekYear: number;
  readonly weekNumber: number;
}

const WEEK_PATTERN = /^\s*(\d{4})-?W(\d{1,2})\s*$/iu;

/** `2026-W48` (also `2026w48`, `2026-W5`) to a week; undefined when it is not a real ISO week. */
export function parseIsoWeek(text: string): IsoWeek | undefined {
  const match = WEEK_PATTERN.exec(text);
  if (!match) return undefined;
  const weekYear = Number(match[1]);
  const weekNumber = Number(match[2]);
  const probe = DateTime.fromObject({ weekYear, weekNumber: 1, weekday: 1 }, { zone: 'UTC' });
  if (!probe.isValid || weekNumber < 1 || weekNumber > probe.weeksInWeekYear) return undefined;
  return { weekYear, weekNumber };
}

/**
 * Why a week asked for by hand (the `summary-week` input, `plan --summary-week`) cannot be summarised
 * now, or null when it can. A summary reports a week that has begun: a week still to come would open
 * its issue now and close this week's as superseded, so a typo (2062-W48 for 2026-W48) would take
 * the team's current summary away. Weeks before 2000 are outside every date the action plans.
 */
export function askedWeekProblem(text: string, now: Date, zone: string): string | null {
  const asked = parseIsoWeek(text);
  if (!asked) return `must be an ISO week of that year such as 2026-W48, not ${text.trim()}`;
  if (asked.weekYear < FIRST_YEAR) return `must be a week from ${FIRST_YEAR} on, not ${text.trim()}`;
  const current = weekOf(now, zone);
  if (compareWeeks(asked, current) > 0)
    return `${formatIsoWeek(asked)} has not begun: this week is ${formatIsoWeek(current)} in ${zone}, and a summary reports a week that has begun. Leave it empty for this week's summary`;
  return null;
}

/** The canonical name of a week: `2026-W48`. */
export function formatIsoWeek(week: IsoWeek): string {
  return `${week.weekYear}-W${String(week.weekNumber).padStart(2, '0')}`;
}

/** The ISO week an instant falls in, on the engagement's wall clock. */
export function weekOf(instant: Date, zone: string): IsoWeek {
  const local = DateTime.fromJSDate(instant, { zone });
  return { weekYear: local.weekYear, weekNumber: local.weekNumber };
}

/** Monday 00:00 of the week in the zone. */
export function weekStart(week: IsoWeek, zone: string): Date {
  return mondayOf(week, zone).toJSDate();
}

/** Monday 00:00 of the following week in the zone: the week is [start, end). */
export function weekEnd(week: IsoWeek, zone: string): Date {
  return mondayOf(week, zone).plus({ weeks: 1 }).toJSDate();
}

export function previousWeek(week: IsoWeek, zone: string): IsoWeek {
  return weekOf(mondayOf(week, zone).minus({ days: 3 }).toJSDate(), zone);
}

/** The instant the week's summary issue may open: the configured weekday and `HH:MM` of that week. */
export function opensAt(week: IsoWeek, day: Weekday, time: string, zone: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return mondayOf(week, zone)
    .plus({ days: WEEKDAYS.indexOf(day) })
    .set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 })
    .toJSDate();
}

/** The local calendar dates (YYYY-MM-DD) of the week's Monday and Sunday. */
export function weekDates(week: IsoWeek, zone: string): { first: string; last: string } {
  const monday = mondayOf(week, zone);
  return { first: monday.toISODate() ?? '', last: monday.plus({ days: 6 }).toISODate() ?? '' };
}

/** Negative when a is before b. */
export function compareWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.weekYear - b.weekYear || a.weekNumber - b.weekNumber;
}

/** The local calendar date of an ISO instant in the zone. */
export function localDateOf(instant: string | Date, zone: string): string {
  const value =
    typeof instant === 'string'
      ? DateTime.fromISO(instant, { zone })
      : DateTime.fromJSDate(instant, { zone });
  return value.toISODate() ?? '';
}

/** A local date plus whole days. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

// The summary asks for the same few weeks once per issue it counts: building the date from a week
// number is luxon's slowest path, and a DateTime never changes, so each week is built once.
const mondays = new Map<string, DateTime>();
const MONDAYS_KEPT = 2048;

function mondayOf(week: IsoWeek, zone: string): DateTime {
  const key = `${week.weekYear}-${week.weekNumber}@${zone}`;
  const known = mondays.get(key);
  if (known) return known;
  const monday = DateTime.fromObject(
    { weekYear: week.weekYear, weekNumber: week.weekNumber, weekday: 1 },
    { zone },
  ).startOf('day');
  if (mondays.size >= MONDAYS_KEPT) mondays.clear();
  mondays.set(key, monday);
  return monday;
}
