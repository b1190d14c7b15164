// What the bundle gives the holiday data set's parser for `moment-timezone` (tsconfig.json `paths`,
// and vitest.config.ts for the tests). date-holidays-parser and caldate use four calls of it: an
// instant moved to a zone or to a fixed offset, a zone's wall time read as an instant, and the fields
// of either. moment-timezone answers them from moment (180 kB) and its own copy of the time-zone
// database (725 kB), which made up more than half of the holiday chunk loaded on every run; luxon,
// already in the bundle, answers them from the runtime's own database, the one the calendar uses
// for working hours, so a holiday and a working hour can never disagree about a zone.
// test/calendar/moment-timezone-shim.test.ts holds it to moment-timezone's answers, DST gaps and
// overlaps included, for every zone the data set names.
import { DateTime, FixedOffsetZone } from 'luxon';

/** The part of a moment the parser reads. */
export interface MomentLike {
  year(): number;
  /** 0-based, as moment's. */
  month(): number;
  date(): number;
  hours(): number;
  minutes(): number;
  seconds(): number;
  /** ISO 8601 with the offset (`2026-02-17T00:00:00+07:00`): the parser only hands it to `new Date`. */
  format(): string;
  /** The same instant in an IANA zone. */
  tz(zone: string): MomentLike;
  /** The same instant at a fixed offset (`+08:00`). */
  utcOffset(offset: string): MomentLike;
}

function unknownZone(zone: string): Error {
  return new Error(
    `engagement-keeper: the holiday data set named the time zone \`${zone}\`, which this runtime's time-zone database does not know`,
  );
}

function inZone(instant: DateTime, zone: string): DateTime {
  const moved = instant.setZone(zone);
  if (!moved.isValid) throw unknownZone(zone);
  return moved;
}

function wrap(time: DateTime): MomentLike {
  return {
    year: () => time.year,
    month: () => time.month - 1,
    date: () => time.day,
    hours: () => time.hour,
    minutes: () => time.minute,
    seconds: () => time.second,
    format: () => time.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? 'Invalid date',
    tz: (zone) => wrap(inZone(time, zone)),
    utcOffset: (offset) => {
      const [, sign = '+', hours = '0', minutes = '0'] = /^([+-])(\d{2}):?(\d{2})?$/u.exec(offset) ?? [];
      const total = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
      return wrap(time.setZone(FixedOffsetZone.instance(total)));
    },
  };
}

function instantOf(input: string | Date): DateTime {
  const time =
    input instanceof Date ? DateTime.fromJSDate(input) : DateTime.fromISO(input, { setZone: true });
  if (!time.isValid)
    throw new Error(
      `engagement-keeper: the holiday data set gave an unreadable instant \`${String(input)}\``,
    );
  return time;
}

/** `moment(iso)`: an instant. */
function moment(input: string | Date): MomentLike {
  return wrap(instantOf(input));
}

/**
 * `moment.tz(date, zone)`: a Date is an instant shown in the zone; a string (`YYYY-MM-DD hh:mm:ss`)
 * is a wall time in the zone, given the offset moment-timezone would give it (wallTimeOffset).
 */
moment.tz = (input: string | Date, zone: string): MomentLike => {
  if (input instanceof Date) return wrap(inZone(DateTime.fromJSDate(input), zone));
  const wall = DateTime.fromISO(input.replace(' ', 'T'), { zone: 'utc' });
  if (!wall.isValid)
    throw new Error(`engagement-keeper: the holiday data set gave an unreadable date \`${input}\``);
  const instant = wall.toMillis() - wallTimeOffset(wall.toMillis(), zone) * MINUTE;
  return wrap(inZone(DateTime.fromMillis(instant), zone));
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The zone's UTC offset in minutes (east positive) at an instant. */
function offsetAt(instant: number, zone: string): number {
  const time = DateTime.fromMillis(instant, { zone });
  if (!time.isValid) throw unknownZone(zone);
  return time.offset;
}

interface OffsetChange {
  /** The instant the new offset starts, to the minute. */
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/** The offset changes within two days of an instant: no zone changes twice within six hours. */
function changesNear(instant: number, zone: string): OffsetChange[] {
  const changes: OffsetChange[] = [];
  const step = 6 * HOUR;
  let from = instant - 2 * DAY;
  let offset = offsetAt(from, zone);
  for (; from < instant + 2 * DAY; from += step) {
    const next = offsetAt(from + step, zone);
    if (next !== offset) {
      let [low, high] = [from, from + step];
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (offsetAt(middle, zone) === offset) low = middle;
        else high = middle;
      }
      changes.push({ at: high, before: offset, after: next });
    }
    offset = next;
  }
  return changes;
}

/**
 * The offset of the period before the one that ends with this change, however long ago it began
 * (Almaty kept +06 for twenty years before 2024): weekly steps, so a period shorter than a week
 * could be stepped over, and no zone has had one.
 */
function offsetBeforePeriod(change: OffsetChange, zone: string): number {
  for (let back = change.at - DAY; back > change.at - 60 * 365 * DAY; back -= 7 * DAY) {
    const offset = offsetAt(back, zone);
    if (offset !== change.before) return offset;
  }
  return change.before;
}

/**
 * moment-timezone's reading of a wall time (`Zone#parse` with its defaults), with the transitions
 * taken from the runtime's database. Near a change the wall time keeps the old offset until the
 * change's wall time; the one exception is a period that moved the clock back from the one before
 * it (its wall times are compared in that earlier offset), which is why a skipped hour sometimes
 * moves forward and sometimes back. A repeated hour is the earlier of its two instants.
 */
function wallTimeOffset(wall: number, zone: string): number {
  const changes = changesNear(wall, zone);
  for (const change of changes) {
    const previous = offsetBeforePeriod(change, zone);
    const compared = change.before < previous ? previous : change.before;
    if (wall < change.at + compared * MINUTE) return change.before;
  }
  return changes.at(-1)?.after ?? offsetAt(wall, zone);
}

export default moment;
