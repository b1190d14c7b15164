import { describe, expect, it } from 'vitest';
import { createBusinessCalendar, isKnownHolidayRegion, nationalDayPartner } from '../../src/calendar';
import { parseDuration, type Duration } from '../../src/engagement/duration';
import { calendarConfig as config } from './calendar-config';

function duration(text: string): Duration {
  const parsed = parseDuration(text);
  if (!parsed) throw new Error(text);
  return parsed;
}

const vietnam = createBusinessCalendar(config({ holidays: 'VN' }), 'Asia/Ho_Chi_Minh');

describe('Vietnam: Labour Code 2019, art. 112', () => {
  it('closes five days of Tết around the lunar new year (2026: eve 16 Feb to day four 20 Feb)', () => {
    const closed = vietnam.closedDaysBetween('2026-02-13', '2026-02-23').map((day) => day.date);
    expect(closed).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(vietnam.closedReason('2026-02-17')).toBe('Tết Nguyên Đán (mùng 1)');
    expect(vietnam.closedReason('2026-02-16')).toBe('Tết Nguyên Đán (giao thừa)');
    // A whole Tết week has no business day: Friday before + 1 business day is the Monday after.
    expect(vietnam.addBusinessDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(vietnam.addBusinessDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(vietnam.businessDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
  });

  it('gives compensating days when Tết days fall on the weekend (2027: Sat 6 and Sun 7 Feb)', () => {
    const closed = vietnam.closedDaysBetween('2027-02-01', '2027-02-14');
    expect(closed.map((day) => day.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    expect(vietnam.closedReason('2027-02-10')).toMatch(/^Nghỉ bù Tết Nguyên Đán/);
    expect(vietnam.isBusinessDay('2027-02-12')).toBe(true);
  });

  it('closes 2 September and the neighbour that bridges to the weekend', () => {
    const weekend = (date: string): boolean => {
      const day = new Date(`${date}T12:00:00Z`).getUTCDay();
      return day === 0 || day === 6;
    };
    expect(nationalDayPartner(2021, weekend)).toBe('2021-09-03'); // Thu 2/9 -> Fri
    expect(nationalDayPartner(2022, weekend)).toBe('2022-09-01'); // Fri 2/9 -> Thu
    expect(nationalDayPartner(2024, weekend)).toBe('2024-09-03'); // Mon 2/9 -> Tue
    expect(nationalDayPartner(2025, weekend)).toBe('2025-09-01'); // Tue 2/9 -> Mon
    expect(nationalDayPartner(2026, weekend)).toBe('2026-09-01'); // Wed 2/9 -> neither bridges: the day before
    expect(vietnam.closedDaysBetween('2026-08-31', '2026-09-04').map((day) => day.date)).toEqual([
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('gives a compensating working day when National Day falls on Saturday (2023)', () => {
    expect(vietnam.closedDaysBetween('2023-08-31', '2023-09-06')).toEqual([
      { date: '2023-09-01', name: 'Quốc khánh' },
      { date: '2023-09-02', name: 'Quốc khánh' },
      { date: '2023-09-04', name: 'Nghỉ bù Quốc khánh' },
    ]);
  });

  it('compensates two weekend holidays in a row on the next two free working days (30/4 and 1/5/2022)', () => {
    expect(vietnam.closedDaysBetween('2022-04-29', '2022-05-04').map((day) => day.date)).toEqual([
      '2022-04-30',
      '2022-05-01',
      '2022-05-02',
      '2022-05-03',
    ]);
  });

  it("closes Hùng Kings' day from the lunar calendar, with its compensating day (26/4/2026 is a Sunday)", () => {
    expect(vietnam.closedReason('2026-04-26')).toBe('Giỗ Tổ Hùng Vương');
    expect(vietnam.closedReason('2026-04-27')).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(vietnam.closedReason('2026-01-01')).toBe('Tết Dương lịch');
  });

  it('lets the engagement file add announced closed days and make-up working days', () => {
    const announced = createBusinessCalendar(
      config({
        holidays: 'VN',
        closed_days: [{ date: '2026-02-13', name: 'Tết (27 tháng Chạp)' }, '2026-02-23'],
        open_days: ['2026-02-28', { date: '2026-02-20' }],
      }),
      'Asia/Ho_Chi_Minh',
    );
    expect(announced.closedReason('2026-02-13')).toBe('Tết (27 tháng Chạp)');
    expect(announced.closedReason('2026-02-23')).toBe('closed');
    expect(announced.isBusinessDay('2026-02-20')).toBe(true); // a holiday made a working day
    expect(announced.isBusinessDay('2026-02-28')).toBe(true); // a Saturday make-up day
    expect(announced.addBusinessDays('2026-02-12', 1)).toBe('2026-02-20');
  });
});

describe('other countries come from the holiday data set, public holidays only', () => {
  it('closes US Thanksgiving but not observances', () => {
    const us = createBusinessCalendar(config({ holidays: 'US' }), 'America/New_York');
    expect(us.isBusinessDay('2026-11-26')).toBe(false);
    expect(us.isBusinessDay('2026-02-14')).toBe(false); // Saturday anyway
    expect(us.isBusinessDay('2026-10-31')).toBe(false); // Saturday; Halloween is no holiday
    expect(us.isBusinessDay('2026-11-27')).toBe(true);
  });

  it('knows subdivisions and rejects unknown codes with a precise message', () => {
    expect(isKnownHolidayRegion('DE-BY')).toBe(true);
    expect(isKnownHolidayRegion('XX')).toBe(false);
    expect(() => createBusinessCalendar(config({ holidays: 'XX' }), 'UTC')).toThrow(/calendar.holidays/);
    expect(() => createBusinessCalendar(config(), 'Mars/Olympus')).toThrow(/time_zone/);
  });
});

describe('business-day arithmetic', () => {
  const plain = createBusinessCalendar(config(), 'UTC');

  it('moves forwards and backwards across weekends', () => {
    expect(plain.addBusinessDays('2026-11-27', 1)).toBe('2026-11-30'); // Fri -> Mon
    expect(plain.addBusinessDays('2026-11-30', -1)).toBe('2026-11-27');
    expect(plain.addBusinessDays('2026-11-28', 1)).toBe('2026-11-30'); // from a Saturday
    expect(plain.addBusinessDays('2026-11-28', -1)).toBe('2026-11-27');
    expect(plain.addBusinessDays('2026-11-27', 0)).toBe('2026-11-27');
    expect(plain.addBusinessDays('2026-12-04', -7)).toBe('2026-11-25');
    expect(plain.businessDaysBetween('2026-11-25', '2026-12-04')).toBe(7);
    expect(plain.businessDaysBetween('2026-12-04', '2026-11-25')).toBe(-7);
    expect(plain.businessDaysBetween('2026-11-27', '2026-11-29')).toBe(0);
  });

  it('respects work days other than Monday to Friday', () => {
    const sixDays = createBusinessCalendar(
      config({ work_days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }),
      'UTC',
    );
    expect(sixDays.addBusinessDays('2026-11-27', 1)).toBe('2026-11-28');
    expect(sixDays.closedReason('2026-11-29')).toBe('weekend');
  });

  it('counts business minutes across nights and weekends only inside work hours', () => {
    const at = (text: string): Date => new Date(text);
    expect(plain.businessMinutesBetween(at('2026-11-30T17:00Z'), at('2026-12-01T10:00Z'))).toBe(120);
    expect(plain.businessMinutesBetween(at('2026-11-27T17:30Z'), at('2026-11-30T09:30Z'))).toBe(60);
    expect(plain.businessMinutesBetween(at('2026-11-28T10:00Z'), at('2026-11-29T10:00Z'))).toBe(0);
    expect(plain.businessMinutesBetween(at('2026-12-01T10:00Z'), at('2026-11-30T10:00Z'))).toBe(0);
  });

  it('adds business hours and business days on working time', () => {
    const at = (text: string): Date => new Date(text);
    expect(plain.addDuration(at('2026-11-30T17:00Z'), duration('2 business hours')).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
    // Friday evening + 3 business days: Monday, Tuesday and Wednesday in full.
    expect(plain.addDuration(at('2026-11-27T20:00Z'), duration('3 business days')).toISOString()).toBe(
      '2026-12-02T18:00:00.000Z',
    );
    expect(plain.addDuration(at('2026-12-01T10:00Z'), duration('1 business day')).toISOString()).toBe(
      '2026-12-02T10:00:00.000Z',
    );
  });

  it('skips holidays when adding business hours (Tết 2026)', () => {
    const start = vietnam.instantOf('2026-02-13T17:00');
    expect(vietnam.addDuration(start, duration('4 business hours')).toISOString()).toBe(
      vietnam.instantOf('2026-02-23T12:00').toISOString(),
    );
  });
});

describe('time zones and DST', () => {
  const berlin = createBusinessCalendar(config(), 'Europe/Berlin');
  const newYork = createBusinessCalendar(config(), 'America/New_York');

  it('ends a working day at the local work-hours end on both sides of a DST change', () => {
    expect(berlin.endOfBusinessDay('2026-03-27').toISOString()).toBe('2026-03-27T17:00:00.000Z'); // CET
    expect(berlin.endOfBusinessDay('2026-03-30').toISOString()).toBe('2026-03-30T16:00:00.000Z'); // CEST
    expect(newYork.endOfBusinessDay('2026-10-30').toISOString()).toBe('2026-10-30T22:00:00.000Z'); // EDT
    expect(newYork.endOfBusinessDay('2026-11-02').toISOString()).toBe('2026-11-02T23:00:00.000Z'); // EST
  });

  it('counts the business minutes of a DST weekend by the local clock', () => {
    const friday = berlin.instantOf('2026-03-27T17:00');
    const monday = berlin.instantOf('2026-03-30T10:00');
    expect(berlin.businessMinutesBetween(friday, monday)).toBe(120);
    expect(berlin.addDuration(friday, duration('2 business hours')).toISOString()).toBe(monday.toISOString());
  });

  it('keeps the local time for calendar days and the elapsed time for hours', () => {
    const saturdayNoon = berlin.instantOf('2026-03-28T12:00');
    expect(berlin.addDuration(saturdayNoon, duration('1d')).toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(berlin.addDuration(saturdayNoon, duration('24h')).toISOString()).toBe('2026-03-29T11:00:00.000Z');
  });

  it('reads local dates and due dates in the zone', () => {
    expect(newYork.localDate(new Date('2026-11-02T03:00:00Z'))).toBe('2026-11-01');
    expect(newYork.dueInstant('2026-11-02').toISOString()).toBe('2026-11-02T23:00:00.000Z');
    expect(newYork.dueInstant('2026-11-02T15:00').toISOString()).toBe('2026-11-02T20:00:00.000Z');
    expect(vietnam.dueInstant('2026-12-04').toISOString()).toBe('2026-12-04T11:00:00.000Z');
  });
});
