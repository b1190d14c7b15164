// Retrospectives for the vendor team: one when every milestone of the file is handed over, and every
// N weeks when the file asks; the figures since the last one, three questions, the vendor side only.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import type { EngagementInput } from '../../src/engagement/schema';
import { emptyWorld, engagementOf, issueByTitle } from '../deadlines/helpers';
import { fullRun } from '../support/runs';
import { makeSnapshot, tickItem } from '../../fake-github/world';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

const MILESTONES: EngagementInput['milestones'] = [
  { id: 'texts', title: 'Page texts', owner: 'client', due: '2026-12-04', deliverables: ['Texts'] },
  { id: 'design', title: 'Visual design', owner: 'vendor', due: '2026-12-11', deliverables: ['Home page'] },
];

const retrospectives = (snapshot: Snapshot) =>
  snapshot.issues.filter((issue) => parseMarkers(issue.body)[0]?.kind === 'retrospective');

describe('the retrospective at the end of the engagement', () => {
  const engagement = engagementOf({ milestones: MILESTONES });

  it('opens once when the last handoff is done, for the vendor team only, with the figures and three questions', () => {
    let snapshot = fullRun(engagement, emptyWorld(), at('2026-11-30')).snapshot;
    // The texts come in a business day late; the design on time.
    snapshot = tickItem(
      snapshot,
      issueByTitle(snapshot, 'Page texts').number,
      'Texts',
      at('2026-12-07', '10:00'),
    );
    snapshot = fullRun(engagement, snapshot, at('2026-12-07', '11:00')).snapshot;
    expect(retrospectives(snapshot)).toEqual([]);

    snapshot = tickItem(
      snapshot,
      issueByTitle(snapshot, 'Visual design').number,
      'Home page',
      at('2026-12-10', '16:00'),
    );
    const { snapshot: after, writes } = fullRun(engagement, snapshot, at('2026-12-10', '16:05'));
    expect(writes.filter((write) => write.kind === 'create-label').map((write) => write.name)).toContain(
      'engagement: retrospective',
    );
    const [retro] = retrospectives(after);
    expect(retrospectives(after)).toHaveLength(1);
    expect(retro!.title).toBe(
      'Retrospective at the end of Bếp Xanh website rebuild (Mon, 30 Nov 2026 to Thu, 10 Dec 2026)',
    );
    expect(retro!.labels).toContain('engagement: retrospective');
    expect(retro!.body).toContain('@quang-songhan @vy-songhan @hoa-songhan — time to look back together');
    // In the client's repository it never claims to be for the team only: the client can read it.
    expect(retro!.body).not.toContain('for the team only');
    expect(retro!.body).toContain("it lives in the client's repository, so the client can read it too");
    // Addressed to the vendor side only: no client contact is named or pinged.
    expect(retro!.body).not.toMatch(/lan-bepxanh|minh-bepxanh|Chị Lan/u);
    expect(retro!.body).toContain('- Handoffs completed: 2 (1 on time, 1 late)');
    expect(retro!.body).toContain('- Average delay of the late ones: 1 business day');
    expect(retro!.body).toContain('1. What was hard in this period, and where did we lose time?');

    // Later runs open nothing more (fullRun already ended with an unchanged rerun planning nothing).
    const later = fullRun(engagement, after, at('2026-12-21', '09:00')).snapshot;
    expect(retrospectives(later)).toHaveLength(1);
  });

  it('`at_end: false` opens none', () => {
    const quiet = engagementOf({ milestones: MILESTONES, retrospective: { at_end: false } });
    let snapshot = fullRun(quiet, emptyWorld(), at('2026-11-30')).snapshot;
    snapshot = tickItem(snapshot, issueByTitle(snapshot, 'Page texts').number, 'Texts', at('2026-12-02'));
    snapshot = tickItem(
      snapshot,
      issueByTitle(snapshot, 'Visual design').number,
      'Home page',
      at('2026-12-02'),
    );
    expect(retrospectives(fullRun(quiet, snapshot, at('2026-12-02', '10:00')).snapshot)).toEqual([]);
  });
});

describe('retrospectives every N weeks', () => {
  it('`every_weeks: 2`: one after two weeks, the next two weeks after that one, counted from its own date', () => {
    const engagement = engagementOf({
      milestones: MILESTONES.map((m) => ({ ...m, due: '2027-03-01' })),
      retrospective: { every_weeks: 2 },
    });
    let snapshot = fullRun(engagement, emptyWorld(), at('2026-11-30')).snapshot;
    snapshot = fullRun(engagement, snapshot, at('2026-12-07')).snapshot;
    expect(retrospectives(snapshot)).toEqual([]);
    // A minute before two weeks have passed: nothing; a minute after: the first one.
    snapshot = fullRun(
      engagement,
      snapshot,
      new Date(Date.parse(at('2026-12-14')) - 60_000).toISOString(),
    ).snapshot;
    expect(retrospectives(snapshot)).toEqual([]);
    snapshot = fullRun(
      engagement,
      snapshot,
      new Date(Date.parse(at('2026-12-14')) + 60_000).toISOString(),
    ).snapshot;
    expect(retrospectives(snapshot).map((issue) => issue.title)).toEqual([
      'Retrospective — Bếp Xanh website rebuild, Mon, 30 Nov 2026 to Mon, 14 Dec 2026',
    ]);
    snapshot = fullRun(engagement, snapshot, at('2026-12-21')).snapshot;
    expect(retrospectives(snapshot)).toHaveLength(1);
    snapshot = fullRun(engagement, snapshot, at('2026-12-28', '10:00')).snapshot;
    expect(retrospectives(snapshot).map((issue) => issue.title)).toEqual([
      'Retrospective — Bếp Xanh website rebuild, Mon, 30 Nov 2026 to Mon, 14 Dec 2026',
      'Retrospective — Bếp Xanh website rebuild, Mon, 14 Dec 2026 to Mon, 28 Dec 2026',
    ]);
  });
});

describe('the retrospective with an internal repository', () => {
  it('opens there, once: the next runs find it and open no second one', () => {
    const engagement = engagementOf({
      engagement: { ...engagementOf().engagement, internal_repository: 'songhan/engagements-internal' },
      milestones: MILESTONES,
    });
    const internal = {
      repository: { owner: 'songhan', name: 'engagements-internal' },
      issues: [],
      labels: [],
    };
    let snapshot = fullRun(engagement, makeSnapshot({ internal }), at('2026-11-30')).snapshot;
    snapshot = tickItem(snapshot, issueByTitle(snapshot, 'Page texts').number, 'Texts', at('2026-12-02'));
    snapshot = tickItem(
      snapshot,
      issueByTitle(snapshot, 'Visual design').number,
      'Home page',
      at('2026-12-02'),
    );
    snapshot = fullRun(engagement, snapshot, at('2026-12-02', '10:00')).snapshot;
    const internalRetros = (world: Snapshot) =>
      (world.internal?.issues ?? []).filter((issue) => parseMarkers(issue.body)[0]?.kind === 'retrospective');
    expect(retrospectives(snapshot)).toEqual([]);
    expect(internalRetros(snapshot)).toHaveLength(1);
    expect(internalRetros(snapshot)[0]!.body).toContain('This is for the team only.');
    // A week later (fullRun ends each run with an unchanged rerun too): still one.
    snapshot = fullRun(engagement, snapshot, at('2026-12-09', '10:00')).snapshot;
    expect(internalRetros(snapshot)).toHaveLength(1);
  });
});
