// Races and duplicates, on the in-memory GitHub: two runs plan on the same snapshot and both apply
// (as two runs at once do), then the next run repairs. Each case asserts the exact repair, that no
// person's words and no agreement change, and that a rerun after the repair plans nothing.
import { describe, expect, it } from 'vitest';
import { repairDuplicates } from '../../src/core/duplicates';
import { renderMarker, type Marker } from '../../src/core/markers';
import { ONE_PER } from '../../src/core/one-per-thing';
import type { Plan, Write } from '../../src/core/plan';
import { planRun } from '../../src/plan/planner';
import type { Snapshot } from '../../src/core/snapshot';
import { readDeadlines } from '../../src/deadlines/state';
import { urgencyOf } from '../../src/github/write-order';
import { BOT, addComment, addIssue, applyPlan, makeSnapshot } from '../../fake-github/world';
import { contextOf, engagementOf, issueByTitle } from '../deadlines/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf({ summary: { enabled: false } } as never);

const plan = (snapshot: Snapshot, now: string): Plan => planRun(engagement, snapshot, new Date(now));
const apply = (snapshot: Snapshot, p: Plan, now: string): Snapshot => applyPlan(snapshot, p, now).snapshot;
const describeWrite = (write: Write): string =>
  `${write.kind} ${'issue' in write && 'number' in write.issue ? `#${write.issue.number}` : ''}`.trim();

/** Two runs at `now` on the same snapshot, both applied: what a race leaves. */
function raced(snapshot: Snapshot, now: string): Snapshot {
  const p = plan(snapshot, now);
  // The second run's labels already exist (GitHub answers 422, which the executor counts as done).
  const second = { ...p, writes: p.writes.filter((w) => w.kind !== 'create-label') };
  return apply(apply(snapshot, p, now), second, now);
}

/** The repair run: its writes, then a rerun that must plan nothing. */
function repairRun(snapshot: Snapshot, now: string): { writes: readonly Write[]; after: Snapshot } {
  const p = plan(snapshot, now);
  const after = apply(snapshot, p, now);
  expect(plan(after, now).writes.map((w) => `${w.kind}: ${w.reason}`)).toEqual([]);
  return { writes: p.writes, after };
}

const trackingIssues = (snapshot: Snapshot, milestone: string) =>
  snapshot.issues.filter(
    (issue) => issue.author.login === BOT && issue.body.includes(`"subject":"milestone:${milestone}"`),
  );

const botMarker = (marker: Marker): string => renderMarker(marker);

