// Dates as written in the engagement file (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`), checked against the real
// calendar: the regex accepts `2026-02-30` and `24:00`, the calendar does not.

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps it free of any local zone.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface Impossibility {
  readonly reason: string;
  readonly hint?: string;
}

/** Why a `YYYY-MM-DD` is not a day of the calendar, or undefined when it is one. */
export function impossibleDateReason(text: string): Impossibility | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12)
    return { reason: `there is no month ${match[2]}`, hint: 'months run from 01 to 12' };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { reason: `${MONTH_NAMES[month - 1]} ${year} has ${last} days` };
  }
  return undefined;
}

/** Why the time of a `YYYY-MM-DDTHH:MM[:SS]` is not a time of day, or undefined. */
export function impossibleTimeReason(text: string): Impossibility | undefined {
  const match = /[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? 0 : Number(match[3]);
  if (hour > 23) {
    return hour === 24 && minute === 0
      ? { reason: 'there is no hour 24', hint: 'write `23:59`, or `00:00` of the next day' }
      : { reason: `there is no hour ${match[1]}`, hint: 'hours run from 00 to 23' };
  }
  if (minute > 59 || second > 59)
    return { reason: 'there is no such minute', hint: 'minutes run from 00 to 59' };
  return undefined;
}

/** `2026-12-04` → `2026-12-04T<endOfDay>`; `2026-12-04 15:00:00` → `2026-12-04T15:00`: comparable as text. */
export function comparableDue(due: string, endOfDay: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return `${due}T${endOfDay}`;
  return due.replace(' ', 'T').slice(0, 16);
}
