// `npm run holiday-data`: writes src/calendar/holiday-data/ (one slice of the `date-holidays` data
// set per country, and index.json with the country and subdivision names) and
// test/fixtures/holiday-digests.json, then proves every slice right: for each country and each of its
// subdivisions, the holidays of 2020–2035 from the slice equal those from the whole data set. Run it
// after upgrading date-holidays; test/calendar/holiday-slices.test.ts fails until it is run.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Holidays from 'date-holidays';
import { data } from 'date-holidays/data';
import HolidaysParser from 'date-holidays-parser';
import { countryCodes, sliceOf, type HolidayDataSet, type HolidayIndex } from './holiday-slices';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SLICE_DIR = path.join(ROOT, 'src/calendar/holiday-data');
export const DIGEST_FILE = path.join(ROOT, 'test/fixtures/holiday-digests.json');
/** The years the digests cover (the test recomputes them through the bundle's time-zone shim). */
export const DIGEST_YEARS = [2026, 2027] as const;
const PROOF_YEARS = Array.from({ length: 16 }, (_, i) => 2020 + i);

const dataSet = data as unknown as HolidayDataSet;

/** What a region's holidays are, as text: the fields the calendar reads, dates as ISO strings. */
export function holidaysText(
  holidays: { getHolidays(year: number): unknown[] },
  years: readonly number[],
): string {
  return JSON.stringify(years.map((year) => holidays.getHolidays(year)));
}

export const digestOf = (text: string): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The regions of a country the calendar accepts: the country, and `CC-STATE` for each subdivision. */
function regionsOf(code: string, index: HolidayIndex): Array<[string, string | undefined]> {
  return [
    [code, undefined],
    ...Object.keys(index.states[code] ?? {}).map((state): [string, string] => [code, state]),
  ];
}

export function buildIndex(): HolidayIndex {
  const everything = new Holidays();
  const states: Record<string, Record<string, string>> = {};
  for (const code of countryCodes(dataSet)) {
    const found = everything.getStates(code);
    if (found) states[code] = found;
  }
  return {
    version: dataSet.version,
    license: dataSet.license,
    countries: everything.getCountries('en'),
    states,
  };
}

function main(): void {
  const index = buildIndex();
  rmSync(SLICE_DIR, { recursive: true, force: true });
  mkdirSync(SLICE_DIR, { recursive: true });
  writeFileSync(path.join(SLICE_DIR, 'index.json'), `${JSON.stringify(index)}\n`);
  const digests: Record<string, string> = {};
  let bytes = 0;
  for (const code of countryCodes(dataSet)) {
    const slice = sliceOf(dataSet, code);
    const text = `${JSON.stringify(slice)}\n`;
    bytes += text.length;
    writeFileSync(path.join(SLICE_DIR, `${code}.json`), text);
    for (const [country, state] of regionsOf(code, index)) {
      const region = state ? `${country}-${state}` : country;
      const whole = state ? new Holidays(country, state) : new Holidays(country);
      const sliced = state ? new HolidaysParser(slice, country, state) : new HolidaysParser(slice, country);
      if (holidaysText(sliced, PROOF_YEARS) !== holidaysText(whole, PROOF_YEARS))
        throw new Error(`${region}: the slice gives other holidays than the whole data set`);
      digests[region] = digestOf(holidaysText(whole, DIGEST_YEARS));
    }
  }
  writeFileSync(DIGEST_FILE, `${JSON.stringify(digests, null, 1)}\n`);
  const files = readdirSync(SLICE_DIR).length;
  console.log(
    `${files} files in ${path.relative(ROOT, SLICE_DIR)} (${(bytes / 1e6).toFixed(2)} MB of slices), ` +
      `${Object.keys(digests).length} regions proved equal to the whole data set for ${PROOF_YEARS[0]}–${PROOF_YEARS.at(-1)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
