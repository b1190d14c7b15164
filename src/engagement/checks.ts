// Checks that need the whole file or outside knowledge (time zones, holiday countries): the schema
// checks each field alone, these check that the fields make sense together.
import { IANAZone } from 'luxon';
import { isKnownHolidayRegion } from '../calendar/holidays';
import { holidayRules } from '../calendar/holiday-rules';
import { comparableDue, impossibleDateReason } from './dates';
import { checkDueOnClosedDays, checkSkippedTimes } from './due-days';
import { calendarMinutes, type Duration } from './duration';
import type { Problem } from './issues';
import { MAX_LABEL_LENGTH } from './bounds';
import { MESSAGE_KEYS, RETIRED_MESSAGE_KEYS, isMessageKey } from '../messages/catalogue';
import { quoted } from './quote';
import {
  FEEDBACK_TYPES,
  IMPORTANCE_LEVELS,
  PRIORITIES,
  ROOT_CAUSES,
  type Engagement,
  type Milestone,
} from './schema';
import { didYouMean, nearest } from './suggest';
import type { FieldPath } from './yaml-positions';

function error(path: FieldPath, message: string, hint?: string): Problem {
  return { path, message, hint, at: 'value', severity: 'error' };
}

// --- time zone and holidays ----------------------------------------------------------------------

function knownTimeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

function checkTimeZone(engagement: Engagement): Problem[] {
  return timeZoneProblems(engagement.engagement.time_zone, ['engagement', 'time_zone']);
}

/** A time zone written in any file the action reads (the engagement file, the portfolio file). */
export function timeZoneProblems(zone: string, path: FieldPath): Problem[] {
  if (IANAZone.isValidZone(zone)) return [];
  return [
    error(
      path,
      `${quoted(zone)} is not an IANA time zone`,
      didYouMean(zone, knownTimeZones()) ?? 'write a zone name such as `Asia/Ho_Chi_Minh` or `Europe/Berlin`',
    ),
  ];
}

function checkHolidayCountry(engagement: Engagement): Problem[] {
  return holidayCountryProblems(engagement.calendar.holidays, ['calendar', 'holidays']);
}

export function holidayCountryProblems(country: string | null | undefined, path: FieldPath): Problem[] {
  if (country === null || country === undefined) return [];
  const countries = holidayRules().countries();
  if (Object.hasOwn(countries, country)) return [];
  // A subdivision (`DE-BY`) is valid when the calendar knows it: the one question has one owner.
  if (country === country.toUpperCase() && isKnownHolidayRegion(country)) return [];
  const byName = Object.entries(countries).find(
    ([code, name]) => code === country.toUpperCase() || name.toLowerCase() === country.toLowerCase(),
  );
  return [
    error(
      path,
      `\`${country}\` is not a country the holiday data knows`,
      byName
        ? `did you mean \`${byName[0]}\` (${byName[1]})?`
        : 'write a two-letter ISO 3166 country code such as `VN` or `US`, or `null` for no public holidays',
    ),
  ];
}

// --- calendar ----------------------------------------------------------------------------------

