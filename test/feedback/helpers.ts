// Shared set-up for the feedback tests: a Vietnamese engagement (team reads English, client reads
// Vietnamese) on Asia/Ho_Chi_Minh time (UTC+7, 08:30–17:30, Mon–Fri, VN holidays), and small helpers.
import { parse } from 'yaml';
import type { PlanContext } from '../../src/core/context';
import type { Plan, Write } from '../../src/core/plan';
import { buildContext, composePlan } from '../../src/plan/planner';
import type { Snapshot } from '../../src/core/snapshot';
import { engagementFileSchema, type Engagement } from '../../src/engagement/schema';
import { feedbackDomain } from '../../src/feedback';
import { addComment, addIssue, applyPlan, makeSnapshot, updateIssue } from '../../fake-github/world';

export const ENGAGEMENT_YAML = `
engagement:
  name: Bếp Xanh website rebuild
  time_zone: Asia/Ho_Chi_Minh
  locale: en
  client_locale: vi
calendar:
  work_hours: { start: '08:30', end: '17:30' }
  holidays: VN
  closed_days:
    - { date: 2026-12-31, name: Company year-end party }
contacts:
  client:
    primary: { handle: '@lan-bepxanh', name: Chị Lan }
    alternates: ['@minh-bepxanh']
  vendor:
    primary: { handle: '@quang-songhan', name: Anh Quang }
    alternates: ['@vy-songhan']
    account_manager: '@hoa-songhan'
milestones:
  - { id: design, title: Visual design of key pages, owner: vendor, due: 2026-12-11 }
feedback:
  business_hours: true
  sla:
    urgent: { first_response: 4 business hours, resolution: 2 business days }
    important: { first_response: 16 business hours, resolution: 5 business days }
    not_important: { first_response: 48h, resolution: 10 business days }
  topics:
    - { id: quality, name: Product quality, name_vi: Chất lượng sản phẩm, keywords: [bug, lỗi] }
    - { id: delivery, name: Delivery time, name_vi: Tiến độ bàn giao }
    - { id: design, name: Design, name_vi: Thiết kế }
    - { id: support, name: Support, name_vi: Dịch vụ hỗ trợ }
    - { id: other, name: Other, name_vi: Khác }
  roles:
    triage: ['@quang-songhan']
    analysis: ['@vy-songhan']
`;

export function engagementWith(overrides: Record<string, unknown> = {}): Engagement {
  const base = parse(ENGAGEMENT_YAML) as Record<string, unknown>;
  return engagementFileSchema.parse(deepMerge(base, overrides));
}

function deepMerge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const ENGAGEMENT = engagementWith();

export function ctxAt(snapshot: Snapshot, now: string, engagement: Engagement = ENGAGEMENT): PlanContext {
  return buildContext(engagement, snapshot, new Date(now));
}

/** The feedback domain run through the real composer, alone; the labels it would create are left out. */
export function plan(snapshot: Snapshot, now: string, engagement: Engagement = ENGAGEMENT): Write[] {
  const composed = composePlan(ctxAt(snapshot, now, engagement), [feedbackDomain]);
  return composed.plan.writes.filter((write) => write.kind !== 'create-label');
}

export function asPlan(writes: readonly Write[]): Plan {
  return { writes, notes: [] };
}

/**
 * Plans and applies feedback writes at `now`, as one run would. The harness plans it again when the
 * test ends and holds it to planning nothing (test/support/quiet-rerun.ts).
 */
export function run(
  snapshot: Snapshot,
  now: string,
  engagement: Engagement = ENGAGEMENT,
): { snapshot: Snapshot; writes: Write[] } {
  const writes = plan(snapshot, now, engagement);
  return { snapshot: applyPlan(snapshot, asPlan(writes), now).snapshot, writes };
}

export function commentsOf(
  writes: readonly Write[],
  number?: number,
): Array<Extract<Write, { kind: 'comment' }>> {
  return writes.filter(
    (write): write is Extract<Write, { kind: 'comment' }> =>
      write.kind === 'comment' &&
      (number === undefined || ('number' in write.issue && write.issue.number === number)),
  );
}

export function labelsAdded(writes: readonly Write[], number: number): string[] {
  return writes.flatMap((write) =>
    write.kind === 'add-labels' && 'number' in write.issue && write.issue.number === number
      ? [...write.labels]
      : [],
  );
}

export function kinds(writes: readonly Write[]): string[] {
  return writes.map((write) => (write.kind === 'comment' ? `comment:${write.marker.kind}` : write.kind));
}

export function formBody(answers: {
  topic?: string;
  importance?: string;
  type?: string;
  what?: string;
  expected?: string;
  milestone?: string;
}): string {
  const section = (heading: string, value: string | undefined): string =>
    `### ${heading}\n\n${value ?? '_No response_'}`;
  return [
    section('Topic / Chủ đề', answers.topic),
    section('Importance / Mức độ quan trọng', answers.importance),
    section('Type / Loại phản hồi', answers.type),
    section('What happened / Điều gì đã xảy ra', answers.what),
    section('What did you expect? / Anh/chị mong muốn điều gì?', answers.expected),
    section('Related milestone (optional) / Mốc công việc liên quan (không bắt buộc)', answers.milestone),
  ].join('\n\n');
}

export const emptySnapshot = (): Snapshot => makeSnapshot();

/** When the resolved feedback #21 (`resolvedFeedback`) was filed and closed. */
const RESOLVED = { filed: '2026-11-23T02:00:00Z', closed: '2026-11-24T03:00:00Z' } as const;

/**
 * Feedback #21 (a wrong price), acknowledged, answered by the analysis role and closed as completed
 * on 24 Nov 03:00; the run right after asked the client to confirm and rate it.
 */
export function resolvedFeedback(): Snapshot {
  let world = addIssue(makeSnapshot(), {
    number: 21,
    title: 'Sai giá',
    body: 'Giá sản phẩm cà phê Arabica bị lỗi hiển thị sai trên trang chi tiết. Mong sửa lại đúng 250.000đ.',
    labels: ['feedback'],
    createdAt: RESOLVED.filed,
  });
  world = run(world, '2026-11-23T02:01:00Z').snapshot;
  world = addComment(world, 21, {
    author: 'vy-songhan',
    association: 'MEMBER',
    body: 'Đã sửa giá.',
    createdAt: '2026-11-23T04:00:00Z',
  });
  world = run(world, '2026-11-23T04:01:00Z').snapshot;
  world = updateIssue(world, 21, (issue) => ({
    ...issue,
    state: 'closed',
    stateReason: 'COMPLETED',
    closedAt: RESOLVED.closed,
  }));
  return run(world, '2026-11-24T03:01:00Z').snapshot;
}
