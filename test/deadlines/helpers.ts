// Shared fixtures for the deadline tests: a Vietnamese engagement (client reads Vietnamese, the team
// English), a context at a fixed `now`, and a `step` that plans and applies (the harness then plans
// every applied run again and holds it to planning nothing: test/support/quiet-rerun.setup.ts).
import type { PlanContext } from '../../src/core/context';
import type { Plan, Write } from '../../src/core/plan';
import { buildContext, composePlan } from '../../src/plan/planner';
import type { Snapshot } from '../../src/core/snapshot';
import { deadlinesDomain } from '../../src/deadlines';
import {
  engagementFileSchema,
  type Engagement,
  type EngagementInput,
  type Locale,
} from '../../src/engagement/schema';
import { applyPlan, makeSnapshot } from '../../fake-github/world';

/**
 * The engagement section of a golden story: both sides read `locale`, the team speaks as `bên em`,
 * and the client sees nothing internal unless the story adds `client_sees`.
 */
export function bothSidesIn(locale: Locale): EngagementInput['engagement'] {
  return {
    name: 'Bếp Xanh website rebuild',
    client: 'Bếp Xanh Coffee',
    vendor: 'Sông Hàn Digital',
    time_zone: 'Asia/Ho_Chi_Minh',
    locale,
    client_locale: locale,
    voice: 'bên em',
  };
}

export function engagementOf(overrides: Partial<EngagementInput> = {}): Engagement {
  return engagementFileSchema.parse({
    engagement: {
      name: 'Bếp Xanh website rebuild',
      client: 'Bếp Xanh Coffee',
      vendor: 'Sông Hàn Digital',
      time_zone: 'Asia/Ho_Chi_Minh',
      locale: 'en',
      client_locale: 'vi',
      // These tests read every part of the notices and escalations: the client may see it all here.
      client_sees: { fees: true, dispute: true, root_causes: true },
    },
    calendar: { work_hours: { start: '08:30', end: '17:30' }, holidays: 'VN' },
    contacts: {
      client: { primary: { handle: '@lan-bepxanh', name: 'Chị Lan' }, alternates: ['@minh-bepxanh'] },
      vendor: {
        primary: { handle: '@quang-songhan', name: 'Anh Quang' },
        alternates: ['@vy-songhan'],
        account_manager: '@hoa-songhan',
      },
    },
    contract: {
      reference: 'SH-2026-014',
      late_fee: { amount: 500000, currency: 'VND', grace: '2 business days', cap: 10000000 },
    },
    // On by default in a real file. These tests count the writes of the deadline rules they are about;
    // the kickoff has its own (kickoff.test.ts, kickoff-golden.test.ts, e2e/kickoff.e2e.test.ts).
    kickoff: { enabled: false },
    milestones: [
      {
        id: 'brand-assets',
        title: 'Brand assets and content',
        owner: 'client',
        due: '2026-11-27',
        deliverables: ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text'],
      },
      {
        id: 'design',
        title: 'Visual design of key pages',
        owner: 'vendor',
        due: '2026-12-11',
        depends_on: ['brand-assets'],
        deliverables: ['Home page design', 'Product page design'],
      },
      {
        id: 'design-approval',
        title: 'Design approval',
        owner: 'client',
        due: '2026-12-16',
        depends_on: ['design'],
        deliverables: ['Written approval'],
      },
    ],
    ...overrides,
  });
}

/** The context the real composer builds (buildContext), at `now`. */
export function contextOf(engagement: Engagement, snapshot: Snapshot, now: string | Date): PlanContext {
  return buildContext(engagement, snapshot, typeof now === 'string' ? new Date(now) : now);
}

/** The deadline domain run through the real composer, alone. */
export function planOf(engagement: Engagement, snapshot: Snapshot, now: string | Date): Plan {
  return composePlan(contextOf(engagement, snapshot, now), [deadlinesDomain]).plan;
}

/**
 * Plans at `now` and applies the plan. Planning again at `now` on the world it left must plan nothing:
 * the harness checks that for every applied plan when the test ends (test/support/quiet-rerun.ts).
 */
export function step(
  engagement: Engagement,
  snapshot: Snapshot,
  now: string,
): { snapshot: Snapshot; writes: readonly Write[] } {
  const plan = planOf(engagement, snapshot, now);
  return { snapshot: applyPlan(snapshot, plan, now).snapshot, writes: plan.writes };
}

export function comments(writes: readonly Write[]): Array<Extract<Write, { kind: 'comment' }>> {
  return writes.filter((write): write is Extract<Write, { kind: 'comment' }> => write.kind === 'comment');
}

export function issueByTitle(snapshot: Snapshot, title: string): Snapshot['issues'][number] {
  const issue = snapshot.issues.find((candidate) => candidate.title.includes(title));
  if (!issue) throw new Error(`No issue titled ${title}`);
  return issue;
}

export const emptyWorld = (): Snapshot => makeSnapshot();

/** Both sides with an account manager; the client primary and an alternate with a form of address. */
export const CONTACTS_WITH_MANAGERS: EngagementInput['contacts'] = {
  client: {
    primary: { handle: '@lan-bepxanh', name: 'Nguyễn Thị Lan', address: 'chị Lan' },
    alternates: [{ handle: '@minh-bepxanh', address: 'anh Minh' }],
    account_manager: { handle: '@thu-bepxanh', name: 'Chị Thu' },
  },
  vendor: {
    primary: { handle: '@quang-songhan', name: 'Anh Quang' },
    alternates: ['@vy-songhan'],
    account_manager: { handle: '@hoa-songhan', name: 'Chị Hoa' },
  },
};

/** The bilingual deadline form as GitHub renders it, with a due date and an owner. */
export const deadlineForm = (
  due: string,
  owner = 'Client / Khách hàng',
  deliverables = '- [ ] Ảnh sản phẩm',
): string =>
  [
    '### Due date / Hạn bàn giao',
    '',
    due,
    '',
    '### Owner side / Bên bàn giao',
    '',
    owner,
    '',
    '### Deliverables / Hạng mục bàn giao',
    '',
    deliverables,
  ].join('\n');
