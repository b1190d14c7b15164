// A handoff is complete when its last box is ticked, not when the action happens to run: ticks a
// minute before the due time with the run a minute after, on an edit event and on a schedule, are on
// time; ticks after the due time are late by what they are, not by when the run came.
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import { expectOneFactEverywhere } from '../support/read-back';
import {
  botComments,
  botIssue,
  closeIssue,
  contextFromFake,
  labelsOf,
  startLife,
  tick,
  type Life,
} from './life-helpers';

const ENGAGEMENT = `
engagement:
  name: Acme landing page
  time_zone: Europe/Berlin
contacts:
  client: { primary: '@acme-jane' }
  vendor: { primary: '@studio-sam' }
milestones:
  - id: copy
    title: Final copy and images
    owner: client
    due: 2026-12-04 15:00
    deliverables: [Final copy, Hero images]
`;

/** A time in Berlin (UTC+1 in December), as ISO UTC. */
const berlin = (date: string, time: string): string =>
  new Date(`${date}T${time}+01:00`).toISOString().replace(/\.000Z$/u, 'Z');

let life: Life | undefined;
afterEach(async () => {
  await life?.close();
  life = undefined;
});

async function opened(): Promise<{ life: Life; number: number }> {
  life = await startLife(ENGAGEMENT, berlin('2026-12-01', '09:00:00'));
  await life.settle(berlin('2026-12-01', '09:00:00'));
  return { life, number: botIssue(life, 'tracking', 'milestone:copy').number };
}

function completionRecord(life: Life, number: number) {
  const record = botComments(life, number).find((note) => note.marker.kind === 'completion');
  if (!record) throw new Error(`no completion record on #${number}`);
  return { ...record, marker: parseMarkers(record.body)[0]! };
}

const status = (life: Life, number: number): string[] =>
  labelsOf(life, number).filter((label) => label.startsWith('deadline:'));

describe('the completion time is the tick, not the run', () => {
  it('ticked at 14:59, the edit event runs at 15:00:30: on time, dated 14:59', async () => {
    const { life, number } = await opened();
    tick(life, number, 'Final copy', berlin('2026-12-04', '11:00:00'));
    tick(life, number, 'Hero images', berlin('2026-12-04', '14:59:00'));
    const edited = {
      name: 'issues',
      payload: { action: 'edited', issue: { number }, sender: { login: 'acme-jane' } },
    };
    await life.settle(berlin('2026-12-04', '15:00:30'), {}, edited);
    const record = completionRecord(life, number);
    expect(record.marker.data).toMatchObject({ at: berlin('2026-12-04', '14:59:00').replace('Z', '.000Z') });
    expect(record.marker.data?.late).toBe('false');
    expect(record.body.split('<!--')[0]).not.toMatch(/late|root cause/iu);
    expect(record.body).toContain('14:59');
    expect(status(life, number)).toEqual(['deadline: done on time']);
    // The next scheduled run reads the same fact back: nothing to correct.
    await life.settle(berlin('2026-12-04', '15:17:00'));
    expect(status(life, number)).toEqual(['deadline: done on time']);
  });

  it('ticked at 14:50, the scheduled run comes at 15:17: on time', async () => {
    const { life, number } = await opened();
    tick(life, number, 'Final copy', berlin('2026-12-04', '14:40:00'));
    tick(life, number, 'Hero images', berlin('2026-12-04', '14:50:00'));
    await life.settle(berlin('2026-12-04', '15:17:00'));
    expect(completionRecord(life, number).marker.data).toMatchObject({
      at: '2026-12-04T13:50:00.000Z',
      late: 'false',
    });
    expect(status(life, number)).toEqual(['deadline: done on time']);
    expect(life.fake.repo.issues.get(number)!.state).toBe('closed');
  });

  it('ticked at 15:01 and 15:05, the run at 15:17: late, dated by the last tick', async () => {
    const { life, number } = await opened();
    tick(life, number, 'Final copy', berlin('2026-12-04', '15:01:00'));
    tick(life, number, 'Hero images', berlin('2026-12-04', '15:05:00'));
    await life.settle(berlin('2026-12-04', '15:17:00'));
    const record = completionRecord(life, number);
    expect(record.marker.data).toMatchObject({ at: '2026-12-04T14:05:00.000Z', late: 'true' });
    expect(record.body).toContain('15:05');
    expect(status(life, number)).toEqual(['deadline: done late']);
  });

  it('a box unticked and ticked again dates the completion by the last time it became complete', async () => {
    const { life, number } = await opened();
    tick(life, number, 'Final copy', berlin('2026-12-03', '10:00:00'));
    tick(life, number, 'Hero images', berlin('2026-12-03', '11:00:00'));
    const issue = life.fake.repo.issues.get(number)!;
    life.fake.repo.editBody(
      issue,
      issue.body.replace('[x] Hero images', '[ ] Hero images'),
      berlin('2026-12-03', '11:05:00'),
    );
    tick(life, number, 'Hero images', berlin('2026-12-04', '16:00:00'));
    await life.settle(berlin('2026-12-07', '09:00:00'));
    expect(completionRecord(life, number).marker.data).toMatchObject({
      at: '2026-12-04T15:00:00.000Z',
      late: 'true',
    });
  });
});

