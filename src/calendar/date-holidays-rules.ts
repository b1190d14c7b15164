// The holiday rules of the `date-holidays` data set. Imported only by the shells (statically by the CLI,
// the bench and the test setup; by a dynamic import in the action, so that the bundle's main file does
// not carry the data set and its calendars).
import Holidays from 'date-holidays';
import { provideHolidayRules, type DataSetHoliday, type HolidayRules } from './holiday-rules';

// Building a country's rules and computing a year (lunar dates) is slow: keep both for the process.
const byRegion = new Map<string, Holidays>();
const byYear = new Map<string, readonly DataSetHoliday[]>();
let countries: Record<string, string> | undefined;
let everything: Holidays | undefined;

function all(): Holidays {
  everything ??= new Holidays();
  return everything;
}

export const dateHolidaysRules: HolidayRules = {
  countries: () => (countries ??= all().getCountries('en')),
  states: (country) => all().getStates(country),
  holidaysOf(country, state, year) {
    const region = `${country}-${state ?? ''}`;
    const key = `${region}:${year}`;
    let list = byYear.get(key);
    if (!list) {
      let rules = byRegion.get(region);
      if (!rules) {
        rules = state ? new Holidays(country, state) : new Holidays(country);
        byRegion.set(region, rules);
      }
      list = rules.getHolidays(year);
      byYear.set(key, list);
    }
    return list;
  },
};

/** Hands these rules to the calendar (holiday-rules.ts). */
export function useDateHolidays(): void {
  provideHolidayRules(dateHolidaysRules);
}
