// Shared helpers for the words the action writes. Client-written text is always quoted through
// quoteSafely(): it must never ping anyone, open an HTML tag or break out of its quote.
import { WEEKDAYS, type Locale } from '../engagement/schema';
import { zoneName } from './zones';

export { zoneName } from './zones';

/** `@login` for a handle we are allowed to mention (configured contacts only). */
export function mention(handle: string): string {
  return `@${handle.replace(/^@/, '')}`;
}

/** A person's words, shown as a markdown quote that cannot mention, link-ping or inject HTML. */
/**
 * Text of at most `maxLength` characters, cut between whole characters (half of an emoji's surrogate
 * pair is not text GitHub keeps as sent) and marked `…` when cut.
 */
export function cutWhole(text: string, maxLength: number): string {
  const characters = [...text];
  return characters.length > maxLength ? `${characters.slice(0, maxLength).join('').trimEnd()}…` : text;
}

export function quoteSafely(text: string, maxLength = 600): string {
  const cut = cutWhole(text.trim(), maxLength);
  return cut
    .split(/\r?\n/u)
    .map((line) => `> ${neutralise(line)}`)
    .join('\n');
}

/** Inline version of quoteSafely() for a short phrase inside a sentence (one line, no quote block). */
export function inlineSafely(text: string, maxLength = 120): string {
  return neutralise(cutWhole(text.replace(/\s+/gu, ' ').trim(), maxLength));
}

/**
 * Characters that reorder or hide text (bidi overrides and isolates, zero-width characters, tag
 * characters, the byte-order mark, line separators) and control characters other than tab and
 * newline: what people read must be what was written.
 */
export const HIDDEN_CHARACTERS = /[\p{Cf}\u2028\u2029]|(?![\t\n])\p{Cc}/gu;

/**
 * People's words in the title of an issue the action opens: plain text (GitHub renders no Markdown
 * there, so nothing is escaped), on one line, without the hidden characters that could reorder or
 * hide what a reader sees. A title over GitHub's limit is cut where it is written, with the count.
 */
export function titleSafely(text: string): string {
  return text.replace(HIDDEN_CHARACTERS, '').replace(/\s+/gu, ' ').trim();
}

