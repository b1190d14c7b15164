// A week's summary is closed with the figures of that week's end (in the engagement's zone), whenever
// the run that closes it happens: a handoff due Friday 17:30 and not in by Sunday night reads at risk
// (no working time has passed since it fell due: handed over Monday at 08:00 it would still count as on
// time), and its lateness is not counted as of the Monday or Wednesday run that closes the week.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import { emptyWorld, engagementOf } from '../deadlines/helpers';
import { expectOneFactEverywhere } from '../support/read-back';
import { fullRun } from '../support/runs';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

const summaryOf = (snapshot: Snapshot, week: string) =>
  snapshot.issues.find((issue) => parseMarkers(issue.body)[0]?.subject === `week:${week}`)!;

/** W48: issues opened on Monday; the last run of the week is Friday morning, before brand assets fall due. */
function throughWeek48(): Snapshot {
  let snapshot = fullRun(engagement, emptyWorld(), at('2026-11-23')).snapshot;
  snapshot = fullRun(engagement, snapshot, at('2026-11-27', '10:00')).snapshot;
  return snapshot;
}

const brandRow = (body: string): string =>
  body.split('\n').find((line) => line.startsWith('| [Brand assets'))!;

describe('a closed week reports its end', () => {
  it('the Friday-morning state is not what the week closes with: the handoff fell due on Friday 17:30', () => {
    const friday = throughWeek48();
    expect(brandRow(summaryOf(friday, '2026-W48').body)).not.toContain('Late');

    const monday = fullRun(engagement, friday, at('2026-11-30', '09:30')).snapshot;
    const closed = summaryOf(monday, '2026-W48');
    expect(closed.state).toBe('closed');
    // Past its due time when the week ended (Friday 17:30), not yet late by any working time.
    expect(brandRow(closed.body)).toContain('| 🟡 At risk | — | 0/4 |');
    // Every surface states the same due date and lateness: the tracking issue, the closed week's row and chart.
    const brand = monday.issues.find((issue) => issue.title.includes('Brand assets'))!.number;
    expectOneFactEverywhere(monday, brand, {
      due: '2026-11-27',
      summaryStatus: 'At risk',
      week: '2026-W48',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
  });

  it('closing on Monday or on Wednesday gives the same week-48 text', () => {
    const friday = throughWeek48();
    const monday = summaryOf(fullRun(engagement, friday, at('2026-11-30', '09:30')).snapshot, '2026-W48');
    const wednesday = summaryOf(fullRun(engagement, friday, at('2026-12-02', '15:00')).snapshot, '2026-W48');
    expect(wednesday.body).toEqual(monday.body);
    // Lateness as of the week's end, not of the closing run (on Wednesday it is 3 business days late).
    expect(brandRow(wednesday.body)).toContain('| 🟡 At risk | — | 0/4 |');
  });
});
