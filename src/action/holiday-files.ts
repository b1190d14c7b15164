// Hands the calendar the holiday data set's per-country slices from the files beside the running code:
// dist/holiday-data/ for the action's bundle and dist/cli/../holiday-data/ for the CLI's, and
// src/calendar/holiday-data/ when the sources run (tests, the demo, the bench). A run reads the index
// and the slices of the countries it plans with, nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { provideHolidayRules } from '../calendar/holiday-rules';
import { sliceHolidayRules } from '../calendar/date-holidays-rules';

// Kept apart from `new URL(…)`: the bundler would take `new URL('./x', import.meta.url)` for an asset.
const here: string = import.meta.url;
const CANDIDATES = ['./holiday-data/', '../holiday-data/', '../calendar/holiday-data/'];

function sliceDirectory(): URL {
  for (const candidate of CANDIDATES) {
    const directory = new URL(candidate, here);
    if (existsSync(new URL('index.json', directory))) return directory;
  }
  throw new Error(
    `engagement-keeper: the holiday data (holiday-data/index.json) is not beside ${here}; the action's dist/ folder is incomplete`,
  );
}

/** Reads the slices from disk and hands their rules to the calendar (holiday-rules.ts). */
export function useDateHolidays(): void {
  const directory = sliceDirectory();
  provideHolidayRules(
    sliceHolidayRules((name) => {
      const file = new URL(`${name}.json`, directory);
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
    }),
  );
}
