// The bundle's stand-in for moment-timezone (src/calendar/moment-timezone-shim.ts) must answer the
// holiday parser exactly as moment-timezone does, for every zone the data set names: wall times read
// in a zone (DST gaps and repeated hours included) and instants shown in a zone.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { data } from 'date-holidays/data';
// The path, not the package name: vitest.config.ts points the name at the stand-in.
import real from 'moment-timezone/index.js';
import shim from '../../src/calendar/moment-timezone-shim';

type Node = { [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

function zonesOfDataSet(): string[] {
  const zones = new Set<string>();
  const walk = (node: unknown): void => {
    if (!isNode(node)) return;
    if (Array.isArray(node.zones)) for (const zone of node.zones) zones.add(String(zone));
    for (const child of Object.values(node)) walk(child);
  };
  walk((data as unknown as Node).holidays);
  return [...zones].sort();
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** Days of 2024–2030 whose UTC offset in the zone changes (found with luxon, checked against moment). */
function changeDays(zone: string): string[] {
  const days: string[] = [];
  let day = DateTime.fromISO('2024-01-01', { zone });
  let offset = day.offset;
  while (day.year <= 2030) {
    const next = day.plus({ days: 1 });
    if (next.offset !== offset) days.push(day.toISODate()!, next.toISODate()!);
    offset = next.offset;
    day = next;
  }
  return days;
}

/** Whether both time-zone databases give the zone the same offsets through the day. */
function sameOffsets(zone: string, day: string): boolean {
  const start = Date.parse(`${day}T00:00:00Z`);
  for (let hour = -14; hour <= 38; hour += 1) {
    const instant = start + hour * 3_600_000;
    if (real.tz(new Date(instant), zone).utcOffset() !== DateTime.fromMillis(instant, { zone }).offset)
      return false;
  }
  return true;
}

const wallTimes = (date: string): string[] =>
  Array.from(
    { length: 48 },
    (_, half) => `${date} ${pad(Math.floor(half / 2))}:${half % 2 ? '30' : '00'}:00`,
  );

describe('the moment-timezone stand-in', () => {
  const zones = zonesOfDataSet();

  it('knows every zone the holiday data set names', () => {
    expect(zones.length).toBeGreaterThan(200);
    for (const zone of zones) expect(() => shim.tz('2026-01-01 00:00:00', zone), zone).not.toThrow();
  });

  it('reads wall times in a zone as moment-timezone does, on the days the offset changes and at noon each month', () => {
    let compared = 0;
    let changes = 0;
    const otherDatabase: string[] = [];
    for (const zone of zones) {
      // The first year's changes of each zone (every pattern repeats in later years) and 2024's
      // one-off changes: Almaty's clock went back for good on 1 March, Nuuk's moved in March.
      const days = changeDays(zone).slice(0, 4);
      changes += days.length;
      // moment-timezone carries its own copy of the time-zone database; where the runtime's copy is of
      // another year and moves a change (Nuuk, 2024), the two disagree about the zone, not the rules.
      const sameDatabase = days.filter((day) => {
        const same = sameOffsets(zone, day);
        if (!same) otherDatabase.push(`${zone} ${day}`);
        return same;
      });
      const walls = [
        ...sameDatabase.flatMap(wallTimes),
        ...Array.from({ length: 12 }, (_, month) => `2026-${pad(month + 1)}-15 12:00:00`),
      ];
      for (const wall of walls) {
        const expected = new Date(real.tz(wall, zone).format()).getTime();
        expect(new Date(shim.tz(wall, zone).format()).getTime(), `${wall} in ${zone}`).toBe(expected);
        compared += 1;
      }
    }
    // Zones with DST must have been met, or the hard part was never compared.
    expect(changes).toBeGreaterThan(300);
    expect(compared).toBeGreaterThan(20_000);
    expect(otherDatabase.length, otherDatabase.join(', ')).toBeLessThan(changes / 50);
    // Over 20,000 wall times read twice, moment-timezone's way being slow: about a minute alone, and
    // more than the suite's two minutes on a 2-core runner busy with other test files.
  }, 300_000);

  it('shows instants in a zone, and at a fixed offset, as moment-timezone does', () => {
    for (const zone of zones) {
      for (const day of changeDays(zone)
        .slice(0, 2)
        .filter((day) => sameOffsets(zone, day))) {
        for (let hour = -1; hour < 26; hour += 1) {
          const instant = new Date(Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000 + 30 * 60_000);
          const a = real.tz(instant, zone);
          const b = shim.tz(instant, zone);
          const fields = (m: typeof b) => [
            m.year(),
            m.month(),
            m.date(),
            m.hours(),
            m.minutes(),
            m.seconds(),
          ];
          expect(fields(b), `${instant.toISOString()} in ${zone}`).toEqual(fields(a));
        }
      }
    }
    const iso = '2026-03-20T16:46:00.000Z';
    for (const offset of ['+08:00', '-03:30', '+00:00']) {
      const a = real(iso).utcOffset(offset);
      const b = shim(iso).utcOffset(offset);
      expect([b.month(), b.date()]).toEqual([a.month(), a.date()]);
    }
    expect([shim(iso).tz('Asia/Tokyo').date(), shim(iso).tz('America/Los_Angeles').date()]).toEqual([21, 20]);
  });

  it('says which zone it does not know, rather than computing a wrong date', () => {
    expect(() => shim.tz('2026-01-01 00:00:00', 'Mars/Olympus_Mons')).toThrow(/Mars\/Olympus_Mons/u);
  });
});
