// The run's clock (UTC) against the engagement's time zone at day and week boundaries, for an
// engagement west of UTC (Los Angeles, UTC-8 in winter), where the UTC date is a day ahead every
// evening: "business days before", "today" and the week of a completion are the engagement's.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { updateIssue } from '../../fake-github/world';
import { weekOf } from '../../src/summary/week';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, step } from './helpers';

const engagement = engagementOf({
  engagement: {
    name: 'Harbor Coffee site',
    time_zone: 'America/Los_Angeles',
    locale: 'en',
    client_locale: 'en',
  },
  calendar: { work_hours: { start: '09:00', end: '17:00' }, holidays: null },
  milestones: [
    {
      id: 'copy',
      title: 'Final copy',
      owner: 'client',
      due: '2026-12-07',
      deliverables: ['Home page text', 'About text'],
    },
  ],
});
/** A local time in Los Angeles (UTC-8 in December), as ISO UTC. */
const la = (date: string, time: string): string => new Date(`${date}T${time}:00-08:00`).toISOString();

const reminders = (writes: ReturnType<typeof step>['writes']): string[] =>
  comments(writes)
    .filter((write) => write.marker.kind === 'reminder')
    .map((write) => write.marker.stage ?? '');

describe('an engagement west of UTC', () => {
  it('the reminder one business day before a Monday goes on Friday local time, not on Thursday evening (already Friday in UTC)', () => {
    let snapshot: Snapshot = step(engagement, emptyWorld(), la('2026-11-20', '10:00')).snapshot;
    snapshot = step(engagement, snapshot, la('2026-12-02', '10:00')).snapshot;
    // Thursday 23:00 in Los Angeles is Friday 07:00 UTC.
    expect(reminders(step(engagement, snapshot, la('2026-12-03', '23:00')).writes)).toEqual([]);
    // Friday 18:00 in Los Angeles is Saturday 02:00 UTC: still Friday here.
    expect(reminders(step(engagement, snapshot, la('2026-12-04', '18:00')).writes)).toEqual(['before-1']);
  });

  it('handed over on Monday 16:59 local (Tuesday in UTC) is on time; the due time is 17:00 local', () => {
    let snapshot: Snapshot = step(engagement, emptyWorld(), la('2026-11-20', '10:00')).snapshot;
    const number = issueByTitle(snapshot, 'Final copy').number;
    snapshot = updateIssue(snapshot, number, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: la('2026-12-07', '16:59'),
    }));
    const run = step(engagement, snapshot, la('2026-12-07', '17:30'));
    const record = comments(run.writes).find((write) => write.marker.kind === 'completion')!;
    expect(record.marker.data).toMatchObject({ due: la('2026-12-07', '17:00'), late: 'false' });
    expect(record.body).toContain('Mon, 7 Dec 2026');
  });

  it('a handoff on Sunday 23:30 local counts in that week, though UTC is already Monday', () => {
    let snapshot: Snapshot = step(engagement, emptyWorld(), la('2026-11-20', '10:00')).snapshot;
    const number = issueByTitle(snapshot, 'Final copy').number;
    const sunday = la('2026-12-06', '23:30');
    expect(weekOf(new Date(sunday), 'America/Los_Angeles')).toEqual({ weekYear: 2026, weekNumber: 49 });
    snapshot = updateIssue(snapshot, number, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: sunday,
    }));
    const after = step(engagement, snapshot, la('2026-12-07', '08:00')).snapshot;
    const facts = deriveMilestoneFacts(contextOf(engagement, after, la('2026-12-07', '08:00')))[0]!;
    expect(facts).toMatchObject({ status: 'done_on_time', completedAt: sunday });
    expect(facts.events.find((event) => event.kind === 'completed')?.at).toBe(sunday);
  });
});
