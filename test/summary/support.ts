// Fixed facts for the summary tests: hand-made MilestoneFacts and FeedbackFacts (the deadline and
// feedback rules derive the real ones), four scenarios and a context at a fixed `now`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createBusinessCalendar, type BusinessCalendar } from '../../src/calendar';
import { readingsOf, type PlanContext } from '../../src/core/context';
import type { DeadlineEvent, FeedbackFacts, MilestoneFacts, SlaOutcome } from '../../src/core/facts';
import type { Snapshot } from '../../src/core/snapshot';
import { engagementFileSchema, type Engagement, type Locale } from '../../src/engagement/schema';
import type { SummaryFacts } from '../../src/summary';
import { OWNER, REPO, makeSnapshot } from '../../fake-github/world';

export const FIXTURES = fileURLToPath(new URL('../fixtures/summary/', import.meta.url));
export const REPO_URL = `https://github.com/${OWNER}/${REPO}`;

/** Wednesday of 2026-W48, 10:00 in Ho Chi Minh City. */
export const NOW = new Date('2026-11-25T03:00:00Z');

export function loadEngagement(changes: (raw: Record<string, unknown>) => void = () => {}): Engagement {
  const raw = parse(readFileSync(`${FIXTURES}engagement.yml`, 'utf8')) as Record<string, unknown>;
  // The golden files show the root-cause counts: the client may see them here. Set in code, not in
  // the fixture, whose text the engagement-file fuzz mutates with a fixed seed.
  (raw.engagement as Record<string, unknown>).client_sees = { root_causes: true };
  changes(raw);
  return engagementFileSchema.parse(raw);
}

// The summary counts lateness with the deadline rules' own functions (src/deadlines/timing.ts) on the
// engagement's business calendar, as the composer gives it: the same calendar here.
const calendars = new WeakMap<Engagement, BusinessCalendar>();
function calendarOf(engagement: Engagement): BusinessCalendar {
  let calendar = calendars.get(engagement);
  if (!calendar) {
    calendar = createBusinessCalendar(engagement.calendar, engagement.engagement.time_zone);
    calendars.set(engagement, calendar);
  }
  return calendar;
}

export function context(
  options: {
    engagement?: Engagement;
    snapshot?: Snapshot;
    now?: Date;
    locale?: Locale;
  } = {},
): PlanContext {
  const engagement = options.engagement ?? loadEngagement();
  const locale = options.locale ?? engagement.engagement.locale;
  const snapshot = options.snapshot ?? makeSnapshot();
  return {
    ...readingsOf(engagement, snapshot),
    engagement,
    snapshot,
    now: options.now ?? NOW,
    calendar: calendarOf(engagement),
    locale,
    clientLocale: locale,
  };
}

const url = (n: number): string => `${REPO_URL}/issues/${n}`;

export function milestone(partial: Partial<MilestoneFacts> & { id: string; due: string }): MilestoneFacts {
  const { due, ...rest } = partial;
  return {
    title: partial.id,
    owner: 'client',
    source: 'engagement-file',
    issueNumber: null,
    issueUrl: null,
    baselineDue: due,
    currentDue: due,
    projectedDue: partial.currentDue ?? due,
    governingDue: partial.currentDue ?? due,
    status: 'upcoming',
    businessDaysLate: 0,
    deliverablesDone: 0,
    deliverablesTotal: 0,
    missingDeliverables: [],
    completedAt: null,
    rootCauses: [],
    escalation: null,
    events: [],
    pendingAgreements: [],
    feeAccrued: null,
    dependsOn: [],
    extensions: [],
    handoffRating: null,
    ...rest,
  };
}

export function tracked(number: number): Pick<MilestoneFacts, 'issueNumber' | 'issueUrl'> {
  return { issueNumber: number, issueUrl: url(number) };
}

export function event(kind: DeadlineEvent['kind'], at: string, issue: number, comment = 0): DeadlineEvent {
  return { kind, at, url: comment ? `${url(issue)}#issuecomment-${comment}` : url(issue) };
}

const running = (dueAt: string): SlaOutcome => ({ dueAt, met: null, minutesTaken: null });
export const met = (dueAt: string, minutes: number): SlaOutcome => ({
  dueAt,
  met: true,
  minutesTaken: minutes,
});
export const broken = (dueAt: string): SlaOutcome => ({ dueAt, met: false, minutesTaken: null });

