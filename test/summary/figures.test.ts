import { describe, expect, it } from 'vitest';
import { computeFigures, milestoneStatusAt, spread } from '../../src/summary/figures';
import { broken, feedback, met, milestone } from './support';

const NOW = new Date('2026-11-25T03:00:00Z');
const THIS_WEEK = {
  asOf: NOW,
  start: new Date('2026-11-22T17:00:00Z'),
  end: new Date('2026-11-29T17:00:00Z'),
  factsTime: NOW,
};
const LAST_WEEK = {
  asOf: new Date('2026-11-22T17:00:00Z'),
  start: new Date('2026-11-15T17:00:00Z'),
  end: new Date('2026-11-22T17:00:00Z'),
  factsTime: NOW,
};

describe('summary figures', () => {
  it('takes the median and the nearest-rank 90th percentile', () => {
    expect(spread([])).toEqual({ median: null, p90: null, count: 0 });
    expect(spread([30, 10, 20])).toEqual({ median: 20, p90: 30, count: 3 });
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toEqual({ median: 5.5, p90: 9, count: 10 });
  });

  it('rebuilds a milestone status at an earlier instant from its timestamps', () => {
    const lateNow = milestone({ id: 'a', due: '2026-11-24T10:30:00Z', status: 'overdue' });
    expect(milestoneStatusAt(lateNow, NOW, NOW)).toBe('overdue');
    expect(milestoneStatusAt(lateNow, LAST_WEEK.asOf, NOW)).toBe('upcoming');
    const doneThisWeek = milestone({
      id: 'b',
      due: '2026-11-20T10:30:00Z',
      status: 'done_late',
      completedAt: '2026-11-24T02:00:00Z',
    });
    expect(milestoneStatusAt(doneThisWeek, LAST_WEEK.asOf, NOW)).toBe('overdue');
    expect(milestoneStatusAt(doneThisWeek, NOW, NOW)).toBe('done_late');
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
    expect(before).toMatchObject({
      handoffsCounted: 2,
      handoffsOnTime: 1,
      onTimeRate: 0.5,
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
