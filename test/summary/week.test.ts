import { describe, expect, it } from 'vitest';
import {
  askedWeekProblem,
  formatIsoWeek,
  opensAt,
  parseIsoWeek,
  previousWeek,
  weekEnd,
  weekOf,
  weekStart,
} from '../../src/summary/week';

describe('ISO weeks in the engagement time zone', () => {
  it('reads the week on the engagement wall clock, not in UTC', () => {
    // Sunday 20:00 UTC is already Monday 03:00 in Ho Chi Minh City: the next week there.
    const instant = new Date('2026-11-29T20:00:00Z');
    expect(formatIsoWeek(weekOf(instant, 'UTC'))).toBe('2026-W48');
    expect(formatIsoWeek(weekOf(instant, 'Asia/Ho_Chi_Minh'))).toBe('2026-W49');
  });

  it('names weeks around the turn of the year the ISO way', () => {
    expect(formatIsoWeek(weekOf(new Date('2026-12-31T12:00:00Z'), 'UTC'))).toBe('2026-W53');
    expect(formatIsoWeek(weekOf(new Date('2027-01-04T12:00:00Z'), 'UTC'))).toBe('2027-W01');
    expect(formatIsoWeek(previousWeek({ weekYear: 2027, weekNumber: 1 }, 'UTC'))).toBe('2026-W53');
  });

  it('parses what people type and refuses weeks that do not exist', () => {
    expect(parseIsoWeek('2026-W48')).toEqual({ weekYear: 2026, weekNumber: 48 });
    expect(parseIsoWeek('2026w5')).toEqual({ weekYear: 2026, weekNumber: 5 });
    expect(parseIsoWeek('2026-W53')).toEqual({ weekYear: 2026, weekNumber: 53 });
    expect(parseIsoWeek('2025-W53')).toBeUndefined();
    expect(parseIsoWeek('2026-W00')).toBeUndefined();
    expect(parseIsoWeek('48')).toBeUndefined();
  });

  it('opens on the configured weekday and time, across a DST change', () => {
    const week = { weekYear: 2026, weekNumber: 11 }; // 9–15 March 2026; New York moves clocks on the 8th
    expect(opensAt(week, 'mon', '09:00', 'America/New_York').toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(
      opensAt({ weekYear: 2026, weekNumber: 10 }, 'sun', '09:00', 'America/New_York').toISOString(),
    ).toBe('2026-03-08T13:00:00.000Z');
    expect(
      opensAt({ weekYear: 2026, weekNumber: 48 }, 'fri', '16:30', 'Asia/Ho_Chi_Minh').toISOString(),
    ).toBe('2026-11-27T09:30:00.000Z');
  });

  it('spans Monday midnight to the next Monday midnight in the zone', () => {
    const week = { weekYear: 2026, weekNumber: 48 };
    expect(weekStart(week, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-11-22T17:00:00.000Z');
    expect(weekEnd(week, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-11-29T17:00:00.000Z');
  });
});

describe('a week asked for by hand', () => {
  const now = new Date('2026-11-29T20:00:00Z'); // Monday 03:00 of 2026-W49 in Ho Chi Minh City
  it('takes this week and any earlier one from 2000, on the engagement wall clock', () => {
    expect(askedWeekProblem('2026-W49', now, 'Asia/Ho_Chi_Minh')).toBeNull();
    expect(askedWeekProblem('2000-W01', now, 'Asia/Ho_Chi_Minh')).toBeNull();
    // Still Sunday in UTC: W49 has not begun there.
    expect(askedWeekProblem('2026-W49', now, 'UTC')).toMatch(
      /^2026-W49 has not begun: this week is 2026-W48 in UTC/u,
    );
  });
  it('refuses weeks to come, weeks before 2000 and weeks the year does not have', () => {
    expect(askedWeekProblem('2062-W48', now, 'Asia/Ho_Chi_Minh')).toMatch(/^2062-W48 has not begun/u);
    expect(askedWeekProblem('1999-W52', now, 'Asia/Ho_Chi_Minh')).toBe(
      'must be a week from 2000 on, not 1999-W52',
    );
    expect(askedWeekProblem('2025-W53', now, 'Asia/Ho_Chi_Minh')).toMatch(
      /^must be an ISO week of that year/u,
    );
  });
});
