// The portfolio issue as markdown: pure in (portfolio, rows, now, week), so a rerun with the same facts
// writes the same text and the issue is edited only when a figure changed.
import { DEFAULT_TOPICS, type Locale } from '../engagement/schema';
import type { OkFacts } from '../facts-format';
import { capitaliseDayAtStarts, fillTemplate, formatDate } from '../messages/format';
import { decimal, link, percent, safeText, table } from '../summary/markdown';
import { fence, pieChart } from '../summary/mermaid';
import type { RenderedSummary } from '../summary/types';
import { formatIsoWeek, localDateOf, weekEnd, type IsoWeek } from '../summary/week';
import { builtInWords, type Words } from '../summary/words';
import { barChart } from './charts';
import {
  ROW_STATUSES,
  computePortfolioFigures,
  nextHandoff,
  statusOf,
  type GroupFigures,
  type Handoff,
  type PortfolioFigures,
} from './figures';
import type { PortfolioRow, RowFailure } from './rows';
import type { Portfolio } from './schema';
import { portfolioWords, type PortfolioWords } from './words';

/** Rows a list shows before it says how many more there are. */
const CAPS = {
  behind: 5,
  breaches: 5,
  causes: 10,
  topics: 10,
  clients: 5,
  people: 40,
  perPerson: 8,
} as const;

export interface PortfolioReportInput {
  readonly portfolio: Portfolio;
  readonly rows: readonly PortfolioRow[];
  readonly strays: readonly string[];
  readonly now: Date;
}

