// The pure core of the portfolio job: (portfolio, facts[], ops snapshot, now) -> the plan of writes to
// the ops repository. The existing executor applies it. No client repository is read or written: the
// facts are the whole input.
import { missingLabelWrites } from '../core/labels';
import { orderWrites } from '../plan/planner';
import type { Plan } from '../core/plan';
import type { Snapshot } from '../core/snapshot';
import type { RenderedSummary } from '../summary/types';
import { parseIsoWeek, weekOf, type IsoWeek } from '../summary/week';
import { planWeeklyIssue } from '../summary/weekly-issue';
import { renderPortfolio } from './render';
import { pairRows, type FactsInput } from './rows';
import type { Portfolio } from './schema';
import { portfolioWords } from './words';

export const PORTFOLIO_KIND = 'portfolio';

export interface PortfolioPlanOptions {
  /** Produce the portfolio issue for this ISO week (`2026-W48`) whatever the day and time. */
  readonly week?: string | undefined;
}

/** The report for a week (the current one by default), for the CLI and the job summary. */
export function portfolioReport(
  portfolio: Portfolio,
  facts: readonly FactsInput[],
  now: Date,
  week?: string,
): RenderedSummary {
  return renderPortfolio(inputOf(portfolio, facts, now), targetWeek(portfolio, now, week));
}

export function planPortfolio(
  portfolio: Portfolio,
  facts: readonly FactsInput[],
  snapshot: Snapshot,
  now: Date,
  options: PortfolioPlanOptions = {},
): Plan {
  const notes: string[] = [];
  const input = inputOf(portfolio, facts, now);
  if (input.strays.length > 0) notes.push(portfolioWords('en').strays(input.strays.join(', ')));
  if (!portfolio.summary.enabled) return { writes: [], notes };
  const words = portfolioWords(portfolio.portfolio.locale);
  const writes = planWeeklyIssue({
    kind: PORTFOLIO_KIND,
    noun: 'portfolio issue',
    snapshot,
    now,
    zone: portfolio.portfolio.time_zone,
    day: portfolio.summary.day,
    time: portfolio.summary.time,
    labels: portfolio.summary.labels,
    week: options.week,
    render: (week) => renderPortfolio(input, week),
    // Only the latest facts exist: last week's issue closes with the figures it last showed.
    closeWithFinalFigures: false,
    closing: words.closing,
    duplicate: words.duplicate,
  });
  const catalogue = portfolio.summary.labels.map((name) => ({
    name,
    color: '5319e7',
    description: "The agency's weekly portfolio issue, kept up to date by engagement-keeper.",
  }));
  return {
    writes: orderWrites([...missingLabelWrites(writes, catalogue, snapshot.labels), ...writes]),
    notes,
  };
}

function inputOf(portfolio: Portfolio, facts: readonly FactsInput[], now: Date) {
  const { rows, strays } = pairRows(portfolio, facts);
  return { portfolio, rows, strays, now };
}

function targetWeek(portfolio: Portfolio, now: Date, week?: string): IsoWeek {
  if (week === undefined) return weekOf(now, portfolio.portfolio.time_zone);
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new Error(`The week "${week}" is not an ISO week: write it like 2026-W48.`);
  return parsed;
}
