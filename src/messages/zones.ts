// The name a person gives a time zone, next to a date and time a client reads: "giờ Việt Nam" /
// "Vietnam time", never the IANA id the engagement file uses ("Asia/Ho_Chi_Minh"). Common zones have
// a name in each language (a table keyed on the zone, typed so that a new language must name every
// zone); any other zone is shown by its offset from UTC on the date shown ("GMT+7", "GMT+5:45",
// "GMT-3"), which follows daylight saving time because it is worked out for that instant. A sentence
// that shows several times names the zone once (`nameZoneOncePerSentence`, applied to every message).
import { DateTime } from 'luxon';
import type { Locale } from '../engagement/schema';

type ZoneNames = Readonly<Record<Locale, string>>;

const VIETNAM: ZoneNames = { en: 'Vietnam time', vi: 'giờ Việt Nam' };
const UTC: ZoneNames = { en: 'UTC', vi: 'giờ UTC' };

/**
 * Zones an agency's clients and teams are likely to work in, by their IANA id and the older ids that
 * name the same zone. A zone named after a country is that country's only zone; a zone of a country
 * with several is named after its city.
 */
const ZONE_NAMES: Readonly<Record<string, ZoneNames>> = {
  'Asia/Ho_Chi_Minh': VIETNAM,
  'Asia/Saigon': VIETNAM,
  'Asia/Bangkok': { en: 'Thailand time', vi: 'giờ Thái Lan' },
  'Asia/Phnom_Penh': { en: 'Cambodia time', vi: 'giờ Campuchia' },
  'Asia/Vientiane': { en: 'Laos time', vi: 'giờ Lào' },
  'Asia/Singapore': { en: 'Singapore time', vi: 'giờ Singapore' },
  'Asia/Kuala_Lumpur': { en: 'Malaysia time', vi: 'giờ Malaysia' },
  'Asia/Jakarta': { en: 'Jakarta time', vi: 'giờ Jakarta' },
  'Asia/Manila': { en: 'Philippine time', vi: 'giờ Philippines' },
  'Asia/Hong_Kong': { en: 'Hong Kong time', vi: 'giờ Hồng Kông' },
  'Asia/Shanghai': { en: 'China time', vi: 'giờ Trung Quốc' },
  'Asia/Taipei': { en: 'Taiwan time', vi: 'giờ Đài Loan' },
  'Asia/Seoul': { en: 'Korea time', vi: 'giờ Hàn Quốc' },
  'Asia/Tokyo': { en: 'Japan time', vi: 'giờ Nhật Bản' },
  'Asia/Kolkata': { en: 'India time', vi: 'giờ Ấn Độ' },
  'Asia/Calcutta': { en: 'India time', vi: 'giờ Ấn Độ' },
  'Asia/Dubai': { en: 'Dubai time', vi: 'giờ Dubai' },
  'Australia/Sydney': { en: 'Sydney time', vi: 'giờ Sydney' },
  'Australia/Melbourne': { en: 'Melbourne time', vi: 'giờ Melbourne' },
  'Europe/London': { en: 'UK time', vi: 'giờ London' },
  'Europe/Paris': { en: 'France time', vi: 'giờ Pháp' },
  'Europe/Berlin': { en: 'Germany time', vi: 'giờ Đức' },
  'Europe/Amsterdam': { en: 'Netherlands time', vi: 'giờ Hà Lan' },
  'America/New_York': { en: 'New York time', vi: 'giờ New York' },
  'America/Chicago': { en: 'Chicago time', vi: 'giờ Chicago' },
  'America/Los_Angeles': { en: 'Los Angeles time', vi: 'giờ Los Angeles' },
  UTC,
  'Etc/UTC': UTC,
};

/**
 * `giờ Việt Nam` / `Vietnam time` for a zone people name; else its offset from UTC at `instant`
 * (`GMT+7`, `GMT+5:45`, `GMT-3`, `GMT`), the instant being the date shown, never the clock.
 */
/** The table by the zone's id in lower case: `asia/ho_chi_minh` is a zone the file may name (IANA ids match in any case). */
const ZONE_NAMES_ANY_CASE: ReadonlyMap<string, ZoneNames> = new Map(
  Object.entries(ZONE_NAMES).map(([zone, names]) => [zone.toLowerCase(), names]),
);

export function zoneName(zone: string, instant: Date, locale: Locale): string {
  const named = ZONE_NAMES_ANY_CASE.get(zone.toLowerCase());
  return named ? named[locale] : utcOffsetName(zone, instant);
}

function utcOffsetName(zone: string, instant: Date): string {
  const minutes = DateTime.fromJSDate(instant, { zone }).offset;
  if (!Number.isFinite(minutes) || minutes === 0) return 'GMT';
  const sign = minutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `GMT${sign}${hours}${rest > 0 ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** Every name `zoneName` gives a zone, in any language: `giờ Việt Nam`, `Vietnam time`, `UTC`. */
const ZONE_LABELS: ReadonlySet<string> = new Set(
  Object.values(ZONE_NAMES).flatMap((names) => Object.values(names)),
);
const OFFSET_LABEL = /^GMT(?:[+-]\d{1,2}(?::\d{2})?)?$/u;

/** ` (giờ Việt Nam)` right after a date and time (it ends in a digit): the zone `formatDateTime` names. */
const ZONE_AFTER_TIME = /(?<=\d) \(([^()\n]+)\)/gu;

/**
 * A sentence names the zone of its times once, as a careful writer does: "từ 17:30 thứ Sáu, 11/12/2026
 * (giờ Việt Nam) sang 17:30 thứ Tư, 16/12/2026", not "(giờ Việt Nam)" after every time. A time whose
 * zone is the one last named in its sentence loses its repeat; a zone the sentence has not just named
 * (another offset, across a change to daylight saving time) is kept, so every time stays unambiguous.
 * A sentence ends at `.`, `!` or `?` before a space, and at every line break: each paragraph, list
 * item and table row names the zone again for the reader who reads only that line.
 */
export function nameZoneOncePerSentence(text: string): string {
  // Most texts show one time or none: nothing to leave out.
  if ((text.match(ZONE_AFTER_TIME)?.length ?? 0) < 2) return text;
  return text
    .split(/(?<=[.!?])(?=\s)|(?<=\n)/u)
    .map((sentence) => {
      let named: string | undefined;
      return sentence.replace(ZONE_AFTER_TIME, (whole, label: string) => {
        if (!ZONE_LABELS.has(label) && !OFFSET_LABEL.test(label)) return whole;
        if (label === named) return '';
        named = label;
        return whole;
      });
    })
    .join('');
}
