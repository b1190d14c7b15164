// The holiday rules of the `date-holidays` data set, read one country at a time: the shell hands over
// a reader of the slices in src/calendar/holiday-data/ (src/action/holiday-files.ts), and a country's
// slice is read the first time a plan asks for its holidays. The country and subdivision names for
// the engagement checks come from the slices' index, so checking a file reads no country's rules.
// Imported only through the shells (by a dynamic import in the action, so the parser and the lunar
// and astronomical calendars it needs stay out of the bundle's main file).
import HolidaysParser from 'date-holidays-parser';
import type { DataSetHoliday, HolidayRules } from './holiday-rules';

/** Reads one file of the slices: `index` or a country code; undefined when there is none. */
export type HolidaySliceReader = (name: string) => unknown;

interface SliceIndex {
  readonly countries: Readonly<Record<string, string>>;
  readonly states: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function indexFrom(value: unknown): SliceIndex {
  if (!isRecord(value) || !isRecord(value.countries) || !isRecord(value.states))
    throw new Error(
      'engagement-keeper: the holiday data index (holiday-data/index.json) is missing or damaged; rebuild with `npm run holiday-data`',
    );
  return value as unknown as SliceIndex;
}

/** Holiday rules that read each country's slice once, when a plan first needs it. */
export function sliceHolidayRules(read: HolidaySliceReader): HolidayRules {
  let index: SliceIndex | undefined;
  const indexed = (): SliceIndex => (index ??= indexFrom(read('index')));
  const slices = new Map<string, object>();
  // Building a region's rules and computing a year (lunar dates) is slow: keep both for the process.
  const byRegion = new Map<string, HolidaysParser>();
  const byYear = new Map<string, readonly DataSetHoliday[]>();

  const sliceOf = (country: string): object => {
    let slice = slices.get(country);
    if (!slice) {
      const value = Object.hasOwn(indexed().countries, country) ? read(country) : undefined;
      if (!isRecord(value))
        throw new Error(
          `engagement-keeper: no holiday data for the country \`${country}\` (holiday-data/${country}.json); rebuild with \`npm run holiday-data\``,
        );
      slice = value;
      slices.set(country, slice);
    }
    return slice;
  };

  return {
    countries: () => indexed().countries,
    states: (country) => indexed().states[country],
    holidaysOf(country, state, year) {
      const region = `${country}-${state ?? ''}`;
      const key = `${region}:${year}`;
      let list = byYear.get(key);
      if (!list) {
        let rules = byRegion.get(region);
        if (!rules) {
          const slice = sliceOf(country);
          rules = state ? new HolidaysParser(slice, country, state) : new HolidaysParser(slice, country);
          byRegion.set(region, rules);
        }
        list = rules.getHolidays(year);
        byYear.set(key, list);
      }
      return list;
    },
  };
}
