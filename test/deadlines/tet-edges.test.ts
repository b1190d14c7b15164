// Timing edges around Tết 2027 (Vietnam: 5 to 11 February closed by the Labour Code's rules, the
// compensating days included): a handoff closed at 23:59 on the last business day before Tết and
// noticed by a run after it; closed before work starts on the first day back; and one not handed over.
// Lateness counts working time only, so the holidays never make a handoff late (docs/deadlines.md).
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { updateIssue } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf({
  milestones: [
    {
      id: 'content',
      title: 'Final content before Tết',
      owner: 'client',
      due: '2027-02-04',
      deliverables: ['Menu text', 'Store photos'],
    },
  ],
});

/** The tracking issue opened in January, closed by the client at `closedAt`. */
function closedAt(closed: string): { snapshot: Snapshot; number: number } {
  const snapshot = step(engagement, emptyWorld(), at('2027-01-20')).snapshot;
  const number = issueByTitle(snapshot, 'Final content').number;
  return {
    number,
    snapshot: updateIssue(snapshot, number, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: closed,
      updatedAt: closed,
    })),
  };
}

const completionOf = (writes: ReturnType<typeof step>['writes']) =>
  comments(writes).find((write) => write.marker.kind === 'completion')!;

describe('a handoff due on the last business day before Tết', () => {
  it('closed at 23:59 that day, noticed by the first run after Tết: on time, dated 23:59', () => {
    const { snapshot } = closedAt(at('2027-02-04', '23:59'));
    const run = step(engagement, snapshot, at('2027-02-12', '09:00'));
    expect(completionOf(run.writes).marker.data).toMatchObject({
      at: at('2027-02-04', '23:59'),
      late: 'false',
      days: '0',
    });
    expect(issueByTitle(run.snapshot, 'Final content').labels).toContain('deadline: done on time');
    expect(deriveMilestoneFacts(contextOf(engagement, run.snapshot, at('2027-02-15')))[0]).toMatchObject({
      status: 'done_on_time',
      businessDaysLate: 0,
    });
  });

  it('closed at 08:00 on the first working day after Tết, before work starts: still on time', () => {
    const { snapshot } = closedAt(at('2027-02-12', '08:00'));
    const run = step(engagement, snapshot, at('2027-02-12', '09:00'));
    expect(completionOf(run.writes).marker.data).toMatchObject({ late: 'false', days: '0' });
  });

  it('closed at 08:31 on the first working day after Tết: one business day late, not eight', () => {
    const { snapshot } = closedAt(at('2027-02-12', '08:31'));
    const run = step(engagement, snapshot, at('2027-02-12', '09:00'));
    expect(completionOf(run.writes).marker.data).toMatchObject({ late: 'true', days: '1' });
    expect(completionOf(run.writes).body).toContain('trễ 1 ngày làm việc');
  });

  it('not handed over: no ladder step during Tết, the friendly reminder on the first day back', () => {
    let snapshot = step(engagement, emptyWorld(), at('2027-01-20')).snapshot;
    for (const now of [
      at('2027-02-03'),
      at('2027-02-04', '17:00'),
      at('2027-02-05'),
      at('2027-02-08'),
      at('2027-02-11'),
    ])
      snapshot = step(engagement, snapshot, now).snapshot;
    const ladderSoFar = issueByTitle(snapshot, 'Final content').comments.filter((comment) =>
      comment.body.includes('"kind":"ladder"'),
    );
    expect(ladderSoFar).toEqual([]);
    // Not late yet: handed over during Tết it would still be on time, so it is not labelled overdue.
    expect(issueByTitle(snapshot, 'Final content').labels).not.toContain('deadline: overdue');
    expect(deriveMilestoneFacts(contextOf(engagement, snapshot, at('2027-02-11')))[0]).toMatchObject({
      businessDaysLate: 0,
    });
    expect(deriveMilestoneFacts(contextOf(engagement, snapshot, at('2027-02-11')))[0]!.status).not.toBe(
      'overdue',
    );
    const back = step(engagement, snapshot, at('2027-02-12', '09:00'));
    expect(issueByTitle(back.snapshot, 'Final content').labels).toContain('deadline: overdue');
    const ladder = comments(back.writes).filter((write) => write.marker.kind === 'ladder');
    expect(ladder.map((write) => write.marker.stage)).toEqual(['friendly']);
    expect(
      deriveMilestoneFacts(contextOf(engagement, back.snapshot, at('2027-02-12', '09:00')))[0],
    ).toMatchObject({
      status: 'overdue',
      businessDaysLate: 1,
    });
  });
});
