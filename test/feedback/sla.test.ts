import { describe, expect, it } from 'vitest';
import type { Interval } from '../../src/feedback/issue';
import { dueAt, elapsedMinutes, readSla, slaClock, warnAt } from '../../src/feedback/sla';
import { makeSnapshot } from '../../fake-github/world';
import { ctxAt, engagementWith } from './helpers';

// Asia/Ho_Chi_Minh is UTC+7 all year; working hours 08:30–17:30 (01:30Z–10:30Z).
const ctx = ctxAt(makeSnapshot(), '2026-11-23T00:00:00Z');
const due = (
  created: string,
  importance: 'urgent' | 'important' | 'not_important',
  pauses: Interval[] = [],
  now = ctx.now,
) => dueAt(ctx, slaClock(ctx, 'first_response', importance, created, pauses), now).toISOString();

describe('first-response clock in business hours', () => {
  it('carries over the night', () => {
    // Mon 16:30: one working hour left that day, three more on Tuesday morning.
    expect(due('2026-11-23T09:30:00Z', 'urgent')).toBe('2026-11-24T04:30:00.000Z');
  });

  it('skips the weekend', () => {
    // Fri 15:30 + 4 working hours = Mon 10:30.
    expect(due('2026-11-27T08:30:00Z', 'urgent')).toBe('2026-11-30T03:30:00.000Z');
  });

  it('skips a company closed day and a public holiday', () => {
    // Wed 30 Dec 16:30; Thu 31 Dec closed (party), Fri 1 Jan New Year, weekend: Mon 4 Jan 11:30.
    expect(due('2026-12-30T09:30:00Z', 'urgent')).toBe('2027-01-04T04:30:00.000Z');
  });

  it('starts at the opening when feedback arrives at night', () => {
    // Sun 22:00 → Mon 08:30 + 4h = Mon 12:30.
    expect(due('2026-11-22T15:00:00Z', 'urgent')).toBe('2026-11-23T05:30:00.000Z');
  });

  it('reads "48h" as 48 working hours when the engagement counts business hours', () => {
    // Mon 08:30 + 5 working days of 9h (45h) + 3h = next Mon 11:30.
    expect(due('2026-11-23T01:30:00Z', 'not_important')).toBe('2026-11-30T04:30:00.000Z');
  });
});

describe('pauses while waiting for the client', () => {
  it('stands still from the question to the answer', () => {
    // Mon 09:00 filed, asked at 10:00 (1h used), answered Tue 14:00: 3h left → Tue 17:00.
    const pause: Interval = { from: new Date('2026-11-23T03:00:00Z'), to: new Date('2026-11-24T07:00:00Z') };
    expect(due('2026-11-23T02:00:00Z', 'urgent', [pause])).toBe('2026-11-24T10:00:00.000Z');
  });

  it('treats a wait that has not ended as ending now', () => {
    const pause: Interval = { from: new Date('2026-11-23T03:00:00Z'), to: null };
    // Now Wed 09:30: 1h used before the wait, 3h from now → Wed 12:30.
    expect(due('2026-11-23T02:00:00Z', 'urgent', [pause], new Date('2026-11-25T02:30:00Z'))).toBe(
      '2026-11-25T05:30:00.000Z',
    );
  });

  it('leaves paused time out of the minutes taken', () => {
    const clock = slaClock(ctx, 'first_response', 'urgent', '2026-11-23T02:00:00Z', [
      { from: new Date('2026-11-23T03:00:00Z'), to: new Date('2026-11-24T07:00:00Z') },
    ]);
    // 1h Monday + 1h Tuesday after the answer.
    expect(elapsedMinutes(ctx, clock, new Date('2026-11-24T08:00:00Z'), ctx.now)).toBe(120);
  });
});

describe('calendar-time SLAs', () => {
  const calendar = engagementWith({ feedback: { business_hours: false } });
  const c = ctxAt(makeSnapshot(), '2026-11-23T00:00:00Z', calendar);

  it('counts wall-clock hours through the weekend', () => {
    const clock = slaClock(c, 'first_response', 'not_important', '2026-11-27T08:30:00Z', []);
    expect(dueAt(c, clock, c.now).toISOString()).toBe('2026-11-29T08:30:00.000Z');
  });

  it('still counts explicit business units on the calendar', () => {
    const clock = slaClock(c, 'first_response', 'urgent', '2026-11-27T08:30:00Z', []);
    expect(dueAt(c, clock, c.now).toISOString()).toBe('2026-11-30T03:30:00.000Z');
  });
});

describe('reading an SLA', () => {
  const clock = slaClock(ctx, 'first_response', 'urgent', '2026-11-23T02:00:00Z', []);

  it('warns at warn_at (75%) of the budget', () => {
    expect(warnAt(ctx, clock, ctx.now).toISOString()).toBe('2026-11-23T05:00:00.000Z');
  });

  it('is running before the due time, breached after, met when answered in time', () => {
    expect(readSla(ctx, clock, null, new Date('2026-11-23T05:59:00Z')).met).toBeNull();
    expect(readSla(ctx, clock, null, new Date('2026-11-23T06:00:00Z'))).toMatchObject({
      met: false,
      minutesTaken: 240,
    });
    expect(
      readSla(ctx, clock, new Date('2026-11-23T04:00:00Z'), new Date('2026-11-30T00:00:00Z')),
    ).toMatchObject({
      met: true,
      minutesTaken: 120,
    });
    expect(
      readSla(ctx, clock, new Date('2026-11-24T02:00:00Z'), new Date('2026-11-30T00:00:00Z')),
    ).toMatchObject({
      met: false,
      minutesTaken: 540, // Mon 09:00–17:30 and Tue 08:30–09:00
    });
  });
});
