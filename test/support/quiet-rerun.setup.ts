// Every test ends with an unchanged rerun of its runs that must write nothing (test/support/quiet-rerun.ts):
// the composer is wrapped so the harness knows how each applied plan was made, every applyPlan() is
// heard, and the check runs after each test.
import { afterEach, beforeEach, vi } from 'vitest';
import { withSnapshot } from '../../src/core/context';
import { onApplied } from '../../fake-github/world';
import { appliedRun, endTest, rememberPlan, startTest } from './quiet-rerun';

vi.mock('../../src/plan/planner', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/plan/planner')>();
  const composePlan: typeof actual.composePlan = (ctx, domains) => {
    const composed = actual.composePlan(ctx, domains);
    rememberPlan({
      plannedOn: ctx.snapshot,
      now: ctx.now,
      planned: composed.plan.writes,
      replan: (world) => actual.composePlan(withSnapshot(ctx, world), domains).plan.writes,
      by: domains ? `composePlan with ${domains.map((d) => d.name).join(', ')}` : 'composePlan',
    });
    return composed;
  };
  const planRun: typeof actual.planRun = (engagement, snapshot, now, options) => {
    const plan = actual.planRun(engagement, snapshot, now, options);
    rememberPlan({
      plannedOn: snapshot,
      now,
      planned: plan.writes,
      replan: (world) => actual.planRun(engagement, world, now, options).writes,
      by: 'planRun',
    });
    return plan;
  };
  return { ...actual, composePlan, planRun };
});

onApplied(appliedRun);
beforeEach(startTest);
afterEach(endTest);
