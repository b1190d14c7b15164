// A full run of the core as the action makes it, in memory: plan, apply, and plan again what the writes
// changed (up to three passes, as the shell does). The harness holds every pass to an unchanged rerun
// that must plan nothing (test/support/quiet-rerun.ts), so the last pass's rerun is the run's.
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
  return { snapshot: current, writes };
}

/**
 * Planning again on the world a run left, at the same instant, must plan nothing. The harness does it
 * for every plan the composer makes and a test applies; this is for what it does not see (a plan
 * executed over HTTP by the shell's executor, or a rerun with other inputs, e.g. a newer load file).
 */
export function expectQuietRerun(replan: () => readonly Write[], now: string): void {
  expect(
    replan().map((write) => `${write.kind}: ${write.reason}`),
    `an unchanged rerun at ${now} must plan nothing`,
  ).toEqual([]);
}
