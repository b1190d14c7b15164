// Due dates and times checked against the engagement's own clock and calendar: a time the clocks skip
// (the spring-forward gap of a DST change) names no moment, so it is refused; a day the calendar closes
// (a weekend day, a public holiday, a day of Tết) is a real date, but rarely meant, so it is warned of,
// with what the action will do about it.
import { IANAZone } from 'luxon';
import { createBusinessCalendar, type BusinessCalendar } from '../calendar';
import { weekdayOf } from '../calendar/dates';
import type { Problem } from './issues';
import type { Engagement } from './schema';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/u;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function clock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

/**
 * The clocks' jump over a written wall time, when the zone skips it (`02:00` → `03:00` on a
 * spring-forward night), or undefined when the zone shows that time.
 */
export function skippedWallTime(text: string, zone: string): { from: string; to: string } | undefined {
  const match = WALL_TIME.exec(text);
  if (!match || !IANAZone.isValidZone(zone)) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const iana = IANAZone.create(zone);
  const before = iana.offset(wall - DAY_MS);
  const after = iana.offset(wall + DAY_MS);
  // Shown by either offset, the time exists (twice, on a fall-back night).
  if (iana.offset(wall - before * 60_000) === before || iana.offset(wall - after * 60_000) === after)
    return undefined;
  if (after <= before) return undefined;
  // The change happens between these two instants: find its minute.
  let low = wall - after * 60_000;
  let high = wall - before * 60_000;
  while (high - low > 60_000) {
    const middle = low + Math.floor((high - low) / 120_000) * 60_000;
    if (iana.offset(middle) === after) high = middle;
    else low = middle;
  }
  return { from: clock(high + before * 60_000), to: clock(high + after * 60_000) };
}

/** A due date-time (or handover time) the engagement's clocks never show is refused at its field. */
export function checkSkippedTimes(engagement: Engagement): Problem[] {
  const zone = engagement.engagement.time_zone;
  return engagement.milestones.flatMap((milestone, index) =>
    (['due', 'handed_over_on'] as const).flatMap((field): Problem[] => {
      const written = milestone[field];
      if (written === undefined) return [];
      const gap = skippedWallTime(written, zone);
      if (!gap) return [];
      const date = written.slice(0, 10);
      return [
        {
          path: ['milestones', index, field],
          message: `\`${written}\` is a time the clocks skip in ${zone}: on ${date} they go forward from ${gap.from} to ${gap.to}`,
          hint: `write a time before ${gap.from} or from ${gap.to} on, e.g. \`${date}T${gap.to}\``,
          at: 'value',
          severity: 'error',
        },
      ];
    }),
  );
}

const WEEKDAY_NAMES = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const;

function calendarOf(engagement: Engagement): BusinessCalendar | undefined {
  try {
    return createBusinessCalendar(engagement.calendar, engagement.engagement.time_zone);
  } catch {
    // An unknown zone or holiday country is reported on its own field.
    return undefined;
  }
}

function whyClosed(engagement: Engagement, calendar: BusinessCalendar, date: string): string | undefined {
  const reason = calendar.closedReason(date);
  if (reason === undefined) return undefined;
  const listed = engagement.calendar.closed_days.some(
    (day) => (typeof day === 'string' ? day : day.date) === date,
  );
  if (listed)
    return reason === 'closed'
      ? 'a day `calendar.closed_days` closes'
      : `${reason}, a day \`calendar.closed_days\` closes`;
  if (reason === 'weekend') return `a ${WEEKDAY_NAMES[weekdayOf(date)]}, not one of \`calendar.work_days\``;
  return `${reason}, a public holiday of \`calendar.holidays\``;
}

/** The nearest working day on each side of a date, within a year; undefined when there is none. */
function workingDayNear(calendar: BusinessCalendar, date: string, step: 1 | -1): string | undefined {
  try {
    return calendar.addBusinessDays(date, step);
  } catch {
    return undefined;
  }
}

/**
 * A milestone due on a day the calendar closes: the date stands as written (it may be what both sides
 * agreed), but the team should know how it is counted. Milestones the file records as handed over are
 * history and are not warned about.
 */
export function checkDueOnClosedDays(engagement: Engagement): Problem[] {
  if (engagement.milestones.every((milestone) => milestone.handed_over_on !== undefined)) return [];
  const calendar = calendarOf(engagement);
  if (!calendar) return [];
  return engagement.milestones.flatMap((milestone, index): Problem[] => {
    if (milestone.handed_over_on !== undefined) return [];
    const date = milestone.due.slice(0, 10);
    const why = whyClosed(engagement, calendar, date);
    if (why === undefined) return [];
    const before = workingDayNear(calendar, date, -1);
    const after = workingDayNear(calendar, date, 1);
    const moves = [
      before === undefined ? undefined : `\`${before}\` (the working day before)`,
      after === undefined ? undefined : `\`${after}\` (the working day after)`,
    ].filter((text) => text !== undefined);
    return [
      {
        path: ['milestones', index, 'due'],
        message:
          `${milestone.due.length > 10 ? `\`${milestone.due}\` is on a day that is not` : `\`${milestone.due}\` is not`} a working day (${why}): ` +
          'the action keeps the date as written, counts the reminders in business days before it (the last ' +
          'on the working day before) and treats the handoff as late only once the next working day has begun',
        hint:
          moves.length > 0
            ? `if the handoff is meant for a working day, move it to ${moves.join(' or ')}; if this date is agreed, leave it`
            : 'if this date is agreed, leave it',
        at: 'value',
        severity: 'warning',
      },
    ];
  });
}
