// Every word the portfolio issue writes, looked up in the message catalogue (`portfolio.*` keys in
// src/messages/{en,vi}/portfolio.ts), bound into the shapes the renderer fills.
import type { Locale } from '../engagement/schema';
import type { FailureKind } from '../facts-format';
import { builtInTranslator, counted, type Translate } from '../messages/catalogue';
import { ROW_STATUSES, type RowStatus } from './figures';

/** What a failure's words are given: the count of located errors, the first one's place, the status. */
export interface FailureValues {
  readonly count: number;
  /** `file:line:column` and the field of the first located error, already formatted for the cell. */
  readonly where: { readonly at: string; readonly path: string } | null;
  readonly status: number | null;
  /** Where GitHub refused the run's writes (`write_permission`), as inline code for the cell. */
  readonly repository: string | null;
}

export interface PortfolioWords {
  readonly defaultTitle: string;
  readonly intro: (week: string, asOf: string, engagements: number) => string;
  readonly status: Readonly<Record<RowStatus, string>>;
  readonly countsLine: (parts: readonly string[]) => string;
  readonly count: (count: number, status: string) => string;
  readonly furthestBehind: string;
  readonly noneBehind: string;
  readonly behindItem: (engagement: string, milestone: string, days: number, side: string) => string;
  readonly more: (count: number) => string;
  readonly breachesThisWeek: (total: number, items: readonly string[]) => string;
  readonly breachItem: (engagement: string, count: number) => string;
  readonly noBreaches: string;
  readonly lowestSatisfaction: (engagement: string, average: string, count: number) => string;
  readonly noRatings: string;
  readonly side: Readonly<Record<'client' | 'vendor', string>>;
  readonly rowsHeading: string;
  readonly columns: readonly string[];
  readonly next: (milestone: string, due: string, side: string) => string;
  readonly lateCell: (now: number, doneLate: number) => string;
  readonly failedCell: (reason: string) => string;
  readonly failure: Readonly<Record<FailureKind | 'no_facts', (v: FailureValues) => string>>;
  /** A failure from a facts file written before runs gave a code: only its English line exists. */
  readonly unknownFailure: (reason: string, v: FailureValues) => string;
  readonly none: string;
  readonly acrossHeading: (weeks: number) => string;
  readonly causesHeading: string;
  readonly causeColumns: readonly string[];
  readonly causeUnrecorded: string;
  readonly noLate: string;
  readonly topicsHeading: string;
  readonly topicColumns: readonly string[];
  readonly noNegative: string;
  readonly clientsHeading: string;
  readonly clientColumns: readonly string[];
  readonly noSlips: string;
  readonly managersHeading: string;
  readonly teamsHeading: string;
  readonly groupColumns: (what: 'manager' | 'team') => readonly string[];
  readonly loadHeading: (days: number, until: string) => string;
  readonly loadColumns: readonly string[];
  readonly noLoad: string;
  readonly loadItem: (engagement: string, milestone: string, due: string, pastDue: boolean) => string;
  readonly chartsHeading: string;
  readonly chartStatus: string;
  readonly chartBreaches: string;
  readonly strays: (files: string) => string;
  readonly footer: string;
  readonly closing: (nextWeek: string, link: string) => string;
  readonly duplicate: (week: string, kept: string) => string;
}

