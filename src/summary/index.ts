// The weekly summary issue: one per ISO week, built by the pure core from the facts the deadline and
// feedback domains derive. `renderSummary` gives the same report to the shell for the job summary.
import type { Domain } from '../core/domain';
import type { LabelSpec } from '../core/labels';
import type { Engagement } from '../engagement/schema';
import { planSummary } from './plan';
import { countedFacts, plannedRecords, storedRecords } from './ledger';
import { planRetrospective } from './retrospective';

export { planSummary } from './plan';
export { renderSummary, summaryTitle, BODY_BUDGET } from './render';
export type { FactsAt, RenderedSummary, SummaryFacts } from './types';
export { askedWeekProblem, formatIsoWeek, parseIsoWeek, weekEnd, weekOf, type IsoWeek } from './week';

export function summaryLabels(engagement: Engagement): LabelSpec[] {
  return engagement.summary.labels.map((name) => ({
    name,
    color: '0e8a16',
    description: 'The weekly engagement summary, kept up to date by engagement-keeper.',
  }));
}

/**
 * The weekly summary as the last domain of the composer: it reports the facts the domains before it
 * contribute, as they stand after this run's writes. Full scans only: an event run sees one issue.
 */
export const summaryDomain: Domain = {
  name: 'summary',
  labels: summaryLabels,
  // The summary reads only its own issues, which a full scan reads by author.
  trackedLabels: () => [],
  keptLabels: () => [],
  ownLabels: (engagement) => [...engagement.summary.labels, engagement.retrospective.label],
  readsFacts: true,
  read(ctx) {
    return {
      plan(factsBefore) {
        if (ctx.snapshot.scope.kind !== 'full') return [];
        const facts = factsBefore();
        // The records of older feedback as this run leaves them: the totals and the retrospective
        // count what is read plus what the records hold of the rest (docs/summary.md).
        const records = ctx.engagement.summary.enabled
          ? plannedRecords(ctx, facts, ctx.summaryWeek)
          : storedRecords(ctx.snapshot);
        return [
          ...planSummary(ctx, facts, ctx.summaryWeek, ctx.factsAt, records),
          ...planRetrospective(ctx, countedFacts(ctx, facts, records).facts),
        ];
      },
      facts: () => ({}),
    };
  },
};
