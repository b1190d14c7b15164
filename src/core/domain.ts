// The one shape every domain offers the composer (src/plan/): the labels its writes use, the labels
// of the issues it reads, and one plan from one reading of the snapshot, with what it adds to the
// week's facts. The composer runs the domains in order and hands each the facts of those before it,
// so the summary reports the worlds the other domains built, without reading the snapshot again.
import type { PlanContext } from './context';
import type { WeeklyFacts } from './facts';
import type { LabelSpec } from './labels';
import type { MarkerDomain } from './marker-kinds';
import type { Write } from './plan';
import type { Engagement } from '../engagement/schema';

export interface DomainPlan {
  readonly writes: readonly Write[];
  /** What this domain adds to the week's facts (the summary reads them). */
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
  /** Its writes, from one reading of the snapshot; `facts` holds what the domains before it added. */
  plan(ctx: PlanContext, facts: WeeklyFacts): DomainPlan;
}
