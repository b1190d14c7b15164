// Hand-made facts for the portfolio tests: a portfolio of three engagements at a fixed `now`, each
// fact written as a run would write it, so the report is judged on figures chosen here.
import { parse } from 'yaml';
import type { FactsFeedback, FactsMilestone, OkFacts, RunFacts } from '../../src/facts-format';
import { buildFailedFacts, FACTS_FORMAT, FACTS_VERSION } from '../../src/facts-format';
import type { FactsInput } from '../../src/portfolio/rows';
import { portfolioFileSchema, type Portfolio } from '../../src/portfolio/schema';

/** Wednesday of 2026-W49, 10:00 in Ho Chi Minh City. */
export const NOW = new Date('2026-12-02T03:00:00Z');

export function portfolio(changes: (raw: Record<string, unknown>) => void = () => {}): Portfolio {
  const raw = parse(`
portfolio:
  name: Sông Hàn Studio
  time_zone: Asia/Ho_Chi_Minh
calendar:
  holidays: VN
groups:
  - id: hue
    name: Team Huế
    account_manager: '@lan-songhan'
  - id: hoian
    name: Team Hội An
    account_manager: '@minh-songhan'
engagements:
  - id: bepxanh
    repository: songhan/bepxanh-website
    group: hue
  - id: thuyen
    repository: thuyen-travel/booking-app
    group: hoian
  - id: maison
    repository: maison-ceramics/shop
    group: hoian
    account_manager: '@vy-songhan'
`) as Record<string, unknown>;
  changes(raw);
  return portfolioFileSchema().parse(raw);
}

export function milestone(partial: Partial<FactsMilestone> & { id: string; due: string }): FactsMilestone {
  const { due, ...rest } = partial;
  return {
    title: partial.id,
    owner: 'vendor',
    people: ['quang-songhan'],
    baselineDue: due,
    currentDue: due,
    governingDue: due,
    status: 'upcoming',
    businessDaysLate: 0,
    completedAt: null,
    rootCauses: [],
    url: null,
    ...rest,
  };
}

export function feedback(
  partial: Partial<FactsFeedback> & { number: number; createdAt: string },
): FactsFeedback {
  return {
    url: `https://github.com/x/y/issues/${partial.number}`,
    open: true,
    topic: 'quality',
    importance: 'important',
    type: 'neutral',
    priority: 'P2',
    firstResponseAt: null,
    resolvedAt: null,
    firstResponse: { dueAt: '2026-12-10T00:00:00Z', met: null, minutesTaken: null },
    resolution: { dueAt: '2026-12-20T00:00:00Z', met: null, minutesTaken: null },
    rating: null,
    ...partial,
  };
}

export function facts(
  repository: string,
  partial: Partial<Omit<OkFacts, 'engagement'>> & { engagement?: Partial<OkFacts['engagement']> } = {},
): OkFacts {
  const [owner = '', name = ''] = repository.split('/');
  const { engagement, ...rest } = partial;
  return {
    format: FACTS_FORMAT,
    version: FACTS_VERSION,
    generatedAt: NOW.toISOString(),
    repository: { owner, name, url: `https://github.com/${repository}` },
    configPath: '.github/engagement.yml',
    outcome: 'ok',
    engagement: {
      name,
      client: null,
      vendor: 'Sông Hàn',
      timeZone: 'Asia/Ho_Chi_Minh',
      locale: 'en',
      accountManager: null,
      ...engagement,
    },
    status: 'on_track',
    week: '2026-W49',
    summaryIssue: null,
    milestones: [],
    feedback: [],
    figures: {
      handoffsCounted: 0,
      handoffsOnTime: 0,
      onTimeRate: null,
      averageDelay: null,
      firstResponseSla: { met: 0, decided: 0, rate: null },
      resolutionSla: { met: 0, decided: 0, rate: null },
      ratingAverage: null,
      ratingCount: 0,
      openFeedback: { P1: 0, P2: 0, P3: 0, P4: 0 },
    },
    ...rest,
  };
}

export function input(f: RunFacts, source = `${f.repository.name}/facts.json`): FactsInput {
  return { source, facts: f };
}

