// Everything one rendering of the summary looks at, worked out once: the week, the instant the
// figures stand at, the words of the locale and the repository's issue search base.
import type { PlanContext } from '../core/context';
import type { FeedbackFacts, MilestoneFacts, MilestoneStatus, PulseFacts } from '../core/facts';
import { internalRepositoryUrl, repositoryUrl } from '../core/snapshot';
import type { Engagement, Locale } from '../engagement/schema';
import { formatDate } from '../messages/format';
import { businessDaysLateAt, computeFigures, milestoneStatusAt, type Figures } from './figures';
import type { RecordNotes } from './ledger';
import type { SummaryFacts } from './types';
import { formatIsoWeek, localDateOf, previousWeek, weekEnd, weekStart, type IsoWeek } from './week';
import { summaryWords, type Words } from './words';
import { engagementTag, vendorPlace, type Place } from '../core/places';

/** How many rows each list may show before it is cut with "and N more". */
export interface Caps {
  readonly milestones: number;
  readonly nextDays: number;
  readonly gantt: number;
  readonly decisions: number;
  readonly events: number;
  readonly kudos: number;
  readonly contradictions: number;
  readonly causeLinks: number;
}

export const FULL_CAPS: Caps = {
  milestones: 60,
  nextDays: 20,
  gantt: 40,
  decisions: 15,
  events: 40,
  kudos: 5,
  contradictions: 10,
  causeLinks: 5,
};

export interface View {
  readonly engagement: Engagement;
  readonly locale: Locale;
  readonly w: Words;
  readonly zone: string;
  readonly week: IsoWeek;
  readonly weekName: string;
  readonly start: Date;
  readonly end: Date;
  /** The figures stand at this instant: now, or the week's end for a week that is over. */
  readonly asOf: Date;
  readonly asOfDate: string;
  readonly now: Date;
  /** `https://github.com/owner/repo`. */
  readonly repoUrl: string;
  /** Where the summary is written: the client repository, or the internal one (core/places.ts). */
  readonly place: Place;
  /**
   * Where the vendor's own issues (escalations) are searched: the client repository, or the internal
   * one with the engagement's tag label, which several engagements may share.
   */
  readonly vendorIssues: { readonly url: string; readonly tag: string | null };
  readonly milestones: readonly MilestoneFacts[];
  readonly feedback: readonly FeedbackFacts[];
  readonly thisWeek: Figures;
  readonly lastWeek: Figures;
  readonly caps: Caps;
  /** The last monthly check-ins, latest first, with the answer recorded by then. */
  readonly pulses: readonly PulseFacts[];
  /** What the records behind the totals to date cannot vouch for. */
  readonly records: RecordNotes;
  /** A milestone's status at `asOf`, late as the deadline rules count it. */
  statusOf(m: MilestoneFacts): MilestoneStatus;
  /** Its business days late at `asOf` (0 when late by less than a business day: say it in words). */
  daysLateOf(m: MilestoneFacts): number;
  date(iso: string): string;
  issueUrl(number: number): string;
}

/** How many monthly check-ins the summary lists: the last quarter is what a review looks at. */
const PULSE_MONTHS = 3;

export const WHOLE_RECORDS: RecordNotes = { keptSince: null, notCountedBefore: null, damaged: [], over: 0 };

export function buildView(
  ctx: PlanContext,
  facts: SummaryFacts,
  week: IsoWeek,
  caps: Caps,
  records: RecordNotes = WHOLE_RECORDS,
): View {
  const zone = ctx.engagement.engagement.time_zone;
  const start = weekStart(week, zone);
  const end = weekEnd(week, zone);
  const now = ctx.now;
  // Lateness is the deadline rules' own (src/calendar/lateness.ts), on the engagement's calendar.
  const calendar = ctx.calendar;
  const asOf = new Date(Math.min(now.getTime(), end.getTime()));
  const previousStart = weekStart(previousWeek(week, zone), zone);
  const lastAsOf = new Date(Math.min(now.getTime(), start.getTime()));
  // Links follow the host the issues live on, so a GitHub Enterprise Server gets its own links.
  const repoUrl = repositoryUrl(ctx.snapshot);
  const milestones = [...facts.milestones].sort(
    (a, b) => a.currentDue.localeCompare(b.currentDue) || a.id.localeCompare(b.id),
  );
  const feedback = [...facts.feedback].sort((a, b) => a.number - b.number);
  return {
    engagement: ctx.engagement,
    locale: ctx.locale,
    w: summaryWords(ctx.engagement, ctx.locale),
    zone,
    week,
    weekName: formatIsoWeek(week),
    start,
    end,
    asOf,
    asOfDate: localDateOf(asOf, zone),
    now,
    repoUrl,
    place: vendorPlace(ctx.snapshot),
    vendorIssues:
      vendorPlace(ctx.snapshot) === 'internal'
        ? { url: internalRepositoryUrl(ctx.snapshot), tag: engagementTag(ctx.snapshot.repository) }
        : { url: repoUrl, tag: null },
    milestones,
    feedback,
    thisWeek: computeFigures(milestones, feedback, { asOf, start, end, factsTime: now, calendar }),
    lastWeek: computeFigures(milestones, feedback, {
      asOf: lastAsOf,
      start: previousStart,
      end: start,
      factsTime: now,
      calendar,
    }),
    caps,
    pulses: facts.pulses.slice(-PULSE_MONTHS).reverse(),
    records,
    statusOf: (m) => milestoneStatusAt(m, asOf, now, calendar),
    daysLateOf: (m) => businessDaysLateAt(m, asOf, now, calendar),
    date: (iso) => formatDate(localDateOf(iso, zone), ctx.locale),
    issueUrl: (number) => feedback.find((f) => f.number === number)?.url ?? `${repoUrl}/issues/${number}`,
  };
}

const DONE: ReadonlySet<MilestoneStatus> = new Set(['done_on_time', 'done_late']);

export function isDone(status: MilestoneStatus): boolean {
  return DONE.has(status);
}

/** Late as the deadline rules count it: overdue now, or handed over late. */
export function isLate(status: MilestoneStatus): boolean {
  return status === 'overdue' || status === 'done_late';
}

/** Which rows to keep when a list is cut: what needs attention first. */
export const STATUS_RELEVANCE: Readonly<Record<MilestoneStatus, number>> = {
  overdue: 0,
  at_risk: 1,
  due_soon: 2,
  upcoming: 3,
  done_late: 4,
  done_on_time: 5,
};
