// The portfolio's figures, worked out once from the paired rows: the headline, each engagement's row,
// what recurs across projects over the last weeks, and what the vendor's people owe next. Pure in
// (portfolio, rows, now): the facts already carry every business-day count of their engagement.
import { createBusinessCalendar } from '../calendar';
import type { EngagementStatus, FactsMilestone, OkFacts } from '../facts-format';
import type { RootCause } from '../engagement/schema';
import { spread, type Spread } from '../summary/figures';
import { formatIsoWeek, weekEnd, weekOf, weekStart, type IsoWeek } from '../summary/week';
import type { PortfolioRow } from './rows';
import type { Portfolio } from './schema';

export type RowStatus = EngagementStatus | 'failed';
export const ROW_STATUSES: readonly RowStatus[] = ['on_track', 'at_risk', 'late', 'failed'];

export interface Handoff {
  readonly row: PortfolioRow;
  readonly facts: OkFacts;
  readonly milestone: FactsMilestone;
}

export interface GroupFigures {
  readonly name: string;
  readonly engagements: number;
  readonly handoffsCounted: number;
  readonly handoffsOnTime: number;
  readonly onTimeRate: number | null;
  readonly firstResponse: Spread;
  readonly resolution: Spread;
}

export interface PersonLoad {
  readonly person: string;
  readonly handoffs: readonly Handoff[];
}

export interface PortfolioFigures {
  readonly week: IsoWeek;
  readonly weekName: string;
  readonly trendStart: Date;
  readonly counts: Readonly<Record<RowStatus, number>>;
  readonly furthestBehind: readonly Handoff[];
  readonly breachesThisWeek: ReadonlyArray<{ readonly row: PortfolioRow; readonly count: number }>;
  readonly lowestSatisfaction: {
    readonly row: PortfolioRow;
    readonly average: number;
    readonly count: number;
  } | null;
  readonly lateCauses: ReadonlyArray<{ readonly cause: RootCause | null; readonly count: number }>;
  readonly negativeTopics: ReadonlyArray<{ readonly topic: string; readonly count: number }>;
  readonly slippingClients: ReadonlyArray<{
    readonly client: string;
    readonly late: number;
    readonly days: number;
  }>;
  readonly byAccountManager: readonly GroupFigures[];
  readonly byTeam: readonly GroupFigures[];
  /** The last day the vendor's load counts (a local date on the portfolio calendar). */
  readonly loadUntil: string;
  readonly load: readonly PersonLoad[];
  readonly breachesPerWeek: ReadonlyArray<{ readonly week: string; readonly count: number }>;
}

export function statusOf(row: PortfolioRow): RowStatus {
  return row.outcome.kind === 'ok' ? row.outcome.facts.status : 'failed';
}

export function okFacts(row: PortfolioRow): OkFacts | null {
  return row.outcome.kind === 'ok' ? row.outcome.facts : null;
}

const DONE = new Set(['done_on_time', 'done_late']);

export function isOpenHandoff(m: FactsMilestone): boolean {
  return !DONE.has(m.status);
}

/** The next handoff not yet done, by the date it is measured against. */
export function nextHandoff(facts: OkFacts): FactsMilestone | null {
  return (
    [...facts.milestones]
      .filter(isOpenHandoff)
      .sort((a, b) => a.governingDue.localeCompare(b.governingDue))[0] ?? null
  );
}