/** Text that GitHub turns into a cross-reference, which leaves a backlink on the issue it names. */
function withoutReferences(line: string): string {
  return (
    line
      // `#123`, `owner/repo#123`, `GH-123`: a zero-width joiner keeps them readable but not references.
      .replace(/#(?=\d)/gu, '#\u200d')
      .replace(/\b(GH)-(?=\d)/giu, '$1\u200d-')
      // Links to issues and pull requests reference them too; a link that is not one cannot.
      .replace(/:\/\//gu, ':/\u200d/')
      .replace(/\bwww\./giu, 'www\u200d.')
      .replace(/\bgithub\.com/giu, (host) => `${host.slice(0, 6)}\u200d${host.slice(6)}`)
      // A Markdown link or image in someone's words would show their text over any address the
      // action's message seems to vouch for ("[pay the late fee here](//elsewhere)"): `](` and a
      // link definition's `]:` get a joiner, so the words and the address show as written, unlinked.
      .replace(/\](?=[(:])/gu, ']\u200d')
  );
}

function neutralise(line: string): string {
  return withoutReferences(
    line
      .replace(HIDDEN_CHARACTERS, '')
      .replace(/&/gu, '&amp;')
      .replace(/</gu, '&lt;')
      .replace(/>/gu, '&gt;')
      // A backtick would open a code span that runs on into the action's own words (its commands).
      .replace(/`/gu, '\\`')
      // A zero-width joiner after `@` keeps the text readable but stops GitHub from mentioning.
      .replace(/@(?=[A-Za-z0-9])/gu, '@\u200d')
      // `{{ref:…}}` is the executor's placeholder for issue numbers: a client must not be able to trigger it.
      .replace(/\{\{/gu, '{\u200d{'),
  );
}

const DAY_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  vi: ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'],
};

/**
 * A date of ours (`thứ Hai, 23/11/2026`, as vietnameseDay writes it) that opens a line, a list item,
 * a table cell or a sentence starts with a capital, as any word there does (`- Thứ Sáu, 04/12/2026: …`,
 * `| Thứ Tư, 16/12/2026 |`); in the middle of a sentence it is `thứ Sáu`. People's words are left as
 * they wrote them: a quoted line (`> `), code, and text in quotation marks are not touched, and only
 * the exact shape of a date the action writes is, so a client's "thứ hai" is never ours to change.
 */
export function capitaliseDayAtStarts(text: string): string {
  if (!text.includes('thứ ')) return text;
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(?:```|~~~)/u.test(line)) fenced = !fenced;
      if (fenced || /^\s*(?:```|~~~|>)/u.test(line)) return line;
      // Code spans and quotations on the line are the writer's: cut around them, capitalise the rest.
      return line
        .split(/(`[^`]*`|“[^”]*”|"[^"]*")/u)
        .map((piece, index) =>
          index % 2 === 1
            ? piece
            : piece.replace(
                /(^|\| |[.!?] )((?:\s*(?:[-*] |\d+\. ))?(?:\*\*)?)thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)(?=, \d{2}\/\d{2}\/\d{4})/gu,
                (_whole, before: string, opening: string, day: string) => `${before}${opening}Thứ ${day}`,
              ),
        )
        .join('');
    })
    .join('\n');
}

const DATE_TIME_FORMAT: Record<Locale, Intl.DateTimeFormatOptions> = {
  en: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  },
  vi: {
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  },
};

/** A calendar date in English (vietnameseDay writes the Vietnamese one from the figures alone). */
const EN_DATE_FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};

/**
 * `Fri, 4 Dec 2026, 18:00 (Vietnam time)` / `18:00 thứ Sáu, 04/12/2026 (giờ Việt Nam)`: the time in
 * the zone, and the zone as a person names it (`GMT+5:45` on that date when it has no common name).
 */
export function formatDateTime(instant: Date, zone: string, locale: Locale): string {
  const text = formatter(
    `${locale} ${zone}`,
    () => ({ ...DATE_TIME_FORMAT[locale], timeZone: zone }),
    locale,
  );
  const shown = locale === 'vi' ? vietnameseDateTime(text, instant) : text.format(instant);
  return `${shown} (${zoneName(zone, instant, locale)})`;
}

/** `December 2026` / `tháng 12/2026` for a month written `YYYY-MM`. */
export function formatMonth(month: string, locale: Locale): string {
  const [year, number] = month.split('-');
  if (locale === 'vi') return `tháng ${Number(number)}/${year}`;
  return new Date(`${month}-01T12:00:00Z`).toLocaleString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** `Fri, 4 Dec 2026`, or in Vietnamese; the date is a calendar date, not an instant. */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  if (locale === 'vi') return vietnameseDay(y ?? 1970, m ?? 1, d ?? 1);
  const instant = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  return formatter(locale, () => ({ ...EN_DATE_FORMAT, timeZone: 'UTC' }), locale).format(instant);
}

/**
 * `13:00 thứ Hai, 23/11/2026`: the time and date in the zone, read from the locale data's figures
 * only (vietnameseDay names the day).
 */
function vietnameseDateTime(format: Intl.DateTimeFormat, instant: Date): string {
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  const day = vietnameseDay(Number(part('year')), Number(part('month')), Number(part('day')));
  // Midnight is 00:00, as the clock on the wall reads it (some locale data writes 24:00).
  return `${part('hour').replace(/^24$/u, '00')}:${part('minute')} ${day}`;
}

/**
 * `thứ Hai, 23/11/2026` / `Chủ nhật, 29/11/2026`: the day named as in the working week
 * (formatWorkingWeek), not as the runtime's locale data spells it ("Thứ Hai" mid-sentence, and
 * differently from one Node release's ICU to the next), and worked out from the date itself, so it
 * is right even where the locale data has no Vietnamese names.
 */
function vietnameseDay(year: number, month: number, day: number): string {
  // getUTCDay: 0 is Sunday; DAY_NAMES starts on Monday.
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${DAY_NAMES.vi[weekday] ?? ''}, ${two(day)}/${two(month)}/${year}`;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a report formats
// hundreds of dates: one formatter per locale (and zone), kept for the process. They hold no state.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(
  key: string,
  options: () => Intl.DateTimeFormatOptions,
  locale: Locale,
): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', options());
    formatters.set(key, found);
  }
  return found;
}

/** English plural for counts in sentences; Vietnamese nouns do not inflect. */
export function plural(count: number, one: string, many: string, locale: Locale): string {
  if (locale === 'vi') return `${count} ${one}`;
  return `${count} ${count === 1 ? one : many}`;
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-z_]+)\}/gu, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * The working week as a client reads it: `08:30–17:30, Monday to Friday` / `08:30–17:30, thứ Hai đến
 * thứ Sáu`; days that do not follow one another are listed (`Monday, Wednesday and Friday`).
 */
export function formatWorkingWeek(
  days: readonly (typeof WEEKDAYS)[number][],
  hours: { readonly start: string; readonly end: string },
  locale: Locale,
): string {
  const names = DAY_NAMES[locale];
  const worked = WEEKDAYS.map((day, index) => (days.includes(day) ? index : -1)).filter((i) => i >= 0);
  const first = worked[0] ?? 0;
  const last = worked[worked.length - 1] ?? 0;
  const consecutive = worked.length >= 3 && last - first === worked.length - 1;
  const [to, and] = locale === 'vi' ? [' đến ', ' và '] : [' to ', ' and '];
  const listed = worked.map((index) => names[index] ?? '');
  const dayText = consecutive
    ? `${names[first]}${to}${names[last]}`
    : listed.length > 1
      ? `${listed.slice(0, -1).join(', ')}${and}${listed[listed.length - 1]}`
      : (listed[0] ?? '');
  return `${hours.start}–${hours.end}, ${dayText}`;
}
