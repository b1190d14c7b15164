// Public holidays of a country from the `date-holidays` data set (public holidays only: observances,
// bank and school holidays do not close a business). Vietnam gets its statutory rules on top, because
// the data set alone is incomplete there (see vietnam.ts). The data set is handed over by the shell
// (holiday-rules.ts).
import { EngagementFault } from '../engagement/fault';
import { datesBetween, plusDays } from './dates';
import { holidayRules, type DataSetHoliday } from './holiday-rules';
import { vietnamStatutoryHolidays } from './vietnam';

export interface ClosedDay {
  readonly date: string;
  readonly name: string;
}

/** `VN`, `US`, or a subdivision such as `DE-BY`. */
function parseRegion(code: string): { country: string; state?: string } {
  const [country = '', state] = code.trim().toUpperCase().split('-');
  return state ? { country, state } : { country };
}

/** True when the holiday data set knows the country (and subdivision) code. */
export function isKnownHolidayRegion(code: string): boolean {
  const region = parseRegion(code);
  const rules = holidayRules();
  if (!(region.country in rules.countries())) return false;
  return region.state === undefined || region.state in (rules.states(region.country) ?? {});
}

/** A year's public holidays (and Vietnam's statutory compensating days) for the region code. */
export type YearHolidays = (year: number) => readonly ClosedDay[];

/**
 * Holidays by year for a region, computed once per year. `isWeeklyDayOff` tells the Vietnamese rules
 * which days are the weekly day off, which decides when a compensating day is due.
 */
export function holidaysForRegion(code: string, isWeeklyDayOff: (date: string) => boolean): YearHolidays {
  const region = parseRegion(code);
  if (!isKnownHolidayRegion(code)) {
    throw new EngagementFault(
      ['calendar', 'holidays'],
      `\`${code}\` is not a country the holiday data set knows`,
      'write an ISO 3166 code such as `VN` or `US`, or `null` for none',
    );
  }
  const rules = holidayRules();
  const cache = new Map<number, readonly ClosedDay[]>();
  return (year) => {
    const cached = cache.get(year);
    if (cached) return cached;
    const dataSet = (y: number) => rules.holidaysOf(region.country, region.state, y);
    // Vietnam's rules ask the data set only for lunar dates their own table does not hold.
    const days =
      region.country === 'VN'
        ? vietnamStatutoryHolidays(year, dataSet, isWeeklyDayOff)
        : publicHolidays(dataSet(year));
    cache.set(year, days);
    return days;
  };
}

function publicHolidays(list: readonly DataSetHoliday[]): ClosedDay[] {
  const days: ClosedDay[] = [];
  for (const holiday of list) {
    if (holiday.type !== 'public') continue;
    const first = holiday.date.slice(0, 10);
    // A few holidays span several days (the data set gives start and end); close each of them.
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
    for (const date of datesBetween(first, plusDays(first, length - 1)))
      days.push({ date, name: holiday.name });
  }
  return days;
}
