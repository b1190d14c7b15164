// The harness that reruns every run unchanged (quiet-rerun.ts) can fail: a run whose writes did not
// all land is caught, a plan applied whole is not, and an opt-out needs a reason.
import { describe, expect, it } from 'vitest';
import { planRun } from '../../src/plan/planner';
import { applyPlan, makeSnapshot } from '../../fake-github/world';
import { engagementOf } from '../deadlines/helpers';
import { appliedRun, endTest, optOutOfQuietRerun } from './quiet-rerun';

const engagement = engagementOf();
const NOW = '2026-11-18T02:00:00Z';

describe('the unchanged rerun after every run', () => {
  it('passes a run whose plan was applied whole', async () => {
    const world = makeSnapshot();
    const plan = planRun(engagement, world, new Date(NOW));
    expect(plan.writes.length).toBeGreaterThan(0);
    applyPlan(world, plan, NOW);
    await expect(endTest()).resolves.toBeUndefined();
  });

  it('fails a run whose writes did not land, naming what the rerun planned', async () => {
    const world = makeSnapshot();
    const plan = planRun(engagement, world, new Date(NOW));
    const result = applyPlan(world, { writes: [], notes: [] }, NOW);
    // As if the whole plan had been applied and GitHub had kept nothing of it.
    appliedRun({ before: world, plan, at: NOW, options: {}, result });
    await expect(endTest()).rejects.toThrow(
      /An unchanged rerun of run 2 of this test \(planRun at .*\) planned:\n {2}- /u,
    );
  });

  it('holds no run stopped part-way, nor a plan applied to another world (a race)', async () => {
    const world = makeSnapshot();
    const plan = planRun(engagement, world, new Date(NOW));
    applyPlan(world, plan, NOW, { stopAfter: 1 });
    applyPlan(makeSnapshot(), plan, NOW);
    await expect(endTest()).resolves.toBeUndefined();
  });

  it('takes an opt-out only with a reason', async () => {
    expect(() => optOutOfQuietRerun('')).toThrow(/reason/u);
    optOutOfQuietRerun('this test checks the opt-out itself');
    const world = makeSnapshot();
    const plan = planRun(engagement, world, new Date(NOW));
    appliedRun({
      before: world,
      plan,
      at: NOW,
      options: {},
      result: applyPlan(world, { writes: [], notes: [] }, NOW),
    });
    await expect(endTest()).resolves.toBeUndefined();
  });
});
