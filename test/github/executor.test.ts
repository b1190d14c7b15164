import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markerKey, renderMarker, type Marker } from '../../src/core/markers';
import { refPlaceholder, type Plan, type Write } from '../../src/core/plan';
import { executePlan } from '../../src/github/execute';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { fakeClock } from '../../fake-github/pacing';
import { readFull, testClient } from './helpers';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.repo.user('hoa-songhan');
  fake.repo.addIssue({ title: 'Feedback: checkout', author: 'lan-bepxanh', labels: ['feedback'] });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const escalation: Marker = { kind: 'escalation', subject: 'issue:1' };
const key = markerKey(escalation);

function samplePlan(): Plan {
  const writes: Write[] = [
    {
      kind: 'create-label',
      name: 'engagement: escalation',
      color: 'b60205',
      description: 'Escalated',
      reason: 'needed',
    },
    {
      kind: 'open-issue',
      key,
      title: 'Escalation: checkout',
      body: `Evidence\n${renderMarker(escalation)}`,
      marker: escalation,
      labels: ['engagement: escalation'],
      assignees: ['hoa-songhan'],
      reason: 'urgent',
    },
    { kind: 'add-labels', issue: { number: 1 }, labels: ['feedback: acknowledged'], reason: 'acknowledged' },
    {
      kind: 'comment',
      issue: { created: key },
      body: `Timeline ${renderMarker({ kind: 'reminder', subject: 'issue:1' })}`,
      marker: { kind: 'reminder', subject: 'issue:1' },
      reason: 'evidence',
    },
    {
      kind: 'comment',
      issue: { number: 1 },
      body: `Followed in ${refPlaceholder(key)} ${renderMarker({ kind: 'amendment', subject: 'issue:1' })}`,
      marker: { kind: 'amendment', subject: 'issue:1' },
      reason: 'tell the client',
    },
  ];
  return { writes, notes: [] };
}

async function execute(plan: Plan, budget = 100) {
  const client = testClient(fake);
  const snapshot = await readFull(fake, client);
  return executePlan(plan, { client, snapshot, budget, clock: fakeClock(), createRetryBaseMs: 1 });
}