function minutesOfDay(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Working hours per day from `work_hours` (9 by default), at least a minute so ratios stay finite. */
export function workHoursPerDay(engagement: Engagement): number {
  const { start, end } = engagement.calendar.work_hours;
  return Math.max(1, minutesOfDay(end) - minutesOfDay(start)) / 60;
}

function checkWorkHours(engagement: Engagement): Problem[] {
  const { start, end } = engagement.calendar.work_hours;
  if (minutesOfDay(end) > minutesOfDay(start)) return [];
  return [
    error(
      ['calendar', 'work_hours', 'end'],
      `\`${end}\` is not after the start of the working day (\`${start}\`)`,
      'write the end of the working day on a 24-hour clock, e.g. `start: 09:00`, `end: 18:00`',
    ),
  ];
}

function dateOf(day: string | { date: string }): string {
  return typeof day === 'string' ? day : day.date;
}

function checkClosedAndOpenDays(engagement: Engagement): Problem[] {
  const closed = new Map(engagement.calendar.closed_days.map((day, index) => [dateOf(day), index]));
  return engagement.calendar.open_days.flatMap((day, index) => {
    const date = dateOf(day);
    const closedIndex = closed.get(date);
    if (closedIndex === undefined) return [];
    return [
      error(
        ['calendar', 'open_days', index],
        `\`${date}\` is both an open day and a closed day (calendar.closed_days[${closedIndex}])`,
        'keep it in one of the two lists',
      ),
    ];
  });
}

// --- contacts --------------------------------------------------------------------------------

function checkPrimaryContacts(engagement: Engagement): Problem[] {
  const client = engagement.contacts.client.primary.handle;
  const vendor = engagement.contacts.vendor.primary.handle;
  if (client.toLowerCase() !== vendor.toLowerCase()) return [];
  return [
    {
      path: ['contacts', 'vendor', 'primary'],
      message: `\`@${vendor}\` is the primary contact of both the client and the vendor`,
      hint: 'reminders and escalations go to each side separately: give each side its own primary contact',
      at: 'value',
      severity: 'warning',
    },
  ];
}

// --- milestones ------------------------------------------------------------------------------

function checkMilestoneIds(engagement: Engagement): Problem[] {
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  engagement.milestones.forEach((milestone, index) => {
    const earlier = firstIndex.get(milestone.id);
    if (earlier === undefined) {
      firstIndex.set(milestone.id, index);
      return;
    }
    problems.push(
      error(
        ['milestones', index, 'id'],
        `\`${milestone.id}\` is already the id of milestones[${earlier}]`,
        'give every milestone its own id',
      ),
    );
  });
  return problems;
}

function checkDependencyIds(engagement: Engagement): Problem[] {
  const ids = [...new Set(engagement.milestones.map((milestone) => milestone.id))];
  const known = new Set(ids);
  return engagement.milestones.flatMap((milestone, index) =>
    milestone.depends_on.flatMap((dependency, dependencyIndex) =>
      known.has(dependency)
        ? []
        : [
            error(
              ['milestones', index, 'depends_on', dependencyIndex],
              `\`${dependency}\` is not the id of a milestone`,
              didYouMean(dependency, ids) ?? `known ids: ${ids.join(', ')}`,
            ),
          ],
    ),
  );
}

/** Every dependency cycle once, each as the ids along it, starting at the milestone written first. */
export function dependencyCycles(milestones: Engagement['milestones']): string[][] {
  // A duplicated id is reported on its own; the cycle search follows the first milestone of that id.
  const order = new Map<string, number>();
  milestones.forEach((milestone, index) => {
    if (!order.has(milestone.id)) order.set(milestone.id, index);
  });
  const edges = new Map(
    [...order].map(([id, index]) => [id, milestones[index]!.depends_on.filter((next) => order.has(next))]),
  );
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'active');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (state.get(next) === 'active') {
        const cycle = stack.slice(stack.indexOf(next));
        const first = cycle.reduce((a, b) => ((order.get(a) ?? 0) <= (order.get(b) ?? 0) ? a : b));
        const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first))];
        const key = rotated.join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(rotated);
        }
      } else if (state.get(next) === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const milestone of milestones) if (!state.has(milestone.id)) visit(milestone.id);
  return cycles;
}

function checkCycles(engagement: Engagement): Problem[] {
  const milestones = engagement.milestones;
  return dependencyCycles(milestones).map((cycle) => {
    const first = cycle[0]!;
    const next = cycle[1] ?? first;
    const index = milestones.findIndex((milestone) => milestone.id === first);
    const dependencyIndex = milestones[index]!.depends_on.indexOf(next);
    return error(
      ['milestones', index, 'depends_on', dependencyIndex],
      `makes a dependency cycle: ${[...cycle, first].join(' → ')}`,
      cycle.length === 1
        ? 'a milestone cannot depend on itself: remove it from its own depends_on'
        : 'a milestone cannot wait, even through others, on itself: remove one of these dependencies',
    );
  });
}

function checkDueAfterDependencies(engagement: Engagement): Problem[] {
  const endOfDay = engagement.calendar.work_hours.end;
  const byId = new Map<string, Milestone>();
  for (const milestone of engagement.milestones)
    if (!byId.has(milestone.id)) byId.set(milestone.id, milestone);
  // In a cycle "before" has no meaning; the cycle is reported instead.
  const inCycle = new Set(dependencyCycles(engagement.milestones).flat());
  const writtenWell = (due: string) => impossibleDateReason(due) === undefined;
  return engagement.milestones.flatMap((milestone, index) => {
    if (!writtenWell(milestone.due) || inCycle.has(milestone.id)) return [];
    const due = comparableDue(milestone.due, endOfDay);
    const earlier = milestone.depends_on
      .map((id) => byId.get(id))
      .filter(
        (dependency): dependency is Milestone => dependency !== undefined && dependency.id !== milestone.id,
      )
      .filter((dependency) => writtenWell(dependency.due) && comparableDue(dependency.due, endOfDay) > due);
    return earlier.map((dependency) => {
      // A date-only dependency falls due at the end of its working day, so that is the earliest sensible date.
      const earliest =
        milestone.due.length > 10 && dependency.due.length === 10
          ? comparableDue(dependency.due, endOfDay)
          : dependency.due;
      return error(
        ['milestones', index, 'due'],
        `\`${milestone.due}\` is before \`${dependency.due}\`, the due date of \`${dependency.id}\`, which it depends on`,
        `move it to \`${earliest}\` or later, or remove \`${dependency.id}\` from its depends_on`,
      );
    });
  });
}

