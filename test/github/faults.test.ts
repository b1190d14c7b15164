// Faults GitHub really produces, on the HTTP fake: the run recovers where GitHub's guidance says it
// can (retry 5xx, wait out `retry-after` and rate-limit resets), never duplicates content when an
// answer is lost, and otherwise reports the failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Marker } from '../../src/core/markers';
import { markedComment, type Plan } from '../../src/core/plan';
import { executePlan } from '../../src/github/execute';
import type { FakeGitHub } from '../../fake-github';
import { fakeClock } from '../../fake-github/pacing';
import { expectQuietCycle, readFull, runCycle, startRuntimeWorld, testClient, visibleState } from './helpers';

let fake: FakeGitHub;
let reference: unknown;
beforeEach(async () => {
  const clean = await startRuntimeWorld();
  await runCycle(clean);
  reference = visibleState(clean);
  await clean.close();
  fake = await startRuntimeWorld();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const ack: Marker = { kind: 'feedback-ack', subject: 'issue:1' };
const commentPlan: Plan = { writes: [markedComment({ number: 1 }, 'Cảm ơn', [ack], 'ack')], notes: [] };

async function executeOn(plan: Plan) {
  const client = testClient(fake);
  const snapshot = await readFull(fake, client);
  const report = await executePlan(plan, {
    client,
    snapshot,
    budget: 100,
    clock: fakeClock(),
    createRetryBaseMs: 1,
  });
  return { report, client };
}

describe('fault tolerance', () => {
  it('rides out a burst of 500, 502 and 503 answers on reads and writes', async () => {
    fake.inject({ match: /POST \/graphql/u, status: 502, times: 2 });
    fake.inject({ match: /POST .*\/labels$/u, status: 500 });
    fake.inject({ match: /POST .*\/labels$/u, status: 503 });
    fake.inject({ match: /PATCH /u, status: 502 });
    const { report } = await runCycle(fake);
    expect(report.failed).toBe(0);
    expect(visibleState(fake)).toEqual(reference);
    await expectQuietCycle(fake);
  });

  it('does not duplicate a comment whose answer was lost (502 after GitHub applied it)', async () => {
    fake.inject({ match: /POST .*\/comments$/u, status: 502, afterApplying: true });
    const { report } = await executeOn(commentPlan);
    expect(report.outcomes[0]).toMatchObject({
      status: 'already',
      detail: 'the earlier attempt had gone through',
    });
    expect(fake.repo.commentsOf(1)).toHaveLength(1);
  });

  it('does not duplicate an issue when the connection drops after GitHub opened it', async () => {
    fake.inject({ match: /POST .*\/issues$/u, drop: true, afterApplying: true, times: 2 });
    const { report } = await runCycle(fake);
    expect(report.failed).toBe(0);
    expect(visibleState(fake)).toEqual(reference);
    await expectQuietCycle(fake);
  });

  it('retries content creation that did not go through (503 before applying), once it checked', async () => {
    fake.inject({ match: /POST .*\/comments$/u, status: 503, times: 2 });
    const { report } = await executeOn(commentPlan);
    expect(report.outcomes[0]!.status).toBe('wrote');
    expect(fake.repo.commentsOf(1)).toHaveLength(1);
  });

  it('waits out a 403 secondary rate limit with retry-after, then succeeds', async () => {
    fake.inject({
      match: /POST .*\/comments$/u,
      status: 403,
      headers: { 'retry-after': '7' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    const { report, client } = await executeOn(commentPlan);
    expect(report.outcomes[0]!.status).toBe('wrote');
    expect(client.warnings.join('\n')).toMatch(/secondary rate limit.*7s/u);
    expect(fake.repo.commentsOf(1)).toHaveLength(1);
  });

  it('waits out a 429 on a GraphQL read and a primary limit (x-ratelimit-remaining: 0) on a write', async () => {
    fake.inject({
      match: /POST \/graphql/u,
      status: 429,
      headers: { 'retry-after': '3' },
      message: 'You have exceeded a secondary rate limit.',
    });
    fake.inject({
      match: /POST .*\/labels$/u,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
      message: 'API rate limit exceeded',
    });
    const { report, client } = await runCycle(fake);
    expect(report.failed).toBe(0);
    expect(client.warnings.length).toBeGreaterThanOrEqual(2);
    expect(visibleState(fake)).toEqual(reference);
    await expectQuietCycle(fake);
  });

  it('retries a plain 429 after its retry-after, as documented', async () => {
    fake.inject({
      match: /POST .*\/comments$/u,
      status: 429,
      headers: { 'retry-after': '2' },
      message: 'Too many requests',
    });
    const { report, client } = await executeOn(commentPlan);
    expect(report.outcomes[0]!.status).toBe('wrote');
    expect(client.warnings.join('\n')).toMatch(/answered 429.*retrying in 2s/u);
    expect(fake.repo.commentsOf(1)).toHaveLength(1);
  });

  it('stops at a spent primary rate limit without sleeping to its reset: the rest is left', async () => {
    fake.inject({
      match: /POST .*\/labels$/u,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      },
      message: 'API rate limit exceeded',
    });
    const { report } = await runCycle(fake);
    expect(report.stop?.name).toBe('RateLimitStop');
    expect(report.wrote).toBe(0);
    expect(report.failed).toBe(0);
    expect(report.left).toBe(report.outcomes.length);
    await runCycle(fake);
    expect(visibleState(fake)).toEqual(reference);
    await expectQuietCycle(fake);
  });

  it('reports a write GitHub keeps refusing, goes on with the rest, and a rerun completes without duplicates', async () => {
    // GitHub refuses to open the tracking issue and the escalation issue.
    fake.inject({ match: /POST .*\/issues$/u, status: 422, message: 'Validation Failed', times: 2 });
    const first = await runCycle(fake);
    const failed = first.report.outcomes.filter((o) => o.status === 'failed');
    expect(failed.map((o) => o.write.kind)).toEqual(['open-issue', 'open-issue']);
    expect(failed[0]!.detail).toMatch(/422/u);
    // What names those issues waits for them (the summary, the breach note, the early warning); the
    // acknowledgements and labels go out.
    expect(first.report.skipped).toBeGreaterThanOrEqual(3);
    expect(first.report.wrote).toBeGreaterThan(5);
    const second = await runCycle(fake);
    expect(second.report.failed).toBe(0);
    expect(visibleState(fake)).toEqual(reference);
    await expectQuietCycle(fake);
  });
});
