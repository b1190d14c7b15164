import { describe, expect, it } from 'vitest';
import { calendarMinutes, parseDuration } from '../../src/engagement/duration';

describe('parseDuration', () => {
  it.each([
    ['24h', 24, 'hours'],
    ['2d', 2, 'days'],
    ['90 minutes', 90, 'minutes'],
    ['3 business days', 3, 'business_days'],
    ['16 business hours', 16, 'business_hours'],
    ['1w', 1, 'weeks'],
    ['3 ngày làm việc', 3, 'business_days'],
    ['2 Working Days', 2, 'business_days'],
  ])('reads %s', (text, value, unit) => {
    expect(parseDuration(text)).toEqual({ value, unit, text });
  });

  it.each(['', 'soon', '3', 'h24', '-2d', '1.5 business days', 'three days'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('converts calendar units to minutes and refuses business units', () => {
    expect(calendarMinutes(parseDuration('2d')!)).toBe(2880);
    expect(calendarMinutes(parseDuration('3 business days')!)).toBeUndefined();
  });
});