/**
 * A milestone due before the action took over is, to the action, still to be handed over: it would be
 * chased as late, and the milestones after it shifted. Most such milestones were handed over long ago
 * and the file simply does not say so.
 */
function checkHandoversBeforeAdoption(engagement: Engagement): Problem[] {
  const adopted = engagement.engagement.adopted_on;
  if (!adopted) return [];
  return engagement.milestones.flatMap((milestone, index): Problem[] => {
    if (milestone.handed_over_on !== undefined || milestone.due.slice(0, 10) >= adopted) return [];
    return [
      {
        path: ['milestones', index, 'due'],
        message: `\`${milestone.due}\` is before \`engagement.adopted_on\` (\`${adopted}\`) and the file does not say \`${milestone.id}\` was handed over: the action will treat it as late, remind the ${milestone.owner} side about it and shift any milestone that depends on it`,
        hint: `if it was handed over, add \`handed_over_on: YYYY-MM-DD\` to this milestone with the day it was; if it is still outstanding, leave it: the reminders start from a friendly one, and once it is handed over, \`handed_over_on\` quiets this warning`,
        at: 'value',
        severity: 'warning',
      },
    ];
  });
}

// --- feedback --------------------------------------------------------------------------------

function checkTopicIds(engagement: Engagement): Problem[] {
  const seen = new Map<string, number>();
  return engagement.feedback.topics.flatMap((topic, index) => {
    const earlier = seen.get(topic.id);
    if (earlier === undefined) {
      seen.set(topic.id, index);
      return [];
    }
    return [
      error(
        ['feedback', 'topics', index, 'id'],
        `\`${topic.id}\` is already the id of feedback.topics[${earlier}]`,
        'give every topic its own id, or merge their keywords into one topic',
      ),
    ];
  });
}

/**
 * A duration in hours, for comparing two SLAs. Both business: a business day is the configured working
 * hours. Both calendar: wall-clock hours. Mixed: the business one as the least wall-clock time it can
 * take (a business day spans at least 24 hours; a business hour at least an hour, and a full working
 * day of them at least a day), so a mixed pair is flagged only when it is short however it falls.
 */
function slaHours(duration: Duration, other: Duration, hoursPerDay: number): number {
  const isBusiness = (unit: Duration['unit']) => unit === 'business_days' || unit === 'business_hours';
  const wall = calendarMinutes(duration);
  if (wall !== undefined) return wall / 60;
  if (isBusiness(other.unit)) {
    return duration.unit === 'business_days' ? duration.value * hoursPerDay : duration.value;
  }
  if (duration.unit === 'business_days') return duration.value * 24;
  const fullDays = Math.floor(duration.value / hoursPerDay);
  return fullDays * 24 + (duration.value - fullDays * hoursPerDay);
}

function checkSlas(engagement: Engagement): Problem[] {
  const hoursPerDay = workHoursPerDay(engagement);
  const slas = engagement.feedback.sla;
  return (['urgent', 'important', 'not_important'] as const).flatMap((level) => {
    const { first_response: firstResponse, resolution } = slas[level];
    const resolutionHours = slaHours(resolution, firstResponse, hoursPerDay);
    const firstResponseHours = slaHours(firstResponse, resolution, hoursPerDay);
    if (resolutionHours >= firstResponseHours) return [];
    return [
      error(
        ['feedback', 'sla', level, 'resolution'],
        `\`${resolution.text}\` is shorter than the first response time (\`${firstResponse.text}\`)`,
        `feedback is answered before it is resolved: make the resolution time at least \`${firstResponse.text}\``,
      ),
    ];
  });
}

// --- labels ----------------------------------------------------------------------------------

type PrefixKey =
  'topic_prefix' | 'importance_prefix' | 'type_prefix' | 'priority_prefix' | 'root_cause_prefix';

/** What the action writes after each prefix; GitHub refuses the whole label when it passes 50 characters. */
function prefixedValues(engagement: Engagement): Record<PrefixKey, readonly string[]> {
  return {
    topic_prefix: engagement.feedback.topics.map((topic) => topic.id),
    importance_prefix: IMPORTANCE_LEVELS.map((level) => level.replace(/_/gu, ' ')),
    type_prefix: FEEDBACK_TYPES,
    priority_prefix: PRIORITIES,
    root_cause_prefix: ROOT_CAUSES,
  };
}

