// The action finds its own issues with GraphQL's author filter. Where that filter misses a bot's issues
// (reported on GitHub Enterprise Cloud for app bots, renovatebot/renovate#44730), a run would open its
// kickoff, tracking and summary issues again every hour. The first page also lists the latest issues
// carrying the action's labels, whoever opened them: one the action opened that the filter missed stops
// the run before it writes anything, with an error that says what to do.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { writesSent } from './helpers';
import { recordActionRun, TOKEN_INPUTS } from '../support/action-run';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.repo.files.set('.github/engagement.yml', await readFile('examples/engagement.yml', 'utf8'));
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const run = (now: string) =>
  recordActionRun(fake, { inputs: { ...TOKEN_INPUTS, now }, event: { name: 'schedule', payload: {} } });
const botIssues = () =>
  [...fake.repo.issues.values()].filter((issue) => issue.author === 'github-actions[bot]');

describe('the author filter misses the action’s own issues', () => {
  it('the run after the first stops before writing, says why and what to do, and opens nothing twice', async () => {
    const first = await run('2026-11-16T02:00:00Z');
    expect(first.code).toBe(0);
    const opened = botIssues().length;
    expect(opened).toBeGreaterThan(2); // the kickoff and the tracking issues

    fake.repo.createdByMissesBots = true;
    const before = writesSent(fake);
    const second = await run('2026-11-16T03:00:00Z');
    expect(second.code).toBe(1);
    expect(writesSent(fake)).toBe(before);
    expect(botIssues()).toHaveLength(opened);
    expect(second.failed).toMatch(/did not return #\d+/u);
    expect(second.failed).toMatch(/machine account's token/u);
  });

  it('where the filter works, the check costs no request and the rerun writes nothing', async () => {
    await run('2026-11-16T02:00:00Z');
    const reads = fake.requests.length;
    const second = await run('2026-11-16T03:00:00Z');
    expect(second.code).toBe(0);
    // The probe rides on the first page: an unchanged hourly run reads as few pages as before.
    const graphql = fake.requests.slice(reads).filter((request) => request.path === '/graphql');
    const probing = graphql.filter((request) => /ownProbe/u.test(request.query ?? '')).length;
    expect(probing).toBeGreaterThanOrEqual(1);
    expect(probing).toBeLessThanOrEqual(2);
  });

  it('an issue a person opened with the action’s label is not mistaken for one the action lost', async () => {
    await run('2026-11-16T02:00:00Z');
    fake.repo.addIssue({
      title: 'Ghi chú về mốc',
      author: 'quang-songhan',
      labels: ['engagement: milestone'],
    });
    const second = await run('2026-11-16T03:00:00Z');
    expect(second.code).toBe(0);
  });
});
