// The working week as a client reads it, in the sentence that says a time counts working hours.
import { describe, expect, it } from 'vitest';
import { formatWorkingWeek } from '../../src/messages/format';

describe('the working week in words', () => {
  const hours = { start: '08:30', end: '17:30' };
  it('names a run of days by its ends, in both languages', () => {
    expect(formatWorkingWeek(['mon', 'tue', 'wed', 'thu', 'fri'], hours, 'en')).toBe(
      '08:30–17:30, Monday to Friday',
    );
    expect(formatWorkingWeek(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], hours, 'vi')).toBe(
      '08:30–17:30, thứ Hai đến thứ Bảy',
    );
  });

  it('lists days that do not follow one another, in week order whatever the file’s order', () => {
    expect(formatWorkingWeek(['fri', 'mon', 'wed'], hours, 'en')).toBe(
      '08:30–17:30, Monday, Wednesday and Friday',
    );
    expect(formatWorkingWeek(['sat', 'sun'], hours, 'vi')).toBe('08:30–17:30, thứ Bảy và Chủ nhật');
    expect(formatWorkingWeek(['tue'], hours, 'en')).toBe('08:30–17:30, Tuesday');
  });
});