function checkLabelLengths(engagement: Engagement): Problem[] {
  return Object.entries(prefixedValues(engagement)).flatMap(([key, values]) => {
    const prefix = engagement.labels[key as PrefixKey];
    const longest = values.reduce((a, b) => (b.length > a.length ? b : a), '');
    const label = `${prefix}${longest}`;
    if (label.length <= MAX_LABEL_LENGTH) return [];
    return [
      error(
        ['labels', key],
        `makes the label \`${label}\` ${label.length} characters long; GitHub refuses label names over ${MAX_LABEL_LENGTH}`,
        `shorten the prefix to at most ${MAX_LABEL_LENGTH - longest.length} characters`,
      ),
    ];
  });
}

// --- message overrides ---------------------------------------------------------------------------

/**
 * A key under `messages.<locale>` that the catalogue does not know would be ignored without a word:
 * the team would believe its wording is in use. Point at the key and name the nearest known one.
 */
function checkMessageKeys(engagement: Engagement): Problem[] {
  return Object.entries(engagement.messages).flatMap(([locale, overrides]) =>
    Object.keys(overrides ?? {})
      .filter((key) => !isMessageKey(key))
      .map((key): Problem => {
        const retired = Object.hasOwn(RETIRED_MESSAGE_KEYS, key) ? RETIRED_MESSAGE_KEYS[key] : undefined;
        if (retired !== undefined)
          return {
            path: ['messages', locale, key],
            message: `is no longer used (${retired}), so this wording is never shown`,
            hint: 'delete this entry',
            at: 'key',
            severity: 'warning',
          };
        const suggestion = nearest(key, MESSAGE_KEYS);
        return {
          path: ['messages', locale, key],
          message: 'is not a known message key',
          hint:
            suggestion === undefined
              ? 'every key is listed, with its placeholders, in docs/messages.md'
              : `did you mean \`${suggestion}\`?`,
          at: 'key',
          severity: 'error',
          suggestion,
        };
      }),
  );
}

/**
 * Text of the file is written into the action's own issues and comments. An HTML comment there can
 * carry a marker the action trusts in its own content (a milestone title holding a summary's marker
 * made its tracking issue read as a summary, and every run opened it again), and `{{ref:…}}` is how a
 * plan names an issue it opens: neither belongs in an engagement file.
 */
const HIDDEN_IN_TEXT = /<!--|\{\{(?:ref|num):/u;

function checkHiddenText(sections: Engagement): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: Array<string | number>): void => {
    if (typeof value === 'string') {
      const found = HIDDEN_IN_TEXT.exec(value);
      if (found)
        problems.push({
          path,
          message: `holds \`${found[0]}\`, which the action would write into its issues as its own hidden text`,
          hint: 'remove it: titles, names and descriptions are shown as written',
          at: 'value',
          severity: 'error',
        });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(sections, []);
  return problems;
}

type Section = keyof Engagement;

/** Each check with the sections it reads, so it can run even when another section is broken. */
const CHECKS: ReadonlyArray<readonly [readonly Section[], (engagement: Engagement) => Problem[]]> = [
  [[], checkHiddenText],
  [['engagement'], checkTimeZone],
  [['calendar'], checkHolidayCountry],
  [['calendar'], checkWorkHours],
  [['calendar'], checkClosedAndOpenDays],
  [['contacts'], checkPrimaryContacts],
  [['milestones'], checkMilestoneIds],
  [['milestones'], checkDependencyIds],
  [['milestones'], checkCycles],
  [['milestones', 'calendar'], checkDueAfterDependencies],
  [['milestones', 'engagement'], checkHandoversBeforeAdoption],
  [['milestones', 'engagement'], checkSkippedTimes],
  [['milestones', 'engagement', 'calendar'], checkDueOnClosedDays],
  [['feedback'], checkTopicIds],
  [['feedback', 'calendar'], checkSlas],
  [['feedback', 'labels'], checkLabelLengths],
  [['messages'], checkMessageKeys],
];

/**
 * The checks whose sections passed the schema. A file with a typo in `feedback` still hears about
 * its dependency cycle in the same run: all errors at once, not one round of fixes after another.
 */
export function checkSections(sections: Partial<Engagement>): Problem[] {
  return CHECKS.flatMap(([needs, check]) =>
    needs.every((section) => sections[section] !== undefined) ? check(sections as Engagement) : [],
  );
}

/** Every check beyond the schema, on a file the schema accepted. */
export function checkEngagement(engagement: Engagement): Problem[] {
  return checkSections(engagement);
}
