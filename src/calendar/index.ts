// The business calendar of an engagement: every "business day" and "business hour" of the product is
// counted here. Wall-clock work happens in luxon in the engagement's zone, so DST changes are safe;
// plain dates are `YYYY-MM-DD` strings.
import { DateTime, IANAZone } from 'luxon';
import type { Duration } from '../engagement/duration';
import { EngagementFault } from '../engagement/fault';
import type { Engagement } from '../engagement/schema';
import { datesBetween, plusDays, utcMillis, weekdayOf, yearOf } from './dates';
import { holidaysForRegion, type ClosedDay } from './holidays';
import type { BusinessCalendar } from './types';
import { instantAtWallTime, localDateAt, zoneOffsets } from './zone-offset';

export type { BusinessCalendar } from './types';
export { isKnownHolidayRegion } from './holidays';
export { nationalDayPartner } from './vietnam';

type CalendarConfig = Engagement['calendar'];

/** In the time part of an ISO date-time (after `YYYY-MM-DDT`), the sign of a UTC offset (`Z`, `+07:00`). */
const OFFSET_SIGN = /[zZ+-]/u;

/**
 * No engagement calendar has ten years without a working day; this bounds every walk through dates.
 * It counts closed days in a row, not the whole walk: a long walk through an open calendar is fine.
 */
const MAX_DAYS_WALKED = 3_660;

function noWorkingDays(): EngagementFault {
  return new EngagementFault(
    ['calendar'],
    'has no working day for ten years in a row, so no business-day date can be counted',
    'check calendar.closed_days, calendar.work_days and calendar.holidays',
  );
}

function minutesOfClock(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** A working day's start and end, in minutes after local midnight. */
export function workingDayMinutes(hours: CalendarConfig['work_hours']): { start: number; end: number } {
  const start = minutesOfClock(hours.start);
  // Night shifts across midnight are not supported: an end at or before the start means midnight.
  const writtenEnd = minutesOfClock(hours.end);
  return { start, end: writtenEnd > start ? writtenEnd : 24 * 60 };
}

function dayNames(entries: CalendarConfig['closed_days']): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) {
    if (typeof entry === 'string') map.set(entry, 'closed');
    else map.set(entry.date, entry.name ?? 'closed');
  }
  return map;
}