export function renderPortfolio(input: PortfolioReportInput, week: IsoWeek): RenderedSummary {
  const { portfolio } = input;
  const locale = portfolio.portfolio.locale;
  const w = portfolioWords(locale);
  const configured = portfolio.summary.title;
  const template = configured === portfolioWords('en').defaultTitle ? w.defaultTitle : configured;
  const title = fillTemplate(template, { portfolio: portfolio.portfolio.name, week: formatIsoWeek(week) });
  const zone = portfolio.portfolio.time_zone;
  // A week that is over stands at its end; the current week at now.
  const asOf = new Date(Math.min(input.now.getTime(), weekEnd(week, zone).getTime()));
  const figures = computePortfolioFigures(portfolio, input.rows, asOf, week);
  // Many handoffs share a due instant: each is turned into a local date once.
  const dates = new Map<string, string>();
  const date = (iso: string): string => {
    let text = dates.get(iso);
    if (text === undefined) {
      text = formatDate(localDateOf(iso, zone), locale);
      dates.set(iso, text);
    }
    return text;
  };
  const r = { w, summary: builtInWords(locale), locale, zone, date };
  const sections = [
    // The day, not the hour: an hourly run with the same figures leaves the issue as it is.
    w.intro(figures.weekName, r.date(asOf.toISOString()), input.rows.length),
    '',
    ...headline(r, figures),
    '',
    `## ${w.rowsHeading}`,
    '',
    ...table(
      w.columns,
      input.rows.map((row) => rowCells(r, row)),
    ),
    '',
    `## ${w.acrossHeading(portfolio.summary.trend_weeks)}`,
    '',
    ...across(r, figures, input.rows),
    `## ${w.loadHeading(portfolio.summary.load_days, formatDate(figures.loadUntil, locale))}`,
    '',
    ...load(r, figures),
    '',
    `## ${w.chartsHeading}`,
    '',
    fence(
      pieChart(
        w.chartStatus,
        ROW_STATUSES.map((s) => ({ label: withoutEmoji(w.status[s]), value: figures.counts[s] })),
      ),
    ),
    '',
    fence(
      barChart(
        w.chartBreaches,
        figures.breachesPerWeek.map((b) => ({ label: b.week.slice(5), value: b.count })),
      ),
    ),
    '',
    ...(input.strays.length > 0
      ? [`> ${w.strays(input.strays.map((s) => `\`${safeText(s, 80)}\``).join(', '))}`, '']
      : []),
    '---',
    `<sub>${w.footer}</sub>`,
    '',
  ];
  // Table cells and lines are built here, not in one message: a date of ours opening one starts with
  // a capital, as in the weekly summary.
  const body = sections.join('\n');
  return { title, body: locale === 'vi' ? capitaliseDayAtStarts(body) : body };
}

interface Renderer {
  readonly w: PortfolioWords;
  /** The weekly summary's words (root causes, durations), which the portfolio shares. */
  readonly summary: Words;
  readonly locale: Locale;
  readonly zone: string;
  date(iso: string): string;
}

function engagementName(row: PortfolioRow): string {
  const facts = row.outcome.kind === 'ok' ? row.outcome.facts : null;
  const name = safeText(facts?.engagement.name ?? row.entry.id, 60);
  return link(name, facts?.repository.url ?? null);
}

function more(w: PortfolioWords, count: number, shown: number): string[] {
  return count > shown ? [`- ${w.more(count - shown)}`] : [];
}

/** A status without its coloured dot, for sentences and chart labels. */
function withoutEmoji(status: string): string {
  return status.replace(/^\S+\s/u, '');
}

function headline(r: Renderer, f: PortfolioFigures): string[] {
  const { w } = r;
  const counts = ROW_STATUSES.filter((s) => s !== 'failed' || f.counts.failed > 0).map((s) =>
    w.count(f.counts[s], withoutEmoji(w.status[s])),
  );
  const lines = [w.countsLine(counts), ''];
  if (f.furthestBehind.length === 0) lines.push(`- ${w.noneBehind}`);
  else {
    lines.push(`- ${w.furthestBehind}:`);
    for (const h of f.furthestBehind.slice(0, CAPS.behind)) {
      lines.push(
        `  - ${w.behindItem(engagementName(h.row), link(safeText(h.milestone.title, 60), h.milestone.url), h.milestone.businessDaysLate, w.side[h.milestone.owner])}`,
      );
    }
    if (f.furthestBehind.length > CAPS.behind)
      lines.push(`  - ${w.more(f.furthestBehind.length - CAPS.behind)}`);
  }
  const total = f.breachesThisWeek.reduce((sum, b) => sum + b.count, 0);
  lines.push(
    total === 0
      ? `- ${w.noBreaches}`
      : `- ${w.breachesThisWeek(total, [
          ...f.breachesThisWeek
            .slice(0, CAPS.breaches)
            .map((b) => w.breachItem(engagementName(b.row), b.count)),
          ...(f.breachesThisWeek.length > CAPS.breaches
            ? [w.more(f.breachesThisWeek.length - CAPS.breaches)]
            : []),
        ])}`,
  );
  const low = f.lowestSatisfaction;
  lines.push(
    `- ${low ? w.lowestSatisfaction(engagementName(low.row), decimal(low.average), low.count) : w.noRatings}`,
  );
  return lines;
}

function rowCells(r: Renderer, row: PortfolioRow): string[] {
  const { w } = r;
  const name = [engagementName(row), row.team ? `<br><sub>${safeText(row.team, 40)}</sub>` : ''].join('');
  if (row.outcome.kind === 'failed') {
    return [name, w.status.failed, failureText(w, row.outcome.failure), '', '', '', '', ''];
  }
  const facts: OkFacts = row.outcome.facts;
  const next = nextHandoff(facts);
  const overdue = facts.milestones.filter((m) => m.status === 'overdue').length;
  const doneLate = facts.milestones.filter((m) => m.status === 'done_late').length;
  const open = Object.entries(facts.figures.openFeedback).filter(([, n]) => n > 0);
  const sla = facts.figures.firstResponseSla;
  return [
    name,
    w.status[statusOf(row)],
    next
      ? w.next(link(safeText(next.title, 40), next.url), r.date(next.governingDue), w.side[next.owner])
      : w.none,
    overdue + doneLate === 0 ? '0' : w.lateCell(overdue, doneLate),
    open.length === 0 ? '0' : open.map(([p, n]) => `${p} ${n}`).join(' · '),
    sla.rate === null ? w.none : `${percent(sla.rate)} (${sla.met}/${sla.decided})`,
    facts.figures.ratingAverage === null ? w.none : `${decimal(facts.figures.ratingAverage)} / 5`,
    facts.summaryIssue ? link(`#${facts.summaryIssue.number}`, facts.summaryIssue.url) : w.none,
  ];
}

