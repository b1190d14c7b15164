// The limits of an engagement file. Every value inside them can be planned (the calendar walks, the
// fee sums and GitHub's own length limits stay finite); every value outside them is a located error
// in `validate`, never a crash in a run. docs/engagement-file.md lists them: change both together.
import type { Duration, DurationUnit } from './duration';

/** Dates are planned from 2000 to 2099: far enough for any engagement, near enough to walk day by day. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** Business-day offsets (reminders before a due date, steps of the ladder after it): about a working year. */
export const MAX_BUSINESS_DAY_OFFSET = 260;
/** Reminders before one due date. */
export const MAX_REMINDERS_BEFORE = 20;

/** The longest duration of each unit: one year, counted in that unit. */
export const MAX_DURATION: Readonly<Record<DurationUnit, number>> = {
  minutes: 366 * 24 * 60,
  hours: 366 * 24,
  days: 366,
  weeks: 52,
  business_days: 260,
  business_hours: 2_080,
};

const UNIT_NAMES: Readonly<Record<DurationUnit, string>> = {
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  weeks: 'weeks',
  business_days: 'business days',
  business_hours: 'business hours',
};

/** Why a duration is longer than can be planned, or undefined when it is within bounds. */
export function durationTooLong(duration: Duration): string | undefined {
  const max = MAX_DURATION[duration.unit];
  if (duration.value <= max) return undefined;
  return `at most ${max.toLocaleString('en')} ${UNIT_NAMES[duration.unit]} (one year)`;
}

/** GitHub refuses label names longer than 50 characters. */
export const MAX_LABEL_LENGTH = 50;

/** Closed or open days listed in the calendar: decades of public holidays, not every day of years. */
export const MAX_LISTED_DAYS = 1_000;

/** Text fields: a name or title is a line; a description or policy a paragraph or two. */
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 2_000;
export const MAX_ID_LENGTH = 40;
export const MAX_KEYWORD_LENGTH = 100;
/** Message template overrides are whole messages. */
export const MAX_TEMPLATE_LENGTH = 10_000;
/** IANA zone names are at most about 30 characters; holiday regions a few. */
export const MAX_TIME_ZONE_LENGTH = 64;
export const MAX_REGION_LENGTH = 16;

/** Lists: enough for any engagement, few enough for one GitHub issue body to hold what is derived. */
export const MAX_MILESTONES = 300;
export const MAX_DELIVERABLES = 100;
export const MAX_LIST_ITEMS = 50;
export const MAX_KEYWORDS = 500;

/** Money: a fee or cap above this loses precision in sums. */
export const MAX_AMOUNT = 1e12;
