import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../src/calendar';
import type { Engagement } from '../../src/engagement/schema';

const config: Engagement['calendar'] = {
  work_days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  work_hours: { start: '09:00', end: '18:00' },
  holidays: null,
  closed_days: [],
  open_days: [],
};

// The calendar keeps one offset per UTC hour instead of asking Intl each time; around a DST change
// (including Lord Howe's half-hour one) it must still give the date luxon gives.
describe('local dates across DST changes', () => {
  const cases: Array<[string, string]> = [
    ['America/New_York', '2026-03-08T00:00:00Z'],
    ['America/New_York', '2026-11-01T00:00:00Z'],
    ['Europe/Berlin', '2026-03-28T20:00:00Z'],
    ['Europe/Berlin', '2026-10-24T20:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T10:00:00Z'],
    ['Australia/Lord_Howe', '2026-10-03T10:00:00Z'],
    ['Asia/Ho_Chi_Minh', '2026-12-31T12:00:00Z'],
  ];
  for (const [zone, from] of cases) {
    it(`agrees with luxon minute by minute in ${zone} from ${from}`, () => {
      const calendar = createBusinessCalendar(config, zone);
      const start = Date.parse(from);
      for (let minute = 0; minute < 24 * 60; minute += 1) {
        const instant = new Date(start + minute * 60_000);
        expect(calendar.localDate(instant)).toBe(DateTime.fromJSDate(instant, { zone }).toISODate());
      }
    });
  }

  it('counts a working week that spans the autumn change in New York (one hour longer night)', () => {
    const calendar = createBusinessCalendar(config, 'America/New_York');
    // Fri 30 Oct 09:00 EDT to Mon 2 Nov 18:00 EST: two whole working days.
    expect(
      calendar.businessMinutesBetween(new Date('2026-10-30T13:00:00Z'), new Date('2026-11-02T23:00:00Z')),
    ).toBe(2 * 9 * 60);
  });
});
