// The zone's UTC offset at an instant, cheaply. luxon asks Intl for the offset on every call, which
// costs microseconds; planning a large repository asks millions of times, at instants spread over
// years. Offsets change only at transitions, a few times a year at most and never twice in a day: one
// answer per UTC day is kept; a day whose two ends disagree holds a transition and keeps one answer
// per hour; an hour whose two ends disagree is answered exactly, instant by instant.
import { IANAZone } from 'luxon';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type OffsetAt = (instant: number) => number;

/** Offset in minutes east of UTC (what luxon's `IANAZone#offset` gives) at an epoch-millisecond instant. */
export function zoneOffsets(zone: string): OffsetAt {
  const iana = IANAZone.create(zone);
  /** The offset of a whole span [from, from + length), or null when it changes inside. */
  const steady = (from: number, length: number): number | null => {
    const atStart = iana.offset(from);
    return iana.offset(from + length - 1) === atStart ? atStart : null;
  };
  const byDay = new Map<number, number | null>();
  const byHour = new Map<number, number | null>();
  return (instant) => {
    const day = Math.floor(instant / DAY_MS);
    let wholeDay = byDay.get(day);
    if (wholeDay === undefined) {
      wholeDay = steady(day * DAY_MS, DAY_MS);
      byDay.set(day, wholeDay);
    }
    if (wholeDay !== null) return wholeDay;
    const hour = Math.floor(instant / HOUR_MS);
    let wholeHour = byHour.get(hour);
    if (wholeHour === undefined) {
      wholeHour = steady(hour * HOUR_MS, HOUR_MS);
      byHour.set(hour, wholeHour);
    }
    return wholeHour ?? iana.offset(instant);
  };
}

/** The `YYYY-MM-DD` date at an instant in the zone (years 0000–9999, as luxon's `toISODate`). */
export function localDateAt(offsetAt: OffsetAt, instant: number): string {
  return new Date(instant + offsetAt(instant) * 60_000).toISOString().slice(0, 10);
}

/**
 * The instant at which the zone's clocks show a wall time (given as epoch milliseconds of that wall
 * time read as if it were UTC). luxon's own conversion starts from the zone's offset at the moment it
 * runs, so a wall time the zone shows twice (the hour the clocks fall back) would depend on the day
 * the action runs; this one reads no clock. Shown twice: the earlier instant. Never shown (the hour
 * the clocks spring forward over): moved forward by the gap, as luxon moves it.
 */
export function instantAtWallTime(offsetAt: OffsetAt, wallTime: number): number {
  // The zone changes its offset at most once within a day of any wall time (see above).
  const before = offsetAt(wallTime - DAY_MS);
  const after = offsetAt(wallTime + DAY_MS);
  const withBefore = wallTime - before * 60_000;
  const withAfter = wallTime - after * 60_000;
  const beforeHolds = offsetAt(withBefore) === before;
  const afterHolds = offsetAt(withAfter) === after;
  if (beforeHolds && afterHolds) return Math.min(withBefore, withAfter);
  if (beforeHolds) return withBefore;
  if (afterHolds) return withAfter;
  // Skipped: the clocks sprang forward (the offset grew) over this wall time.
  if (before < after) return withBefore;
  // Neither: a zone changing twice within a day of this time, which no zone's rules do today. One
  // correction from the later offset, as luxon corrects, rather than an answer off by a whole change.
  return wallTime - offsetAt(withAfter) * 60_000;
}
