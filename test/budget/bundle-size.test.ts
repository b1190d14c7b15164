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
    const start = readFileSync('dist/index.js', 'utf8');
    expect(start).not.toContain('moment-timezone');
    expect(start).not.toContain('CONCATENATED MODULE: ./node_modules/date-holidays/');
    expect(start).not.toContain('CONCATENATED MODULE: ./node_modules/nodemailer/');
    const chunks = readdirSync('dist').filter((name) => /^\d+\.index\.js$/u.test(name));
    expect(chunks.length).toBeGreaterThanOrEqual(2);
  });
});
