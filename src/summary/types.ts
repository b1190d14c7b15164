import type { FeedbackFacts, MilestoneFacts } from '../core/facts';

/** What the summary reports: the facts the deadline and feedback rules derived from the snapshot. */
export interface SummaryFacts {
  readonly milestones: readonly MilestoneFacts[];
  readonly feedback: readonly FeedbackFacts[];
}

export interface RenderedSummary {
  readonly title: string;
  /** Markdown without the hidden marker: the same text fits the issue and the job summary. */
  readonly body: string;
}
