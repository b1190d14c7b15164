// Shared set-up for runtime tests: a client pointed at the local fake with waits shrunk to nothing.
import { createGitHubClient, type GitHubClient } from '../../src/github/client';
import { fakeClock, fastPacing } from '../../fake-github/pacing';
import { WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';

export interface LogLines {
  readonly warnings: string[];
}

export function testClient(fake: FakeGitHub, token = WORKFLOW_TOKEN): GitHubClient & LogLines {
  const warnings: string[] = [];
  const client = createGitHubClient({
    token,
    baseUrl: fake.url,
    log: { info: () => undefined, warning: (m) => warnings.push(m) },
    pacing: fastPacing(),
  });
  return Object.assign(client, { warnings });
}

import type { Plan } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { executePlan, type ExecutionReport } from '../../src/github/execute';
import type { PacerLimits } from '../../src/github/content-pacer';
import { readSnapshot } from '../../src/github/read-snapshot';
import { expectQuietRerun } from '../support/runs';

export const TOY_TRACKED = ['feedback', 'engagement: escalation', 'engagement-summary'];

export async function readFull(fake: FakeGitHub, client = testClient(fake)): Promise<Snapshot> {
  const { snapshot } = await readSnapshot(client, {
    owner: fake.repo.owner,
    name: fake.repo.name,
    botLogin: 'github-actions[bot]',
    trackedLabels: TOY_TRACKED,
    keptLabels: ['engagement: escalation'],
    scope: { kind: 'full' },
    readAt: new Date().toISOString(),
  });
  return snapshot;
}

export interface CycleOptions {
  readonly budget?: number;
  readonly contentLimits?: PacerLimits;
}

/** One run of the runtime: read, plan, apply. */
export async function runCycle(
  fake: FakeGitHub,
  planner: (snapshot: Snapshot) => Plan,
  options: CycleOptions = {},
): Promise<{ plan: Plan; report: ExecutionReport; client: ReturnType<typeof testClient> }> {
  const client = testClient(fake);
  const snapshot = await readFull(fake, client);
  const plan = planner(snapshot);
  const report = await executePlan(plan, {
    client,
    snapshot,
    budget: options.budget ?? 1000,
    clock: fakeClock(),
    createRetryBaseMs: 1,
    ...(options.contentLimits ? { contentLimits: options.contentLimits } : {}),
  });
  return { plan, report, client };
}

/**
 * The check every multi-run test on the fake ends with: reading the repository again and planning
 * with the same planner must plan nothing (test/support/runs.ts).
 */
export async function expectQuietCycle(
  fake: FakeGitHub,
  planner: (snapshot: Snapshot) => Plan,
): Promise<void> {
  const snapshot = await readFull(fake);
  expectQuietRerun(() => planner(snapshot).writes, 'the next run');
}

/** The repository as people see it, without ids or times: what "the same end state" means. */
export function visibleState(fake: FakeGitHub): unknown {
  const repo = fake.repo;
  return {
    labels: [...repo.labels.values()].map((l) => `${l.name}#${l.color}`).sort(),
    issues: [...repo.issues.values()]
      .sort((a, b) => a.number - b.number)
      .map((issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body,
        state: issue.state,
        author: issue.author,
        labels: [...issue.labels].sort(),
        assignees: [...issue.assignees].sort(),
        comments: repo.commentsOf(issue.number).map((c) => `${c.author}: ${c.body}`),
      })),
  };
}

/** A small world with every kind of write ahead: feedback to acknowledge, an urgent one to escalate. */
export function seedToyWorld(fake: FakeGitHub): void {
  fake.repo.user('quang-songhan');
  fake.repo.user('hoa-songhan');
  fake.repo.addLabel('feedback', 'd4c5f9', 'Client feedback');
  fake.repo.addLabel('feedback: received', 'fbca04', null);
  fake.repo.addIssue({
    title: 'Logo hơi mờ trên điện thoại',
    author: 'lan-bepxanh',
    labels: ['feedback', 'feedback: received'],
  });
  fake.repo.addIssue({ title: 'URGENT: thanh toán lỗi', author: 'minh-bepxanh', labels: ['feedback'] });
  fake.repo.addIssue({ title: 'Unrelated bug', author: 'vy-songhan', labels: ['bug'] });
}
