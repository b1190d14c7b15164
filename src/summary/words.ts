// The summary's words, as its renderers ask for them. Every text comes from the one message catalogue
// (`weekly.*` keys in src/messages), so the engagement file's `messages:` section overrides it like any
// other message; this file only chooses between forms (one or many, which change) and fills them.
import type { Engagement, FeedbackType, Locale, RootCause, Side } from '../engagement/schema';
import {
  DEADLINE_EVENT_KINDS,
  EXTENSION_OUTCOMES,
  MILESTONE_STATUSES,
  type DeadlineEventKind,
  type ExtensionOutcome,
  type MilestoneStatus,
} from '../core/facts';
import { builtInTranslator, counted, translator, type Translate } from '../messages/catalogue';
import { FEEDBACK_TYPES, ROOT_CAUSES, SIDES } from '../engagement/schema';

/** The two agreed times of a piece of feedback. */
export type SlaKind = 'first_response' | 'resolution';

export interface Words {
  readonly defaultTitle: string;
  readonly weekRange: (week: string, first: string, last: string, zone: string) => string;
  readonly onTrack: string;
  readonly atRisk: string;
  readonly late: string;
  readonly reasonNoMilestones: string;
  readonly reasonAllClear: (next: string | null) => string;
  readonly reasonLate: (count: number, worst: string, days: number, owner: string) => string;
  readonly reasonAtRisk: (milestones: number, breaches: number, first: string | null) => string;
  readonly decisionsHeading: string;
  readonly noDecisions: string;
  readonly escalationOpen: (milestone: string, link: string, days: number) => string;
  /** The words of the link to a proposal still waiting for an answer (never "agreement recorded"). */
  readonly proposalLink: string;
  readonly agreementWaiting: (
    side: string,
    kind: 'extend' | 'rescope' | 'undo',
    milestone: string,
    summary: string,
    by: string,
    on: string,
    link: string,
  ) => string;
  /** `which`: every SLA of the feedback that is broken, first response first. */
  readonly slaBreach: (link: string, which: readonly SlaKind[], priority: string) => string;
  readonly milestonesHeading: string;
  readonly noMilestones: string;
  readonly milestoneColumns: readonly string[];
  readonly projected: (date: string) => string;
  readonly relatedFeedback: (links: string) => string;
  readonly status: Readonly<Record<MilestoneStatus, string>>;
  readonly side: Readonly<Record<Side, string>>;
  /** The side inside a sentence ("waiting for the client"). */
  readonly sideInText: Readonly<Record<Side, string>>;
  readonly nextDaysHeading: string;
  readonly nothingNextDays: string;
  readonly nextItem: (date: string, milestone: string, owner: string, done: number, total: number) => string;
  readonly missing: (items: string) => string;
  readonly chartHeading: string;
  readonly chartTitle: string;
  readonly baselineSuffix: string;
  readonly deadlinesHeading: string;
  readonly noDeadlineEvents: string;
  readonly event: Readonly<Record<DeadlineEventKind, string>>;
  readonly eventItem: (date: string, milestone: string, what: string) => string;
  readonly eventOne: Readonly<Record<DeadlineEventKind, string>>;
  readonly feedbackHeading: string;
  readonly noFeedback: string;
  readonly feedbackCounts: (received: number, resolved: number, open: number) => string;
  readonly byTopic: string;
  readonly byType: string;
  readonly byPriority: string;
  readonly countColumns: (first: string) => readonly string[];
  readonly topicColumn: string;
  readonly typeColumn: string;
  readonly priorityColumn: string;
  readonly type: Readonly<Record<FeedbackType, string>>;
  readonly openByAge: string;
  readonly ageColumns: readonly string[];
  readonly ageBuckets: readonly string[];
  readonly responseTimes: string;
  readonly responseColumns: readonly string[];
  readonly firstResponse: string;
  readonly resolution: string;
  readonly elapsedNote: string;
  readonly slaCompliance: (which: string, rate: string, met: number, decided: number) => string;
  readonly slaNone: (which: string) => string;
  readonly rating: (average: string, count: number) => string;
  readonly noRating: string;
  /** What the records of older feedback cannot vouch for (docs/summary.md, "Records of older feedback"). */
  readonly recordsNotCounted: (date: string) => string;
  readonly recordsDamaged: (count: number, weeks: string) => string;
  readonly recordsOver: (count: number) => string;
  readonly pieTitle: string;
  readonly kudosHeading: string;
  readonly kudosFrom: (link: string) => string;
  readonly contradictionsHeading: string;
  readonly contradiction: (link: string, others: string) => string;
  readonly learningHeading: string;
  readonly learningColumns: readonly string[];
  readonly figure: {
    readonly onTimeRate: string;
    readonly averageDelay: string;
    readonly newFeedback: string;
    readonly resolvedFeedback: string;
    readonly openFeedback: string;
    readonly medianFirstResponse: string;
    readonly firstResponseSla: string;
    readonly averageRating: string;
    readonly handoffRating: string;
  };
  readonly rateOf: (rate: string, part: number, whole: number) => string;
  readonly businessDays: (days: string) => string;
  /**
   * How late a handoff is (or late handoffs are, on average): late by less than a business day is said
   * in words, as the deadline rules say it (`late.less_than_a_day`), never "0 business days".
   */
  readonly daysLate: (days: number) => string;
  readonly points: string;
  readonly noChange: string;
  readonly rootCausesHeading: string;
  readonly noLateHandoffs: string;
  readonly lateWithoutCause: (count: number) => string;
  readonly rootCause: Readonly<Record<RootCause, string>>;
  readonly feedbackRootCausesHeading: string;
  readonly extensionsHeading: string;
  readonly extensionsTotal: (agreed: number, met: number, slipped: number, open: number) => string;
  readonly pulseHeading: string;
  readonly pulseItem: (month: string, rating: number, by: string, words: string) => string;
  readonly pulseWaiting: (month: string) => string;
  readonly extensionItem: (
    milestone: string,
    from: string,
    to: string,
    agreedOn: string,
    outcome: string,
  ) => string;
  readonly extensionOutcome: Readonly<Record<ExtensionOutcome, string>>;
  readonly andMore: (count: number, link: string) => string;
  readonly chartMore: (count: number) => string;
  readonly footer: (week: string) => string;
  readonly duration: (minutes: number) => string;
  readonly closing: (nextWeek: string, link: string) => string;
  readonly duplicate: (week: string, kept: string) => string;
}