export function feedback(
  partial: Partial<FeedbackFacts> & { number: number; createdAt: string },
): FeedbackFacts {
  const plusHours = (h: number): string =>
    new Date(Date.parse(partial.createdAt) + h * 3_600_000).toISOString();
  return {
    title: `Feedback ${partial.number}`,
    url: url(partial.number),
    author: 'lan-bepxanh',
    closedAt: null,
    open: true,
    topic: 'quality',
    importance: 'important',
    type: 'neutral',
    priority: 'P2',
    processState: 'acknowledged',
    firstResponseAt: null,
    resolvedAt: null,
    firstResponse: running(plusHours(16)),
    resolution: running(plusHours(120)),
    rating: null,
    kudos: null,
    contradicts: [],
    escalated: false,
    rootCauses: [],
    milestone: null,
    ...partial,
  };
}

// --- scenarios ----------------------------------------------------------------------------------

/** A calm week: one handoff done early, reminders for the next, a little feedback, some kudos. */
export function quietWeek(): SummaryFacts {
  return {
    milestones: [
      milestone({
        id: 'brand-assets',
        title: 'Brand assets and content',
        due: '2026-11-27T10:30:00Z',
        ...tracked(1),
        status: 'done_on_time',
        completedAt: '2026-11-24T07:00:00Z',
        deliverablesDone: 4,
        deliverablesTotal: 4,
        events: [
          event('reminder', '2026-11-18T02:00:00Z', 1, 101),
          event('reminder', '2026-11-24T02:00:00Z', 1, 102),
          event('completed', '2026-11-24T07:00:00Z', 1),
        ],
      }),
      milestone({
        id: 'design',
        title: 'Visual design of key pages',
        owner: 'vendor',
        due: '2026-12-04T10:30:00Z',
        ...tracked(2),
        status: 'upcoming',
        deliverablesDone: 1,
        deliverablesTotal: 3,
        missingDeliverables: ['Product page design', 'Checkout design'],
        dependsOn: ['brand-assets'],
      }),
      milestone({
        id: 'design-approval',
        title: 'Design approval',
        due: '2026-12-16T10:30:00Z',
        ...tracked(3),
        deliverablesTotal: 1,
        missingDeliverables: ['Written approval or a consolidated list of changes'],
      }),
      milestone({
        id: 'build',
        title: 'Website build and staging',
        owner: 'vendor',
        due: '2027-01-22T10:30:00Z',
        deliverablesTotal: 3,
      }),
    ],
    feedback: [
      feedback({
        number: 20,
        title: 'The new menu mock-up looks great',
        createdAt: '2026-11-24T04:00:00Z',
        type: 'positive',
        topic: 'design',
        importance: 'not_important',
        priority: 'P4',
        firstResponseAt: '2026-11-24T05:00:00Z',
        firstResponse: met('2026-11-26T04:00:00Z', 60),
        kudos: 'Chị rất thích màu sắc mới — thanks @quang-songhan! <b>Tuyệt vời</b>',
        processState: 'acknowledged',
      }),
      feedback({
        number: 15,
        title: 'Typo on the about page',
        createdAt: '2026-11-17T03:00:00Z',
        topic: 'quality',
        type: 'negative',
        priority: 'P3',
        firstResponseAt: '2026-11-17T05:00:00Z',
        firstResponse: met('2026-11-18T03:00:00Z', 120),
        resolvedAt: '2026-11-23T08:00:00Z',
        closedAt: '2026-11-23T08:00:00Z',
        open: false,
        resolution: met('2026-11-24T03:00:00Z', 900),
        processState: 'confirmed',
        rating: 5,
      }),
      feedback({
        number: 21,
        title: 'Can we see the mobile version?',
        createdAt: '2026-11-25T01:00:00Z',
        topic: 'design',
        priority: 'P3',
      }),
    ],
    pulses: [],
  };
}

