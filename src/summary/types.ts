import type { WeeklyFacts } from '../core/facts';

/** What the summary reports: the facts the deadline and feedback domains derived from the snapshot. */
export type SummaryFacts = WeeklyFacts;

export interface RenderedSummary {
  readonly title: string;
  /** Markdown without the hidden marker: the same text fits the issue and the job summary. */
  readonly body: string;
}

/**
 * The facts as they stood at an earlier instant (the end of a week that is over), derived from the
 * repository as it was then: a closed week reports its end, whenever the run that closes it happens.
 */
export type FactsAt = (at: Date) => SummaryFacts;
