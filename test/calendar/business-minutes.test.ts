// Working minutes between two instants, against a plain day-by-day sum built from the calendar's own
// public answers (which days are open, when a working day starts and ends): across Tết, DST changes,
// a working day that ends at midnight, spans of a few minutes to two years, asked in any order (the
// calendar keeps running sums from an anchor that moves when an earlier date is asked).
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../src/calendar';
import { plusDays } from '../../src/calendar/dates';
import { calendarConfig as config, type CalendarConfig } from './calendar-config';

const CASES: ReadonlyArray<[name: string, CalendarConfig, zone: string]> = [
  [
    'Vietnam with Tết',
    config({ holidays: 'VN', work_hours: { start: '08:30', end: '17:30' } }),
    'Asia/Ho_Chi_Minh',
  ],
  ['Berlin across DST', config({ holidays: 'DE' }), 'Europe/Berlin'],
  [
    'New York, a day that ends at midnight',
    config({ work_hours: { start: '16:00', end: '24:00' } }),
    'America/New_York',
  ],
  ['six working days', config({ work_days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }), 'Asia/Ho_Chi_Minh'],
];

/** A fixed sequence of numbers in [0, 1): the same pairs every run. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('working minutes between two instants', () => {
  for (const [name, calendarConfig, zone] of CASES) {
    it(`match a day-by-day sum: ${name}`, () => {
      const calendar = createBusinessCalendar(calendarConfig, zone);
      const { start, end } = calendarConfig.work_hours;
      const daySum = (a: Date, b: Date): number => {
        if (b <= a) return 0;
        let total = 0;
        const last = calendar.localDate(b);
        for (let date = plusDays(calendar.localDate(a), -1); date <= last; date = plusDays(date, 1)) {
          if (!calendar.isBusinessDay(date)) continue;
          const from = calendar.instantOf(`${date}T${start}`).getTime();
          const to =
            end === '24:00'
              ? calendar.instantOf(`${plusDays(date, 1)}T00:00`).getTime()
              : calendar.endOfBusinessDay(date).getTime();
          total += Math.max(0, Math.min(to, b.getTime()) - Math.max(from, a.getTime()));
        }
        return Math.round(total / 60_000);
      };
      const next = numbers(name.length);
      const base = Date.parse('2025-06-01T00:00:00Z');
      const span = 2 * 365 * 86_400_000;
      for (let i = 0; i < 400; i += 1) {
        // Later pairs reach earlier dates too: the running sums must follow.
        const a = new Date(base + Math.floor(next() * span));
        const length = [5 * 60_000, 26 * 3_600_000, 9 * 86_400_000, 400 * 86_400_000][i % 4] as number;
        const b = new Date(a.getTime() + Math.floor(next() * length));
        expect(calendar.businessMinutesBetween(a, b), `${a.toISOString()} → ${b.toISOString()}`).toBe(
          daySum(a, b),
        );
      }
    });
  }
});