function wordsFrom(t: Translate): PortfolioWords {
  const where = (key: 'portfolio.failure.first_at' | 'portfolio.failure.at', v: FailureValues): string =>
    v.where ? t(key, { at: v.where.at, path: v.where.path }) : '';
  const status = (v: FailureValues): string =>
    v.status === null ? '' : t('portfolio.failure.status', { status: v.status });
  const failure: PortfolioWords['failure'] = {
    inputs: (v) => counted(t, 'portfolio.failure.inputs', v.count),
    no_engagement_file: () => t('portfolio.failure.no_engagement_file'),
    engagement_file: (v) =>
      counted(t, 'portfolio.failure.engagement_file', v.count, {
        where: where('portfolio.failure.first_at', v),
      }),
    unplannable: (v) => t('portfolio.failure.unplannable', { where: where('portfolio.failure.at', v) }),
    rate_limit: () => t('portfolio.failure.rate_limit'),
    token: () => t('portfolio.failure.token'),
    permission: (v) => t('portfolio.failure.permission', { status: status(v) }),
    write_permission: (v) =>
      t('portfolio.failure.write_permission', { status: status(v), repository: v.repository ?? '' }),
    not_found: () => t('portfolio.failure.not_found'),
    github: (v) => t('portfolio.failure.github', { status: status(v) }),
    no_answer: () => t('portfolio.failure.no_answer'),
    internal: () => t('portfolio.failure.internal'),
    no_facts: () => t('portfolio.failure.no_facts'),
  };
  return {
    defaultTitle: t('portfolio.default_title'),
    intro: (week, asOf, n) => counted(t, 'portfolio.intro', n, { week, as_of: asOf }),
    status: Object.fromEntries(ROW_STATUSES.map((s) => [s, t(`portfolio.status.${s}`)])) as Record<
      RowStatus,
      string
    >,
    countsLine: (parts) => t('portfolio.counts', { counts: parts.join(' · ') }),
    count: (count, what) => t('portfolio.count', { count, status: what }),
    furthestBehind: t('portfolio.behind.heading'),
    noneBehind: t('portfolio.behind.none'),
    // Late by less than a business day (after a due time, on the due day) is said so, never "0 days".
    behindItem: (engagement, milestone, days, side) =>
      days === 0
        ? t('portfolio.behind.item_under_a_day', { engagement, milestone, side })
        : counted(t, 'portfolio.behind.item', days, { engagement, milestone, side }),
    more: (count) => t('portfolio.more', { count }),
    breachesThisWeek: (total, items) => t('portfolio.breaches.some', { total, list: items.join(', ') }),
    breachItem: (engagement, count) => t('portfolio.breaches.item', { engagement, count }),
    noBreaches: t('portfolio.breaches.none'),
    lowestSatisfaction: (engagement, average, count) =>
      counted(t, 'portfolio.lowest', count, { engagement, average }),
    noRatings: t('portfolio.lowest.none'),
    side: { client: t('portfolio.side.client'), vendor: t('portfolio.side.vendor') },
    rowsHeading: t('portfolio.rows.heading'),
    columns: [
      t('portfolio.column.engagement'),
      t('portfolio.column.status'),
      t('portfolio.column.next'),
      t('portfolio.column.late'),
      t('portfolio.column.open_feedback'),
      t('portfolio.column.sla'),
      t('portfolio.column.rating'),
      t('portfolio.column.summary'),
    ],
    next: (milestone, due, side) => t('portfolio.next', { milestone, due, side }),
    lateCell: (now, doneLate) => t('portfolio.late_cell', { now, done_late: doneLate }),
    failedCell: (why) => t('portfolio.failed_cell', { why }),
    failure,
    unknownFailure: (reason, v) =>
      t('portfolio.failure.unknown', { reason, where: where('portfolio.failure.at', v) }),
    none: t('portfolio.none'),
    acrossHeading: (weeks) => t('portfolio.across.heading', { weeks }),
    causesHeading: t('portfolio.causes.heading'),
    causeColumns: [t('portfolio.causes.column.cause'), t('portfolio.causes.column.count')],
    causeUnrecorded: t('portfolio.causes.unrecorded'),
    noLate: t('portfolio.causes.none'),
    topicsHeading: t('portfolio.topics.heading'),
    topicColumns: [t('portfolio.topics.column.topic'), t('portfolio.topics.column.count')],
    noNegative: t('portfolio.topics.none'),
    clientsHeading: t('portfolio.clients.heading'),
    clientColumns: [
      t('portfolio.clients.column.client'),
      t('portfolio.clients.column.late'),
      t('portfolio.clients.column.days'),
    ],
    noSlips: t('portfolio.clients.none'),
    managersHeading: t('portfolio.managers.heading'),
    teamsHeading: t('portfolio.teams.heading'),
    groupColumns: (what) => [
      t(what === 'manager' ? 'portfolio.group.column.manager' : 'portfolio.group.column.team'),
      t('portfolio.group.column.engagements'),
      t('portfolio.group.column.on_time'),
      t('portfolio.group.column.first_response'),
      t('portfolio.group.column.resolution'),
    ],
    loadHeading: (days, until) => t('portfolio.load.heading', { days, until }),
    loadColumns: [
      t('portfolio.load.column.person'),
      t('portfolio.load.column.count'),
      t('portfolio.load.column.due'),
    ],
    noLoad: t('portfolio.load.none'),
    loadItem: (engagement, milestone, due, pastDue) =>
      t('portfolio.load.item', {
        engagement,
        milestone,
        due: pastDue ? t('portfolio.load.past_due', { due }) : due,
      }),
    chartsHeading: t('portfolio.charts.heading'),
    chartStatus: t('portfolio.chart.status'),
    chartBreaches: t('portfolio.chart.breaches'),
    strays: (files) => t('portfolio.strays', { files }),
    footer: t('portfolio.footer'),
    closing: (nextWeek, link) => t('portfolio.closing', { next_week: nextWeek, link }),
    duplicate: (week, kept) => t('portfolio.duplicate', { week, kept }),
  };
}

const cache = new Map<Locale, PortfolioWords>();

/** The portfolio issue's words in a locale (built once per locale: they never change in a process). */
export function portfolioWords(locale: Locale): PortfolioWords {
  let words = cache.get(locale);
  if (!words) {
    words = wordsFrom(builtInTranslator(locale));
    cache.set(locale, words);
  }
  return words;
}
