// Two runs at once on a repository adopted today, each sending the labels of the issues open from
// before the adoption in batched GraphQL requests: every issue ends with its labels once, exactly as
// one run leaves them, and after the run that repairs the race's other duplicates a rerun plans nothing.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEngagement } from '../../src/engagement/load';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { loadInto, realisticSnapshot } from '../../fake-github/realistic-repo';
import { recordActionRun, TOKEN_INPUTS } from '../support/action-run';

const NOW = new Date('2026-12-02T02:00:00Z');
const N = 240; // 60 issues open from before the adoption: two label batches

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) {
    expect(fake.violations).toEqual([]);
    await fake.close();
  }
});

let clock = NOW;
async function adoptedRepository(): Promise<FakeGitHub> {
  const text = (await readFile('examples/engagement.yml', 'utf8')).replace(
    /^engagement:\n/mu,
    `engagement:\n  adopted_on: '${NOW.toISOString().slice(0, 10)}'\n`,
  );
  const loaded = loadEngagement(text, 'examples/engagement.yml');
  if (!loaded.ok) throw new Error('the example engagement does not load');
  const fake = await startFakeGitHub({
    checkResponses: false,
    clock: () => clock,
    htmlBase: 'https://github.com',
  });
  fakes.push(fake);
  fake.repo.files.set('.github/engagement.yml', text);
  loadInto(fake, realisticSnapshot(loaded.engagement, N, NOW));
  return fake;
}

const run = (fake: FakeGitHub, at: Date) => {
  clock = at;
  return recordActionRun(fake, {
    inputs: { ...TOKEN_INPUTS, now: at.toISOString() },
    clockStart: at.getTime(),
  });
};

/** Each issue's labels as GitHub holds them, in the order they were added. */
const labelsOf = (fake: FakeGitHub) =>
  Object.fromEntries(
    [...fake.repo.issues.values()]
      .filter((issue) => issue.number <= N)
      .map((issue) => [issue.number, [...issue.labels].sort()]),
  );

describe('two runs at once, labels in batches', () => {
  it('leave every label once, as one run leaves them; the repair run then settles', async () => {
    const alone = await adoptedRepository();
    expect((await run(alone, NOW)).code).toBe(0);
    const expected = labelsOf(alone);

    const fake = await adoptedRepository();
    const raced = await Promise.all([run(fake, NOW), run(fake, NOW)]);
    for (const result of raced) expect(result.code, result.log.join('\n').slice(0, 3000)).toBe(0);
    // Both runs sent their batches: the labels were written twice over.
    expect(fake.requests.filter((r) => r.mutation === true).length).toBeGreaterThanOrEqual(4);
    for (const issue of fake.repo.issues.values())
      expect(new Set(issue.labels.map((l) => l.toLowerCase())).size, `#${issue.number}`).toBe(
        issue.labels.length,
      );
    expect(labelsOf(fake)).toEqual(expected);

    // The race's duplicate issues and comments are repaired by the next run; the one after plans nothing.
    const repair = await run(fake, new Date(NOW.getTime() + 3_600_000));
    expect(repair.code).toBe(0);
    const after = await run(fake, new Date(NOW.getTime() + 2 * 3_600_000));
    expect(Number(after.outputs.planned), after.outputs.plan?.slice(0, 2000)).toBe(0);
    expect(labelsOf(fake)).toEqual(expected);
  }, 600_000);
});
