// The cached UTC offsets answer exactly what luxon answers, at every instant: across DST changes
// (whole and half hours), in zones whose changes fall at different UTC hours, and in any order.
import { IANAZone } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBusinessCalendar } from '../../src/calendar';
import { instantAtWallTime, zoneOffsets } from '../../src/calendar/zone-offset';
import { calendarConfig } from './calendar-config';

const ZONES = [
  'Asia/Ho_Chi_Minh',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'America/Santiago',
];

describe('zone offsets', () => {
  for (const zone of ZONES) {
    it(`are luxon's own every ten minutes through two years, asked forward then back: ${zone}`, () => {
      const offsetAt = zoneOffsets(zone);
      const iana = IANAZone.create(zone);
      const instants: number[] = [];
      // Every ten minutes through 2026, then back through 2025 (an earlier date after a later one).
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 600_000)
        instants.push(t);
      for (let t = Date.parse('2025-12-31T23:59:00Z'); t > Date.parse('2025-01-01T00:00:00Z'); t -= 599_999)
        instants.push(t);
      const wrong = instants.filter((t) => offsetAt(t) !== iana.offset(t));
      expect(wrong.map((t) => new Date(t).toISOString())).toEqual([]);
    });
  }
});

// A wall time read as the zone's clocks show it: luxon's answer wherever the zone shows the time once,
// the earlier instant where it shows it twice, and never an answer that depends on the day the action
// runs (luxon's own conversion starts from the zone's offset at the moment it runs).
describe('the instant of a wall time', () => {
  const DAY_MS = 86_400_000;
  const wall = (text: string): number => Date.parse(`${text}Z`);

  // Truth from luxon's own offsets at exact instants (not its conversion, which starts from today's
  // offset): the instants that show a wall time are those whose offset puts them at it.
  const shows = (zone: IANAZone, instant: number, time: number): boolean =>
    instant + zone.offset(instant) * 60_000 === time;

  for (const zone of ZONES) {
    it(`gives the instant that shows the wall time, the earliest if two do, every 37 minutes through 2026: ${zone}`, () => {
      const offsetAt = zoneOffsets(zone);
      const iana = IANAZone.create(zone);
      const wrong: string[] = [];
      for (let t = wall('2026-01-01T00:00:00'); t < wall('2027-01-01T00:00:00'); t += 37 * 60_000) {
        const got = instantAtWallTime(offsetAt, t);
        // Whether any instant shows t: the offsets around it are the only ones it can have.
        const around = [iana.offset(t - DAY_MS), iana.offset(t + DAY_MS)];
        const shown = around.some((offset) => shows(iana, t - offset * 60_000, t));
        const earlier = [30, 60].some((minutes) => shows(iana, got - minutes * 60_000, t));
        if (shown ? !shows(iana, got, t) || earlier : got !== t - Math.min(...around) * 60_000)
          wrong.push(new Date(t).toISOString());
      }
      expect(wrong).toEqual([]);
    });
  }

  it("shows the wall time asked for where luxon, starting from today's offset, misses it", () => {
    // Scoresbysund moved its standard offset in 2024: luxon, asked in January, reads this autumn
    // night of 2023 an hour late; the instant given here shows 23:30.
    const zone = IANAZone.create('America/Scoresbysund');
    const time = wall('2023-10-28T23:30:00');
    const got = instantAtWallTime(zoneOffsets('America/Scoresbysund'), time);
    expect(shows(zone, got, time)).toBe(true);
  });

  afterEach(() => vi.useRealTimers());

  it('takes the earlier of a time shown twice, whatever the day it is asked', () => {
    const cases = [
      // Clocks fall back from 02:00 to 01:00 (New York) and from 02:00 to 01:30 (Lord Howe).
      { zone: 'America/New_York', wall: '2026-11-01T01:30:00', earlier: '2026-11-01T05:30:00.000Z' },
      { zone: 'Australia/Lord_Howe', wall: '2027-04-04T01:45:00', earlier: '2027-04-03T14:45:00.000Z' },
    ];
    for (const today of ['2026-07-01T00:00:00Z', '2027-01-15T00:00:00Z']) {
      vi.useFakeTimers({ now: new Date(today) });
      for (const { zone, wall: time, earlier } of cases) {
        expect(new Date(instantAtWallTime(zoneOffsets(zone), wall(time))).toISOString(), today).toBe(earlier);
      }
    }
  });

  it("gives a calendar's deadlines and working days that do not depend on the day the plan is made", () => {
    // Lord Howe falls back from 02:00 to 01:30 on 2027-04-04; a night shop opens at 01:45, a time the zone shows twice that night.
    const config = calendarConfig({ work_days: ['sun'], work_hours: { start: '01:45', end: '12:00' } });
    const read = (): string[] => {
      const calendar = createBusinessCalendar(config, 'Australia/Lord_Howe');
      return [
        calendar.instantOf('2027-04-04T01:45').toISOString(),
        calendar
          .addDuration(new Date('2027-04-03T14:00:00Z'), { value: 1, unit: 'business_hours', text: '1h' })
          .toISOString(),
      ];
    };
    vi.useFakeTimers({ now: new Date('2026-07-01T00:00:00Z') });
    const inWinter = read();
    vi.useFakeTimers({ now: new Date('2027-01-15T00:00:00Z') });
    expect(read()).toEqual(inWinter);
    expect(inWinter[0]).toBe('2027-04-03T14:45:00.000Z');
  });

  it('moves a time the clocks spring over forward by the gap, as luxon does', () => {
    // New York springs from 02:00 to 03:00: 02:30 is read as 03:30 EDT.
    expect(
      new Date(instantAtWallTime(zoneOffsets('America/New_York'), wall('2027-03-14T02:30:00'))).toISOString(),
    ).toBe('2027-03-14T07:30:00.000Z');
    // Lord Howe springs from 02:00 to 02:30: 02:15 is read as 02:45 (+11:00).
    expect(
      new Date(
        instantAtWallTime(zoneOffsets('Australia/Lord_Howe'), wall('2026-10-04T02:15:00')),
      ).toISOString(),
    ).toBe('2026-10-03T15:45:00.000Z');
  });
});
