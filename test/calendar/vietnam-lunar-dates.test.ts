// The table of Vietnamese lunar dates (src/calendar/vietnam.ts) spares a run the astronomy of the lunar
// calendar; it must say exactly what the holiday data set computes, year by year.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { LUNAR_TABLE_YEARS, vietnamStatutoryHolidays } from '../../src/calendar/vietnam';

const vn = new Holidays('VN');
const weekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

describe('the table of Vietnamese lunar dates', () => {
  it('gives the holidays the data set gives, for every year it holds', () => {
    for (let year = LUNAR_TABLE_YEARS.first; year <= LUNAR_TABLE_YEARS.last; year += 1) {
      const fromDataSet = vietnamStatutoryHolidays(year, (y) => vn.getHolidays(y), weekend);
      // The table answers first: a data set that is never asked proves the table was used.
      const fromTable = vietnamStatutoryHolidays(
        year,
        () => {
          throw new Error(`the data set was asked for ${year}`);
        },
        weekend,
      );
      expect(fromTable, String(year)).toEqual(fromDataSet);
    }
  });

  it('asks the data set for a year outside the table', () => {
    const year = LUNAR_TABLE_YEARS.last + 1;
    const days = vietnamStatutoryHolidays(year, (y) => vn.getHolidays(y), weekend);
    expect(days.some((d) => d.name.startsWith('Tết Nguyên Đán'))).toBe(true);
    expect(days.some((d) => d.name === 'Giỗ Tổ Hùng Vương')).toBe(true);
  });
});
