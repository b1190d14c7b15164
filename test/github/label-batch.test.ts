// The labels of many issues in one GraphQL request, on the HTTP fake: aliased `addLabelsToLabelable`
// calls in one mutation document, one operation of operations-per-run, priced by GitHub's rules; each
// issue's labels stand or fail alone, and a failure names the issue, the labels and GitHub's reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan, Write } from '../../src/core/plan';
import { executePlan } from '../../src/github/execute';
import { labelBatchMutation } from '../../src/github/label-batch';
import { LABEL_BATCH_SIZE, planRequests } from '../../src/github/write-order';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { queryCost } from '../../fake-github/graphql-engine';
import { fakeClock } from '../../fake-github/pacing';
import { parse } from 'graphql';
import { readFull, testClient } from './helpers';

const ISSUES = 60;
const NEW_LABELS = ['feedback: received', 'priority: P3'];

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
  for (let i = 0; i < ISSUES; i += 1)
    fake.repo.addIssue({ title: `Feedback ${i + 1}`, author: 'lan-bepxanh', labels: ['feedback'] });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

/** The backfill of issues open from before the adoption: labels only, none with a partner write. */
function backfill(): Plan {
  const writes: Write[] = [
    ...NEW_LABELS.map((name): Write => ({
      kind: 'create-label',
      name,
      color: 'ededed',
      description: name,
      reason: 'needed',
    })),
    ...Array.from({ length: ISSUES }, (_, i): Write => ({
      kind: 'add-labels',
      issue: { number: i + 1 },
      labels: NEW_LABELS,
      reason: 'triaged on adoption',
    })),
  ];
  return { writes, notes: [] };
}

const mutations = () => fake.requests.filter((request) => request.mutation === true);

describe('labels of many issues in one GraphQL request', () => {
  it('applies every label, fifty issues a request, each request one operation and one point', async () => {
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    const before = { points: fake.pointsSpent(), secondary: fake.secondaryPointsSpent() };
    const report = await executePlan(backfill(), { client, snapshot, budget: 4, clock: fakeClock() });

    expect(report).toMatchObject({ wrote: 2 + ISSUES, failed: 0, left: 0, skipped: 0 });
    for (const issue of fake.repo.issues.values())
      expect([...issue.labels].sort()).toEqual(['feedback', ...NEW_LABELS].sort());
    // Two label creations by REST, then two documents: 50 issues and 10.
    expect(fake.restWrites().map((r) => r.operation)).toEqual(['issues/create-label', 'issues/create-label']);
    expect(mutations().map((r) => Object.keys(r.variables ?? {}).length / 2)).toEqual([50, 10]);
    // The new labels' node ids came with GitHub's answers to their creation: no lookup.
    expect(fake.requests.some((r) => r.query?.includes('EngagementKeeperLabelIds'))).toBe(false);
    // GitHub's rule: no connection in the payloads, one point a document; 5 secondary points each.
    expect(fake.pointsSpent() - before.points).toBe(2);
    expect(fake.secondaryPointsSpent() - before.secondary).toBe(10);
  });

  it('counts a batch as one operation: a budget of 3 makes the labels and the first 50 issues', async () => {
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    const report = await executePlan(backfill(), { client, snapshot, budget: 3, clock: fakeClock() });
    expect(report).toMatchObject({ wrote: 2 + 50, left: ISSUES - 50, failed: 0 });
    const labelled = [...fake.repo.issues.values()].filter((issue) => issue.labels.length === 3);
    expect(labelled.map((issue) => issue.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('looks label ids up once when the snapshot does not carry them', async () => {
    for (const name of NEW_LABELS) fake.repo.addLabel(name);
    const client = testClient(fake);
    const read = await readFull(fake, client);
    const snapshot = {
      ...read,
      labels: read.labels.map(({ name, color, description }) => ({ name, color, description })),
    };
    const plan: Plan = { writes: backfill().writes.filter((w) => w.kind === 'add-labels'), notes: [] };
    const report = await executePlan(plan, { client, snapshot, budget: 10, clock: fakeClock() });
    expect(report).toMatchObject({ wrote: ISSUES, failed: 0 });
    expect(fake.requests.filter((r) => r.query?.includes('EngagementKeeperLabelIds'))).toHaveLength(1);
    expect(mutations()).toHaveLength(2);
  });

  it('reports the issue GitHub refused (which issue, which labels, why) and makes the others', async () => {
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    // A person deletes issue #7 after the run read the repository, before its labels are written.
    fake.inject({ mutation: true, before: (repo) => void repo.issues.delete(7) });
    const report = await executePlan(backfill(), { client, snapshot, budget: 10, clock: fakeClock() });

    expect(report).toMatchObject({ wrote: 2 + ISSUES - 1, failed: 1, left: 0 });
    const failed = report.outcomes.filter((outcome) => outcome.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.issueNumber).toBe(7);
    expect(failed[0]!.detail).toMatch(
      /^GitHub refused the labels "feedback: received", "priority: P3" on #7: Could not resolve to a node with the global id of 'I_7'/u,
    );
    for (const issue of fake.repo.issues.values()) expect(issue.labels).toHaveLength(3);
  });

  it('never batches labels that go with another write of their issue (an acknowledgement)', () => {
    const ack: Write = {
      kind: 'comment',
      issue: { number: 2 },
      body: 'ack',
      marker: { kind: 'feedback-ack', subject: 'issue:2' },
      reason: 'acknowledge',
    };
    const writes = [...backfill().writes, ack];
    const steps = planRequests(writes);
    const withAck = steps.find((step) => step.indexes.includes(writes.length - 1))!;
    // The acknowledgement's labels travel with it, first, in the one document of its issue.
    expect(withAck.urgency).toBe('acknowledge');
    expect(withAck.requests).toHaveLength(1);
    const together = withAck.requests[0]!;
    expect(together.kind === 'issue' && together.items.map((item) => item.write.kind)).toEqual([
      'add-labels',
      'comment',
    ]);
    // Where the shell cannot name the issue by node id, one request per write, labels first.
    const plain = planRequests(writes, { labels: () => false, issue: () => false }).find((step) =>
      step.indexes.includes(writes.length - 1),
    )!;
    expect(plain.requests.map((r) => (r.kind === 'write' ? r.write.kind : r.kind))).toEqual([
      'add-labels',
      'comment',
    ]);
    const batches = steps.flatMap((step) => step.requests.filter((r) => r.kind === 'labels'));
    expect(batches.map((batch) => (batch.kind === 'labels' ? batch.items.length : 0))).toEqual([
      LABEL_BATCH_SIZE,
      ISSUES - 1 - LABEL_BATCH_SIZE,
    ]);
  });

  it('the document is what GitHub accepts, priced by its rule', () => {
    expect(queryCost(parse(labelBatchMutation(LABEL_BATCH_SIZE)), {})).toBe(1);
  });
});