describe('the executor', () => {
  it('applies writes in order, resolving {created} targets and {{ref:KEY}} placeholders', async () => {
    const report = await execute(samplePlan());
    expect(report.outcomes.map((o) => o.status)).toEqual(['wrote', 'wrote', 'wrote', 'wrote', 'wrote']);
    const opened = fake.repo.issues.get(2)!;
    expect(opened).toMatchObject({
      title: 'Escalation: checkout',
      author: 'github-actions[bot]',
      labels: ['engagement: escalation'],
      assignees: ['hoa-songhan'],
    });
    expect(fake.repo.commentsOf(2).map((c) => c.body)).toEqual([expect.stringContaining('Timeline')]);
    expect(fake.repo.commentsOf(1)[0]!.body).toContain('Followed in #2');
    expect(fake.repo.labels.get('engagement: escalation')?.color).toBe('b60205');
  });

  it('stops at the operations-per-run budget and leaves dependants of an unopened issue for the next run', async () => {
    const report = await execute(samplePlan(), 1);
    expect(report.outcomes.map((o) => o.status)).toEqual(['wrote', 'left', 'left', 'left', 'left']);
    expect(report.left).toBe(4);
    expect(fake.repo.issues.size).toBe(1);
  });

  it('goes on after a failing write, reports it with its reason, and skips what depended on it', async () => {
    fake.inject({ method: 'POST', match: /\/issues$/u, status: 422, message: 'Validation Failed', times: 5 });
    const report = await execute(samplePlan());
    expect(report.outcomes.map((o) => o.status)).toEqual(['wrote', 'failed', 'wrote', 'skipped', 'skipped']);
    expect(report.outcomes[1]!.detail).toMatch(/422/u);
    expect(report.failed).toBe(1);
    expect(report.skipped).toBe(2);
    expect(fake.repo.issues.get(1)!.labels).toContain('feedback: acknowledged');
  });

  it('creates with one request each, reading nothing first: a race with another run is the next run’s to heal', async () => {
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    fake.repo.addComment({
      issueNumber: 1,
      author: 'github-actions[bot]',
      body: `Other run ${renderMarker({ kind: 'amendment', subject: 'issue:1' })}`,
    });
    fake.repo.addIssue({
      title: 'Escalation (other run)',
      author: 'github-actions[bot]',
      body: renderMarker(escalation),
      labels: ['engagement: escalation'],
    });
    const report = await executePlan(samplePlan(), {
      client,
      snapshot,
      budget: 100,
      clock: fakeClock(),
      createRetryBaseMs: 1,
    });
    expect(report.outcomes.map((o) => o.status)).toEqual(['already', 'wrote', 'wrote', 'wrote', 'wrote']);
    // Two escalations now: the snapshot could not know of the other run's (the marker finds it next run).
    expect([...fake.repo.issues.values()].filter((i) => i.title.startsWith('Escalation'))).toHaveLength(2);
    const requests = fake.requests.filter((r) => r.operation !== 'graphql');
    expect(requests.filter((r) => r.method === 'GET')).toEqual([]);
  });

  it('keeps a box a person ticked after the snapshot when it edits an issue body', async () => {
    const marker = renderMarker({ kind: 'summary', subject: 'week:2026-W49' });
    fake.repo.addIssue({
      title: 'Summary',
      author: 'github-actions[bot]',
      labels: ['engagement-summary'],
      body: `- [ ] Call Lan\n- [ ] Send invoice\n${marker}`,
    });
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    fake.repo.issues.get(2)!.body = `- [x] Call Lan\n- [ ] Send invoice\n${marker}`;
    const plan: Plan = {
      writes: [
        {
          kind: 'edit-issue',
          issue: { number: 2 },
          body: `- [ ] Call Lan\n- [ ] Send invoice\n- [ ] Book UAT\n${marker}`,
          reason: 'new item',
        },
      ],
      notes: [],
    };
    const report = await executePlan(plan, {
      client,
      snapshot,
      budget: 100,
      clock: fakeClock(),
      createRetryBaseMs: 1,
    });
    expect(report.wrote).toBe(1);
    expect(fake.repo.issues.get(2)!.body).toBe(
      `- [x] Call Lan\n- [ ] Send invoice\n- [ ] Book UAT\n${marker}`,
    );
  });

  it('treats an existing label and an already-removed label as done', async () => {
    fake.repo.addLabel('engagement: escalation');
    const plan: Plan = {
      writes: [
        {
          kind: 'create-label',
          name: 'engagement: escalation',
          color: 'b60205',
          description: 'x',
          reason: 'needed',
        },
        { kind: 'remove-label', issue: { number: 1 }, label: 'feedback: received', reason: 'moved on' },
      ],
      notes: [],
    };
    const report = await execute(plan);
    expect(report.outcomes.map((o) => o.status)).toEqual(['already', 'already']);
    expect(report.failed).toBe(0);
  });

  it('paces content creation and leaves writes for the next run when the hourly limit is reached', async () => {
    for (let n = 2; n <= 5; n += 1) fake.repo.addIssue({ title: `Feedback ${n}`, author: 'lan-bepxanh' });
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    const clock = fakeClock();
    // One comment on each of five issues: five groups, each whole.
    const comments: Write[] = Array.from({ length: 5 }, (_, i) => ({
      kind: 'comment' as const,
      issue: { number: i + 1 },
      body: `n${i} ${renderMarker({ kind: 'reminder', subject: 'issue:1', stage: String(i) })}`,
      marker: { kind: 'reminder', subject: 'issue:1', stage: String(i) },
      reason: 'test',
    }));
    const report = await executePlan(
      { writes: comments, notes: [] },
      {
        client,
        snapshot,
        budget: 100,
        clock,
        contentLimits: { perMinute: 2, perHour: 3, maxWaitMs: 120_000 },
      },
    );
    expect(report.outcomes.map((o) => o.status)).toEqual(['wrote', 'wrote', 'wrote', 'left', 'left']);
    expect(clock.slept.some((ms) => ms > 50_000)).toBe(true);
    expect([1, 2, 3, 4, 5].map((n) => fake.repo.commentsOf(n).length)).toEqual([1, 1, 1, 0, 0]);
  });

  it('leaves a group whole when its comment would be refused: its labels do not go without it', async () => {
    fake.repo.addIssue({ title: 'Feedback 2', author: 'lan-bepxanh' });
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    const clock = fakeClock();
    const ack = (number: number): Write[] => [
      { kind: 'add-labels', issue: { number }, labels: ['feedback: acknowledged'], reason: 'test' },
      {
        kind: 'comment',
        issue: { number },
        body: `ack ${renderMarker({ kind: 'feedback-ack', subject: `issue:${number}` })}`,
        marker: { kind: 'feedback-ack', subject: `issue:${number}` },
        reason: 'test',
      },
    ];
    const report = await executePlan(
      { writes: [...ack(1), ...ack(2)], notes: [] },
      { client, snapshot, budget: 100, clock, contentLimits: { perMinute: 5, perHour: 1, maxWaitMs: 1000 } },
    );
    expect(report.outcomes.map((o) => o.status)).toEqual(['wrote', 'wrote', 'left', 'left']);
    expect(fake.repo.commentsOf(2)).toHaveLength(0);
    expect(fake.repo.issues.get(2)?.labels ?? []).not.toContain('feedback: acknowledged');
  });
});
