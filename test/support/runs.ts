// A full run of the core as the action makes it, in memory: plan, apply, and plan again what the writes
// changed (up to three passes, as the shell does), then an unchanged rerun that must plan nothing.
import { expect } from 'vitest';
import type { Write } from '../../src/core/plan';
import { planRun, type PlanOptions } from '../../src/plan/planner';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement } from '../../src/engagement/schema';
import { applyPlan } from '../../fake-github/world';

export const MAX_PASSES = 3;

export function fullRun(
  engagement: Engagement,
  snapshot: Snapshot,
  now: string,
  options: PlanOptions = {},
): { snapshot: Snapshot; writes: Write[] } {
  const writes: Write[] = [];
  let current = snapshot;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const plan = planRun(engagement, current, new Date(now), options);
    if (plan.writes.length === 0) break;
    writes.push(...plan.writes);
    current = applyPlan(current, plan, now).snapshot;
  }
  expectQuietRerun(() => planRun(engagement, current, new Date(now), options).writes, now);
  return { snapshot: current, writes };
}

/**
 * The check every multi-run domain test ends each run with: planning again on the world the run left,
 * at the same instant, must plan nothing. `replan` is the domain's own planner (or the whole run's).
 */
export function expectQuietRerun(replan: () => readonly Write[], now: string): void {
  expect(
    replan().map((write) => `${write.kind}: ${write.reason}`),
    `an unchanged rerun at ${now} must plan nothing`,
  ).toEqual([]);
}
