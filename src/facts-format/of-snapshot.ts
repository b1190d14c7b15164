// The facts of a run from the same inputs as the plan: (engagement, snapshot, now). Pure.
import { buildContext, factsOf, type PlanOptions } from '../plan/planner';
import type { Snapshot } from '../core/snapshot';
import type { Engagement } from '../engagement/schema';
import { buildRunFacts } from './build';
import type { OkFacts } from './schema';

export function factsOfSnapshot(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  configPath: string,
  options: PlanOptions = {},
): OkFacts {
  const ctx = buildContext(engagement, snapshot, now, options);
  return buildRunFacts(ctx, factsOf(ctx), configPath);
}
