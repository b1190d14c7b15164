import { describe, expect, it } from 'vitest';
import { businessDaysLateAt, computeFigures, milestoneStatusAt, spread } from '../../src/summary/figures';
import { broken, context, feedback, met, milestone } from './support';

const NOW = new Date('2026-11-25T03:00:00Z');
// The engagement's calendar (Ho Chi Minh City, Monday to Friday 08:30-17:30, Vietnamese holidays).
const calendar = context().calendar;
const THIS_WEEK = {
  asOf: NOW,
  start: new Date('2026-11-22T17:00:00Z'),
  end: new Date('2026-11-29T17:00:00Z'),
  factsTime: NOW,
  calendar,
};
const LAST_WEEK = {
  asOf: new Date('2026-11-22T17:00:00Z'),
  start: new Date('2026-11-15T17:00:00Z'),
  end: new Date('2026-11-22T17:00:00Z'),
  factsTime: NOW,
  calendar,
};
/** An instant on the engagement's wall clock (UTC+7). */
const local = (date: string, time: string): Date => new Date(`${date}T${time}:00+07:00`);

describe('summary figures', () => {
  it('takes the median and the nearest-rank 90th percentile', () => {
    expect(spread([])).toEqual({ median: null, p90: null, count: 0 });
    expect(spread([30, 10, 20])).toEqual({ median: 20, p90: 30, count: 3 });
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toEqual({ median: 5.5, p90: 9, count: 10 });
  });

  it('rebuilds a milestone status at an earlier instant from its timestamps', () => {
    const lateNow = milestone({ id: 'a', due: '2026-11-24T10:30:00Z', status: 'overdue' });
    expect(milestoneStatusAt(lateNow, NOW, NOW)).toBe('overdue');
    expect(milestoneStatusAt(lateNow, LAST_WEEK.asOf, NOW, calendar)).toBe('upcoming');
    const doneThisWeek = milestone({
      id: 'b',
      due: '2026-11-20T10:30:00Z',
      status: 'done_late',
      completedAt: '2026-11-24T02:00:00Z',
    });
    // Due Friday 17:30: on Sunday night no working time has passed since, so it was not late yet.
    expect(milestoneStatusAt(doneThisWeek, LAST_WEEK.asOf, NOW, calendar)).toBe('due_soon');
    expect(milestoneStatusAt(doneThisWeek, local('2026-11-23', '08:31'), NOW, calendar)).toBe('overdue');
    expect(milestoneStatusAt(doneThisWeek, NOW, NOW)).toBe('done_late');
  });

  it('rebuilds lateness with the deadline rules: late once working time has passed since the due time', () => {
    // Due Friday 27 November 17:30; the facts were derived on Wednesday 2 December, still not handed over.
    const due = local('2026-11-27', '17:30').toISOString();
    const factsTime = local('2026-12-02', '10:00');
    const open = milestone({ id: 'brand', due, status: 'overdue', businessDaysLate: 3 });
    const statusAt = (date: string, time: string): string =>
      milestoneStatusAt(open, local(date, time), factsTime, calendar);
    const daysAt = (date: string, time: string): number =>
      businessDaysLateAt(open, local(date, time), factsTime, calendar);
    expect(statusAt('2026-11-27', '12:00')).toBe('upcoming');
    // The evening of the due day, the weekend after it and Monday before work starts: not late yet.
    expect(statusAt('2026-11-27', '20:00')).toBe('due_soon');
    expect(statusAt('2026-11-29', '23:59')).toBe('due_soon');
    expect(statusAt('2026-11-30', '08:30')).toBe('due_soon');
    expect(daysAt('2026-11-29', '23:59')).toBe(0);
    // Late from the first working minute on Monday: one business day, as the deadline rules count it.
    expect(statusAt('2026-11-30', '08:31')).toBe('overdue');
    expect(daysAt('2026-11-30', '08:31')).toBe(1);
    expect(daysAt('2026-12-01', '07:00')).toBe(1);
    expect(daysAt('2026-12-01', '09:00')).toBe(2);
    // At the facts' own time the derived figure is the truth.
    expect(daysAt('2026-12-02', '10:00')).toBe(3);

    // Counted in the on-time rate only once late or handed over: not on Sunday night, yes on Monday.
    const windowAt = (asOf: Date) => ({ asOf, start: asOf, end: asOf, factsTime, calendar });
    const sunday = computeFigures([open], [], windowAt(local('2026-11-29', '23:59')));
    expect(sunday).toMatchObject({ handoffsCounted: 0, handoffsOnTime: 0, onTimeRate: null });
    const monday = computeFigures([open], [], windowAt(local('2026-11-30', '09:00')));
    expect(monday).toMatchObject({ handoffsCounted: 1, handoffsOnTime: 0, onTimeRate: 0 });

    // Handed over on Monday at 08:00, before any working time: on time, and counted as such.
    const early = milestone({
      id: 'early',
      due,
      status: 'done_on_time',
      completedAt: local('2026-11-30', '08:00').toISOString(),
    });
    expect(computeFigures([early], [], windowAt(local('2026-11-30', '09:00')))).toMatchObject({
      handoffsCounted: 1,
      handoffsOnTime: 1,
      onTimeRate: 1,
    });
    expect(computeFigures([early], [], windowAt(local('2026-11-29', '23:59')))).toMatchObject({
      handoffsCounted: 0,
    });
  });

  it("counts a handoff at the facts' own time by its derived status: past its due time but not late is not counted", () => {
    const at = local('2026-11-27', '20:00');
    const pastDueTime = milestone({
      id: 'evening',
      due: local('2026-11-27', '17:30').toISOString(),
      status: 'due_soon',
    });
    const figures = computeFigures([pastDueTime], [], { asOf: at, start: at, end: at, factsTime: at });
    expect(figures).toMatchObject({ handoffsCounted: 0, onTimeRate: null });
  });

  it("counts last week's figures only from what had happened by last week's end", () => {
    const milestones = [
      milestone({
        id: 'early',
        due: '2026-11-13T10:30:00Z',
        status: 'done_on_time',
        completedAt: '2026-11-12T00:00:00Z',
      }),
      milestone({
        id: 'late',
        due: '2026-11-20T10:30:00Z',
        status: 'done_late',
        completedAt: '2026-11-24T02:00:00Z',
        businessDaysLate: 2,
      }),
      milestone({ id: 'later', due: '2026-12-20T10:30:00Z' }),
    ];
    const items = [
      feedback({
        number: 1,
        createdAt: '2026-11-16T00:00:00Z',
        firstResponseAt: '2026-11-16T02:00:00Z',
        firstResponse: met('2026-11-17T00:00:00Z', 120),
      }),
      feedback({
        number: 2,
        createdAt: '2026-11-20T00:00:00Z',
        firstResponseAt: '2026-11-24T00:00:00Z',
        firstResponse: broken('2026-11-21T00:00:00Z'),
        resolvedAt: '2026-11-24T06:00:00Z',
        rating: 3,
      }),
      feedback({
        number: 3,
        createdAt: '2026-11-24T00:00:00Z',
        firstResponse: met('2026-11-25T00:00:00Z', 60),
        firstResponseAt: '2026-11-24T01:00:00Z',
      }),
    ];
    const now = computeFigures(milestones, items, THIS_WEEK);
    const before = computeFigures(milestones, items, LAST_WEEK);

    expect(now).toMatchObject({ handoffsCounted: 2, handoffsOnTime: 1, onTimeRate: 0.5, averageDelay: 2 });
    // 'late' fell due on Friday 20 November at 17:30 and was handed over on Tuesday: when last week
    // ended (Sunday night) no working time had passed since its due time, so it was not counted yet.
    expect(before).toMatchObject({
      handoffsCounted: 1,
      handoffsOnTime: 1,
      onTimeRate: 1,
      averageDelay: null,
    });

    expect(now).toMatchObject({ feedbackReceived: 3, newInWeek: 1, resolvedInWeek: 1, openFeedback: 2 });
    expect(before).toMatchObject({ feedbackReceived: 2, newInWeek: 2, resolvedInWeek: 0, openFeedback: 2 });

    // #2 broke its first-response SLA on the 21st: last week already knew.
    expect(before.firstResponseSla).toEqual({ met: 1, decided: 2, rate: 0.5 });
    expect(now.firstResponseSla).toEqual({ met: 2, decided: 3, rate: 2 / 3 });
    expect(before.firstResponse).toEqual({ median: 120, p90: 120, count: 1 });
    expect(now.ratingAverage).toBe(3);
    expect(before.ratingAverage).toBeNull();
  });
});
