// The cached UTC offsets answer exactly what luxon answers, at every instant: across DST changes
// (whole and half hours), in zones whose changes fall at different UTC hours, and in any order.
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneOffsets } from '../../src/calendar/zone-offset';

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