export function createBusinessCalendar(config: CalendarConfig, zone: string): BusinessCalendar {
  if (!IANAZone.isValidZone(zone)) {
    throw new EngagementFault(
      ['engagement', 'time_zone'],
      'is not an IANA time zone',
      'write a zone name such as `Asia/Ho_Chi_Minh`',
    );
  }
  const workDays = new Set(config.work_days);
  const { start: startMinute, end: endMinute } = workingDayMinutes(config.work_hours);
  const closedDays = dayNames(config.closed_days);
  const openDays = dayNames(config.open_days);
  const isWeeklyDayOff = (date: string): boolean => !workDays.has(weekdayOf(date));
  const holidaysOfYear = config.holidays ? holidaysForRegion(config.holidays, isWeeklyDayOff) : () => [];

  const holidayIndex = new Map<number, Map<string, string>>();
  function holidayName(date: string): string | undefined {
    const year = yearOf(date);
    let index = holidayIndex.get(year);
    if (!index) {
      index = new Map();
      for (const day of holidaysOfYear(year)) if (!index.has(day.date)) index.set(day.date, day.name);
      // A compensating day of December's holidays may fall in the next January: look one year back.
      for (const day of holidaysOfYear(year - 1)) {
        if (yearOf(day.date) === year && !index.has(day.date)) index.set(day.date, day.name);
      }
      holidayIndex.set(year, index);
    }
    return index.get(date);
  }

  // Precedence: an explicit closed day always closes; an open (make-up) day opens a weekend day or a
  // holiday; otherwise holidays and weekly days off close.
  const reasons = new Map<string, string | undefined>();
  function closedReason(date: string): string | undefined {
    if (reasons.has(date)) return reasons.get(date);
    const reason = computeClosedReason(date);
    reasons.set(date, reason);
    return reason;
  }

  function computeClosedReason(date: string): string | undefined {
    const closed = closedDays.get(date);
    if (closed !== undefined) return closed;
    if (openDays.has(date)) return undefined;
    const holiday = holidayName(date);
    if (holiday !== undefined) return holiday;
    return isWeeklyDayOff(date) ? 'weekend' : undefined;
  }

  const isBusinessDay = (date: string): boolean => closedReason(date) === undefined;

  const offsetAt = zoneOffsets(zone);
  /** The instant (ms) of a local date's minute after midnight. */
  function atMinute(date: string, minute: number): number {
    return instantAtWallTime(offsetAt, utcMillis(date) + minute * 60_000);
  }
  function localDate(instant: Date): string {
    return localDateAt(offsetAt, instant.getTime());
  }

  function addBusinessDays(date: string, n: number): string {
    const step = n >= 0 ? 1 : -1;
    let remaining = Math.abs(n);
    let current = date;
    for (let closedInARow = 0; remaining > 0; closedInARow += 1) {
      if (closedInARow > MAX_DAYS_WALKED) throw noWorkingDays();
      current = plusDays(current, step);
      if (isBusinessDay(current)) {
        remaining -= 1;
        closedInARow = -1;
      }
    }
    return current;
  }

  function businessDaysBetween(from: string, to: string): number {
    if (from === to) return 0;
    const [low, high, sign] = from < to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (const date of datesBetween(plusDays(low, 1), high)) if (isBusinessDay(date)) count += 1;
    return sign * count;
  }

  // Working-time walks visit the same few hundred dates for every issue: each date's window (a luxon
  // computation, DST-safe) and its successor are worked out once per calendar.
  interface Day {
    readonly date: string;
    readonly business: boolean;
    window?: { readonly start: number; readonly end: number };
    next?: Day;
  }
  const days = new Map<string, Day>();
  function dayOf(date: string): Day {
    let day = days.get(date);
    if (!day) {
      day = { date, business: isBusinessDay(date) };
      days.set(date, day);
    }
    return day;
  }
  function nextDay(day: Day): Day {
    day.next ??= dayOf(plusDays(day.date, 1));
    return day.next;
  }

  function workingWindow(day: Day): { start: number; end: number } {
    day.window ??= {
      start: atMinute(day.date, startMinute),
      end: endMinute >= 24 * 60 ? atMinute(plusDays(day.date, 1), 0) : atMinute(day.date, endMinute),
    };
    return day.window;
  }

  function endOfBusinessDay(date: string): Date {
    return new Date(workingWindow(dayOf(date)).end);
  }

  function instantOf(localDateTime: string): Date {
    const text = localDateTime.replace(' ', 'T');
    // A time written with its offset names its instant; a local one is read as the zone's clocks show
    // it, without asking what the offset is today (instantAtWallTime).
    const written = OFFSET_SIGN.test(text.slice(11));
    const parsed = DateTime.fromISO(text, { zone: written ? zone : 'UTC' });
    if (!parsed.isValid) throw new Error(`\`${localDateTime}\` is not a local date-time YYYY-MM-DDTHH:MM.`);
    return new Date(written ? parsed.toMillis() : instantAtWallTime(offsetAt, parsed.toMillis()));
  }

  function dueInstant(due: string): Date {
    return due.length === 10 ? endOfBusinessDay(due) : instantOf(due);
  }

  // A response clock measured from a year-old filing would walk every day since. Each day also keeps
  // the working time of the days from an anchor through itself, so the whole days between two instants
  // are one subtraction; only the days at either end are walked. The sums are whole milliseconds, so
  // they are exactly what walking every day adds up.
  interface Through {
    readonly anchor: string;
    readonly ms: number;
  }
  const through = new Map<string, Through>();
  let anchor: Day | undefined;
  let reached: Day | undefined;
  let reachedMs = 0;
  const fullWindow = (day: Day): number => {
    if (!day.business) return 0;
    const window = workingWindow(day);
    return Math.max(0, window.end - window.start);
  };
  /** Working milliseconds of the whole days from the anchor through `date` (at or after the anchor). */
  function workingThrough(date: string): number {
    if (!anchor || date < anchor.date) {
      anchor = dayOf(date);
      reached = anchor;
      reachedMs = fullWindow(anchor);
      through.set(anchor.date, { anchor: anchor.date, ms: reachedMs });
    }
    const known = through.get(date);
    if (known && known.anchor === anchor.date) return known.ms;
    let day = reached as Day;
    while (day.date < date) {
      day = nextDay(day);
      reachedMs += fullWindow(day);
      through.set(day.date, { anchor: anchor.date, ms: reachedMs });
    }
    reached = day;
    return reachedMs;
  }

  function businessMinutesBetween(a: Date, b: Date): number {
    if (b.getTime() <= a.getTime()) return 0;
    const overlap = (day: Day): number => {
      if (!day.business) return 0;
      const window = workingWindow(day);
      return Math.max(0, Math.min(window.end, b.getTime()) - Math.max(window.start, a.getTime()));
    };
    const first = localDate(a);
    const last = localDate(b);
    // The day before `a` too: a working window that runs to midnight belongs to the day it starts.
    let total = overlap(dayOf(plusDays(first, -1))) + overlap(dayOf(first));
    if (last > first) {
      const beforeLast = plusDays(last, -1);
      if (beforeLast > first) {
        // `first` first: asking for an earlier date moves the anchor, and both sums must share one.
        const upToFirst = workingThrough(first);
        total += workingThrough(beforeLast) - upToFirst;
      }
      total += overlap(dayOf(last));
    }
    return Math.round(total / 60_000);
  }

  /** Walks working time forward; a sum that ends exactly at a day's close stays on that day. */
  function addBusinessMinutes(instant: Date, minutes: number): Date {
    let remaining = minutes * 60_000;
    let day = dayOf(localDate(instant));
    const cursor = instant.getTime();
    if (remaining <= 0) return instant;
    for (let withoutWork = 0; withoutWork <= MAX_DAYS_WALKED; withoutWork += 1) {
      if (day.business) {
        const window = workingWindow(day);
        const from = Math.max(window.start, cursor);
        const available = window.end - from;
        if (available > 0) {
          if (available >= remaining) return new Date(from + remaining);
          remaining -= available;
          withoutWork = -1;
        }
      }
      day = nextDay(day);
    }
    throw noWorkingDays();
  }

  function addDuration(instant: Date, duration: Duration): Date {
    // Only calendar days and weeks need the local wall clock; building it is the costly part.
    const local = (): DateTime => DateTime.fromJSDate(instant, { zone });
    switch (duration.unit) {
      case 'minutes':
        return new Date(instant.getTime() + duration.value * 60_000);
      case 'hours':
        return new Date(instant.getTime() + duration.value * 3_600_000);
      // Days and weeks keep the local time of day across DST changes, as people expect.
      case 'days':
        return local().plus({ days: duration.value }).toJSDate();
      case 'weeks':
        return local().plus({ weeks: duration.value }).toJSDate();
      case 'business_hours':
        return addBusinessMinutes(instant, Math.round(duration.value * 60));
      case 'business_days':
        return addBusinessMinutes(instant, duration.value * (endMinute - startMinute));
    }
  }

  function closedDaysBetween(from: string, to: string): Array<{ date: string; name: string }> {
    const found: ClosedDay[] = [];
    for (const date of datesBetween(from, to)) {
      const reason = closedReason(date);
      if (reason !== undefined && reason !== 'weekend') found.push({ date, name: reason });
    }
    return found;
  }

  return {
    zone,
    localDate,
    isBusinessDay,
    closedReason,
    addBusinessDays,
    businessDaysBetween,
    endOfBusinessDay,
    instantOf,
    dueInstant,
    addDuration,
    businessMinutesBetween,
    closedDaysBetween,
  };
}