export function computePortfolioFigures(
  portfolio: Portfolio,
  rows: readonly PortfolioRow[],
  now: Date,
  week: IsoWeek,
): PortfolioFigures {
  const zone = portfolio.portfolio.time_zone;
  const start = weekStart(week, zone);
  const end = weekEnd(week, zone);
  const asOf = Math.min(now.getTime(), end.getTime());
  const trendStart = new Date(start.getTime() - (portfolio.summary.trend_weeks - 1) * 7 * 86_400_000);
  const withFacts = rows.flatMap((row) =>
    row.outcome.kind === 'ok' ? [{ row, facts: row.outcome.facts }] : [],
  );
  const handoffs: Handoff[] = withFacts.flatMap(({ row, facts }) =>
    facts.milestones.map((milestone) => ({ row, facts, milestone })),
  );
  const from = trendStart.getTime();
  const inTrend = (iso: string | null): boolean => {
    if (iso === null) return false;
    const at = ms(iso);
    return at >= from && at <= asOf;
  };

  const counts = Object.fromEntries(ROW_STATUSES.map((s) => [s, 0])) as Record<RowStatus, number>;
  for (const row of rows) counts[statusOf(row)] += 1;

  // Late handoffs of the trend window: completed late in it, or come due in it and still not handed over.
  const lateInTrend = handoffs.filter(
    ({ milestone: m }) =>
      (m.status === 'done_late' && inTrend(m.completedAt)) ||
      (m.status === 'overdue' && inTrend(m.governingDue)),
  );
  const countedInTrend = (h: Handoff): boolean =>
    DONE.has(h.milestone.status)
      ? inTrend(h.milestone.completedAt)
      : h.milestone.status === 'overdue' && inTrend(h.milestone.governingDue);

  const causeCounts = new Map<RootCause | null, number>();
  for (const { milestone } of lateInTrend) {
    const causes = milestone.rootCauses.length > 0 ? milestone.rootCauses : [null];
    for (const cause of causes) causeCounts.set(cause, (causeCounts.get(cause) ?? 0) + 1);
  }

  // One pass over every engagement's feedback (a hundred engagements hold some hundred thousand):
  // negative topics and response times of the trend, and every SLA breach up to now.
  const topicCounts = new Map<string, number>();
  const responses = new Map<PortfolioRow, ResponseTimes>();
  const breaches: Array<{ row: PortfolioRow; at: number }> = [];
  for (const { row, facts } of withFacts) {
    const times: ResponseTimes = { firstResponse: [], resolution: [] };
    responses.set(row, times);
    for (const f of facts.feedback) {
      for (const sla of [f.firstResponse, f.resolution]) {
        if (sla.met !== false) continue;
        const at = ms(sla.dueAt);
        if (at <= asOf) breaches.push({ row, at });
      }
      if (!inTrend(f.createdAt)) continue;
      if (f.type === 'negative') topicCounts.set(f.topic, (topicCounts.get(f.topic) ?? 0) + 1);
      if (f.firstResponseAt) times.firstResponse.push(minutes(f.createdAt, f.firstResponseAt));
      if (f.resolvedAt) times.resolution.push(minutes(f.createdAt, f.resolvedAt));
    }
  }

  const clients = new Map<string, { late: number; days: number }>();
  for (const { facts, milestone } of lateInTrend) {
    if (milestone.owner !== 'client') continue;
    const client = facts.engagement.client ?? facts.engagement.name;
    const entry = clients.get(client) ?? { late: 0, days: 0 };
    entry.late += 1;
    entry.days += milestone.businessDaysLate;
    clients.set(client, entry);
  }

  const thisWeek = new Map<PortfolioRow, number>();
  for (const { row, at } of breaches) {
    if (at >= start.getTime()) thisWeek.set(row, (thisWeek.get(row) ?? 0) + 1);
  }
  const perWeek = new Map<string, number>();
  // The trend's weeks, oldest first, with where each starts: a breach is counted in the last week that
  // started at or before it (one time-zone lookup per week, not one per breach of every engagement).
  const trend: Array<{ name: string; from: number }> = [];
  for (let i = portfolio.summary.trend_weeks - 1; i >= 0; i -= 1) {
    const past = weekOf(new Date(start.getTime() - i * 7 * 86_400_000 + 3 * 86_400_000), zone);
    perWeek.set(formatIsoWeek(past), 0);
    trend.push({ name: formatIsoWeek(past), from: weekStart(past, zone).getTime() });
  }
  const trendEnd = end.getTime();
  for (const { at } of breaches) {
    if (at >= trendEnd) continue;
    const found = trend.findLast((entry) => entry.from <= at);
    if (found) perWeek.set(found.name, (perWeek.get(found.name) ?? 0) + 1);
  }

  const rated = withFacts
    .filter(({ facts }) => facts.figures.ratingAverage !== null && facts.figures.ratingCount > 0)
    .map(({ row, facts }) => ({
      row,
      average: facts.figures.ratingAverage ?? 0,
      count: facts.figures.ratingCount,
    }))
    .sort((a, b) => a.average - b.average || b.count - a.count);

  const calendar = createBusinessCalendar(portfolio.calendar, zone);
  const loadUntil = calendar.addBusinessDays(calendar.localDate(now), portfolio.summary.load_days);
  const horizon = calendar.endOfBusinessDay(loadUntil).getTime();
  // Logins are case-insensitive: one person, however the files spell them, first spelling shown.
  const people = new Map<string, { person: string; handoffs: Handoff[] }>();
  for (const handoff of handoffs) {
    const m = handoff.milestone;
    if (m.owner !== 'vendor' || !isOpenHandoff(m) || ms(m.governingDue) > horizon) continue;
    for (const person of m.people) {
      const entry = people.get(person.toLowerCase()) ?? { person, handoffs: [] };
      entry.handoffs.push(handoff);
      people.set(person.toLowerCase(), entry);
    }
  }

  const handoffsOf = new Map<PortfolioRow, Handoff[]>();
  for (const handoff of handoffs) {
    const list = handoffsOf.get(handoff.row);
    if (list) list.push(handoff);
    else handoffsOf.set(handoff.row, [handoff]);
  }
  const group = (nameOf: (row: PortfolioRow) => string | null): GroupFigures[] => {
    const groups = new Map<string, PortfolioRow[]>();
    for (const row of rows) {
      const name = nameOf(row);
      if (name === null) continue;
      const members = groups.get(name);
      if (members) members.push(row);
      else groups.set(name, [row]);
    }
    return [...groups.entries()]
      .map(([name, members]) =>
        groupFigures(
          name,
          members,
          members.flatMap((row) => handoffsOf.get(row) ?? []),
          countedInTrend,
          members.flatMap((row) => {
            const times = responses.get(row);
            return times ? [times] : [];
          }),
        ),
      )
      .sort((a, b) => a.name.localeCompare(b.name));
  };

  return {
    week,
    weekName: formatIsoWeek(week),
    trendStart,
    counts,
    furthestBehind: handoffs
      .filter((h) => h.milestone.status === 'overdue')
      .sort(
        (a, b) =>
          b.milestone.businessDaysLate - a.milestone.businessDaysLate ||
          a.milestone.governingDue.localeCompare(b.milestone.governingDue),
      ),
    breachesThisWeek: [...thisWeek.entries()]
      .map(([row, count]) => ({ row, count }))
      .sort((a, b) => b.count - a.count),
    lowestSatisfaction: rated[0] ?? null,
    lateCauses: [...causeCounts.entries()]
      .map(([cause, count]) => ({ cause, count }))
      .sort(
        (a, b) =>
          b.count - a.count ||
          Number(a.cause === null) - Number(b.cause === null) ||
          String(a.cause).localeCompare(String(b.cause)),
      ),
    negativeTopics: [...topicCounts.entries()]
      .map(([topic, count]) => ({ topic, count }))
      .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic)),
    slippingClients: [...clients.entries()]
      .map(([client, v]) => ({ client, ...v }))
      .sort((a, b) => b.days - a.days || b.late - a.late || a.client.localeCompare(b.client)),
    byAccountManager: group((row) => row.accountManager),
    byTeam: group((row) => row.team),
    loadUntil,
    load: [...people.values()]
      .map(({ person, handoffs: owed }) => ({
        person,
        handoffs: owed.sort((a, b) => a.milestone.governingDue.localeCompare(b.milestone.governingDue)),
      }))
      .sort((a, b) => b.handoffs.length - a.handoffs.length || a.person.localeCompare(b.person)),
    breachesPerWeek: [...perWeek.entries()].map(([name, count]) => ({ week: name, count })),
  };
}

