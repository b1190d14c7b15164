// A date written as people write it gets the `YYYY-MM-DD` line to write instead; an ambiguous one gets
// both readings, day first, and the person chooses: a deadline is never guessed.
import { describe, expect, it } from 'vitest';
import { suggestIsoDate } from '../../src/engagement/date-suggestion';

describe('suggestIsoDate', () => {
  it('offers both readings when day and month could swap', () => {
    expect(suggestIsoDate('03/12/2026')).toBe(
      '`2026-12-03` (3 December 2026) or `2026-03-12` (12 March 2026)',
    );
  });
  it('offers the one reading that is a real date', () => {
    expect(suggestIsoDate('13.12.2026')).toBe('`2026-12-13` (13 December 2026)');
    expect(suggestIsoDate('12/13/2026')).toBe('`2026-12-13` (13 December 2026)');
    expect(suggestIsoDate('2026-12-4')).toBe('`2026-12-04` (4 December 2026)');
    expect(suggestIsoDate('5/5/2026')).toBe('`2026-05-05` (5 May 2026)');
  });
  it('keeps a time written after the date', () => {
    expect(suggestIsoDate('13/12/2026 15:00')).toBe('`2026-12-13T15:00` (13 December 2026)');
    expect(suggestIsoDate('2026/12/4 9:30')).toBe('`2026-12-04T09:30` (4 December 2026)');
    expect(suggestIsoDate('13/12/2026 25:00')).toBeUndefined();
  });
  it('never offers a year the file refuses (2000–2099)', () => {
    expect(suggestIsoDate('04/12/9999')).toBeUndefined();
    expect(suggestIsoDate('04/12/1999')).toBeUndefined();
  });
  it('offers nothing for what is not a date', () => {
    for (const text of ['31/02/2026', '2026-02-30', 'next Friday', '03/12/26', '', '2026-13-01'])
      expect(suggestIsoDate(text)).toBeUndefined();
  });
});
