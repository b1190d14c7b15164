// Shared set-up for runtime tests: a client pointed at the local fake with waits shrunk to nothing, and
// one run of the runtime (read, plan with the real composer, apply) on a small engagement.
import { createGitHubClient, type GitHubClient } from '../../src/github/client';
import { fakeClock, fastPacing } from '../../fake-github/pacing';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import { parse } from 'yaml';
import type { Plan } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { engagementFileSchema, type Engagement } from '../../src/engagement/schema';
import { executePlan, type ExecutionReport } from '../../src/github/execute';
import type { PacerLimits } from '../../src/github/content-pacer';
import { readSnapshot } from '../../src/github/read-snapshot';
import { commentsWantingReactions, keptIssueLabels, trackedLabels } from '../../src/plan/reads';
import { DOMAINS } from '../../src/plan/domains';
import { planRun } from '../../src/plan/planner';
import { expectQuietRerun } from '../support/runs';

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

/**
 * The engagement the runtime tests run: one client handoff due tomorrow with deliverables missing,
 * and client feedback on Asia/Ho_Chi_Minh time, so the real planner writes every kind of write.
 */
export const RUNTIME_ENGAGEMENT: Engagement = engagementFileSchema.parse(
  parse(`
engagement:
  name: Bếp Xanh website rebuild
  time_zone: Asia/Ho_Chi_Minh
  locale: en
  client_locale: vi
  adopted_on: 2026-11-01
calendar:
  work_hours: { start: '08:30', end: '17:30' }
  holidays: VN
contacts:
  client:
    primary: { handle: '@lan-bepxanh', name: Chị Lan, address: chị Lan }
    alternates: ['@minh-bepxanh']
  vendor:
    primary: { handle: '@quang-songhan', name: Anh Quang }
    account_manager: '@hoa-songhan'
milestones:
  - id: brand-assets
    title: Brand assets and content
    owner: client
    due: 2026-12-03
    deliverables: [Logo files, Product photos]
feedback:
  roles:
    triage: ['@quang-songhan']
# On by default in a real file; these runtime tests count and fail writes of the handoff and the
# feedback, and the kickoff's pin has its own test on the fake (test/e2e/kickoff.e2e.test.ts).
kickoff:
  enabled: false
`),
);

/** When the runtime tests run: the fake stamps its writes at this instant, and the planner plans for it. */
export const RUNTIME_NOW = new Date('2026-12-02T03:00:00Z');

/** The real composer, for the engagement above at RUNTIME_NOW. */
export const realPlan = (snapshot: Snapshot): Plan => planRun(RUNTIME_ENGAGEMENT, snapshot, RUNTIME_NOW);

export async function readFull(fake: FakeGitHub, client = testClient(fake)): Promise<Snapshot> {
  const { snapshot } = await readSnapshot(client, {
    owner: fake.repo.owner,
    name: fake.repo.name,
    botLogin: 'github-actions[bot]',
    trackedLabels: trackedLabels(RUNTIME_ENGAGEMENT),
    keptLabels: keptIssueLabels(RUNTIME_ENGAGEMENT),
    scope: { kind: 'full' },
    readAt: RUNTIME_NOW.toISOString(),
    reactionsOf: (read) => commentsWantingReactions(RUNTIME_ENGAGEMENT, read, RUNTIME_NOW),
  });
  return snapshot;
}

export interface CycleOptions {
  readonly budget?: number;
  readonly contentLimits?: PacerLimits;
}

/** One run of the runtime: read, plan with the real composer, apply. */
export async function runCycle(
  fake: FakeGitHub,
  options: CycleOptions = {},
): Promise<{ plan: Plan; report: ExecutionReport; client: ReturnType<typeof testClient> }> {
  const client = testClient(fake);
  const snapshot = await readFull(fake, client);
  const plan = realPlan(snapshot);
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
 * must plan nothing (test/support/runs.ts).
 */
export async function expectQuietCycle(fake: FakeGitHub): Promise<void> {
  const snapshot = await readFull(fake);
  expectQuietRerun(() => realPlan(snapshot).writes, 'the next run');
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

/** The fake, stamping at RUNTIME_NOW, with a world seeded where the real planner has every kind of write ahead. */
export async function startRuntimeWorld(): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({ clock: () => RUNTIME_NOW });
  seedRuntimeWorld(fake);
  return fake;
}

const LEFT_TO_CREATE = ['feedback: acknowledged', 'engagement: escalation'];

/**
 * Feedback to acknowledge, label and assign (one filed a day ago, so its response time has passed and
 * it escalates), a handoff to track and remind, labels to create: every kind of write is ahead.
 */
export function seedRuntimeWorld(fake: FakeGitHub): void {
  fake.repo.user('quang-songhan');
  fake.repo.user('hoa-songhan');
  fake.repo.addLabel('feedback', 'd4c5f9', 'Client feedback');
  // The labels a repository that ran before already has; two are left for the run to create.
  for (const label of DOMAINS.flatMap((domain) => domain.labels(RUNTIME_ENGAGEMENT))) {
    if (!LEFT_TO_CREATE.includes(label.name)) fake.repo.addLabel(label.name, label.color, label.description);
  }
  fake.repo.addIssue({
    title: 'Logo hơi mờ trên điện thoại',
    author: 'lan-bepxanh',
    labels: ['feedback', 'feedback: received'],
    createdAt: '2026-12-02T02:30:00Z',
  });
  fake.repo.addIssue({
    title: 'Khẩn cấp: trang thanh toán bị lỗi, khách không đặt hàng được',
    author: 'minh-bepxanh',
    labels: ['feedback'],
    body: 'Từ sáng nay trang thanh toán báo lỗi, khách hàng không thể đặt hàng. Rất gấp.',
    createdAt: '2026-12-01T02:00:00Z',
  });
  fake.repo.addIssue({
    title: 'Unrelated bug',
    author: 'vy-songhan',
    labels: ['bug'],
    createdAt: '2026-12-01T02:00:00Z',
  });
}

/** Write requests the fake received (REST writes and GraphQL mutations): a run that stops sends none. */
export function writesSent(fake: FakeGitHub): number {
  return fake.requests.filter((request) =>
    request.path === '/graphql'
      ? /^\s*mutation\b/u.test(request.query ?? '')
      : request.method !== 'GET' && request.method !== 'HEAD',
  ).length;
}
