// The weekly summary issue: one per ISO week, built by the pure core from the facts the deadline and
// feedback rules derive. `renderSummary` gives the same report to the shell for the job summary.
import type { LabelSpec } from '../core/labels';
import type { Engagement } from '../engagement/schema';

export { planSummary } from './plan';
export { renderSummary, summaryTitle, BODY_BUDGET } from './render';
export type { FactsAt, RenderedSummary, SummaryFacts } from './types';
export { formatIsoWeek, parseIsoWeek, weekEnd, weekOf, type IsoWeek } from './week';

export function summaryLabels(engagement: Engagement): LabelSpec[] {
  return engagement.summary.labels.map((name) => ({
    name,
    color: '0e8a16',
    description: 'The weekly engagement summary, kept up to date by engagement-keeper.',
  }));
}
