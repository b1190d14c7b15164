// A first run that settles (issue #16): the realistic repository of 1,000 feedback issues (a quarter
// open, filed over the year before) adopts the action today. Its first scheduled run triages and labels
// every issue still open from before the adoption — the labels of up to 50 issues in one GraphQL
// request, one operation of operations-per-run (100) — and the run an hour later plans nothing.
// 10,000 is measured by `npm run bench -- settle 10000` (BENCHMARKS.md), not here.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngagement } from '../../src/engagement/load';
import type { Engagement } from '../../src/engagement/schema';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { loadInto, realisticSnapshot } from '../../fake-github/realistic-repo';
import { recordActionRun, TOKEN_INPUTS, type RecordedRun } from '../support/action-run';

const NOW = new Date('2026-12-02T02:00:00Z');
const N = 1000;
const HOUR = 3_600_000;

let fake: FakeGitHub;
let clock = NOW;
let engagement: Engagement;

beforeAll(async () => {
  const text = (await readFile('examples/engagement.yml', 'utf8')).replace(
    /^engagement:\n/mu,
    `engagement:\n  adopted_on: '${NOW.toISOString().slice(0, 10)}'\n`,
  );
  const loaded = loadEngagement(text, 'examples/engagement.yml');
  if (!loaded.ok) throw new Error('the example engagement does not load');
  engagement = loaded.engagement;
  fake = await startFakeGitHub({ checkResponses: false, clock: () => clock, htmlBase: 'https://github.com' });
  fake.repo.files.set('.github/engagement.yml', text);
  loadInto(fake, realisticSnapshot(engagement, N, NOW));
}, 120_000);
afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

async function scheduledRun(at: Date): Promise<RecordedRun & { writes: number; mutations: number }> {
  clock = at;
  const before = fake.requests.length;
  const run = await recordActionRun(fake, {
    inputs: { ...TOKEN_INPUTS, now: at.toISOString(), 'operations-per-run': '100' },
    clockStart: at.getTime(),
  });
  expect(run.code, run.log.filter((line) => line.startsWith('error')).join('\n')).toBe(0);
  const made = fake.requests.slice(before);
  return {
    ...run,
    writes: made.filter((r) => (r.method !== 'GET' && r.operation !== 'graphql') || r.mutation === true)
      .length,
    mutations: made.filter((r) => r.mutation === true).length,
  };
}

describe(`the first run on ${N.toLocaleString('en')} issues adopted today`, () => {
  it('labels every issue open from before the adoption within operations-per-run; the next hour plans nothing', async () => {
    const first = await scheduledRun(NOW);
    console.log(
      `N = ${N}: first run planned ${first.outputs.planned}, ${first.writes} write requests (${first.mutations} GraphQL), ${first.outputs.remaining} left`,
    );
    // Everything it planned is made in this one run: no write is left for later.
    expect(Number(first.outputs.remaining)).toBe(0);
    expect(first.writes).toBeLessThanOrEqual(100);
    expect(first.mutations).toBeGreaterThan(0);
    const open = [...fake.repo.issues.values()].filter(
      (issue) => issue.state === 'open' && issue.labels.includes(engagement.feedback.label),
    );
    expect(open.length).toBe(N / 4);
    // Triaged: each carries labels beside the intake label (its topic, importance and state).
    for (const issue of open) expect(issue.labels.length, `#${issue.number}`).toBeGreaterThan(2);

    const second = await scheduledRun(new Date(NOW.getTime() + HOUR));
    expect(Number(second.outputs.planned), second.outputs.plan?.slice(0, 2000)).toBe(0);
    expect(second.writes).toBe(0);
  }, 600_000);
});
