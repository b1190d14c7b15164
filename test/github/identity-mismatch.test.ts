// A `bot-login` naming another app (a typo, an app renamed) or a token changed under the action: the run
// writes as an identity that did not open the action's issues, trusts none of their markers, and would
// open every issue again on every run. The first page's probe of the action's labels sees whose issues
// they are: the run stops before writing, exits non-zero, and names the login to set.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { writesSent } from './helpers';
import { recordActionRun } from '../support/action-run';
import { optOutOfQuietRerun } from '../support/quiet-rerun';

let fake: FakeGitHub;
let now = new Date('2026-11-23T01:00:00Z');
beforeEach(async () => {
  now = new Date('2026-11-23T01:00:00Z');
  fake = await startFakeGitHub({
    clock: () => now,
    tokens: { 'app-token': { app: 'real-keeper[bot]' }, 'new-token': { app: 'new-keeper[bot]' } },
  });
  fake.repo.files.set('.github/engagement.yml', await readFile('examples/engagement.yml', 'utf8'));
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const run = (botLogin: string, at: string, token = 'app-token') => {
  now = new Date(at);
  return recordActionRun(fake, {
    inputs: { 'github-token': token, 'bot-login': botLogin, now: at },
    event: { name: 'schedule', payload: {} },
    clockStart: now.getTime(),
  });
};

describe('a run that writes as another identity than the one that opened the action’s issues', () => {
  it('stops before writing, exits non-zero and names the login to set', async () => {
    optOutOfQuietRerun('the second run is refused on purpose');
    const first = await run('real-keeper[bot]', '2026-11-23T01:00:00Z');
    expect(first.code).toBe(0);
    const issues = fake.repo.issues.size;
    expect(issues).toBeGreaterThan(2);

    const before = writesSent(fake);
    const wrong = await run('wrong-keeper[bot]', '2026-11-23T02:00:00Z');
    expect(wrong.code).toBe(1);
    expect(writesSent(fake)).toBe(before);
    expect(fake.repo.issues.size).toBe(issues);
    expect(wrong.failed).toMatch(/opened by `real-keeper\[bot\]`/u);
    expect(wrong.failed).toMatch(/`bot-login` input to real-keeper\[bot\]/u);

    // Set right again, the action carries on where it was: nothing to do an hour later.
    const right = await run('real-keeper[bot]', '2026-11-23T03:00:00Z');
    expect(right.code).toBe(0);
    // Nothing opened twice (the weekly summary may be new: its hour came).
    const titles = [...fake.repo.issues.values()].map((issue) => issue.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('a move to a new identity goes ahead once the old identity’s issues are closed', async () => {
    optOutOfQuietRerun('the new identity opens its own issues');
    await run('real-keeper[bot]', '2026-11-23T01:00:00Z');
    for (const issue of fake.repo.issues.values()) {
      issue.state = 'closed';
      issue.stateReason = 'not_planned';
    }
    const moved = await run('new-keeper[bot]', '2026-11-23T02:00:00Z', 'new-token');
    expect(moved.code).toBe(0);
    const again = await run('new-keeper[bot]', '2026-11-23T03:00:00Z', 'new-token');
    expect(again.code).toBe(0);
    expect(again.outputs.writes).toBe('0');
  });
});
