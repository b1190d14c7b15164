// The writes of one issue's group as one GraphQL mutation document, on the HTTP fake (which executes
// it against GitHub's published schema and prices it by GitHub's rule): labels off and on, assignees,
// comments and state in one request; a refused call fails alone; a lost answer never doubles a comment;
// a token that may only read stops the run; what cannot be named by node id goes the plain way.
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markedComment, type Plan, type Write } from '../../src/core/plan';
import { executePlan } from '../../src/github/execute';
import { issueBatchMutation, type IssueBatchWrite } from '../../src/github/issue-batch';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { githubSchema, queryCost } from '../../fake-github/graphql-engine';
import { fakeClock } from '../../fake-github/pacing';
import { validate } from 'graphql';
import { readFull, testClient } from './helpers';

let fake: FakeGitHub;
let issue = 0;
beforeEach(async () => {
  fake = await startFakeGitHub();
  for (const name of ['feedback', 'feedback: new', 'feedback: received', 'priority: P1'])
    fake.repo.addLabel(name);
  fake.repo.user('quang-songhan');
  fake.repo.user('thu-songhan');
  issue = fake.repo.addIssue({
    title: 'Nút thanh toán không bấm được',
    author: 'lan-bepxanh',
    labels: ['feedback', 'feedback: new'],
  }).number;
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const ref = () => ({ number: issue });
const ack = (text = 'Chào chị Lan, bên em đã nhận được phản hồi.'): Write =>
  markedComment(ref(), text, [{ kind: 'feedback-ack', subject: `issue:${issue}` }], 'acknowledge');
const whys = (): Write =>
  markedComment(ref(), 'Năm câu hỏi vì sao', [{ kind: 'feedback-5whys', subject: `issue:${issue}` }], 'P1');

/** New P1 feedback as the intake rule plans it: state label swapped, labels, roles, two comments. */
function intake(): Plan {
  const writes: Write[] = [
    { kind: 'remove-label', issue: ref(), label: 'feedback: new', reason: 'no longer new' },
    { kind: 'add-labels', issue: ref(), labels: ['feedback: received', 'priority: P1'], reason: 'triaged' },
    { kind: 'assign', issue: ref(), assignees: ['quang-songhan', 'thu-songhan'], reason: 'roles' },
    ack(),
    whys(),
  ];
  return { writes, notes: [] };
}

/**
 * The repository read as a run reads it; the function returned applies a plan on that read (the fake
 * may change in between: a fault, a person's edit), with a budget of 5 and fast retries unless told.
 */
async function readForRun(): Promise<
  (plan: Plan, options?: Partial<Parameters<typeof executePlan>[1]>) => ReturnType<typeof executePlan>
> {
  const client = testClient(fake);
  const snapshot = await readFull(fake, client);
  return (plan, options = {}) =>
    executePlan(plan, { client, snapshot, budget: 5, clock: fakeClock(), createRetryBaseMs: 10, ...options });
}

const mutations = () => fake.requests.filter((request) => request.mutation === true);
const botComments = () =>
  fake.repo.commentsOf(issue).filter((comment) => comment.author === 'github-actions[bot]');

describe("one issue's writes in one GraphQL request", () => {
  it('swaps labels, assigns, acknowledges and closes in one request of one point', async () => {
    const apply = await readForRun();
    const plan: Plan = {
      writes: [
        ...intake().writes,
        { kind: 'close-issue', issue: ref(), stateReason: 'not_planned', reason: 'dup' },
      ],
      notes: [],
    };
    const before = fake.pointsSpent();
    const report = await apply(plan, { budget: 1 });

    expect(report).toMatchObject({ wrote: 6, failed: 0, left: 0, skipped: 0 });
    expect(fake.restWrites()).toEqual([]);
    expect(mutations()).toHaveLength(1);
    expect(fake.pointsSpent() - before).toBe(1);
    const written = fake.repo.issues.get(issue)!;
    expect([...written.labels].sort()).toEqual(['feedback', 'feedback: received', 'priority: P1']);
    expect(written.assignees).toEqual(['quang-songhan', 'thu-songhan']);
    expect(written).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
    // In the plan's order: the acknowledgement before the 5 whys.
    expect(botComments().map((comment) => comment.body.split('\n')[0])).toEqual([
      'Chào chị Lan, bên em đã nhận được phản hồi.',
      'Năm câu hỏi vì sao',
    ]);
  });

  it('is a document GitHub accepts, whatever writes it carries', () => {
    const writes = [
      ...intake().writes,
      { kind: 'close-issue', issue: ref(), stateReason: 'completed', reason: 'done' },
      { kind: 'reopen-issue', issue: ref(), reason: 'again' },
    ] as IssueBatchWrite[];
    const ids = {
      issue: 'I_1',
      labels: new Map([
        ['feedback: new', 'LA_1'],
        ['feedback: received', 'LA_2'],
        ['priority: p1', 'LA_3'],
      ]),
      people: new Map([
        ['quang-songhan', 'U_1'],
        ['thu-songhan', 'U_2'],
      ]),
    };
    const { document, variables } = issueBatchMutation(writes, ids);
    expect(validate(githubSchema(), parse(document))).toEqual([]);
    expect(queryCost(parse(document), variables)).toBe(1);
    expect(variables).toMatchObject({ issue: 'I_1', v0: ['LA_1'], v2: ['U_1', 'U_2'], v5: 'COMPLETED' });
  });

  it('a refused call fails alone: a comment GitHub finds too long, the rest is made', async () => {
    const apply = await readForRun();
    const plan: Plan = {
      writes: intake().writes.map((write, index) => (index === 3 ? ack('x'.repeat(70_000)) : write)),
      notes: [],
    };
    const report = await apply(plan);
    expect(report).toMatchObject({ wrote: 4, failed: 1 });
    const failed = report.outcomes.find((outcome) => outcome.status === 'failed')!;
    expect(failed.write.kind).toBe('comment');
    expect(failed.detail).toMatch(new RegExp(`^GitHub refused comment on #${issue}: Body is too long`, 'u'));
    expect(botComments()).toHaveLength(1);
    expect(fake.repo.issues.get(issue)!.assignees).toHaveLength(2);
  });

  it('a lost answer is looked into before sending again: each comment exists once', async () => {
    const apply = await readForRun();
    fake.inject({ mutation: true, afterApplying: true, status: 502, message: 'Bad Gateway' });
    const clock = fakeClock();
    const report = await apply(intake(), { clock });
    expect(report).toMatchObject({ failed: 0, left: 0 });
    // The comments were found made; the labels, assignees and state were sent again (sets).
    expect(
      report.outcomes.filter((outcome) => outcome.status === 'already').map((o) => o.write.kind),
    ).toEqual(['comment', 'comment']);
    expect(botComments()).toHaveLength(2);
    expect(mutations()).toHaveLength(2);
    expect(fake.requests.filter((r) => r.operation === 'issues/list-comments')).toHaveLength(1);
    expect(clock.slept).toContain(10);
  });

  it('an answer lost before anything was made: the whole document again, once', async () => {
    const apply = await readForRun();
    fake.inject({ mutation: true, status: 502, message: 'Bad Gateway' });
    const report = await apply(intake());
    expect(report).toMatchObject({ wrote: 5, failed: 0 });
    expect(botComments()).toHaveLength(2);
  });

  it('a token that may only read stops the run, as a REST write would', async () => {
    const apply = await readForRun();
    fake.repo.tokenAccess = 'read';
    const report = await apply(intake());
    expect(report.stop?.name).toBe('PermissionStop');
    expect(report.stop?.message).toMatch(
      /may not write to issues \(Resource not accessible by integration\)/u,
    );
    expect(report.wrote).toBe(0);
    expect(botComments()).toEqual([]);
  });

  it('someone GitHub does not list as assignable is assigned the plain way, in the plan’s order', async () => {
    const client = testClient(fake);
    const snapshot = await readFull(fake, client);
    const plan = intake();
    const unknown = {
      ...snapshot,
      assignable: snapshot.assignable?.filter((p) => p.login !== 'thu-songhan'),
    };
    const report = await executePlan(plan, { client, snapshot: unknown, budget: 5, clock: fakeClock() });
    expect(report).toMatchObject({ wrote: 5, failed: 0 });
    // The labels, then the assignment by REST, then the two comments: no write jumps another.
    expect(
      fake.writes().map((r) => (r.mutation ? Object.keys(r.variables ?? {}).length - 1 : r.operation)),
    ).toEqual([2, 'issues/add-assignees', 2]);
    expect(fake.repo.issues.get(issue)!.assignees).toEqual(['quang-songhan', 'thu-songhan']);
  });

  it("GitHub's GraphQL rate limit stops the run at once: nothing sent again, the writes left", async () => {
    const apply = await readForRun();
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    fake.inject({
      mutation: true,
      graphqlErrors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation.' }],
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    });
    const report = await apply(intake());
    expect(report.stop?.name).toBe('RateLimitStop');
    expect(report).toMatchObject({ wrote: 0, failed: 0, left: 5 });
    expect(fake.requests.filter((r) => r.mutation === true || r.operation === 'fault')).toHaveLength(1);
    expect(fake.requests.filter((r) => r.operation === 'issues/list-comments')).toEqual([]);
    expect(botComments()).toEqual([]);
  });

  it('a document GitHub refuses as a whole fails once, with its reason, and is not sent again', async () => {
    const apply = await readForRun();
    fake.inject({
      mutation: true,
      graphqlErrors: [{ message: "Field 'closeIssue' doesn't accept argument 'stateReason'" }],
    });
    const report = await apply(intake());
    expect(report).toMatchObject({ wrote: 0, failed: 5 });
    expect(report.outcomes[0]!.detail).toMatch(/doesn't accept argument 'stateReason'/u);
    expect(fake.requests.filter((r) => r.operation === 'fault')).toHaveLength(1);
    expect(fake.requests.filter((r) => r.operation === 'issues/list-comments')).toEqual([]);
  });

  it("GitHub's timeout after part of the document ran: looked into, then only what is missing", async () => {
    const apply = await readForRun();
    fake.inject({
      mutation: true,
      afterApplying: true,
      graphqlErrors: [
        { message: 'Something went wrong while executing your query. This may be the result of a timeout.' },
      ],
    });
    const report = await apply(intake());
    expect(report).toMatchObject({ failed: 0, already: 2 });
    expect(botComments()).toHaveLength(2);
    expect(fake.requests.filter((r) => r.operation === 'issues/list-comments')).toHaveLength(1);
  });

  it('a token refused part-way: what GitHub made is recorded as made, the rest waits, the run stops', async () => {
    const apply = await readForRun();
    fake.inject({
      mutation: true,
      afterApplying: true,
      graphqlErrors: [
        { type: 'FORBIDDEN', message: 'Resource not accessible by integration', path: ['w2'] },
        { type: 'FORBIDDEN', message: 'Resource not accessible by integration', path: ['w3'] },
        { type: 'FORBIDDEN', message: 'Resource not accessible by integration', path: ['w4'] },
      ],
    });
    const report = await apply(intake());
    expect(report.stop?.name).toBe('PermissionStop');
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual([
      'wrote',
      'wrote',
      'skipped',
      'skipped',
      'skipped',
    ]);
  });

  it('a label deleted since the read: taking it off is done, putting it on goes by name', async () => {
    const apply = await readForRun();
    fake.inject({
      mutation: true,
      before: (repo) => {
        for (const name of ['feedback: new', 'priority: p1']) repo.labels.delete(name);
        const found = repo.issues.get(issue)!;
        found.labels = found.labels.filter((name) => name !== 'feedback: new');
      },
    });
    const report = await apply(intake());
    expect(report).toMatchObject({ failed: 0 });
    expect(report.outcomes[0]).toMatchObject({ status: 'already', detail: 'the label no longer exists' });
    expect([...fake.repo.issues.get(issue)!.labels].sort()).toEqual([
      'feedback',
      'feedback: received',
      'priority: P1',
    ]);
    expect(fake.restWrites().map((r) => r.operation)).toEqual(['issues/add-labels']);
  });

  it('a label the run creates is named the plain way, so the budget counts every request', async () => {
    const apply = await readForRun();
    const other = fake.repo.addIssue({ title: 'Khác', author: 'lan-bepxanh', labels: ['feedback'] }).number;
    const plan: Plan = {
      writes: [
        markedComment({ number: other }, 'ack', [{ kind: 'feedback-ack', subject: `issue:${other}` }], 'ack'),
        { kind: 'create-label', name: 'topic: checkout', color: 'ededed', description: 'x', reason: 'new' },
        ack(),
        { kind: 'add-labels', issue: ref(), labels: ['topic: checkout'], reason: 'topic' },
      ],
      notes: [],
    };
    const report = await apply(plan, { budget: 2 });
    expect(fake.writes().length).toBeLessThanOrEqual(2);
    expect(report.left).toBeGreaterThan(0);
  });

  it('one write left: sent the plain way, as before', async () => {
    const apply = await readForRun();
    const report = await apply({ writes: [ack()], notes: [] });
    expect(report.wrote).toBe(1);
    expect(mutations()).toEqual([]);
    expect(fake.restWrites().map((r) => r.operation)).toEqual(['issues/create-comment']);
  });
});