describe('races heal on the next run', () => {
  it('two runs opening every tracking issue: the later copies close with one note naming the one kept', () => {
    const now = at('2026-11-23');
    const world = raced(makeSnapshot(), now);
    const copies = trackingIssues(world, 'design');
    expect(copies.map((issue) => issue.number)).toHaveLength(2);
    const [kept, duplicate] = copies;
    const { writes, after } = repairRun(world, at('2026-11-23', '10:00'));
    const onDuplicate = writes.filter(
      (w) => 'issue' in w && 'number' in w.issue && w.issue.number === duplicate!.number,
    );
    expect(onDuplicate.map(describeWrite)).toEqual([
      `comment #${duplicate!.number}`,
      `close-issue #${duplicate!.number}`,
    ]);
    const note = onDuplicate[0];
    expect(note?.kind === 'comment' && note.body).toContain(
      `#${kept!.number} is the one that stays up to date`,
    );
    expect(note?.kind === 'comment' && note.body).toContain(
      `#${kept!.number} là issue sẽ tiếp tục được cập nhật`,
    );
    const closed = after.issues.find((issue) => issue.number === duplicate!.number);
    expect(closed?.state).toBe('closed');
    expect(trackingIssues(after, 'design').filter((issue) => issue.state === 'open')).toEqual([
      expect.objectContaining({ number: kept!.number }),
    ]);
    // Only repairs: no tracking issue is opened again and nothing else is said.
    expect(
      writes.every((w) => w.kind === 'comment' || w.kind === 'close-issue' || w.kind === 'delete-comment'),
    ).toBe(true);
  });

  it("a person's comment that pastes the action's marker is never deleted", () => {
    const now = at('2026-11-23');
    let world = apply(makeSnapshot(), plan(makeSnapshot(), now), now);
    const brand = issueByTitle(world, 'Brand assets');
    const reminder = brand.comments.find(
      (c) => c.author.login === BOT && c.body.includes('"kind":"reminder"'),
    );
    expect(reminder).toBeDefined();
    world = addComment(world, brand.number, { id: 9001, author: 'lan-bepxanh', body: reminder!.body });
    const { writes, after } = repairRun(world, at('2026-11-23', '10:00'));
    expect(writes.filter((w) => w.kind === 'delete-comment')).toEqual([]);
    expect(after.issues.find((i) => i.number === brand.number)?.comments.some((c) => c.id === 9001)).toBe(
      true,
    );
  });

  it('the later of two identical reminders is deleted; the earliest stays', () => {
    const now = at('2026-11-23');
    const world = raced(makeSnapshot(), now);
    // The race also opened two of each tracking issue; keep to the first Brand assets issue's thread.
    const brand = trackingIssues(world, 'brand-assets')[0]!;
    const reminders = brand.comments.filter((c) => c.body.includes('"kind":"reminder"'));
    expect(reminders).toHaveLength(1);
    // A second copy of the reminder on the kept issue, as a raced event run would post it.
    const copy = addComment(world, brand.number, {
      id: 9100,
      author: BOT,
      body: reminders[0]!.body,
      createdAt: at('2026-11-23', '09:01'),
    });
    const { writes, after } = repairRun(copy, at('2026-11-23', '10:00'));
    expect(
      writes
        .filter((w) => w.kind === 'delete-comment')
        .map((w) => w.kind === 'delete-comment' && w.commentId),
    ).toEqual([9100]);
    const thread = after.issues.find((i) => i.number === brand.number)!.comments;
    expect(thread.filter((c) => c.body.includes('"kind":"reminder"')).map((c) => c.id)).toEqual([
      reminders[0]!.id,
    ]);
  });

  it('a comment of the action that repeats one marker but carries a new one is kept', () => {
    const subject = 'issue:40';
    let world = addIssue(makeSnapshot(), { number: 40, title: 'x', body: 'y', labels: [] });
    const ack: Marker = { kind: 'feedback-ack', subject };
    const nudge: Marker = { kind: 'feedback-nudge', subject };
    world = addComment(world, 40, { id: 1, author: BOT, body: `Thanks\n\n${botMarker(ack)}` });
    world = addComment(world, 40, {
      id: 2,
      author: BOT,
      body: `Again\n\n${botMarker(ack)}\n${botMarker(nudge)}`,
    });
    expect(repairDuplicates(world).writes).toEqual([]);
  });

  it('reminders of the same step for two different due dates are both kept (a new date is a new round)', () => {
    const subject = 'milestone:brand-assets';
    let world = addIssue(makeSnapshot(), { number: 41, title: 't', body: 'b', labels: [] });
    const reminder = (due: string): Marker => ({
      kind: 'reminder',
      subject,
      stage: 'before-1',
      data: { due },
    });
    world = addComment(world, 41, { id: 1, author: BOT, body: botMarker(reminder('2026-11-27')) });
    world = addComment(world, 41, { id: 2, author: BOT, body: botMarker(reminder('2026-12-03')) });
    expect(repairDuplicates(world).writes).toEqual([]);
    world = addComment(world, 41, { id: 3, author: BOT, body: botMarker(reminder('2026-12-03')) });
    expect(repairDuplicates(world).writes.map((w) => w.kind === 'delete-comment' && w.commentId)).toEqual([
      3,
    ]);
  });

  it('a milestone removed, restored and removed again keeps all three notes; a note said twice in a row goes', () => {
    const subject = 'milestone:old';
    let world = addIssue(makeSnapshot(), { number: 42, title: 't', body: 'b', labels: [] });
    const note = (kind: 'removed' | 'restored', when: string): string =>
      botMarker({ kind, subject, data: { at: when } });
    world = addComment(world, 42, { id: 1, author: BOT, body: note('removed', '2026-11-01') });
    world = addComment(world, 42, { id: 2, author: BOT, body: note('restored', '2026-11-05') });
    world = addComment(world, 42, { id: 3, author: BOT, body: note('removed', '2026-11-09') });
    expect(repairDuplicates(world).writes).toEqual([]);
    world = addComment(world, 42, { id: 4, author: BOT, body: note('removed', '2026-11-09') });
    expect(repairDuplicates(world).writes.map((w) => w.kind === 'delete-comment' && w.commentId)).toEqual([
      4,
    ]);
  });

  it('two amendment records of one agreement: the earliest is kept and the agreed date does not change', () => {
    const start = at('2026-11-26');
    let world = apply(makeSnapshot(), plan(makeSnapshot(), start), start);
    const brand = issueByTitle(world, 'Brand assets').number;
    world = addComment(world, brand, {
      id: 501,
      author: 'lan-bepxanh',
      body: '/extend 2026-12-03 Ảnh sản phẩm đang chụp lại',
      createdAt: at('2026-11-26', '10:00'),
    });
    world = addComment(world, brand, {
      id: 502,
      author: 'quang-songhan',
      body: '/agree',
      createdAt: at('2026-11-26', '11:00'),
    });
    world = raced(world, at('2026-11-26', '12:00'));
    const records = world.issues
      .find((i) => i.number === brand)!
      .comments.filter((c) => c.author.login === BOT && c.body.includes('"kind":"amendment"'));
    expect(records).toHaveLength(2);
    const dueBefore = readDeadlines(
      contextOf(engagement, repairDuplicates(world).snapshot, at('2026-11-26', '13:00')),
    ).byId.get('brand-assets')!.effectiveDue;
    const { writes, after } = repairRun(world, at('2026-11-26', '13:00'));
    expect(
      writes
        .filter((w) => w.kind === 'delete-comment')
        .map((w) => w.kind === 'delete-comment' && w.commentId),
    ).toEqual([records[1]!.id]);
    const left = after.issues
      .find((i) => i.number === brand)!
      .comments.filter((c) => c.author.login === BOT && c.body.includes('"kind":"amendment"'));
    expect(left.map((c) => c.id)).toEqual([records[0]!.id]);
    const state = readDeadlines(contextOf(engagement, after, at('2026-11-26', '13:00'))).byId.get(
      'brand-assets',
    )!;
    expect(state.effectiveDue.toISOString()).toBe(dueBefore.toISOString());
    expect(state.agreements.amendments.map((a) => [a.due, a.recorded])).toEqual([['2026-12-03', true]]);
  });

  it('a /agree written on the duplicate tracking issue before it closed still counts', () => {
    const start = at('2026-11-26');
    let world = raced(makeSnapshot(), start);
    const [kept, copy] = trackingIssues(world, 'brand-assets');
    world = addComment(world, kept!.number, {
      id: 601,
      author: 'lan-bepxanh',
      body: '/extend 2026-12-03 Ảnh sản phẩm đang chụp lại',
      createdAt: at('2026-11-26', '10:00'),
    });
    world = addComment(world, copy!.number, {
      id: 602,
      author: 'quang-songhan',
      body: '/agree',
      createdAt: at('2026-11-26', '11:00'),
    });
    const { writes, after } = repairRun(world, at('2026-11-26', '12:00'));
    const record = writes.find((w) => w.kind === 'comment' && w.marker.kind === 'amendment');
    expect(record && 'issue' in record && record.issue).toEqual({ number: kept!.number });
    const state = readDeadlines(
      contextOf(engagement, repairDuplicates(after).snapshot, at('2026-11-26', '12:00')),
    ).byId.get('brand-assets')!;
    expect(state.agreements.amendments.map((a) => [a.due, a.agreer])).toEqual([
      ['2026-12-03', 'quang-songhan'],
    ]);
  });

  it('a duplicate a person already closed gets no note and is not reopened', () => {
    const now = at('2026-11-23');
    let world = raced(makeSnapshot(), now);
    const [, copy] = trackingIssues(world, 'design');
    world = {
      ...world,
      issues: world.issues.map((issue) =>
        issue.number === copy!.number
          ? { ...issue, state: 'closed' as const, stateReason: 'NOT_PLANNED', closedAt: now }
          : issue,
      ),
    };
    // Still not counted as the milestone's tracking issue: the rules only see the one kept.
    expect(repairDuplicates(world).snapshot.issues.map((issue) => issue.number)).not.toContain(copy!.number);
    const { writes } = repairRun(world, at('2026-11-23', '10:00'));
    expect(
      writes.filter((w) => 'issue' in w && 'number' in w.issue && w.issue.number === copy!.number),
    ).toEqual([]);
  });

  it("the summary's own earlier duplicate note counts as the note: the copy is only closed", () => {
    const week = 'week:2026-W48';
    const body = (text: string, marker: Marker): string => `${text}\n\n${botMarker(marker)}`;
    let world = addIssue(makeSnapshot(), {
      number: 50,
      author: BOT,
      title: 'W48',
      body: body('s', { kind: 'summary', subject: week }),
    });
    world = addIssue(world, {
      number: 51,
      author: BOT,
      title: 'W48',
      body: body('s', { kind: 'summary', subject: week }),
    });
    world = addComment(world, 51, {
      author: BOT,
      body: body('old note', { kind: 'summary', subject: week, stage: 'duplicate' }),
    });
    expect(repairDuplicates(world).writes.map(describeWrite)).toEqual(['close-issue #51']);
  });

  it('repairs go after what people wait for and before the backlog', () => {
    const now = at('2026-11-23');
    const world = raced(makeSnapshot(), now);
    const repairs = repairDuplicates(world).writes;
    expect(repairs.length).toBeGreaterThan(0);
    for (const write of repairs) {
      if (write.kind === 'close-issue') continue;
      expect(urgencyOf(write)).toBe('repair');
    }
  });

  it('every marker kind has decided what a repeat of it is', () => {
    expect(
      Object.values(ONE_PER).every((rule) => ['subject', 'stage', 'stage-and-due', 'repeat'].includes(rule)),
    ).toBe(true);
    expect(ONE_PER.amendment).toBe('stage');
    expect(ONE_PER.removed).toBe('repeat');
  });
});