describe('the completion time is the closing, when no box was ticked', () => {
  it('closed at 14:59, the closed event runs at 15:00:30: on time, dated 14:59, on every surface', async () => {
    const { life, number } = await opened();
    closeIssue(life, number, berlin('2026-12-04', '14:59:00'));
    const closed = {
      name: 'issues',
      payload: { action: 'closed', issue: { number }, sender: { login: 'acme-jane' } },
    };
    await life.settle(berlin('2026-12-04', '15:00:30'), {}, closed);
    expect(completionRecord(life, number).marker.data).toMatchObject({
      at: '2026-12-04T13:59:00.000Z',
      late: 'false',
    });
    expect(status(life, number)).toEqual(['deadline: done on time']);
    // The next scheduled run brings the summary up to date; every surface states the same handoff.
    const now = berlin('2026-12-04', '15:17:00');
    await life.settle(now);
    expectOneFactEverywhere((await contextFromFake(life, now)).snapshot, number, {
      due: '2026-12-04',
      completed: { at: '2026-12-04T13:59:00.000Z', late: false, businessDaysLate: 0 },
      timeZone: 'Europe/Berlin',
    });
  });

  it('closed at 15:01, the scheduled run at 15:17: late, dated 15:01, on every surface', async () => {
    const { life, number } = await opened();
    closeIssue(life, number, berlin('2026-12-04', '15:01:00'));
    const now = berlin('2026-12-04', '15:17:00');
    await life.settle(now);
    expectOneFactEverywhere((await contextFromFake(life, now)).snapshot, number, {
      due: '2026-12-04',
      completed: { at: '2026-12-04T14:01:00.000Z', late: true, businessDaysLate: 0 },
      timeZone: 'Europe/Berlin',
    });
  });
});

describe('a week closed by a run after a late handoff', () => {
  it('keeps the deliverables as they stood at its end, whichever run closes it', async () => {
    const { life, number } = await opened();
    // Both boxes ticked on Monday morning, after week 49 ended with nothing handed over.
    tick(life, number, 'Final copy', berlin('2026-12-07', '07:00:00'));
    tick(life, number, 'Hero images', berlin('2026-12-07', '07:30:00'));
    // Before the summary's time: the run records the handoff and brings week 49 up to date.
    await life.settle(berlin('2026-12-07', '08:00:00'));
    expect(completionRecord(life, number).marker.data?.late).toBe('true');
    const week49 = () => botIssue(life, 'summary', 'week:2026-W49');
    const row = () =>
      week49()
        .body.split('\n')
        .find((line) => line.startsWith('| [Final copy'));
    expect(row()).toMatch(/\| 0\/2 \|$/u);
    const before = week49().body;
    // The week-50 summary opens and week 49 closes: nothing in week 49 changed, nor does its text.
    await life.settle(berlin('2026-12-07', '09:30:00'));
    expect(week49().state).toBe('closed');
    expect(week49().body).toBe(before);
  });
});
