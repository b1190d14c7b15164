// operations-per-run counts the write requests a run sends, whatever GitHub answers them: a refused
// comment is a request made, so a budget of 3 never sends 20 requests that GitHub keeps refusing, and a
// mutation document counts like a REST write (issue #16).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markedComment, type Plan, type Write } from '../../src/core/plan';
import { executePlan } from '../../src/github/execute';
import { rateLimitSection } from '../../src/github/rate-report';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { fakeClock } from '../../fake-github/pacing';
import { readFull, testClient } from './helpers';

let fake: FakeGitHub;
let issues: number[] = [];
beforeEach(async () => {
  fake = await startFakeGitHub();
  for (const name of ['feedback', 'feedback: new', 'feedback: received']) fake.repo.addLabel(name);
  issues = Array.from(
    { length: 20 },
    (_, index) =>
      fake.repo.addIssue({ title: `Góp ý ${index + 1}`, author: 'lan-bepxanh', labels: ['feedback'] }).number,
  );
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const reminder = (number: number): Write =>
  markedComment(
    { number },
    `Nhắc lại góp ý #${number}`,
    [{ kind: 'feedback-ack', subject: `issue:${number}` }],
    'due',
  );

/** Write requests the fake received, answered or refused: REST writes and GraphQL mutation documents. */
const sentWrites = () =>
  fake.requests.filter((request) =>
    request.path === '/graphql'
      ? /^\s*mutation\b/u.test(request.query ?? '')
      : request.method !== 'GET' && request.method !== 'HEAD',
  );
const writeRequests = () => sentWrites().length;

describe('operations-per-run counts write requests sent, not writes that went through', () => {
  it('a budget of 3 sends 3 comments when GitHub refuses every one, and leaves the other 17', async () => {
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    fake.inject({ match: /^POST \/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/u, status: 422, times: 100 });
    const plan: Plan = { writes: issues.map(reminder), notes: [] };
    const report = await executePlan(plan, { client, snapshot, budget: 3, clock: fakeClock() });
    expect(writeRequests()).toBe(3);
    expect(report.failed).toBe(3);
    expect(report.left).toBe(17);
    expect(report.outcomes.filter((o) => o.status === 'left').map((o) => o.detail)).toEqual(
      Array(17).fill('the operations-per-run budget is spent'),
    );
  });

  it('a mutation document is one request of the budget, refused or not', async () => {
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    // Each issue's label swap and acknowledgement go as one document; GitHub refuses the whole document.
    fake.inject({
      match: /^POST \/graphql$/u,
      mutation: true,
      times: 100,
      graphqlErrors: [{ type: 'UNPROCESSABLE', message: 'Could not add the labels' }],
    });
    const plan: Plan = {
      writes: issues
        .slice(0, 5)
        .flatMap((number): Write[] => [
          { kind: 'add-labels', issue: { number }, labels: ['feedback: received'], reason: 'triaged' },
          reminder(number),
        ]),
      notes: [],
    };
    const report = await executePlan(plan, { client, snapshot, budget: 2, clock: fakeClock() });
    expect(sentWrites().filter((w) => w.path === '/graphql')).toHaveLength(2);
    expect(writeRequests()).toBe(2);
    expect(client.counters.mutations).toBe(2);
    expect(report.failed).toBe(4);
    expect(report.left).toBe(6);
  });

  it("the job summary counts the run's mutation documents as writes", async () => {
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    const plan: Plan = {
      writes: issues
        .slice(0, 2)
        .flatMap((number): Write[] => [
          { kind: 'add-labels', issue: { number }, labels: ['feedback: received'], reason: 'triaged' },
          reminder(number),
        ]),
      notes: [],
    };
    const report = await executePlan(plan, { client, snapshot, budget: 10, clock: fakeClock() });
    expect(report.wrote).toBe(4);
    const section = rateLimitSection(client.counters);
    expect(client.counters.mutations).toBe(2);
    expect(section).toMatch(/2 of them mutation documents/u);
    expect(section).toMatch(/Write requests: 2\b/u);
  });
});