function across(r: Renderer, f: PortfolioFigures, rows: readonly PortfolioRow[]): string[] {
  const { w } = r;
  const causes = r.summary.rootCause;
  const groupRows = (groups: readonly GroupFigures[]) =>
    groups.map((g) => [
      safeText(g.name, 40),
      String(g.engagements),
      g.onTimeRate === null ? w.none : `${percent(g.onTimeRate)} (${g.handoffsOnTime}/${g.handoffsCounted})`,
      spreadCell(r, g.firstResponse),
      spreadCell(r, g.resolution),
    ]);
  const section = (heading: string, empty: string, lines: string[]): string[] => [
    `### ${heading}`,
    '',
    ...(lines.length === 0 ? [empty] : lines),
    '',
  ];
  return [
    ...section(
      w.causesHeading,
      w.noLate,
      f.lateCauses.length === 0
        ? []
        : table(
            w.causeColumns,
            f.lateCauses
              .slice(0, CAPS.causes)
              .map((c) => [c.cause === null ? w.causeUnrecorded : causes[c.cause], String(c.count)]),
          ),
    ),
    ...section(
      w.topicsHeading,
      w.noNegative,
      f.negativeTopics.length === 0
        ? []
        : table(
            w.topicColumns,
            f.negativeTopics
              .slice(0, CAPS.topics)
              .map((t) => [safeText(topicName(r.locale, rows, t.topic), 40), String(t.count)]),
          ),
    ),
    ...section(
      w.clientsHeading,
      w.noSlips,
      f.slippingClients.length === 0
        ? []
        : table(
            w.clientColumns,
            f.slippingClients
              .slice(0, CAPS.clients)
              .map((c) => [safeText(c.client, 60), String(c.late), String(c.days)]),
          ),
    ),
    ...(f.byAccountManager.length > 0
      ? section(w.managersHeading, '', table(w.groupColumns('manager'), groupRows(f.byAccountManager)))
      : []),
    ...(f.byTeam.length > 0
      ? section(w.teamsHeading, '', table(w.groupColumns('team'), groupRows(f.byTeam)))
      : []),
  ];
}

/**
 * A topic's name in the report's language: as the first engagement that names it in that language
 * calls it, else the built-in name of a default topic, else its id (a topic only an id was given for).
 */
function topicName(locale: Locale, rows: readonly PortfolioRow[], id: string): string {
  for (const row of rows) {
    if (row.outcome.kind !== 'ok') continue;
    const topic = row.outcome.facts.engagement.topics?.find((t) => t.id === id);
    const name = locale === 'vi' ? topic?.nameVi : topic?.name;
    if (name) return name;
  }
  const builtIn = DEFAULT_TOPICS.find((t) => t.id === id);
  if (builtIn) return locale === 'vi' ? builtIn.name_vi : builtIn.name;
  return id;
}

/**
 * Why an engagement's run left no figures, in the report's language: the reason from its code, and the
 * place of the first located error (`file:line:column  field  message`) — the place, not the message,
 * which the validator writes in English.
 */
function failureText(w: PortfolioWords, failure: RowFailure): string {
  const first = failure.details[0]?.match(/^(\S+:\d+:\d+)\s+(\S+)/u);
  const values = {
    count: failure.details.length,
    where: first ? { at: code(first[1] ?? ''), path: code(first[2] ?? '') } : null,
    status: failure.status,
    repository: failure.repository === null ? null : code(failure.repository),
  };
  return w.failedCell(
    failure.kind === null
      ? w.unknownFailure(safeText(failure.reason, 300), values)
      : w.failure[failure.kind](values),
  );
}

/** A file place or field name as inline code in a table cell. */
function code(text: string): string {
  return `\`${text.replace(/[`|\r\n]/gu, '').slice(0, 120)}\``;
}

function spreadCell(r: Renderer, s: { median: number | null; p90: number | null }): string {
  const duration = r.summary.duration;
  return s.median === null || s.p90 === null ? r.w.none : `${duration(s.median)} / ${duration(s.p90)}`;
}

function load(r: Renderer, f: PortfolioFigures): string[] {
  const { w } = r;
  if (f.load.length === 0) return [w.noLoad];
  const item = (h: Handoff): string =>
    w.loadItem(
      safeText(h.facts.engagement.name, 40),
      link(safeText(h.milestone.title, 40), h.milestone.url),
      r.date(h.milestone.governingDue),
      h.milestone.status === 'overdue',
    );
  const rows = f.load.slice(0, CAPS.people).map((p) => [
    // Named, not mentioned: the weekly issue should not ping everyone on it.
    `\`${p.person.replace(/[^A-Za-z0-9[\]-]/gu, '')}\``,
    String(p.handoffs.length),
    [
      ...p.handoffs.slice(0, CAPS.perPerson).map(item),
      ...(p.handoffs.length > CAPS.perPerson ? [w.more(p.handoffs.length - CAPS.perPerson)] : []),
    ].join('<br>'),
  ]);
  return [...table(w.loadColumns, rows), ...more(w, f.load.length, CAPS.people)];
}
