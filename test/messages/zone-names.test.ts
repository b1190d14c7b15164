// A date and time shown to a client names its zone as a person does: "giờ Việt Nam" / "Vietnam time",
// or the UTC offset in force on the date shown ("GMT+7", "GMT+5:45") when the zone has no name people
// use — never the IANA id ("Asia/Ho_Chi_Minh"). The offset is the one of the instant formatted: a
// zone that changes its clocks shows its summer offset in summer and its winter one in winter.
import { describe, expect, it } from 'vitest';
import { messageText } from '../../src/messages/catalogue';
import { formatDateTime, zoneName } from '../../src/messages/format';
import { nameZoneOncePerSentence } from '../../src/messages/zones';

const at = (iso: string) => new Date(iso);

describe('the zone a client reads', () => {
  it('names Vietnam’s zone in words, in both languages', () => {
    const due = at('2026-11-27T10:30:00Z');
    expect(formatDateTime(due, 'Asia/Ho_Chi_Minh', 'vi')).toBe('17:30 thứ Sáu, 27/11/2026 (giờ Việt Nam)');
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
      '16:15 thứ Sáu, 27/11/2026 (GMT+5:45)',
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

// The zone is named once per sentence: "(giờ Việt Nam)" after every time of a sentence that shows
// several (a dependant moving "from … to …", a change record with four) reads as noise.
describe('the zone named once per sentence', () => {
  const vn = (iso: string, locale: 'vi' | 'en' = 'vi') => formatDateTime(at(iso), 'Asia/Ho_Chi_Minh', locale);

  it('names it at the first time of a sentence only', () => {
    const from = vn('2026-12-11T10:30:00Z');
    const to = vn('2026-12-16T10:30:00Z');
    expect(nameZoneOncePerSentence(`- **Visual design**: từ ${from} sang ${to}`)).toBe(
      '- **Visual design**: từ 17:30 thứ Sáu, 11/12/2026 (giờ Việt Nam) sang 17:30 thứ Tư, 16/12/2026',
    );
    const en = `baseline ${vn('2026-11-27T10:30:00Z', 'en')}, now ${vn('2026-12-18T10:30:00Z', 'en')}.`;
    expect(nameZoneOncePerSentence(en)).toBe(
      'baseline Fri, 27 Nov 2026, 17:30 (Vietnam time), now Fri, 18 Dec 2026, 17:30.',
    );
  });

  it('names it again in the next sentence, on the next line, and wherever the zone named changes', () => {
    const one = vn('2026-11-23T06:00:00Z');
    const two = vn('2026-11-25T02:00:00Z');
    const text = `Phản hồi vào **${one}**. Giải quyết trước **${two}** và ${two}.\n- ${one}, ${two}`;
    expect(nameZoneOncePerSentence(text)).toBe(
      'Phản hồi vào **13:00 thứ Hai, 23/11/2026 (giờ Việt Nam)**. Giải quyết trước **09:00 thứ Tư, 25/11/2026 (giờ Việt Nam)** và 09:00 thứ Tư, 25/11/2026.\n- 13:00 thứ Hai, 23/11/2026 (giờ Việt Nam), 09:00 thứ Tư, 25/11/2026',
    );
    // Across a change of the clocks, each offset stays: no time is left in the wrong zone.
    const before = formatDateTime(at('2026-04-03T15:00:00Z'), 'America/Santiago', 'en');
    const after = formatDateTime(at('2026-04-06T15:00:00Z'), 'America/Santiago', 'en');
    const later = formatDateTime(at('2026-04-07T15:00:00Z'), 'America/Santiago', 'en');
    expect(nameZoneOncePerSentence(`from ${before} to ${after}, then ${later}`)).toBe(
      'from Fri, 3 Apr 2026, 12:00 (GMT-3) to Mon, 6 Apr 2026, 11:00 (GMT-4), then Tue, 7 Apr 2026, 11:00',
    );
  });

  it('leaves every other parenthesis alone', () => {
    const text = 'Anh Quang (@quang) đồng ý vào 10:30 (giờ Việt Nam), hạn 2026 (giờ Việt Nam) (P2) (P2)';
    expect(nameZoneOncePerSentence(text)).toBe(
      'Anh Quang (@quang) đồng ý vào 10:30 (giờ Việt Nam), hạn 2026 (P2) (P2)',
    );
  });

  it('holds in every message: a dependant that moves names the zone once, in both languages', () => {
    const engagement = { messages: {} };
    const values = { title: 'Design', from: vn('2026-12-11T10:30:00Z'), to: vn('2026-12-16T10:30:00Z') };
    expect(messageText(engagement, 'vi', 'impact.dependant', values)).toBe(
      '- **Design**: từ 17:30 thứ Sáu, 11/12/2026 (giờ Việt Nam) sang 17:30 thứ Tư, 16/12/2026',
    );
    const en = {
      ...values,
      from: vn('2026-12-11T10:30:00Z', 'en'),
      to: vn('2026-12-16T10:30:00Z', 'en'),
    };
    expect(messageText(engagement, 'en', 'impact.dependant', en)).toBe(
      '- **Design**: from Fri, 11 Dec 2026, 17:30 (Vietnam time) to Wed, 16 Dec 2026, 17:30',
    );
  });

  it('names a zone the file writes in another case as it names the zone (IANA ids match in any case)', () => {
    const due = new Date('2026-11-27T10:30:00Z');
    expect(formatDateTime(due, 'asia/ho_chi_minh', 'vi')).toBe('17:30 thứ Sáu, 27/11/2026 (giờ Việt Nam)');
    expect(formatDateTime(due, 'ASIA/SAIGON', 'en')).toBe('Fri, 27 Nov 2026, 17:30 (Vietnam time)');
  });
});
