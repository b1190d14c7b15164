// A date and time shown to a client names its zone as a person does: "giờ Việt Nam" / "Vietnam time",
// or the UTC offset in force on the date shown ("GMT+7", "GMT+5:45") when the zone has no name people
// use — never the IANA id ("Asia/Ho_Chi_Minh"). The offset is the one of the instant formatted: a
// zone that changes its clocks shows its summer offset in summer and its winter one in winter.
import { describe, expect, it } from 'vitest';
import { formatDateTime, zoneName } from '../../src/messages/format';

const at = (iso: string) => new Date(iso);

describe('the zone a client reads', () => {
  it('names Vietnam’s zone in words, in both languages', () => {
    const due = at('2026-11-27T10:30:00Z');
    expect(formatDateTime(due, 'Asia/Ho_Chi_Minh', 'vi')).toBe('17:30 Thứ Sáu, 27/11/2026 (giờ Việt Nam)');
    expect(formatDateTime(due, 'Asia/Ho_Chi_Minh', 'en')).toBe('Fri, 27 Nov 2026, 17:30 (Vietnam time)');
    // The older name of the same zone reads the same.
    expect(zoneName('Asia/Saigon', due, 'vi')).toBe('giờ Việt Nam');
  });

  it('names other common zones in words, whatever their offset that day', () => {
    const winter = at('2026-01-15T12:00:00Z');
    const summer = at('2026-07-15T12:00:00Z');
    expect(zoneName('Europe/Berlin', winter, 'en')).toBe('Germany time');
    expect(zoneName('Europe/Berlin', summer, 'vi')).toBe('giờ Đức');
    expect(zoneName('Asia/Singapore', winter, 'vi')).toBe('giờ Singapore');
    expect(zoneName('America/New_York', summer, 'en')).toBe('New York time');
    expect(zoneName('UTC', winter, 'vi')).toBe('giờ UTC');
  });

  it('falls back to the offset of the date shown, with its minutes when it has some', () => {
    expect(zoneName('Asia/Kathmandu', at('2026-11-27T10:30:00Z'), 'en')).toBe('GMT+5:45');
    expect(zoneName('America/Sao_Paulo', at('2026-11-27T10:30:00Z'), 'vi')).toBe('GMT-3');
    expect(zoneName('Atlantic/Reykjavik', at('2026-11-27T10:30:00Z'), 'en')).toBe('GMT');
    expect(formatDateTime(at('2026-11-27T10:30:00Z'), 'Asia/Kathmandu', 'vi')).toBe(
      '16:15 Thứ Sáu, 27/11/2026 (GMT+5:45)',
    );
  });

  it('follows daylight saving time by the date shown, not by the clock of the run', () => {
    // Adelaide: +10:30 in its summer (January), +9:30 in its winter (July).
    expect(zoneName('Australia/Adelaide', at('2026-01-15T00:00:00Z'), 'en')).toBe('GMT+10:30');
    expect(zoneName('Australia/Adelaide', at('2026-07-15T00:00:00Z'), 'en')).toBe('GMT+9:30');
    // Chile moves its clocks in early April: the day before and the day after differ by an hour.
    expect(zoneName('America/Santiago', at('2026-04-03T15:00:00Z'), 'vi')).toBe('GMT-3');
    expect(zoneName('America/Santiago', at('2026-04-06T15:00:00Z'), 'vi')).toBe('GMT-4');
  });

  it('never shows an IANA id, for any zone the runtime knows, in either language', () => {
    const shown: string[] = [];
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      for (const locale of ['en', 'vi'] as const) {
        const text = formatDateTime(at('2026-03-29T01:30:00Z'), zone, locale);
        const name = /\(([^()]*)\)$/u.exec(text)?.[1] ?? '';
        if (name.includes('/') || name.includes('_') || name === zone)
          shown.push(`${zone} ${locale}: ${text}`);
      }
    }
    expect(shown).toEqual([]);
  });
});
