// The holiday data set ships cut into one file per country (scripts/holiday-slices.ts), read through
// the bundle's time-zone stand-in. These tests hold both to the whole data set read with
// moment-timezone, and hold a run to reading only the countries it plans with.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { data } from 'date-holidays/data';
import HolidaysParser from 'date-holidays-parser';
import { sliceHolidayRules } from '../../src/calendar/date-holidays-rules';
import { holidaysForRegion } from '../../src/calendar/holidays';
import { countryCodes, sliceOf, type HolidayDataSet } from '../../scripts/holiday-slices';
import {
  DIGEST_FILE,
  DIGEST_YEARS,
  SLICE_DIR,
  buildIndex,
  digestOf,
  holidaysText,
} from '../../scripts/holiday-data';

const dataSet = data as unknown as HolidayDataSet;
const committed = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(SLICE_DIR, `${name}.json`), 'utf8'));
const digests = JSON.parse(readFileSync(DIGEST_FILE, 'utf8')) as Record<string, string>;
const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

describe('the holiday data slices', () => {
  it('are what `npm run holiday-data` makes of the installed data set (rerun it after an upgrade)', () => {
    expect(committed('index')).toEqual(buildIndex());
    for (const code of countryCodes(dataSet)) expect(committed(code), code).toEqual(sliceOf(dataSet, code));
  });

  it('give every country and subdivision the holidays the whole data set gives, through the time-zone stand-in', () => {
    const regions = Object.keys(digests);
    expect(regions.length).toBeGreaterThan(500);
    let withHolidays = 0;
    for (const region of regions) {
      const [country = '', state] = region.split('-');
      const slice = committed(country) as object;
      const parser = state ? new HolidaysParser(slice, country, state) : new HolidaysParser(slice, country);
      expect(digestOf(holidaysText(parser, DIGEST_YEARS)), region).toBe(digests[region]);
      if (parser.getHolidays(2026).length > 0) withHolidays += 1;
    }
    // Digests of empty lists would agree about nothing.
    expect(withHolidays).toBeGreaterThan(regions.length * 0.9);
  });

  it('keep Tết and its bridge days in Vietnam', () => {
    const names = new HolidaysParser(committed('VN') as object, 'VN')
      .getHolidays(2026)
      .map((day) => day.date.slice(0, 10));
    expect(names).toContain('2026-02-17');
    const closed = holidaysForRegion('VN', isWeekend)(2026).map((day) => day.date);
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-26'])
      expect(closed).toContain(date);
  });
});

describe('a run reads', () => {
  it('the index to check a file, and only the slices of the countries it plans with', () => {
    const read: string[] = [];
    const rules = sliceHolidayRules((name) => {
      read.push(name);
      return committed(name);
    });
    expect(rules.countries().VN).toBe('Vietnam');
    expect(rules.states('DE')?.BY).toBeDefined();
    expect(read).toEqual(['index']);
    rules.holidaysOf('VN', undefined, 2026);
    rules.holidaysOf('VN', undefined, 2027);
    rules.holidaysOf('DE', 'BY', 2026);
    expect(read).toEqual(['index', 'VN', 'DE']);
  });

  it('a missing or damaged file as an error that says how to rebuild it', () => {
    const noCountry = sliceHolidayRules((name) => (name === 'index' ? committed('index') : undefined));
    expect(() => noCountry.holidaysOf('VN', undefined, 2026)).toThrow(
      /holiday-data\/VN\.json.*npm run holiday-data/u,
    );
    const noIndex = sliceHolidayRules(() => undefined);
    expect(() => noIndex.countries()).toThrow(/index\.json.*npm run holiday-data/u);
    expect(() => noCountry.holidaysOf('XX', undefined, 2026)).toThrow(/`XX`/u);
  });
});
