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

function lunarDate(list: readonly DataSetHoliday[], rule: string): string | undefined {
  return list.find((holiday) => holiday.rule === rule)?.date.slice(0, 10);
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
  const list = dataSet(year);
  const days: ClosedDay[] = [{ date: `${year}-01-01`, name: 'Tết Dương lịch' }];

  const tetDayOne = lunarDate(list, 'vietnamese 1-0-1');
  if (tetDayOne) {
    TET_DAY_NAMES.forEach((label, index) => {
      days.push({ date: plusDays(tetDayOne, index - 1), name: `Tết Nguyên Đán (${label})` });
    });
  }
  const hungKings = lunarDate(list, 'vietnamese 3-0-10');
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
