// The summary issue's life on the in-memory GitHub: opened on the configured day and time, edited
// in place only when the text changes, closed with a link when the next week opens, duplicates from
// racing runs closed, and every rerun on an unchanged world planning nothing.
import { describe, expect, it } from 'vitest';
import { repairDuplicates } from '../../src/core/duplicates';
import { botIssueMarker, parseMarkers, renderMarker } from '../../src/core/markers';
import type { Plan, Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { planSummary, type SummaryFacts } from '../../src/summary';
import { BOT, addIssue, applyPlan, makeComment, makeSnapshot } from '../../fake-github/world';
import { badWeek, context, feedback, loadEngagement, quietWeek } from './support';

// 2026-W48 starts on Monday 23 November; 09:00 in Ho Chi Minh City is 02:00 UTC.
const MON_0859 = new Date('2026-11-23T01:59:00Z');
const MON_0900 = new Date('2026-11-23T02:00:00Z');
const WED = new Date('2026-11-25T03:00:00Z');
const NEXT_MON_0900 = new Date('2026-11-30T02:00:00Z');

function plan(
  snapshot: Snapshot,
  now: Date,
  facts: SummaryFacts = quietWeek(),
  week?: string,
  locale?: 'en' | 'vi',
): Write[] {
  return planSummary(context({ snapshot, now, ...(locale ? { locale } : {}) }), facts, week);
}

function apply(snapshot: Snapshot, writes: readonly Write[], at: Date, stopAfter?: number): Snapshot {
  const p: Plan = { writes, notes: [] };
  return applyPlan(snapshot, p, at, stopAfter === undefined ? {} : { stopAfter }).snapshot;
}

/** One run of the summary at `now`, applied (the harness holds it to an unchanged rerun planning nothing). */
function runSummary(
  snapshot: Snapshot,
  now: Date,
  facts: SummaryFacts = quietWeek(),
  week?: string,
  locale?: 'en' | 'vi',
): Snapshot {
  return apply(snapshot, plan(snapshot, now, facts, week, locale), now);
}

function summaryIssues(snapshot: Snapshot) {
  return snapshot.issues.filter((issue) => botIssueMarker(snapshot, issue)?.kind === 'summary');
}

describe('opening the weekly summary', () => {
  it('waits for the configured day and time in the engagement time zone', () => {
    expect(plan(makeSnapshot(), MON_0859)).toEqual([]);
    const writes = plan(makeSnapshot(), MON_0900);
    expect(writes).toHaveLength(1);
    const open = writes[0]!;
    expect(open.kind).toBe('open-issue');
    if (open.kind !== 'open-issue') return;
    expect(open.title).toBe('Bếp Xanh website rebuild — week 2026-W48');
    expect(open.labels).toEqual(['engagement-summary']);
    // What the text is written from (the engagement file and language), so a week that is over is told
    // again only from the same file (docs/summary.md, "One issue per week").
    expect(open.marker).toEqual({
      kind: 'summary',
      subject: 'week:2026-W48',
      data: { source: expect.stringMatching(/^[0-9a-f]{16}$/u) as unknown as string },
    });
    // Its own marker, then the block of records of older feedback (empty here: nothing is closed).
    expect(open.body).toContain(
      `\n\n${renderMarker(open.marker)}\n<!-- engagement-keeper {"kind":"summary","subject":"week:2026-W48","stage":"records"`,
    );
    expect(parseMarkers(open.body).map((m) => m.stage ?? '')).toEqual(['', 'records']);
    expect(open.reason).toMatch(/2026-W48/u);
  });

  it('follows another configured day and time', () => {
    const engagement = loadEngagement((raw) => {
      raw.summary = { day: 'fri', time: '16:30' };
    });
    const at = (iso: string): Write[] =>
      planSummary(context({ engagement, snapshot: makeSnapshot(), now: new Date(iso) }), quietWeek());
    expect(at('2026-11-27T09:29:00Z')).toEqual([]); // Friday 16:29 local
    expect(at('2026-11-27T09:30:00Z').map((w) => w.kind)).toEqual(['open-issue']);
  });

  it('opens at once for a week asked for explicitly, whatever the day', () => {
    const writes = plan(makeSnapshot(), MON_0859, quietWeek(), '2026-W40');
    expect(writes.map((w) => w.kind)).toEqual(['open-issue']);
    expect(writes[0]!.kind === 'open-issue' && writes[0]!.marker.subject).toBe('week:2026-W40');
    expect(() => plan(makeSnapshot(), MON_0859, quietWeek(), 'next week')).toThrow(/not an ISO week/u);
  });

  it('does nothing when the summary is disabled', () => {
    const engagement = loadEngagement((raw) => {
      raw.summary = { enabled: false };
    });
    expect(planSummary(context({ engagement, snapshot: makeSnapshot(), now: WED }), badWeek())).toEqual([]);
  });

  it('writes the title in Vietnamese for a Vietnamese team', () => {
    const [open] = plan(makeSnapshot(), MON_0900, quietWeek(), undefined, 'vi');
    expect(open?.kind === 'open-issue' && open.title).toBe('Bếp Xanh website rebuild — tuần 2026-W48');
  });
});

describe('keeping it up to date', () => {
  it('plans nothing on a rerun in the same week when nothing changed', () => {
    let world = runSummary(makeSnapshot(), MON_0900, badWeek());
    expect(plan(world, MON_0900, badWeek())).toEqual([]);
    // Later the same day, same facts: still nothing.
    world = apply(world, plan(world, new Date('2026-11-23T09:00:00Z'), badWeek()), MON_0900);
    expect(plan(world, new Date('2026-11-23T09:30:00Z'), badWeek())).toEqual([]);
  });

  it('edits the issue in place when the figures change, once', () => {
    const world = runSummary(makeSnapshot(), MON_0900);
    const more: SummaryFacts = {
      ...quietWeek(),
      feedback: [
        ...quietWeek().feedback,
        feedback({ number: 22, title: 'Logo too small', createdAt: '2026-11-24T02:00:00Z' }),
      ],
    };
    const writes = plan(world, WED, more);
    expect(writes.map((w) => w.kind)).toEqual(['edit-issue']);
    const edit = writes[0]!;
    expect(edit.kind === 'edit-issue' && edit.body).toContain('| Open feedback | 3 | 1 | +2 |');
    expect(edit.kind === 'edit-issue' && edit.title).toBeUndefined();
    const after = apply(world, writes, WED);
    expect(plan(after, WED, more)).toEqual([]);
  });

  it('does not edit when GitHub hands the body back with CRLF line ends', () => {
    const world = runSummary(makeSnapshot(), MON_0900);
    const crlf: Snapshot = {
      ...world,
      issues: world.issues.map((issue) => ({ ...issue, body: issue.body.replace(/\n/gu, '\r\n') })),
    };
    expect(plan(crlf, MON_0900)).toEqual([]);
  });
});

describe('a new week', () => {
  it('opens the new issue and closes the old one with a link to it', () => {
    const w48 = runSummary(makeSnapshot(), MON_0900);
    const writes = plan(w48, NEXT_MON_0900);
    // The old week is closed with the figures of its end (it was last written on its Monday).
    expect(writes.map((w) => w.kind)).toEqual(['open-issue', 'edit-issue', 'comment', 'close-issue']);
    const open = writes[0]!;
    const comment = writes[2]!;
    expect(open.kind === 'open-issue' && open.marker.subject).toBe('week:2026-W49');
    expect(comment.kind === 'comment' && comment.body).toContain('{{ref:summary|week:2026-W49|}}');

    const w49 = apply(w48, writes, NEXT_MON_0900);
    const [old, fresh] = summaryIssues(w49);
    expect(old!.state).toBe('closed');
    expect(old!.comments.at(-1)!.body).toContain(`is now #${fresh!.number}`);
    expect(fresh!.state).toBe('open');
    expect(fresh!.title).toBe('Bếp Xanh website rebuild — week 2026-W49');
    expect(plan(w49, NEXT_MON_0900)).toEqual([]);
  });

  it('before the new week opens, gives last week its final figures and opens nothing', () => {
    const w48 = runSummary(makeSnapshot(), MON_0900, badWeek());
    const sundayNight = new Date('2026-11-29T16:00:00Z'); // Sunday 23:00 local
    const mondayEarly = new Date('2026-11-30T01:00:00Z'); // Monday 08:00 local, W49 not open yet
    const final = runSummary(w48, sundayNight, badWeek());
    const writes = plan(final, mondayEarly, badWeek());
    // The week is over, so its figures stand at Sunday midnight: later runs change nothing.
    expect(writes.filter((w) => w.kind !== 'edit-issue')).toEqual([]);
    const settled = apply(final, writes, mondayEarly);
    expect(plan(settled, new Date('2026-11-30T01:30:00Z'), badWeek())).toEqual([]);
  });

  it('reaches the same end however many writes an interrupted run made', () => {
    const w48 = runSummary(makeSnapshot(), MON_0900);
    const full = plan(w48, NEXT_MON_0900);
    const settle = (world: Snapshot): Snapshot => runSummary(world, NEXT_MON_0900);
    const reference = settle(w48);
    for (let k = 0; k <= full.length; k += 1) {
      const interrupted = apply(w48, full, NEXT_MON_0900, k);
      const end = settle(interrupted);
      expect(plan(end, NEXT_MON_0900)).toEqual([]);
      const shape = (s: Snapshot) =>
        summaryIssues(s).map((i) => ({ state: i.state, title: i.title, comments: i.comments.length }));
      expect(shape(end)).toEqual(shape(reference));
    }
  });
});

describe('finding the issue', () => {
  it('closes duplicates opened by racing runs and keeps the lowest number', () => {
    const [open] = plan(makeSnapshot(), MON_0900);
    if (open?.kind !== 'open-issue') throw new Error('expected an open-issue write');
    let world = makeSnapshot();
    for (const number of [5, 7, 9]) {
      world = addIssue(world, {
        number,
        author: BOT,
        title: open.title,
        body: open.body,
        labels: open.labels,
      });
    }
    world = addIssue(world, { number: 6, title: 'Unrelated', body: 'hello' });
    // The composer repairs the race first (core/duplicates.ts), then the summary plans on the rest.
    const repairAndPlan = (snapshot: Snapshot): Write[] => {
      const repair = repairDuplicates(snapshot);
      return [...repair.writes, ...plan(repair.snapshot, WED)];
    };
    const writes = repairAndPlan(world);
    const closes = writes.filter((w) => w.kind === 'close-issue');
    expect(closes.map((w) => 'number' in w.issue && w.issue.number)).toEqual([7, 9]);
    expect(closes.every((w) => w.kind === 'close-issue' && w.stateReason === 'not_planned')).toBe(true);
    const notes = writes.filter((w) => w.kind === 'comment');
    expect(notes).toHaveLength(2);
    expect(notes[0]!.kind === 'comment' && notes[0]!.body).toContain('#5 is the one that stays up to date');
    expect(writes.some((w) => w.kind === 'open-issue')).toBe(false);
    const after = apply(world, writes, WED);
    expect(repairAndPlan(after)).toEqual([]);
  });

  it('never trusts a title or a marker that a person wrote', () => {
    const [open] = plan(makeSnapshot(), MON_0900);
    if (open?.kind !== 'open-issue') throw new Error('expected an open-issue write');
    let world = addIssue(makeSnapshot(), {
      number: 3,
      author: 'lan-bepxanh',
      title: open.title,
      body: open.body,
    });
    world = addIssue(world, {
      number: 4,
      author: 'lan-bepxanh',
      title: 'Bếp Xanh website rebuild — week 2026-W48',
      body: 'Copied',
      comments: [
        makeComment({
          author: 'lan-bepxanh',
          body: renderMarker({ kind: 'summary', subject: 'week:2026-W48' }),
        }),
      ],
    });
    const writes = plan(world, WED);
    expect(writes.map((w) => w.kind)).toEqual(['open-issue']);
  });

  it('links the old week to the new one in Vietnamese for a Vietnamese team', () => {
    const w48 = runSummary(makeSnapshot(), MON_0900, quietWeek(), undefined, 'vi');
    const writes = plan(w48, NEXT_MON_0900, quietWeek(), undefined, 'vi');
    const comment = writes.find((w) => w.kind === 'comment');
    expect(comment?.kind === 'comment' && comment.body).toContain('Bản tổng hợp tuần 2026-W49 đã có tại');
    expect(comment?.kind === 'comment' && parseMarkers(comment.body)[0]).toEqual({
      kind: 'summary',
      subject: 'week:2026-W48',
      stage: 'superseded',
    });
  });
});

it('settles even when a client writes the executor placeholder syntax in a title or kudos', () => {
  const sneaky: SummaryFacts = {
    ...quietWeek(),
    feedback: [
      feedback({
        number: 40,
        title: 'See {{ref:summary|week:2026-W48|}}',
        createdAt: '2026-11-24T02:00:00Z',
        type: 'positive',
        kudos: 'Great {{ref:summary|week:2026-W48|}} work',
      }),
    ],
  };
  const world = runSummary(makeSnapshot(), WED, sneaky);
  expect(world.issues[0]!.body).toContain('Great {');
  expect(plan(world, WED, sneaky)).toEqual([]);
});
