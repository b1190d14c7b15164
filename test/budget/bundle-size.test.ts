// The action starts no heavier than actions/stale: what node loads before the inputs are read
// (dist/index.js) is no larger than stale's committed bundle (bench/stale-bundle.json; `npm run bench`
// measures both side by side, with their cold start). The holiday data set and the mail client are
// chunks of their own, loaded only when a run needs them.
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

  it('loads the holiday data set and the mail client only as chunks, never from the start file', () => {
    // Strings of each library's own code that survive minification (comments and module paths do
    // not): each must be in a chunk, so the check would see it in the start file if it moved there.
    const start = readFileSync('dist/index.js', 'utf8');
    const chunkNames = readdirSync('dist').filter((name) => /^\d+\.index\.js$/u.test(name));
    const chunks = chunkNames.map((name) => readFileSync(`dist/${name}`, 'utf8')).join('\n');
    const onlyInChunks = {
      'date-holidays (its rules)': 'substitutes',
      'date-holidays (its time zones)': 'moment-timezone',
      'nodemailer (its test accounts)': 'ethereal.email',
    };
    for (const [library, text] of Object.entries(onlyInChunks)) {
      expect(chunks, library).toContain(text);
      expect(start, library).not.toContain(text);
    }
    expect(chunkNames.length).toBeGreaterThanOrEqual(2);
  });

  it('is minified and ASCII only (scripts/minify-bundle.ts), so node decodes and parses it fast', () => {
    const start = readFileSync('dist/index.js');
    expect(start.every((byte) => byte < 0x80)).toBe(true);
    expect(start.toString('utf8').split('\n').length).toBeLessThan(100);
  });
});