/** A table keyed on a vocabulary, each entry spelt from its own key. */
function keyedOn<K extends string>(
  keys: readonly K[],
  word: (key: K) => string,
): Readonly<Record<K, string>> {
  return Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>;
}

/** The summary's words in one locale, with the engagement file's overrides. */
export function summaryWords(engagement: Pick<Engagement, 'messages'>, locale: Locale): Words {
  return wordsFrom(translator(engagement, locale));
}

/** The built-in words, for reports without an engagement file (the portfolio). */
export function builtInWords(locale: Locale): Words {
  return wordsFrom(builtInTranslator(locale));
}

function wordsFrom(t: Translate): Words {
  const businessDays = (days: number | string) => counted(t, 'weekly.business_days', days);
  return {
    defaultTitle: t('weekly.default_title'),
    weekRange: (week, first, last, zone) => t('weekly.week_range', { week, first, last, zone }),
    onTrack: t('weekly.health.on_track'),
    atRisk: t('weekly.health.at_risk'),
    late: t('weekly.health.late'),
    reasonNoMilestones: t('weekly.reason.no_milestones'),
    reasonAllClear: (next) =>
      next ? t('weekly.reason.all_clear_next', { next }) : t('weekly.reason.all_clear'),
    reasonLate: (count, worst, days, owner) =>
      t('weekly.reason.late', {
        handoffs: counted(t, 'weekly.count.handoffs', count),
        worst,
        owner,
        days_late: daysLateWords(t, days),
      }),
    reasonAtRisk: (milestones, breaches, first) => {
      const parts: string[] = [];
      if (milestones > 0)
        parts.push(
          t('weekly.reason.at_risk_handoffs', {
            handoffs: counted(t, 'weekly.count.handoffs', milestones),
            first: first ? t('weekly.reason.at_risk_first', { milestone: first }) : '',
          }),
        );
      if (breaches > 0)
        parts.push(
          t('weekly.reason.past_response_time', {
            feedback_issues: counted(t, 'weekly.count.feedback_issues', breaches),
          }),
        );
      return `${parts.join('; ')}.`;
    },
    decisionsHeading: t('weekly.decisions.heading'),
    noDecisions: t('weekly.decisions.none'),
    escalationOpen: (milestone, link, days) =>
      t('weekly.decisions.escalation_open', { milestone, link, days_late: daysLateWords(t, days) }),
    proposalLink: t('weekly.decisions.proposal_link'),
    agreementWaiting: (side, kind, milestone, summary, by, on, link) =>
      t('weekly.decisions.agreement_waiting', {
        side,
        change: t(`weekly.decisions.change.${kind}`),
        milestone,
        summary,
        by,
        on,
        link,
      }),
    slaBreach: (link, which, priority) =>
      counted(t, 'weekly.decisions.sla_breach', which.length, {
        link,
        priority,
        which: which
          .map((kind) => t('weekly.decisions.sla_breach.item', { sla: t(`weekly.sla.${kind}`) }))
          .join(t('weekly.decisions.sla_breach.and')),
      }),
    milestonesHeading: t('weekly.milestones.heading'),
    noMilestones: t('weekly.milestones.none'),
    milestoneColumns: [
      t('weekly.milestones.column.milestone'),
      t('weekly.milestones.column.owner'),
      t('weekly.milestones.column.baseline'),
      t('weekly.milestones.column.current'),
      t('weekly.milestones.column.status'),
      t('weekly.milestones.column.days_late'),
      t('weekly.milestones.column.deliverables'),
    ],
    projected: (date) => t('weekly.milestones.projected', { date }),
    relatedFeedback: (links) => t('weekly.milestones.related_feedback', { links }),
    status: keyedOn(MILESTONE_STATUSES, (status) => t(`weekly.status.${status}`)),
    side: keyedOn(SIDES, (side) => t(`weekly.side.${side}`)),
    sideInText: keyedOn(SIDES, (side) => t(`weekly.side_in_text.${side}`)),
    nextDaysHeading: t('weekly.next_days.heading'),
    nothingNextDays: t('weekly.next_days.none'),
    nextItem: (date, milestone, owner, done, total) =>
      t('weekly.next_days.item', { date, milestone, owner, done, total }),
    missing: (items) => t('weekly.next_days.missing', { items }),
    chartHeading: t('weekly.chart.heading'),
    chartTitle: t('weekly.chart.title'),
    baselineSuffix: t('weekly.chart.baseline_suffix'),
    deadlinesHeading: t('weekly.deadlines.heading'),
    noDeadlineEvents: t('weekly.deadlines.none'),
    event: keyedOn(DEADLINE_EVENT_KINDS, (kind) => t(`weekly.event.${kind}`)),
    eventItem: (date, milestone, what) => t('weekly.deadlines.item', { date, milestone, what }),
    eventOne: keyedOn(DEADLINE_EVENT_KINDS, (kind) => t(`weekly.event_one.${kind}`)),
    feedbackHeading: t('weekly.feedback.heading'),
    noFeedback: t('weekly.feedback.none'),
    feedbackCounts: (received, resolved, open) => t('weekly.feedback.counts', { received, resolved, open }),
    byTopic: t('weekly.feedback.by_topic'),
    byType: t('weekly.feedback.by_type'),
    byPriority: t('weekly.feedback.by_priority'),
    countColumns: (first) => [
      first,
      t('weekly.feedback.column.new'),
      t('weekly.feedback.column.resolved'),
      t('weekly.feedback.column.open'),
    ],
    topicColumn: t('weekly.feedback.column.topic'),
    typeColumn: t('weekly.feedback.column.type'),
    priorityColumn: t('weekly.feedback.column.priority'),
    type: keyedOn(FEEDBACK_TYPES, (type) => t(`weekly.type.${type}`)),
    openByAge: t('weekly.feedback.open_by_age'),
    ageColumns: [t('weekly.feedback.column.age'), t('weekly.feedback.column.open_now')],
    ageBuckets: [
      t('weekly.age.under_a_day'),
      t('weekly.age.one_to_three_days'),
      t('weekly.age.three_to_seven_days'),
      t('weekly.age.one_to_four_weeks'),
      t('weekly.age.over_four_weeks'),
    ],
    responseTimes: t('weekly.response.heading'),
    responseColumns: [
      '',
      t('weekly.response.column.median'),
      t('weekly.response.column.p90'),
      t('weekly.response.column.issues'),
    ],
    firstResponse: t('weekly.response.first_response'),
    resolution: t('weekly.response.resolution'),
    elapsedNote: t('weekly.response.elapsed_note'),
    slaCompliance: (which, rate, met, decided) => t('weekly.response.sla_met', { which, rate, met, decided }),
    slaNone: (which) => t('weekly.response.sla_none', { which }),
    rating: (average, count) =>
      t('weekly.rating.average', { average, ratings: counted(t, 'weekly.count.ratings', count) }),
    noRating: t('weekly.rating.none'),
    recordsNotCounted: (date) => t('weekly.records.not_counted', { date }),
    recordsDamaged: (count, weeks) => counted(t, 'weekly.records.damaged', count, { weeks }),
    recordsOver: (count) => counted(t, 'weekly.records.over', count),
    pieTitle: t('weekly.feedback.pie_title'),
    kudosHeading: t('weekly.kudos.heading'),
    kudosFrom: (link) => t('weekly.kudos.from', { link }),
    contradictionsHeading: t('weekly.contradictions.heading'),
    contradiction: (link, others) => t('weekly.contradictions.item', { link, others }),
    learningHeading: t('weekly.learning.heading'),
    learningColumns: [
      t('weekly.learning.column.figure'),
      t('weekly.learning.column.this_week'),
      t('weekly.learning.column.last_week'),
      t('weekly.learning.column.change'),
    ],
    figure: {
      onTimeRate: t('weekly.figure.on_time_rate'),
      averageDelay: t('weekly.figure.average_delay'),
      newFeedback: t('weekly.figure.new_feedback'),
      resolvedFeedback: t('weekly.figure.resolved_feedback'),
      openFeedback: t('weekly.figure.open_feedback'),
      medianFirstResponse: t('weekly.figure.median_first_response'),
      firstResponseSla: t('weekly.figure.first_response_sla'),
      averageRating: t('weekly.figure.average_rating'),
      handoffRating: t('weekly.figure.handoff_rating'),
    },
    rateOf: (rate, part, whole) => t('weekly.learning.rate_of', { rate, part, whole }),
    businessDays,
    daysLate: (days) => daysLateWords(t, days),
    points: t('weekly.learning.points'),
    noChange: t('weekly.learning.no_change'),
    rootCausesHeading: t('weekly.root_causes.heading'),
    noLateHandoffs: t('weekly.root_causes.none'),
    lateWithoutCause: (count) => counted(t, 'weekly.root_causes.missing', count),
    rootCause: keyedOn(ROOT_CAUSES, (cause) => t(`weekly.root_cause.${cause}`)),
    feedbackRootCausesHeading: t('weekly.root_causes.feedback_heading'),
    extensionsHeading: t('weekly.extensions.heading'),
    pulseHeading: t('weekly.pulse.heading'),
    pulseItem: (month, rating, by, words) =>
      t('weekly.pulse.item', {
        month,
        rating,
        by,
        words: words ? t('weekly.pulse.item_words', { words }) : '',
      }),
    pulseWaiting: (month) => t('weekly.pulse.waiting', { month }),
    extensionsTotal: (agreed, met, slipped, open) =>
      t('weekly.extensions.total', { agreed, met, slipped, open }),
    extensionItem: (milestone, from, to, agreedOn, outcome) =>
      t('weekly.extensions.item', { milestone, from, to, agreed_on: agreedOn, outcome }),
    extensionOutcome: keyedOn(EXTENSION_OUTCOMES, (outcome) => t(`weekly.extension_outcome.${outcome}`)),
    andMore: (count, link) => t('weekly.and_more', { count, link }),
    chartMore: (count) => t('weekly.chart.more', { count }),
    footer: (week) => t('weekly.footer', { week }),
    duration: (minutes) =>
      formatDuration(minutes, {
        day: t('weekly.duration.day'),
        hour: t('weekly.duration.hour'),
        minute: t('weekly.duration.minute'),
      }),
    closing: (nextWeek, link) => t('weekly.closing', { next_week: nextWeek, link }),
    duplicate: (week, kept) => t('weekly.duplicate', { week, kept }),
  };
}

/**
 * Business days late in words, to one decimal (an average may have one): under a tenth of a day, that
 * is 0 as the deadline rules count it, reads "less than a business day" — the deadline messages'
 * own words (src/deadlines/render.ts), so the summary and the bot's comments say it alike.
 */
export function daysLateWords(t: Translate, days: number): string {
  const rounded = Math.round(days * 10) / 10;
  if (rounded <= 0) return t('late.less_than_a_day');
  return counted(t, 'weekly.business_days', String(rounded));
}

function formatDuration(minutes: number, unit: { day: string; hour: string; minute: string }): string {
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const sep = ' ';
  if (days > 0) return hours > 0 ? `${days}${unit.day}${sep}${hours}${unit.hour}` : `${days}${unit.day}`;
  if (hours > 0) return mins > 0 ? `${hours}${unit.hour}${sep}${mins}${unit.minute}` : `${hours}${unit.hour}`;
  return `${mins}${unit.minute}`;
}
