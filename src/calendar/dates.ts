// Calendar dates as `YYYY-MM-DD` strings. Date arithmetic on plain dates happens in UTC, where every
// day has 24 hours, so no time zone or DST change can shift a date by one.
import { DateTime } from 'luxon';
import type { Weekday } from '../engagement/schema';

const WEEKDAY_BY_LUXON: Record<number, Weekday> = {
  1: 'mon',
  2: 'tue',
  3: 'wed',
  4: 'thu',
  5: 'fri',
  6: 'sat',
  7: 'sun',
};

function utcDate(date: string): DateTime {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  if (!parsed.isValid) throw new Error(`\`${date}\` is not a date: expected YYYY-MM-DD.`);
  return parsed;
}

export function plusDays(date: string, days: number): string {
  return utcDate(date).plus({ days }).toISODate() ?? date;
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAY_BY_LUXON[utcDate(date).weekday] ?? 'mon';
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Every date from `from` to `to` inclusive (empty when to < from). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = plusDays(date, 1)) dates.push(date);
  return dates;
}

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && utcDate(text).isValid;
}
