// Nobody is chased on a day off. A workflow that runs once a day at 07:00 counts Friday's working
// hours by Saturday morning, so the alternates, a ladder step or an escalation would fall due then;
// they wait for the first run of the next working day, as an account manager would send them on
// Monday morning. Every step still goes out, and an unchanged rerun writes nothing.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { emptyWorld, engagementOf, planOf, step } from './helpers';
import { calendarDays } from '../support/calendar-days';

const at = (date: string, time = '07:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

const weekday = (date: string): number => new Date(`${date}T12:00:00Z`).getUTCDay();

/** Runs every day at 07:00 from `from` to `to`: the deadline notes and escalations, with their dates. */
function dailyRun(
  engagement: ReturnType<typeof engagementOf>,
  from: string,
  to: string,
): Array<{ date: string; what: string }> {
  let world: Snapshot = emptyWorld();
  const posted: Array<{ date: string; what: string }> = [];
  for (const date of calendarDays(from, to)) {
    const next = step(engagement, world, at(date));
    for (const write of next.writes) {
      if (write.kind === 'comment')
        for (const marker of [write.marker, ...(write.moreMarkers ?? [])])
          posted.push({ date, what: `${marker.kind}/${marker.stage ?? ''}` });
      if (write.kind === 'open-issue' && write.marker.kind === 'escalation')
        posted.push({ date, what: 'escalation-issue' });
    }
    world = next.snapshot;
    expect(planOf(engagement, world, at(date, '07:01')).writes).toEqual([]);
  }
  return posted.filter(({ what }) =>
    /^(reminder|early-warning|alternates|ladder|escalation-issue)/u.test(what),
  );
}

describe('a daily 07:00 run through weekends and Tết', () => {
  it('posts deadline notes and opens escalations on working days only, every step included', () => {
    const nudges = dailyRun(engagementOf(), '2026-11-02', '2026-12-16');
    expect(nudges.map(({ what }) => what)).toEqual(
      expect.arrayContaining(['alternates/', 'ladder/formal-notice', 'ladder/escalation']),
    );
    for (const { date, what } of nudges)
      expect({ date, what, weekday: weekday(date) }).toMatchObject({
        weekday: expect.toSatisfy((day: number) => day >= 1 && day <= 5),
      });
  });

  it('waits through Tết (5 to 11 February 2027) and goes on the first working day after it', () => {
    const engagement = engagementOf({
      milestones: [
        {
          id: 'content',
          title: 'Final content after Tết',
          owner: 'client',
          due: '2027-02-12',
          deliverables: ['Menu text', 'Store photos'],
        },
      ],
    });
    const nudges = dailyRun(engagement, '2027-01-18', '2027-03-05');
    expect(nudges.length).toBeGreaterThanOrEqual(4);
    const inTet = nudges.filter(({ date }) => date >= '2027-02-05' && date <= '2027-02-11');
    expect(inTet).toEqual([]);
    for (const { date } of nudges) expect(weekday(date)).not.toBe(0);
    for (const { date } of nudges) expect(weekday(date)).not.toBe(6);
  });
});

describe('the other chases wait for a working day too', () => {
  it('the reminder to agree the kickoff, due by Saturday 07:00, goes on Monday', () => {
    const engagement = engagementOf({ kickoff: { enabled: true } });
    // Opened on Tuesday 09:00; three business days later is Friday 09:00, after Friday's 07:00 run.
    let world = step(engagement, emptyWorld(), at('2026-11-03', '09:00')).snapshot;
    const reminded: string[] = [];
    for (const date of calendarDays('2026-11-04', '2026-11-10')) {
      const next = step(engagement, world, at(date));
      for (const write of next.writes)
        if (write.kind === 'comment' && write.marker.kind === 'kickoff-reminder') reminded.push(date);
      world = next.snapshot;
      expect(planOf(engagement, world, at(date, '07:01')).writes).toEqual([]);
    }
    expect(reminded).toEqual(['2026-11-09']);
  });
});
