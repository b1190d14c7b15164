import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeLabels, orderWrites } from '../../src/github/write-order';
import { renderMarker } from '../../src/core/markers';
import type { FakeGitHub } from '../../fake-github';
import { executePlan } from '../../src/github/execute';
import { fakeClock } from '../../fake-github/pacing';
import {
  expectQuietCycle,
  readFull,
  realPlan,
  runCycle,
  startRuntimeWorld,
  testClient,
  visibleState,
} from './helpers';

const fakes: FakeGitHub[] = [];
/** Every write request: REST writes and GraphQL mutation documents (an issue's writes go as one). */
const writeRequests = (fake: FakeGitHub) => fake.writes();
async function world(): Promise<FakeGitHub> {
  const fake = await startRuntimeWorld();
  fakes.push(fake);
  return fake;
}
afterEach(async () => {
  for (const fake of fakes.splice(0)) {
    expect(fake.violations).toEqual([]);
    await fake.close();
  }
});

describe('idempotence against the HTTP fake', () => {
  let reference: unknown;
  /** The writes of one uninterrupted run, and the requests they took (labels of a step go as one). */
  let total = 0;
  let requests = 0;
  beforeEach(async () => {
    const fake = await world();
    const first = await runCycle(fake);
    expect(first.report.failed).toBe(0);
    total = first.report.wrote;
    requests = writeRequests(fake).length;
    reference = visibleState(fake);
  });

  it('a rerun with nothing changed plans and makes zero writes', async () => {
    const fake = await world();
    await runCycle(fake);
    const before = fake.requests.length;
    const again = await runCycle(fake);
    expect(again.plan.writes).toEqual([]);
    expect(again.report.wrote).toBe(0);
    expect(
      fake.requests
        .slice(before)
        .filter((r) => (r.method !== 'GET' && r.operation !== 'graphql') || r.mutation === true),
    ).toEqual([]);
    expect(visibleState(fake)).toEqual(reference);
  });

  it('a run stopped after k writes, then rerun, ends where one uninterrupted run ends — for every k', async () => {
    console.log(`one uninterrupted run: ${total} writes in ${requests} requests`);
    expect(requests).toBeGreaterThanOrEqual(6);
    // An issue's writes go together: fewer requests than writes.
    expect(requests).toBeLessThan(total);
    for (let k = 0; k <= requests; k += 1) {
      const fake = await world();
      const stopped = await runCycle(fake, { budget: k });
      // Groups go whole (labels with their acknowledgement): the budget holds, except that the most
      // urgent group always goes when the budget is above zero.
      const sent = writeRequests(fake);
      const [first] = orderWrites(stopped.plan.writes);
      const firstSize = first ? mergeLabels(stopped.plan.writes, first.indexes).length : 0;
      expect(sent.length).toBeLessThanOrEqual(k === 0 ? 0 : Math.max(k, firstSize));
      if (k < requests) expect(stopped.report.left).toBeGreaterThan(0);
      const resumed = await runCycle(fake);
      expect(resumed.report.failed).toBe(0);
      expect(stopped.report.wrote + resumed.report.wrote).toBe(total);
      expect(visibleState(fake), `stopped after ${k} writes`).toEqual(reference);
      const third = await runCycle(fake);
      expect(third.plan.writes, `third run after k=${k}`).toEqual([]);
      await fake.close();
      fakes.splice(fakes.indexOf(fake), 1);
    }
  });

  it('two runs racing from the same read (each issue’s writes as one document): the next run heals the doubles, then plans nothing', async () => {
    const fake = await world();
    const snapshot = await readFull(fake);
    const plan = realPlan(snapshot);
    const apply = () =>
      executePlan(plan, { client: testClient(fake), snapshot, budget: 1000, clock: fakeClock() });
    // Both send each issue's document (labels, assignees, acknowledgement) from the same snapshot.
    const [a, b] = await Promise.all([apply(), apply()]);
    expect(a.failed + b.failed).toBe(0);
    expect(fake.writes().some((r) => r.mutation === true)).toBe(true);
    const healed = await runCycle(fake);
    expect(healed.report.failed).toBe(0);
    expect(healed.plan.writes.some((write) => write.kind === 'delete-comment')).toBe(true);
    // Every comment of the action once per issue; every issue it opened open once (the other copy
    // closed with a note saying which one stays).
    const marker = (body: string) => /<!-- engagement-keeper (\{.*?\}) -->/u.exec(body)?.[1];
    for (const issue of fake.repo.issues.values()) {
      const own = fake.repo
        .commentsOf(issue.number)
        .filter((comment) => comment.author === 'github-actions[bot]')
        .map((comment) => marker(comment.body));
      expect(new Set(own).size, `comments on #${issue.number}`).toBe(own.length);
    }
    const openOwn = [...fake.repo.issues.values()]
      .filter((issue) => issue.author === 'github-actions[bot]' && issue.state === 'open')
      .map((issue) => marker(issue.body));
    expect(new Set(openOwn).size).toBe(openOwn.length);
    await expectQuietCycle(fake);
  });

  it('a marker pasted by a person is not trusted: the bot still writes its own', async () => {
    const fake = await world();
    const pasted = renderMarker({ kind: 'feedback-ack', subject: 'issue:1' });
    fake.repo.addComment({ issueNumber: 1, author: 'lan-bepxanh', body: `copying this ${pasted}` });
    fake.repo.addIssue({
      title: 'Escalation: #2',
      author: 'minh-bepxanh',
      labels: ['engagement: escalation'],
      body: renderMarker({ kind: 'escalation', subject: 'issue:2', stage: 'feedback' }),
    });
    await runCycle(fake);
    const acks = fake.repo
      .commentsOf(1)
      .filter((c) => c.author === 'github-actions[bot]' && c.body.includes('"feedback-ack"'));
    expect(acks).toHaveLength(1);
    const escalations = [...fake.repo.issues.values()].filter(
      (i) => i.author === 'github-actions[bot]' && i.body.includes('"kind":"escalation"'),
    );
    expect(escalations).toHaveLength(1);
  });
});
