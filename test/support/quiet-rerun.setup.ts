// Every test ends with an unchanged rerun of its runs that must write nothing (test/support/quiet-rerun.ts):
// the planners tests call (the composer, and the summary's planner, which its tests call directly) are
// wrapped so the harness knows how each applied plan was made, every applyPlan() is heard, and the
// check runs after each test. The action runs on the HTTP fake are rerun by their recorder.
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

// The summary's planner is called directly by its own tests (test/summary/plan.test.ts), with facts
// they give it: the rerun plans again with the same facts.
vi.mock('../../src/summary', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/summary')>();
  const planSummary: typeof actual.planSummary = (ctx, facts, week, factsAt) => {
    const planned = actual.planSummary(ctx, facts, week, factsAt);
    rememberPlan({
      plannedOn: ctx.snapshot,
      now: ctx.now,
      planned,
      replan: (world) => actual.planSummary(withSnapshot(ctx, world), facts, week, factsAt),
      by: 'planSummary',
    });
    return planned;
  };
  return { ...actual, planSummary };
});

onApplied(appliedRun);
beforeEach(startTest);
afterEach(endTest);
