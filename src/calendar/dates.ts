// Calendar dates as `YYYY-MM-DD` strings. Arithmetic on plain dates happens in UTC, where every day has
// 24 hours, so no time zone or DST change can shift a date by one. Plain Date.UTC is used rather than
// luxon here because business-day walks call these functions thousands of times per run.
import type { Weekday } from '../engagement/schema';

const DAY_MS = 86_400_000;
const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Epoch milliseconds of a date's midnight, read as UTC. */
export function utcMillis(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) throw new Error(`\`${date}\` is not a date: expected YYYY-MM-DD.`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function plusDays(date: string, days: number): string {
  return new Date(utcMillis(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAY_BY_UTC_DAY[new Date(utcMillis(date)).getUTCDay()] ?? 'mon';
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
