// The whole action in-process (runAction with a recording runner) against the HTTP fake.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { recordActionRun, TOKEN_INPUTS } from '../support/action-run';
import { optOutOfQuietRerun } from '../support/quiet-rerun';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.repo.files.set('.github/engagement.yml', await readFile('examples/engagement.yml', 'utf8'));
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

/** One run of the action on the fake, with the workflow's tokens. */
function run(inputs: Record<string, string>, eventName: string, payload: object) {
  return recordActionRun(fake, {
    inputs: { ...TOKEN_INPUTS, ...inputs },
    event: { name: eventName, payload },
  });
}

const nonGraphqlWrites = () => fake.restWrites();

describe('runAction', () => {
  it('a missing permission is one error naming `issues: write`, and the run stops writing', async () => {
    fake.inject({
      match: /^(POST|PATCH|DELETE|PUT) \/repos\//u,
      status: 403,
      message: 'Resource not accessible by integration',
      times: 1000,
    });
    const result = await run({ now: '2026-11-16T02:00:00Z' }, 'schedule', {});
    expect(result.code).toBe(1);
    expect(result.failed).toMatch(/`permissions: issues: write`/u);
    expect(result.log.filter((l) => l.startsWith('error '))).toEqual([]);
    expect(fake.requests.filter((r) => r.status === 403)).toHaveLength(1);
  });

  it('a spent primary rate limit ends the run cleanly with its reset time and what is left', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    fake.inject({
      match: /^POST \/repos\/.*\/issues$/u,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      message: 'API rate limit exceeded',
    });
    const started = Date.now();
    const result = await run({ now: '2026-11-16T02:00:00Z' }, 'schedule', {});
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(result.code, result.log.join('\n')).toBe(0);
    const resetText = new Date(reset * 1000).toISOString().slice(0, 16).replace('T', ' ');
    const warning = result.log.find((l) => l.includes("GitHub's rate limit for this token is spent"));
    expect(warning).toContain(`until ${resetText} UTC`);
    expect(warning).toMatch(/\d+ write\(s\) are left for the next run/u);
    expect(Number(result.outputs.remaining)).toBeGreaterThan(0);
    // The next run does what is left, and one more run finds nothing to do.
    const next = await run({ now: '2026-11-16T02:00:00Z' }, 'schedule', {});
    expect(next.code, next.log.join('\n')).toBe(0);
    const settled = await run({ now: '2026-11-16T02:00:00Z' }, 'schedule', {});
    expect(settled.outputs.planned, settled.outputs.plan).toBe('0');
  });

  it('a run whose identity cannot be learned writes nothing and fails with one clear error', async () => {
    optOutOfQuietRerun('faults make the run fail before it writes: its rerun is the first run that writes');
    fake.inject({ match: /POST \/graphql/u, status: 502, times: 4 });
    const result = await run({ now: '2026-11-16T02:00:00Z' }, 'schedule', {});
    expect(result.code).toBe(1);
    expect(result.failed).toMatch(/could not learn who the action writes as/u);
    expect(nonGraphqlWrites()).toEqual([]);
  });

  it('a full run writes and settles in the same run: a rerun plans and writes nothing', async () => {
    const first = await run({ now: '2026-11-16T02:00:00Z' }, 'schedule', {});
    expect(first.code, first.log.join('\n')).toBe(0);
    expect(Number(first.outputs.writes)).toBeGreaterThan(0);
    expect(first.log.some((l) => /^info engagement-keeper: \d+ planned, \d+ written/u.test(l))).toBe(true);
    // One pass: what it planned is what it wrote (the summary links the issues it opened through
    // placeholders), and the check after writing found nothing left, so the next run has nothing to do.
    expect(first.outputs.writes).toBe(first.outputs.planned);
    expect(first.log.filter((l) => /would still plan/u.test(l))).toEqual([]);
    const count = nonGraphqlWrites().length;
    const settled = await run({ now: '2026-11-16T02:00:00Z' }, 'schedule', {});
    expect(settled.outputs.planned, settled.outputs.plan).toBe('0');
    expect(nonGraphqlWrites().length).toBe(count);
  });

  it('an event run reads one issue and writes only about it', async () => {
    // The feedback roles are the vendor's people, who can be assigned here.
    for (const login of ['quang-songhan', 'vy-songhan']) fake.repo.user(login);
    await run({ now: '2026-11-16T02:00:00Z' }, 'schedule', {});
    const feedback = fake.repo.addIssue({
      title: 'Trang chủ bị lỗi font, cần sửa gấp',
      author: 'lan-bepxanh',
      labels: ['feedback'],
      body: 'Trang chủ hiển thị sai dấu tiếng Việt, khách hàng xem không được. Cần sửa gấp!',
    });
    fake.repo.addIssue({
      title: 'Another feedback, not this event',
      author: 'minh-bepxanh',
      labels: ['feedback'],
      body: 'Màu xanh hơi đậm.',
    });
    const before = fake.requests.length;
    const event = {
      action: 'opened',
      issue: { number: feedback.number },
      sender: { login: 'lan-bepxanh' },
    };
    const result = await run({ now: '2026-11-18T03:00:00Z' }, 'issues', event);
    expect(result.code, result.log.join('\n')).toBe(0);
    const writes = fake.requests
      .slice(before)
      .filter((r) =>
        r.operation === 'graphql' ? /^\s*mutation\b/u.test(r.query ?? '') : r.method !== 'GET',
      );
    expect(writes.length).toBeGreaterThan(0);
    for (const write of writes) {
      expect(write.path).not.toMatch(new RegExp(`/issues/${feedback.number + 1}(/|$)`, 'u'));
      expect(JSON.stringify(write.variables ?? {})).not.toContain(`"I_${feedback.number + 1}"`);
    }
    expect(result.log.some((l) => l.includes(`event on #${feedback.number}`))).toBe(true);
    // The same event delivered again (GitHub redelivers, or a rerun of the job) plans nothing.
    const again = await run({ now: '2026-11-18T03:00:00Z' }, 'issues', event);
    expect(again.outputs.planned, again.outputs.plan).toBe('0');
  });

  it('fails with a reason and a non-zero exit when writes fail, writing the rest', async () => {
    fake.inject({ match: /POST .*\/issues$/u, status: 422, message: 'Validation Failed', times: 100 });
    const result = await run({ now: '2026-11-16T02:00:00Z' }, 'workflow_dispatch', {});
    expect(result.code).toBe(1);
    expect(result.failed).toMatch(/failed/u);
    expect(result.log.some((l) => l.startsWith('error open-issue') && l.includes('422'))).toBe(true);
    expect(Number(result.outputs.failed)).toBeGreaterThan(0);
  });

  it('dry run: nothing written, the plan in the outputs and the summary', async () => {
    const result = await run({ now: '2026-11-16T02:00:00Z', 'dry-run': 'true' }, 'workflow_dispatch', {});
    expect(result.code).toBe(0);
    expect(nonGraphqlWrites()).toEqual([]);
    expect(JSON.parse(result.outputs.plan!).writes.length).toBe(Number(result.outputs.planned));
    expect(
      result.log.some(
        (l) =>
          l.startsWith('summary ## engagement-keeper — dry run') && l.includes('| Kind | Target | Reason |'),
      ),
    ).toBe(true);
  });
});
