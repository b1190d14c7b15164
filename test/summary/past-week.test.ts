// A week that is over keeps what it said. Its issue is told again as of the week's end (its final
// figures) only from the engagement file it was last written from: the file has no history, so after a
// milestone is removed from it or a date moved in it, nothing tells whether that happened before or
// after the week's end, and the week keeps its last text. A week already closed is never written again,
// even when asked for by hand. Last week's figures use the deadline rules' lateness.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement } from '../../src/engagement/schema';
import { planRun } from '../../src/plan/planner';
import { storedRecords } from '../../src/summary/ledger';
import { emptyWorld, engagementOf } from '../deadlines/helpers';
import { expectQuietRerun, fullRun } from '../support/runs';
import { addIssue } from '../../fake-github/world';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

/** The same file, edited after week 48 ended: design approval removed, brand assets moved a week on. */
const edited: Engagement = engagementOf({
  milestones: engagement.milestones
    .filter((m) => m.id !== 'design-approval')
    .map((m) => (m.id === 'brand-assets' ? { ...m, due: '2026-12-04' } : m)),
} as Parameters<typeof engagementOf>[0]);

const summaryOf = (snapshot: Snapshot, week: string) =>
  snapshot.issues.find((issue) => parseMarkers(issue.body)[0]?.subject === `week:${week}`)!;

const writesTo = (write: Write, number: number): boolean =>
  'issue' in write && 'number' in write.issue && write.issue.number === number;

const lineOf = (body: string, start: string): string =>
  body.split('\n').find((line) => line.startsWith(start)) ?? '';

/** W48: opened on Monday; the last run of the week is Friday morning, before brand assets fall due. */
function throughWeek48(): Snapshot {
  let snapshot = fullRun(engagement, emptyWorld(), at('2026-11-23')).snapshot;
  snapshot = fullRun(engagement, snapshot, at('2026-11-27', '10:00')).snapshot;
  return snapshot;
}

