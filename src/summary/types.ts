import type { WeeklyFacts } from '../core/facts';

/** What the summary reports: the facts the deadline and feedback domains derived from the snapshot. */
export type SummaryFacts = WeeklyFacts;

export interface RenderedSummary {
  readonly title: string;
  /** Markdown without the hidden marker: the same text fits the issue and the job summary. */
  readonly body: string;
}
