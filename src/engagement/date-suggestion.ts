// A date written the way people write dates ("03/12/2026", "3.12.2026", "2026-12-4") turned into the
// `YYYY-MM-DD` the file needs, so an error can show the line to write instead of only the rule. When
// both readings are real dates (day first, as in Vietnam and most of Europe, or month first, as in
// the US), both are offered, day first, and the person picks: the action never guesses a deadline.

import { FIRST_YEAR, LAST_YEAR } from './bounds';
import { impossibleDateReason, MONTH_NAMES } from './dates';

function isoIfReal(year: number, month: number, day: number): string | undefined {
  // Only years the file accepts: a suggestion the next check refuses helps nobody.
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // The file's own calendar check: a reading that is not a day of the calendar is not offered.
  return impossibleDateReason(iso) === undefined ? iso : undefined;
}

const spelled = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`;
};

/**
 * What to write instead of `text`, e.g. "`2026-12-03` (3 December 2026) or `2026-03-12` (12 March
 * 2026)"; a time after the date ("03/12/2026 15:00") is kept as `T15:00`. Undefined when `text` does
 * not read as a date with a four-digit year in the years the file accepts.
 */
export function suggestIsoDate(text: string): string | undefined {
  const written = /^(.*?)(?:[ T]+(\d{1,2}):(\d{2}))?$/u.exec(text.trim());
  const datePart = written?.[1] ?? '';
  const hour = written?.[2];
  const time = hour !== undefined && Number(hour) < 24 ? `T${hour.padStart(2, '0')}:${written?.[3]}` : '';
  if (hour !== undefined && time === '') return undefined;
  const shown = (iso: string): string => `\`${iso}${time}\` (${spelled(iso)})`;
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(datePart);
  if (yearFirst) {
    const iso = isoIfReal(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return iso ? shown(iso) : undefined;
  }
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/u.exec(datePart);
  if (!yearLast) return undefined;
  const [first, second, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
  const readings = [isoIfReal(year, second, first), isoIfReal(year, first, second)].filter(
    (iso): iso is string => iso !== undefined,
  );
  const distinct = [...new Set(readings)];
  return distinct.length > 0 ? distinct.map(shown).join(' or ') : undefined;
}
