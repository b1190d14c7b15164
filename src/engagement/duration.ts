// Durations are written the way people write them: `24h`, `2d`, `90 minutes`, `3 business days`,
// `16 business hours`, `1w`, and the Vietnamese `3 ngày làm việc`. Calendar units count wall-clock
// time; business units count only the engagement's working time.

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks' | 'business_days' | 'business_hours';

export interface Duration {
  readonly value: number;
  readonly unit: DurationUnit;
  /** The text as written, for messages and error reports. */
  readonly text: string;
}

const UNIT_WORDS: ReadonlyArray<readonly [RegExp, DurationUnit]> = [
  [/^(?:business|working|work)[ _-]?(?:days?|d)$|^bd$|^ngày làm việc$/u, 'business_days'],
  [/^(?:business|working|work)[ _-]?(?:hours?|h)$|^bh$|^giờ làm việc$/u, 'business_hours'],
  [/^(?:m|min|mins|minutes?|phút)$/u, 'minutes'],
  [/^(?:h|hr|hrs|hours?|giờ)$/u, 'hours'],
  [/^(?:d|days?|ngày)$/u, 'days'],
  [/^(?:w|wk|weeks?|tuần)$/u, 'weeks'],
];

export const DURATION_EXAMPLES = '`24h`, `2d`, `90 minutes`, `3 business days`, `16 business hours`, `1w`';

/** Parses a human duration; returns undefined when the text is not one. */
export function parseDuration(text: string): Duration | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([\p{L} _-]+?)\s*$/u.exec(text.normalize('NFC').toLowerCase());
  if (!match) return undefined;
  const value = Number(match[1]);
  const word = (match[2] ?? '').trim().replace(/\s+/gu, ' ');
  if (!Number.isFinite(value) || value < 0) return undefined;
  for (const [pattern, unit] of UNIT_WORDS) {
    if (pattern.test(word)) {
      if ((unit === 'business_days' || unit === 'days' || unit === 'weeks') && !Number.isInteger(value)) {
        return undefined;
      }
      return { value, unit, text: text.trim() };
    }
  }
  return undefined;
}

/** Minutes of wall-clock time for calendar units; undefined for business units. */
export function calendarMinutes(duration: Duration): number | undefined {
  switch (duration.unit) {
    case 'minutes':
      return duration.value;
    case 'hours':
      return duration.value * 60;
    case 'days':
      return duration.value * 24 * 60;
    case 'weeks':
      return duration.value * 7 * 24 * 60;
    default:
      return undefined;
  }
}