/** Minutes from feedback to its first response and to its resolution, in the trend weeks. */
interface ResponseTimes {
  readonly firstResponse: number[];
  readonly resolution: number[];
}

function groupFigures(
  name: string,
  members: readonly PortfolioRow[],
  /** The members' handoffs. */
  handoffs: readonly Handoff[],
  countedInTrend: (h: Handoff) => boolean,
  /** The members' response times. */
  responses: readonly ResponseTimes[],
): GroupFigures {
  const counted = handoffs.filter(countedInTrend);
  const onTime = counted.filter((h) => h.milestone.status === 'done_on_time').length;
  return {
    name,
    engagements: members.length,
    handoffsCounted: counted.length,
    handoffsOnTime: onTime,
    onTimeRate: counted.length === 0 ? null : onTime / counted.length,
    firstResponse: spread(responses.flatMap((r) => r.firstResponse)),
    resolution: spread(responses.flatMap((r) => r.resolution)),
  };
}

function minutes(from: string, to: string): number {
  return Math.max(0, Math.round((ms(to) - ms(from)) / 60_000));
}

// The same instants are read many times over (each figure filters every engagement's feedback):
// parsed once each. A hundred engagements hold some ten thousand distinct instants.
const parsed = new Map<string, number>();
function ms(iso: string): number {
  let value = parsed.get(iso);
  if (value === undefined) {
    if (parsed.size > 200_000) parsed.clear();
    value = new Date(iso).getTime();
    parsed.set(iso, value);
  }
  return value;
}
