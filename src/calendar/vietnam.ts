// Vietnam's public holidays by the Labour Code 2019, art. 112, rather than the holiday data set alone:
// the data set lists two days of Tết, the law gives five. The data set is still the source of the
// lunar calendar (which Gregorian day is Tết day one, which is the 10th of the 3rd lunar month).
//
// Rules computed here (the government announces the exact Tết days and swaps each year; add them to
// `calendar.closed_days` / `open_days` in the engagement file, which always win):
// - 1 January; 30 April; 1 May; Hùng Kings' day (10th day of the 3rd lunar month).
// - Tết: 5 days — the last day of the lunar year (giao thừa) and days one to four of the new year.
// - National Day: 2 September plus 1 or 3 September. We take the neighbour that is a working day and
//   touches the weekly days off (the bridge the government picks in practice: 2021 → 3/9, 2022 → 1/9,
//   2023 → 1/9, 2024 → 3/9, 2025 → 1/9); when both or neither touch them, 1 September.
// - Art. 112(3): a holiday that falls on a weekly day off gives a compensating day off on the next
//   working day that is not itself a holiday.
import { plusDays } from './dates';
import type { ClosedDay } from './holidays';

interface DataSetHoliday {
  readonly date: string;
  readonly name: string;
  readonly rule: string;
}

const TET_DAY_NAMES = ['giao thừa', 'mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'] as const;

/** The years whose lunar dates the table below holds. */
export const LUNAR_TABLE_YEARS = { first: 2020, last: 2050 } as const;

/**
 * Tết day one and Hùng Kings' day by Gregorian year, as the data set's lunar calendar gives them
 * (`npx tsx scripts/vietnam-lunar-dates.ts`; a test checks them against the data set). Working them
 * out is astronomy and costs most of a cold run's first second; outside these years the data set
 * still computes them.
 */
const LUNAR_DATES: Readonly<Record<number, readonly [tetDayOne: string, hungKings: string]>> = {
  2020: ['2020-01-25', '2020-04-02'],
  2021: ['2021-02-12', '2021-04-21'],
  2022: ['2022-02-01', '2022-04-10'],
  2023: ['2023-01-22', '2023-04-29'],
  2024: ['2024-02-10', '2024-04-18'],
  2025: ['2025-01-29', '2025-04-07'],
  2026: ['2026-02-17', '2026-04-26'],
  2027: ['2027-02-06', '2027-04-16'],
  2028: ['2028-01-26', '2028-04-04'],
  2029: ['2029-02-13', '2029-04-23'],
  2030: ['2030-02-02', '2030-04-12'],
  2031: ['2031-01-23', '2031-04-01'],
  2032: ['2032-02-11', '2032-04-19'],
  2033: ['2033-01-31', '2033-04-09'],
  2034: ['2034-02-19', '2034-04-28'],
  2035: ['2035-02-08', '2035-04-17'],
  2036: ['2036-01-28', '2036-04-06'],
  2037: ['2037-02-15', '2037-04-24'],
  2038: ['2038-02-04', '2038-04-13'],
  2039: ['2039-01-24', '2039-04-03'],
  2040: ['2040-02-12', '2040-04-20'],
  2041: ['2041-02-01', '2041-04-10'],
  2042: ['2042-01-22', '2042-04-29'],
  2043: ['2043-02-10', '2043-04-19'],
  2044: ['2044-01-30', '2044-04-07'],
  2045: ['2045-02-17', '2045-04-26'],
  2046: ['2046-02-06', '2046-04-15'],
  2047: ['2047-01-26', '2047-04-04'],
  2048: ['2048-02-14', '2048-04-22'],
  2049: ['2049-02-02', '2049-04-11'],
  2050: ['2050-01-23', '2050-03-31'],
};

const TET_RULE = 'vietnamese 1-0-1';
const HUNG_KINGS_RULE = 'vietnamese 3-0-10';

function lunarDate(list: readonly DataSetHoliday[], rule: string): string | undefined {
  return list.find((holiday) => holiday.rule === rule)?.date.slice(0, 10);
}

/** Tết day one and Hùng Kings' day of a year: from the table when it holds the year. */
function lunarDates(
  year: number,
  dataSet: (year: number) => readonly DataSetHoliday[],
): { tetDayOne: string | undefined; hungKings: string | undefined } {
  const known = LUNAR_DATES[year];
  if (known) return { tetDayOne: known[0], hungKings: known[1] };
  const list = dataSet(year);
  return { tetDayOne: lunarDate(list, TET_RULE), hungKings: lunarDate(list, HUNG_KINGS_RULE) };
}

export function nationalDayPartner(year: number, isWeeklyDayOff: (date: string) => boolean): string {
  const before = `${year}-09-01`;
  const after = `${year}-09-03`;
  const touchesDayOff = (date: string): boolean =>
    isWeeklyDayOff(plusDays(date, -1)) || isWeeklyDayOff(plusDays(date, 1));
  const candidates = [before, after].filter((date) => !isWeeklyDayOff(date));
  const bridging = candidates.filter(touchesDayOff);
  if (bridging.length === 1) return bridging[0] ?? before;
  if (candidates.length === 1) return candidates[0] ?? before;
  return before;
}

export function vietnamStatutoryHolidays(
  year: number,
  dataSet: (year: number) => readonly DataSetHoliday[],
  isWeeklyDayOff: (date: string) => boolean,
): ClosedDay[] {
  const { tetDayOne, hungKings } = lunarDates(year, dataSet);
  const days: ClosedDay[] = [{ date: `${year}-01-01`, name: 'Tết Dương lịch' }];

  if (tetDayOne) {
    TET_DAY_NAMES.forEach((label, index) => {
      days.push({ date: plusDays(tetDayOne, index - 1), name: `Tết Nguyên Đán (${label})` });
    });
  }
  if (hungKings) days.push({ date: hungKings, name: 'Giỗ Tổ Hùng Vương' });
  days.push({ date: `${year}-04-30`, name: 'Ngày Giải phóng miền Nam' });
  days.push({ date: `${year}-05-01`, name: 'Quốc tế Lao động' });
  const partner = nationalDayPartner(year, isWeeklyDayOff);
  for (const date of [`${year}-09-02`, partner].sort()) days.push({ date, name: 'Quốc khánh' });

  days.sort((a, b) => a.date.localeCompare(b.date));
  return [...days, ...compensatingDays(days, isWeeklyDayOff)].sort((a, b) => a.date.localeCompare(b.date));
}

/** Art. 112(3): one compensating day on the next free working day for each holiday on a weekly day off. */
function compensatingDays(
  holidays: readonly ClosedDay[],
  isWeeklyDayOff: (date: string) => boolean,
): ClosedDay[] {
  const taken = new Set(holidays.map((day) => day.date));
  const compensating: ClosedDay[] = [];
  for (const holiday of holidays) {
    if (!isWeeklyDayOff(holiday.date)) continue;
    let date = plusDays(holiday.date, 1);
    for (let guard = 0; guard < 30 && (isWeeklyDayOff(date) || taken.has(date)); guard += 1) {
      date = plusDays(date, 1);
    }
    taken.add(date);
    compensating.push({ date, name: `Nghỉ bù ${holiday.name}` });
  }
  return compensating;
}
