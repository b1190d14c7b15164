// The corpus of broken engagement files: each `NN-name.yml` must produce exactly the located errors in
// its sibling `NN-name.expected.txt` (one `file:line:column  path  message (hint)` per line).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEngagementError, loadEngagement } from '../../src/engagement/load';

const DIR = join(import.meta.dirname, '../fixtures/engagement/broken');
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.yml'))
  .sort();

describe('broken engagement files', () => {
  it('cover at least 40 mistakes', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s gives exactly its expected errors', (name) => {
    const result = loadEngagement(readFileSync(join(DIR, name), 'utf8'), name);
    const expected = readFileSync(join(DIR, name.replace(/\.yml$/, '.expected.txt')), 'utf8').trimEnd();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatEngagementError).join('\n')).toBe(expected);
    for (const error of result.errors) {
      expect(error.file).toBe(name);
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.column).toBeGreaterThanOrEqual(1);
    }
  });
});