describe('a week that is over keeps what it said', () => {
  it('closed by a run after the engagement file changed: the week keeps its last text, not the new file', () => {
    const friday = throughWeek48();
    const before = summaryOf(friday, '2026-W48');
    // Friday morning: brand assets still among the next 14 days (its final figures would drop it).
    expect(before.body).toContain('- **Fri, 27 Nov 2026** — [Brand assets');
    expect(before.body).toContain('Design approval');
    expect(lineOf(before.body, '| [Brand assets')).toContain('| Fri, 27 Nov 2026 | Fri, 27 Nov 2026 |');

    const mondayAt = at('2026-11-30', '09:30');
    const monday = fullRun(edited, friday, mondayAt).snapshot;
    const closed = summaryOf(monday, '2026-W48');
    expect(closed.state).toBe('closed');
    // Word for word what it said on Friday: the removed milestone is still there, the date unmoved.
    expect(closed.body).toBe(before.body);
    expect(closed.title).toBe(before.title);
    // The new week is written from the file as it is now.
    const w49 = summaryOf(monday, '2026-W49');
    expect(w49.state).toBe('open');
    expect(w49.body).not.toContain('Design approval');
    expect(lineOf(w49.body, '| [Brand assets')).toContain('| Fri, 4 Dec 2026 |');

    expectQuietRerun(() => planRun(edited, monday, new Date(mondayAt)).writes, mondayAt);
  });

  it('closed by a run with the same file: brought to its end, as before', () => {
    const friday = throughWeek48();
    const mondayAt = at('2026-11-30', '09:30');
    const monday = fullRun(engagement, friday, mondayAt).snapshot;
    const closed = summaryOf(monday, '2026-W48');
    expect(closed.state).toBe('closed');
    // Brand assets fell due on Friday 17:30: Friday morning's text had it among the next 14 days, the
    // end-of-week text no longer does.
    const dueNext = '- **Fri, 27 Nov 2026** — [Brand assets';
    expect(summaryOf(friday, '2026-W48').body).toContain(dueNext);
    expect(closed.body).not.toContain(dueNext);
    expect(lineOf(closed.body, '| [Brand assets')).toContain('| 🟡 At risk | — |');

    expectQuietRerun(() => planRun(engagement, monday, new Date(mondayAt)).writes, mondayAt);
  });

  it('an open week whose final figures were written after its end keeps them when the file changes', () => {
    const friday = throughWeek48();
    // Monday 08:00, before the new week's summary opens: last week's gets its final figures.
    const early = fullRun(engagement, friday, at('2026-11-30', '08:00')).snapshot;
    const final = summaryOf(early, '2026-W48');
    expect(final.state).toBe('open');
    expect(final.body).not.toBe(summaryOf(friday, '2026-W48').body);

    // The file is edited at 08:30; the 09:30 run opens week 49 and closes week 48 as it stood.
    const mondayAt = at('2026-11-30', '09:30');
    const monday = fullRun(edited, early, mondayAt).snapshot;
    const closed = summaryOf(monday, '2026-W48');
    expect(closed.state).toBe('closed');
    expect(closed.body).toBe(final.body);

    expectQuietRerun(() => planRun(edited, monday, new Date(mondayAt)).writes, mondayAt);
  });

  it('a closed week is never written again, even when asked for by hand after the file changed', () => {
    const monday = fullRun(engagement, throughWeek48(), at('2026-11-30', '09:30')).snapshot;
    const closed = summaryOf(monday, '2026-W48');
    expect(closed.state).toBe('closed');

    const wednesdayAt = at('2026-12-02', '15:00');
    const asked = fullRun(edited, monday, wednesdayAt, { summaryWeek: '2026-W48' });
    expect(asked.writes.filter((write) => writesTo(write, closed.number))).toEqual([]);
    expect(summaryOf(asked.snapshot, '2026-W48').body).toBe(closed.body);
    // With the same file too: what a closed week said stands.
    const same = fullRun(engagement, monday, wednesdayAt, { summaryWeek: '2026-W48' });
    expect(same.writes.filter((write) => writesTo(write, closed.number))).toEqual([]);

    expectQuietRerun(
      () => planRun(edited, asked.snapshot, new Date(wednesdayAt), { summaryWeek: '2026-W48' }).writes,
      wednesdayAt,
    );
  });

  it('the records a kept week would have written go to the next week written: none is lost', () => {
    let snapshot = throughWeek48();
    // A feedback issue filed and closed over the weekend, after the week's last run.
    snapshot = addIssue(snapshot, {
      number: 90,
      title: 'Logo is blurry on mobile',
      body: 'The logo looks blurry on my phone.',
      labels: ['feedback'],
      author: 'lan-bepxanh',
      createdAt: at('2026-11-28', '10:00'),
      state: 'closed',
      stateReason: 'completed',
      closedAt: at('2026-11-29', '10:00'),
      updatedAt: at('2026-11-29', '10:00'),
    });
    const mondayAt = at('2026-11-30', '09:30');
    const monday = fullRun(edited, snapshot, mondayAt).snapshot;
    expect(summaryOf(monday, '2026-W48').body).toBe(summaryOf(snapshot, '2026-W48').body);
    const holding = storedRecords(monday).filter((entry) => entry.block?.records.has(90));
    expect(holding.map((entry) => `${entry.week.weekYear}-W${entry.week.weekNumber}`)).toEqual(['2026-W49']);

    expectQuietRerun(() => planRun(edited, monday, new Date(mondayAt)).writes, mondayAt);
  });
});

describe("last week's figures count lateness as the deadline rules do", () => {
  it('a handoff due Friday 17:30 and not in by Sunday night is not yet counted in last week’s on-time rate', () => {
    const mondayAt = at('2026-11-30', '09:30');
    const monday = fullRun(engagement, throughWeek48(), mondayAt).snapshot;
    const w49 = summaryOf(monday, '2026-W49');
    // This week (Monday 09:30, working time has passed since Friday 17:30): late, counted. Last week
    // (as of Sunday night): not late yet, so no handoff had come to count.
    expect(lineOf(w49.body, '| On-time handoffs to date')).toBe(
      '| On-time handoffs to date | 0% (0/1) | — | — |',
    );
    // The closed week's own figure, as of its end, agrees.
    expect(lineOf(summaryOf(monday, '2026-W48').body, '| On-time handoffs to date')).toMatch(
      /^\| On-time handoffs to date \| — \|/u,
    );

    expectQuietRerun(() => planRun(engagement, monday, new Date(mondayAt)).writes, mondayAt);
  });
});
