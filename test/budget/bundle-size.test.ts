// The action starts no heavier than actions/stale: what node loads before the inputs are read
// (dist/index.js) is no larger than stale's committed bundle (bench/stale-bundle.json; `npm run bench`
// measures both side by side, with their cold start), and neither is all the action ships. The
// holiday parser and the mail client are chunks of their own, loaded only when a run needs them, and
// the holiday data is one file per country (dist/holiday-data/), read only for the countries planned.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const stale = JSON.parse(readFileSync('bench/stale-bundle.json', 'utf8')) as {
  bytes: number;
  commit: string;
};

describe('the bundle', () => {
  it(`is no larger than actions/stale's dist/index.js (${stale.bytes.toLocaleString('en')} bytes)`, () => {
    expect(statSync('dist/index.js').size).toBeLessThanOrEqual(stale.bytes);
  });

  it('ships no more than actions/stale ships, chunks and holiday data included', () => {
    const files = [
      ...readdirSync('dist')
        .filter((name) => name.endsWith('.js'))
        .map((name) => `dist/${name}`),
      ...readdirSync('dist/holiday-data').map((name) => `dist/holiday-data/${name}`),
    ];
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes).toBeLessThanOrEqual(stale.bytes);
  });

  it('carries one holiday data file per country, of which a Vietnamese engagement reads a few kilobytes', () => {
    const countries = readdirSync('dist/holiday-data').filter((name) => /^[A-Z]{2}\.json$/u.test(name));
    expect(countries.length).toBeGreaterThan(200);
    expect(
      statSync('dist/holiday-data/VN.json').size + statSync('dist/holiday-data/index.json').size,
    ).toBeLessThan(40_000);
  });

  it('loads the holiday parser and the mail client only as chunks, never from the start file', () => {
    // Strings of each library's own code that survive minification (comments and module paths do
    // not): each must be in a chunk, so the check would see it in the start file if it moved there.
    const start = readFileSync('dist/index.js', 'utf8');
    const chunkNames = readdirSync('dist').filter((name) => /^\d+\.index\.js$/u.test(name));
    const chunks = chunkNames.map((name) => readFileSync(`dist/${name}`, 'utf8')).join('\n');
    const onlyInChunks = {
      'date-holidays-parser': 'unknown path for _days',
      'nodemailer (its test accounts)': 'ethereal.email',
    };
    for (const [library, text] of Object.entries(onlyInChunks)) {
      expect(chunks, library).toContain(text);
      expect(start, library).not.toContain(text);
    }
    expect(chunkNames.length).toBeGreaterThanOrEqual(2);
  });

  it('carries neither the holiday data set whole nor moment-timezone and its zone database', () => {
    // The stand-in (src/calendar/moment-timezone-shim.ts) answers from the runtime's own database.
    const everything = readdirSync('dist')
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(`dist/${name}`, 'utf8'))
      .join('\n');
    expect(everything).not.toContain('Africa/Abidjan|LMT');
    expect(everything).not.toContain('Deprecation warning: moment');
    expect(everything).not.toContain('Constitution Day');
  });

  it('is minified and ASCII only (scripts/minify-bundle.ts), so node decodes and parses it fast', () => {
    const start = readFileSync('dist/index.js');
    expect(start.every((byte) => byte < 0x80)).toBe(true);
    expect(start.toString('utf8').split('\n').length).toBeLessThan(100);
  });
});