/** A bad week: a client handoff late and escalated, the design at risk, SLA breaches, a contradiction. */
export function badWeek(): SummaryFacts {
  return {
    milestones: [
      milestone({
        id: 'kickoff',
        title: 'Kick-off materials: logins & "access"',
        due: '2026-11-06T10:30:00Z',
        ...tracked(4),
        status: 'done_late',
        completedAt: '2026-11-12T06:00:00Z',
        businessDaysLate: 4,
        deliverablesDone: 2,
        deliverablesTotal: 2,
        rootCauses: ['late-information'],
      }),
      milestone({
        id: 'brand-assets',
        title: 'Brand assets and content',
        due: '2026-11-20T10:30:00Z',
        ...tracked(1),
        status: 'overdue',
        businessDaysLate: 3,
        deliverablesDone: 1,
        deliverablesTotal: 4,
        missingDeliverables: ['Brand guidelines PDF', 'Product photos for 24 products', 'About-us text'],
        rootCauses: ['lack-of-resources', 'late-information'],
        escalation: { issueNumber: 40, url: url(40), open: true },
        feeAccrued: { amount: 500000, currency: 'VND' },
        events: [
          event('reminder', '2026-11-19T02:00:00Z', 1, 201),
          event('friendly', '2026-11-23T02:00:00Z', 1, 202),
          event('alternates', '2026-11-24T02:00:00Z', 1, 203),
          event('formal-notice', '2026-11-25T02:00:00Z', 1, 204),
          event('escalation-opened', '2026-11-25T02:05:00Z', 40),
        ],
        pendingAgreements: [
          {
            kind: 'extend',
            summary: 'Move the handoff to 4 Dec: photos need a re-shoot',
            proposedBy: 'lan-bepxanh',
            at: '2026-11-24T09:00:00Z',
            url: `${url(1)}#issuecomment-205`,
            waitingFor: 'vendor',
          },
        ],
      }),
      milestone({
        id: 'design',
        title: 'Thiết kế: trang chủ #1 `mới`',
        owner: 'vendor',
        due: '2026-12-11T10:30:00Z',
        currentDue: '2026-12-15T10:30:00Z',
        projectedDue: '2026-12-18T10:30:00Z',
        ...tracked(2),
        status: 'at_risk',
        deliverablesTotal: 3,
        missingDeliverables: ['Home page design', 'Product page design', 'Checkout design'],
        events: [
          event('amendment', '2026-11-24T03:00:00Z', 2, 206),
          event('early-warning', '2026-11-25T02:10:00Z', 2, 207),
        ],
      }),
      milestone({
        id: 'design-approval',
        title: 'Design approval',
        due: '2026-12-16T10:30:00Z',
        ...tracked(3),
        status: 'upcoming',
        deliverablesTotal: 1,
      }),
    ],
    feedback: [
      feedback({
        number: 30,
        title: 'Checkout page crashes on iPhone',
        createdAt: '2026-11-23T02:00:00Z',
        importance: 'urgent',
        type: 'negative',
        priority: 'P1',
        topic: 'quality',
        firstResponse: broken('2026-11-23T06:00:00Z'),
        resolution: running('2026-11-25T10:00:00Z'),
        escalated: true,
      }),
      feedback({
        number: 31,
        title: 'Use the red logo everywhere',
        createdAt: '2026-11-23T04:00:00Z',
        topic: 'design',
        firstResponseAt: '2026-11-23T05:00:00Z',
        firstResponse: met('2026-11-24T04:00:00Z', 60),
        contradicts: [27],
      }),
      feedback({
        number: 27,
        title: 'Please keep the green logo',
        createdAt: '2026-11-16T04:00:00Z',
        topic: 'design',
        firstResponseAt: '2026-11-16T09:00:00Z',
        firstResponse: met('2026-11-17T04:00:00Z', 300),
      }),
      feedback({
        number: 25,
        title: 'Replies to our questions are slow',
        createdAt: '2026-11-10T02:00:00Z',
        topic: 'support',
        type: 'negative',
        firstResponseAt: '2026-11-13T02:00:00Z',
        firstResponse: broken('2026-11-11T02:00:00Z'),
        resolution: broken('2026-11-17T02:00:00Z'),
      }),
      feedback({
        number: 22,
        title: 'Delivery dates keep moving',
        createdAt: '2026-11-02T02:00:00Z',
        topic: 'delivery',
        type: 'negative',
        firstResponseAt: '2026-11-02T06:00:00Z',
        firstResponse: met('2026-11-03T02:00:00Z', 240),
        resolvedAt: '2026-11-24T02:00:00Z',
        closedAt: '2026-11-24T02:00:00Z',
        open: false,
        resolution: broken('2026-11-09T02:00:00Z'),
        rating: 2,
        processState: 'resolved',
      }),
      feedback({
        number: 18,
        title: 'Good first mock-ups',
        createdAt: '2026-11-03T02:00:00Z',
        topic: 'design',
        type: 'positive',
        firstResponseAt: '2026-11-03T03:00:00Z',
        firstResponse: met('2026-11-05T02:00:00Z', 60),
        resolvedAt: '2026-11-04T02:00:00Z',
        closedAt: '2026-11-04T02:00:00Z',
        open: false,
        resolution: met('2026-11-13T02:00:00Z', 1440),
        rating: 4,
        kudos: 'Good first mock-ups',
      }),
    ],
    pulses: [],
  };
}

export function emptyEngagement(): SummaryFacts {
  return { milestones: [], feedback: [], pulses: [] };
}

const HOSTILE = [
  'Phase: "alpha" #1; 100% done `now` <script>alert(1)</script> & more | pipes | @everyone',
  'section Thiết kế giao diện: trang sản phẩm — bản chỉnh sửa lần thứ ba theo góp ý của khách hàng',
  'click m1 call alert() %% comment [link](http://evil.test) {braces}',
];

