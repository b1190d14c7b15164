// The one shape every domain offers the composer (src/plan/): the labels its writes use, the labels
// of the issues it reads, and one reading of a snapshot that gives both its writes and what it adds to
// the week's facts. The composer reads each domain once per snapshot and runs them in order; a domain
// that reports (the summary) gets the facts of those before it as they stand once their planned writes
// are made, so one pass plans everything and the report includes what the run itself posts.
import type { PlanContext } from './context';
import type { WeeklyFacts } from './facts';
import type { LabelSpec } from './labels';
import type { MarkerDomain } from './marker-kinds';
import type { Write } from './plan';
import type { Engagement } from '../engagement/schema';

/**
 * A detail GitHub gives one issue at a time, which the shell reads before planning only for the issues
 * a domain names: who closed it (and with which change), the edit history of its body, when people
 * deleted the action's comments on it, a hosted model's triage. The shell reads them in this order, each on the snapshot the reads before it made.
 */
export type ExtraRead = 'closer' | 'body-history' | 'deleted-notes' | 'model-triage';

/** A domain's world, read from one snapshot: its writes and its facts both come from it. */
export interface DomainReading {
  /**
   * Its writes. `factsBefore` gives the week's facts of the domains before it, as they will stand
   * after their writes; only a domain that reports asks for them (asking costs a projection).
   */
  plan(factsBefore: () => WeeklyFacts): readonly Write[];
  /** What it adds to the week's facts, as this snapshot shows them. */
  facts(): Partial<WeeklyFacts>;
}

export interface Domain {
  readonly name: MarkerDomain;
  /** Every label its writes may use, with colour and description, so a fresh repository gets them. */
  labels(engagement: Engagement): readonly LabelSpec[];
  /**
   * Labels of the issues people file that it reads: a full scan fetches every issue carrying one of
   * them. The action's own issues (tracking, escalation, summary) are read by author, not by label.
   */
  trackedLabels(engagement: Engagement): readonly string[];
  /**
   * Labels of the issues the action keeps about this domain's subjects (a milestone's tracking issue,
   * an escalation): an event run reads them beside its one issue, so that it sees their state.
   */
  keptLabels(engagement: Engagement): readonly string[];
  /**
   * Labels every issue this domain opens carries (tracking, kickoff, escalation, summary, check-in):
   * the read checks with them that GitHub's author filter found all of the action's own issues.
   */
  ownLabels(engagement: Engagement): readonly string[];
  /**
   * Whether it reports on the facts of the domains before it (the summary) rather than adding facts of
   * its own: the composer then leaves it out of the facts.
   */
  readonly readsFacts: boolean;
  /**
   * The issues it needs an extra read for before it can plan, by kind of read, asked on the snapshot
   * as read so far. The shell asks the composer (`issuesWanting` in src/plan/reads.ts), never a domain.
   */
  readonly extraReads?: { readonly [Read in ExtraRead]?: (ctx: PlanContext) => readonly number[] } & {
    /**
     * The comments (REST ids) whose reactions it reads, asked on the issues as first read: GitHub
     * prices reactions per comment, so the shell reads them for these comments and no others
     * (`commentsWantingReactions` in src/plan/reads.ts).
     */
    readonly reactions?: (ctx: PlanContext) => readonly number[];
  };
  /** Reads its world from the context's snapshot: once per snapshot, for both writes and facts. */
  read(ctx: PlanContext): DomainReading;
}
