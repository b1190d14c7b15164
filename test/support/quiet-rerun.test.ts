// The harness that reruns every run unchanged (quiet-rerun.ts) can fail: a run whose writes did not
// all land is caught, a plan applied whole is not, and an opt-out needs a reason; on the HTTP fake,
// every run (not only the last) is rerun right after it, off the record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planRun } from '../../src/plan/planner';
import { applyPlan, makeSnapshot } from '../../fake-github/world';
import { engagementOf } from '../deadlines/helpers';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import {
  appliedRun,
  endTest,
  optOutOfQuietRerun,
  runThenRerunQuietly,
  type FakeRunOutcome,
} from './quiet-rerun';

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

describe('the unchanged rerun right after every run on the HTTP fake', () => {
  const quiet: FakeRunOutcome = { code: 0, planned: [], remaining: 0 };
  const noisy: FakeRunOutcome = { code: 0, planned: ['comment → {"number":1}: again'], remaining: 0 };
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub();
  });
  afterEach(() => fake.close());
  const ask = (path: string) =>
    fetch(`${fake.url}${path}`, { headers: { authorization: `token ${WORKFLOW_TOKEN}` } });
  const runWith = (rerun: FakeRunOutcome, run: FakeRunOutcome = quiet) =>
    runThenRerunQuietly(
      fake,
      'a run',
      async () => run,
      (outcome) => outcome,
      async () => rerun,
    );

  it('checks every run, not only the last: a first run whose rerun plans again fails the test', async () => {
    await runWith(noisy);
    await runWith(quiet);
    await expect(endTest()).rejects.toThrow(
      /An unchanged rerun right after a run that succeeded sent 0 write\(s\)[^]*again/u,
    );
  });

  it('fails a rerun that fails where its run succeeded', async () => {
    await runWith({ code: 1, planned: [], remaining: 0 });
    await expect(endTest()).rejects.toThrow(/sent 0 write\(s\) to GitHub \(exit code\n1\)/u);
  });

  it('holds no run that left writes for the next, nor one that failed, met a fault or raced', async () => {
    await runWith(noisy, { ...quiet, remaining: 3 });
    await runWith(noisy, { ...quiet, code: 1 });
    fake.inject({ match: /GET \/user/u });
    await runThenRerunQuietly(
      fake,
      'a faulted run',
      () => ask('/user').then(() => quiet),
      (outcome) => outcome,
      async () => noisy,
    );
    await Promise.all([runWith(noisy), runWith(noisy)]);
    await expect(endTest()).resolves.toBeUndefined();
  });

  it('keeps the rerun off the record: the requests, points and faults are as the run left them', async () => {
    fake.inject({ match: /GET \/nowhere/u });
    const seen = fake.requests.length;
    await runThenRerunQuietly(
      fake,
      'a run',
      async () => quiet,
      (outcome) => outcome,
      async () => {
        await ask('/nowhere');
        return quiet;
      },
    );
    expect(fake.requests).toHaveLength(seen);
    await ask('/nowhere');
    expect(fake.requests.at(-1)?.operation).toBe('fault');
    await expect(endTest()).resolves.toBeUndefined();
  });
});