/** A long engagement: hundreds of milestones, thousands of feedback issues, every list far too long. */
export function hugeEngagement(): SummaryFacts {
  const statuses = ['overdue', 'at_risk', 'due_soon', 'upcoming', 'done_late', 'done_on_time'] as const;
  const milestones: MilestoneFacts[] = [];
  for (let i = 0; i < 400; i += 1) {
    const status = statuses[i % statuses.length]!;
    const day = new Date(Date.UTC(2026, 5, 1) + i * 86_400_000);
    const due = new Date(day.getTime() + 10.5 * 3_600_000).toISOString();
    const late = status === 'overdue' || status === 'done_late';
    const done = status.startsWith('done');
    const number = 1000 + i;
    milestones.push(
      milestone({
        id: `m-${String(i).padStart(3, '0')}`,
        title: `${HOSTILE[i % HOSTILE.length]} ${i}`,
        owner: i % 2 === 0 ? 'client' : 'vendor',
        due,
        currentDue: i % 5 === 0 ? new Date(day.getTime() + 3 * 86_400_000).toISOString() : due,
        ...tracked(number),
        status,
        businessDaysLate: late ? (i % 9) + 1 : 0,
        completedAt: done ? new Date(day.getTime() + (late ? 5 : -1) * 86_400_000).toISOString() : null,
        deliverablesDone: i % 4,
        deliverablesTotal: 5,
        missingDeliverables: ['Item one', 'Item two: with colon', 'Item three', 'Item four'],
        rootCauses: late
          ? [(['late-information', 'changed-requirements', 'forgotten'] as const)[i % 3]!]
          : [],
        escalation: status === 'overdue' ? { issueNumber: 3000 + i, url: url(3000 + i), open: true } : null,
        events: [
          event('reminder', '2026-11-23T02:00:00Z', number, 50_000 + i),
          event('formal-notice', '2026-11-24T02:00:00Z', number, 60_000 + i),
        ],
        pendingAgreements:
          i % 7 === 0
            ? [
                {
                  kind: i % 2 ? 'rescope' : 'extend',
                  summary: `${HOSTILE[0]} — a long proposal that explains the change in detail ${i}`,
                  proposedBy: 'lan-bepxanh',
                  at: '2026-11-20T02:00:00Z',
                  url: `${url(number)}#issuecomment-${70_000 + i}`,
                  waitingFor: i % 2 ? 'client' : 'vendor',
                },
              ]
            : [],
      }),
    );
  }
  const topics = ['quality', 'delivery', 'design', 'support', 'other', 'legacy-topic'];
  const items: FeedbackFacts[] = [];
  for (let i = 0; i < 2000; i += 1) {
    const created = new Date(Date.UTC(2026, 0, 1) + i * 4 * 3_600_000 * 2);
    const createdAt = created.toISOString();
    const resolved = i % 3 !== 0 && created.getTime() + 2 * 86_400_000 < NOW.getTime();
    const responded = created.getTime() + 3_600_000 < NOW.getTime();
    items.push(
      feedback({
        number: 5000 + i,
        title: `${HOSTILE[i % HOSTILE.length]} feedback ${i}`,
        createdAt,
        topic: topics[i % topics.length]!,
        type: (['positive', 'negative', 'neutral'] as const)[i % 3]!,
        priority: (['P1', 'P2', 'P3', 'P4'] as const)[i % 4]!,
        firstResponseAt: responded
          ? new Date(created.getTime() + ((i % 50) + 1) * 3_600_000).toISOString()
          : null,
        firstResponse:
          i % 6 === 0
            ? broken(new Date(created.getTime() + 4 * 3_600_000).toISOString())
            : met(createdAt, 60),
        resolvedAt: resolved ? new Date(created.getTime() + 2 * 86_400_000).toISOString() : null,
        closedAt: resolved ? new Date(created.getTime() + 2 * 86_400_000).toISOString() : null,
        open: !resolved,
        rating: resolved && i % 2 === 0 ? (i % 5) + 1 : null,
        kudos: i % 3 === 0 ? `${HOSTILE[0]} kudos ${i}` : null,
        contradicts: i % 11 === 0 ? [5000 + ((i + 1) % 2000)] : [],
      }),
    );
  }
  return { milestones, feedback: items, pulses: [] };
}

export const SCENARIOS: Readonly<Record<string, () => SummaryFacts>> = {
  quiet: quietWeek,
  bad: badWeek,
  empty: emptyEngagement,
  huge: hugeEngagement,
};
