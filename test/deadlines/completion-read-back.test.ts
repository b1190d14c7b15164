// A completed handoff reads the same everywhere it is stated: the action's record on the tracking issue,
// its status label, the weekly summary's row, days-late cell and chart, the next 14 days (no longer
// listed), the escalation (closed, naming the outcome) and the facts the summary and the portfolio are
// built from. Dated by the moment it happened (the last tick, the closing, or against the agreed date),
// never by the run that noticed it: each run below comes after the due time, so dating by the run
// would turn every on-time handoff late.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import type { EngagementInput } from '../../src/engagement/schema';
import { addComment, tickItem, updateIssue } from '../../fake-github/world';
import { expectOneFactEverywhere, readBack } from '../support/read-back';
import { fullRun } from '../support/runs';
import { contextOf, emptyWorld, engagementOf, issueByTitle } from './helpers';

/** A time in Ho Chi Minh City (UTC+7), as ISO UTC. */
const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}+07:00`).toISOString();

const MILESTONES: EngagementInput['milestones'] = [
  {
    id: 'brand-assets',
    title: 'Brand assets and content',
    owner: 'client',
    due: '2026-12-04 15:00',
    deliverables: ['Logo files', 'Product photos'],
  },
  {
    id: 'design',
    title: 'Visual design of key pages',
    owner: 'vendor',
    due: '2026-12-18',
    depends_on: ['brand-assets'],
    deliverables: ['Home page design'],
  },
];
const engagement = engagementOf({ milestones: MILESTONES });
const ZONE = 'Asia/Ho_Chi_Minh';

const run = (snapshot: Snapshot, now: string, week: string) =>
  fullRun(engagement, snapshot, now, { summaryWeek: week });

/** Monday of week 49: the tracking issues and the week's summary are open. */
const opened = (): Snapshot => run(emptyWorld(), at('2026-11-30'), '2026-W49').snapshot;
const brandOf = (snapshot: Snapshot): number => issueByTitle(snapshot, 'Brand assets').number;

const closedBy = (snapshot: Snapshot, number: number, when: string): Snapshot =>
  updateIssue(snapshot, number, (issue) => ({
    ...issue,
    state: 'closed',
    stateReason: 'COMPLETED',
    closedAt: when,
    updatedAt: when,
  }));

/** The brand facts as the summary and the portfolio read them, later. */
const brandFacts = (snapshot: Snapshot) =>
  deriveMilestoneFacts(contextOf(engagement, snapshot, at('2026-12-18'))).find(
    (m) => m.id === 'brand-assets',
  );

/** Every surface, the facts included, states the brand handoff complete at `when`, on time or late. */
function expectHandedOver(
  after: Snapshot,
  when: string,
  late: boolean,
  businessDaysLate: number,
  dates: { due: string; baseline?: string; week: string },
) {
  const read = expectOneFactEverywhere(after, brandOf(after), {
    ...dates,
    completed: { at: when, late, businessDaysLate },
    timeZone: ZONE,
  });
  expect(brandFacts(after)).toMatchObject({
    status: late ? 'done_late' : 'done_on_time',
    completedAt: when,
    businessDaysLate,
  });
  return read;
}

const WEEK_49 = { due: '2026-12-04', week: '2026-W49' };

describe('a completed handoff reads the same on every surface', () => {
  it('the last box ticked at 14:59, the run at 15:00:30: on time, dated 14:59', () => {
    let snapshot = opened();
    const brand = brandOf(snapshot);
    snapshot = tickItem(snapshot, brand, 'Logo files', at('2026-12-03', '10:00'));
    snapshot = tickItem(snapshot, brand, 'Product photos', at('2026-12-04', '14:59'));
    const after = run(snapshot, at('2026-12-04', '15:00:30'), '2026-W49').snapshot;
    expectHandedOver(after, at('2026-12-04', '14:59'), false, 0, WEEK_49);
  });

  it('closed at 14:59 with no box ticked, the run at 15:17: on time, dated by the closing', () => {
    const snapshot = opened();
    const closed = closedBy(snapshot, brandOf(snapshot), at('2026-12-04', '14:59'));
    const after = run(closed, at('2026-12-04', '15:17'), '2026-W49').snapshot;
    expectHandedOver(after, at('2026-12-04', '14:59'), false, 0, WEEK_49);
  });

  it('closed at 15:01, the run at 15:17: late by less than a business day (not rounded up to one), dated by the closing', () => {
    const snapshot = opened();
    const closed = closedBy(snapshot, brandOf(snapshot), at('2026-12-04', '15:01'));
    const after = run(closed, at('2026-12-04', '15:17'), '2026-W49').snapshot;
    const read = expectHandedOver(after, at('2026-12-04', '15:01'), true, 0, WEEK_49);
    expect(read.completion!.text).toContain('trễ chưa tới một ngày làm việc');
  });

  it('ticked after the file’s date but before the agreed one, the run after both: on time against the agreed date', () => {
    let snapshot = opened();
    const brand = brandOf(snapshot);
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/extend 2026-12-09 Ảnh sản phẩm cần chụp lại',
      createdAt: at('2026-12-02', '10:00'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      body: '/agree',
      createdAt: at('2026-12-02', '11:00'),
    });
    snapshot = run(snapshot, at('2026-12-02', '12:00'), '2026-W49').snapshot;
    snapshot = tickItem(snapshot, brand, 'Logo files', at('2026-12-08', '10:00'));
    snapshot = tickItem(snapshot, brand, 'Product photos', at('2026-12-09', '16:00'));
    // The next run is the day after the agreed date.
    const after = run(snapshot, at('2026-12-10', '09:00'), '2026-W50').snapshot;
    expectHandedOver(after, at('2026-12-09', '16:00'), false, 0, {
      due: '2026-12-09',
      baseline: '2026-12-04',
      week: '2026-W50',
    });
  });

  it('escalated, then closed after the week ended: late by the closing everywhere; the closed week says late, not done', () => {
    let snapshot = opened();
    const brand = brandOf(snapshot);
    for (const day of ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10'])
      snapshot = run(snapshot, at(day), '2026-W50').snapshot;
    // Five business days late on Friday afternoon: the escalation opens.
    snapshot = run(snapshot, at('2026-12-11', '16:00'), '2026-W50').snapshot;
    expect(readBack(snapshot, brand).escalation?.closed).toBe(false);
    // Handed over on Monday morning before work starts (08:30), before the run that closes week 50: five
    // business days late (7–11 December), not six — no working time of Monday had passed.
    snapshot = closedBy(snapshot, brand, at('2026-12-14', '08:00'));
    const after = run(snapshot, at('2026-12-14', '10:00'), '2026-W51').snapshot;
    const read = expectHandedOver(after, at('2026-12-14', '08:00'), true, 5, {
      due: '2026-12-04',
      week: '2026-W51',
    });
    expect(read.escalation?.closingNote?.because).toBe('completed');
    // Week 50 ended on Sunday with the handoff still missing: its closed summary says so, late by the
    // business days counted to the week's end (Monday 00:00), as every closed week counts them: 7–11
    // December, five — Monday's working time had not begun.
    const week50 = readBack(after, brand, '2026-W50');
    expect(week50.summaryRow?.status).toContain('🔴');
    expect(week50.summaryDaysLate).toBe('5');
    expect(week50.chartTags).toEqual(['crit']);
  });
});
