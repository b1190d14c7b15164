// The one shape every domain offers the composer (src/plan/): the labels its writes use, the labels
// of the issues it reads, and one plan from one reading of the snapshot, with what it adds to the
// week's facts. The composer runs the domains in order; a domain that reports (the summary) gets the
// facts of those before it as they stand once their planned writes are made, read from the projected
// repository, so one pass plans everything and the report includes what the run itself posts.
import type { PlanContext } from './context';
import type { WeeklyFacts } from './facts';
import type { LabelSpec } from './labels';
import type { MarkerDomain } from './marker-kinds';
import type { Write } from './plan';
import type { Engagement } from '../engagement/schema';

export interface DomainPlan {
  readonly writes: readonly Write[];
  /** What this domain adds to the week's facts, as the snapshot it planned from shows them. */
  readonly facts: Partial<WeeklyFacts>;
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
   * Whether it reports on the facts of the domains before it (the summary). Those facts are then
   * read from the repository as it will stand after their writes, so that what it reports includes
   * what the run itself posts and a rerun has nothing to correct.
   */
  readonly readsFacts: boolean;
  /** Its writes, from one reading of the snapshot; `facts` holds what the domains before it added. */
  plan(ctx: PlanContext, facts: WeeklyFacts): DomainPlan;
  /** What it adds to the week's facts, from a snapshot alone (the composer's projection of the run). */
  facts(ctx: PlanContext): Partial<WeeklyFacts>;
}