/** The three engagements of the portfolio: one late, one at risk with a broken SLA, one failed. */
export function threeEngagements(): FactsInput[] {
  const bepxanh = facts('songhan/bepxanh-website', {
    engagement: {
      name: 'Bếp Xanh website',
      client: 'Bếp Xanh Coffee',
      // The engagement file names its delivery topic its own way; Thuyền's older facts carry no names.
      topics: [{ id: 'delivery', name: 'Launch timing', nameVi: 'Tiến độ ra mắt' }],
    },
    status: 'late',
    summaryIssue: {
      number: 13,
      url: 'https://github.com/songhan/bepxanh-website/issues/13',
      week: '2026-W49',
    },
    milestones: [
      milestone({
        id: 'assets',
        title: 'Brand assets',
        owner: 'client',
        people: ['minh-bepxanh'],
        due: '2026-11-27T11:00:00Z',
        status: 'overdue',
        businessDaysLate: 3,
      }),
      milestone({
        id: 'copy',
        title: 'Final copy',
        owner: 'client',
        people: ['minh-bepxanh'],
        due: '2026-11-10T11:00:00Z',
        status: 'done_late',
        businessDaysLate: 2,
        completedAt: '2026-11-12T08:00:00Z',
        rootCauses: ['late-information'],
      }),
      milestone({
        id: 'design',
        title: 'Visual design',
        due: '2026-12-09T10:30:00Z',
        people: ['Quang-Songhan'],
      }),
    ],
    feedback: [
      feedback({
        number: 5,
        createdAt: '2026-11-30T02:00:00Z',
        type: 'negative',
        topic: 'delivery',
        priority: 'P1',
        firstResponse: { dueAt: '2026-12-01T02:00:00Z', met: false, minutesTaken: 1800 },
        firstResponseAt: '2026-12-01T08:00:00Z',
      }),
    ],
    figures: {
      ...facts('x/y').figures,
      handoffsCounted: 2,
      handoffsOnTime: 0,
      onTimeRate: 0,
      firstResponseSla: { met: 0, decided: 1, rate: 0 },
      ratingAverage: 3,
      ratingCount: 1,
      openFeedback: { P1: 1, P2: 0, P3: 0, P4: 0 },
    },
  });
  const thuyen = facts('thuyen-travel/booking-app', {
    engagement: { name: 'Thuyền booking app', client: 'Thuyền Travel', accountManager: 'someone-else' },
    status: 'at_risk',
    milestones: [
      milestone({ id: 'api', title: 'Booking API', due: '2026-12-04T11:00:00Z', status: 'at_risk' }),
      milestone({
        id: 'wireframes',
        title: 'Wireframes',
        due: '2026-11-20T11:00:00Z',
        status: 'done_on_time',
        completedAt: '2026-11-19T11:00:00Z',
      }),
      // Far beyond the 14 business days: not in the load.
      milestone({ id: 'launch', title: 'Launch', due: '2027-02-20T11:00:00Z' }),
    ],
    feedback: [
      feedback({
        number: 9,
        createdAt: '2026-11-16T02:00:00Z',
        type: 'negative',
        topic: 'quality',
        firstResponseAt: '2026-11-16T04:00:00Z',
        resolvedAt: '2026-11-18T04:00:00Z',
        open: false,
        rating: 4.5,
      }),
    ],
    figures: {
      ...facts('x/y').figures,
      ratingAverage: 4.5,
      ratingCount: 1,
      handoffsCounted: 1,
      handoffsOnTime: 1,
      onTimeRate: 1,
    },
  });
  const maison = buildFailedFacts({
    repository: { owner: 'maison-ceramics', name: 'shop', url: 'https://github.com/maison-ceramics/shop' },
    configPath: '.github/engagement.yml',
    at: NOW,
    failure: {
      kind: 'engagement_file',
      reason: 'the engagement file has 1 error(s)',
      details: [
        '.github/engagement.yml:3:3  engagement.timezone  is not a known key (did you mean `time_zone`?)',
      ],
    },
  });
  return [input(bepxanh), input(thuyen), input(maison)];
}
