// What living an engagement over time showed (review s19): how late a handoff is when no working time
// has passed, the escalation of a milestone that leaves the engagement file, a primary contact replaced
// in the file, and the rerun after a tracking issue closed as "not planned" is reopened. Every story
// ends with a rerun at the same moment that plans nothing (and the harness reruns every step).
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { IssueRef } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import type { Engagement, EngagementInput } from '../../src/engagement/schema';
import { addComment, updateIssue } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

/** The number of the issue a write goes to (undefined for one this plan opens). */
const numberOf = (ref: IssueRef): number | undefined => ('number' in ref ? ref.number : undefined);

const brandFacts = (e: Engagement, snapshot: Snapshot, now: string) =>
  deriveMilestoneFacts(contextOf(e, snapshot, now)).find((m) => m.id === 'brand-assets')!;

/** The ladder climbed to its escalation for the 27 November due date, nobody answering. */
function escalatedWorld(e: Engagement = engagement): Snapshot {
  let world = step(e, emptyWorld(), at('2026-11-02')).snapshot;
  for (const day of ['2026-11-30', '2026-12-02', '2026-12-04']) world = step(e, world, at(day)).snapshot;
  issueByTitle(world, 'Escalation: Brand assets');
  return world;
}

describe('late by less than a business day is said as it is', () => {
  it('the weekend after a Friday 17:30 due date: not late, not overdue, 0 business days', () => {
    const world = step(engagement, emptyWorld(), at('2026-11-23')).snapshot;
    for (const moment of [at('2026-11-27', '18:00'), at('2026-11-28', '10:00'), at('2026-11-30', '08:00')]) {
      const facts = brandFacts(engagement, world, moment);
      expect(facts.businessDaysLate, moment).toBe(0);
      expect(facts.status, moment).not.toBe('overdue');
    }
    // Monday 09:00, working time has passed: overdue, one business day (Monday) late.
    expect(brandFacts(engagement, world, at('2026-11-30', '09:00'))).toMatchObject({
      status: 'overdue',
      businessDaysLate: 1,
    });
    // Tuesday 07:00, before work starts: still one business day, not two.
    expect(brandFacts(engagement, world, at('2026-12-01', '07:00')).businessDaysLate).toBe(1);
    expect(brandFacts(engagement, world, at('2026-12-01', '09:00')).businessDaysLate).toBe(2);
  });

  it('the label stays what it was over the weekend and says overdue once working time passes', () => {
    let world = step(engagement, emptyWorld(), at('2026-11-23')).snapshot;
    world = step(engagement, world, at('2026-11-28', '10:00')).snapshot;
    expect(issueByTitle(world, 'Brand assets').labels).not.toContain('deadline: overdue');
    world = step(engagement, world, at('2026-11-30', '09:00')).snapshot;
    expect(issueByTitle(world, 'Brand assets').labels).toContain('deadline: overdue');
    expect(planOf(engagement, world, at('2026-11-30', '09:00')).writes).toEqual([]);
  });

  it('a silent owner’s formal notice two hours after a 12:00 due says “less than a business day”, never “1 business day”', () => {
    const midday = engagementOf({
      milestones: [
        {
          id: 'brand-assets',
          title: 'Brand assets and content',
          owner: 'client',
          due: '2026-11-27 12:00',
          deliverables: ['Logo files'],
        },
      ],
      contacts: {
        client: { primary: { handle: '@lan-bepxanh', name: 'Chị Lan' }, alternates: [] },
        vendor: { primary: { handle: '@quang-songhan', name: 'Anh Quang' }, alternates: [] },
      },
    } as Partial<EngagementInput>);
    let world = step(midday, emptyWorld(), at('2026-11-18')).snapshot;
    world = step(midday, world, at('2026-11-23')).snapshot;
    const notice = step(midday, world, at('2026-11-27', '14:00'));
    const formal = comments(notice.writes).find((write) => write.marker.stage === 'formal-notice')!;
    expect(formal.body).toContain('trễ **chưa tới một ngày làm việc**');
    expect(formal.body).not.toMatch(/1 ngày làm việc\*\*/u);
    expect(brandFacts(midday, notice.snapshot, at('2026-11-27', '14:00'))).toMatchObject({
      status: 'overdue',
      businessDaysLate: 0,
    });
    expect(planOf(midday, notice.snapshot, at('2026-11-27', '14:00')).writes).toEqual([]);
  });
});

describe('a milestone with an open escalation leaves the engagement file', () => {
  const without: Engagement = {
    ...engagement,
    milestones: engagement.milestones
      .filter((m) => m.id !== 'brand-assets')
      .map((m) => ({ ...m, depends_on: m.depends_on.filter((id) => id !== 'brand-assets') })),
  };

  it('the escalation is closed with its tracking issue (note in the team’s language), and reopens when it comes back still late', () => {
    const world = escalatedWorld();
    const escalation = issueByTitle(world, 'Escalation: Brand assets');
    const tracking = issueByTitle(world, 'Brand assets and content');

    const removed = step(without, world, at('2026-12-07'));
    const onEscalation = removed.writes.filter(
      (write) =>
        'issue' in write &&
        write.issue &&
        'number' in write.issue &&
        numberOf(write.issue) === escalation.number,
    );
    expect(onEscalation.map((write) => write.kind)).toEqual(['comment', 'close-issue']);
    const close = onEscalation.find((write) => write.kind === 'close-issue');
    expect(close?.kind === 'close-issue' && close.stateReason).toBe('not_planned');
    const note = comments(removed.writes).find((write) => numberOf(write.issue) === escalation.number)!;
    expect(parseMarkers(note.body)[0]).toMatchObject({ kind: 'escalation-closed', stage: 'removed' });
    expect(note.body).toContain(
      `**Brand assets and content** is no longer in the engagement file, so this escalation is closed, as its tracking issue #${tracking.number} is.`,
    );
    // The tracking issue's own note is in the language it was written in: the client's, Vietnamese.
    const trackingNote = comments(removed.writes).find((write) => numberOf(write.issue) === tracking.number)!;
    expect(trackingNote.body).toMatch(/^\*\*Brand assets and content\*\* không còn trong tệp engagement/u);
    expect(issueByTitle(removed.snapshot, 'Escalation: Brand assets').state).toBe('closed');
    expect(planOf(without, removed.snapshot, at('2026-12-07')).writes).toEqual([]);
    // A later run writes nothing more on either issue.
    const later = step(without, removed.snapshot, at('2026-12-08'));
    expect(
      later.writes.filter(
        (write) =>
          'issue' in write &&
          write.issue &&
          'number' in write.issue &&
          [escalation.number, tracking.number].includes(write.issue.number),
      ),
    ).toEqual([]);

    // Back in the file, still not handed over: both issues reopen in the same run, each with a note.
    const back = step(engagement, later.snapshot, at('2026-12-09'));
    expect(issueByTitle(back.snapshot, 'Brand assets and content').state).toBe('open');
    expect(issueByTitle(back.snapshot, 'Escalation: Brand assets').state).toBe('open');
    const reopenNote = comments(back.writes).find((write) => numberOf(write.issue) === escalation.number)!;
    expect(reopenNote.body).toContain('**Brand assets and content** is back in the engagement file');
    expect(planOf(engagement, back.snapshot, at('2026-12-09')).writes).toEqual([]);
  });

  it('an escalation an earlier version left open beside a tracking issue closed as removed is closed now, once', () => {
    let world = escalatedWorld();
    const escalation = issueByTitle(world, 'Escalation: Brand assets');
    world = step(without, world, at('2026-12-07')).snapshot;
    // As an earlier version left it: the escalation open, without the note.
    world = updateIssue(world, escalation.number, (issue) => ({
      ...issue,
      state: 'open',
      stateReason: 'REOPENED',
      closedAt: null,
      comments: issue.comments.filter((c) => !c.body.includes('"kind":"escalation-closed"')),
    }));
    const run = step(without, world, at('2026-12-08'));
    expect(issueByTitle(run.snapshot, 'Escalation: Brand assets').state).toBe('closed');
    expect(planOf(without, run.snapshot, at('2026-12-08')).writes).toEqual([]);
    // A person reopens it after the note: theirs, left open.
    const reopened = updateIssue(run.snapshot, escalation.number, (issue) => ({
      ...issue,
      state: 'open',
      stateReason: 'REOPENED',
      closedAt: null,
    }));
    const onEscalation = planOf(without, reopened, at('2026-12-09')).writes.filter(
      (write) =>
        'issue' in write &&
        write.issue &&
        'number' in write.issue &&
        numberOf(write.issue) === escalation.number,
    );
    expect(onEscalation).toEqual([]);
  });
});

describe('a primary contact replaced in the engagement file', () => {
  it('the former primary’s answer, written while the action addressed her, is still the client’s answer', () => {
    let world = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
    world = step(engagement, world, at('2026-11-18')).snapshot; // the 7-day reminder, to chị Lan
    const brand = issueByTitle(world, 'Brand assets').number;
    world = addComment(world, brand, {
      author: 'lan-bepxanh',
      body: 'Dạ em đang chuẩn bị, thứ Sáu em gửi đủ.',
      createdAt: at('2026-11-18', '11:00'),
    });
    const mai = engagementOf({
      contacts: {
        client: { primary: { handle: '@mai-bepxanh', name: 'Chị Mai' }, alternates: ['@minh-bepxanh'] },
        vendor: {
          primary: { handle: '@quang-songhan', name: 'Anh Quang' },
          alternates: ['@vy-songhan'],
          account_manager: '@hoa-songhan',
        },
      },
    } as Partial<EngagementInput>);
    for (const day of ['2026-11-19', '2026-11-24', '2026-11-26']) world = step(mai, world, at(day)).snapshot;
    const notes = issueByTitle(world, 'Brand assets').comments.map((c) => c.body);
    // Not told that nobody answered since the reminder, nor the alternates asked for a silence that was not.
    expect(notes.some((body) => body.includes('chưa nhận được phản hồi'))).toBe(false);
    expect(notes.some((body) => body.includes('"kind":"alternates"'))).toBe(false);
    expect(planOf(mai, world, at('2026-11-26')).writes).toEqual([]);
  });
});

describe('a tracking issue closed as not planned, reopened once', () => {
  it('the run that reopens it also keeps it up (reminder, body), so the rerun at the same moment plans nothing', () => {
    let world = step(engagement, emptyWorld(), at('2026-11-23', '08:00')).snapshot;
    world = step(engagement, world, at('2026-11-25', '21:23')).snapshot;
    const brand = issueByTitle(world, 'Brand assets').number;
    world = updateIssue(world, brand, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'NOT_PLANNED',
      closedAt: at('2026-11-26', '02:51'),
      updatedAt: at('2026-11-26', '02:51'),
    }));
    const now = at('2026-11-26', '05:08');
    const run = step(engagement, world, now);
    expect(run.writes.map((write) => write.kind)).toContain('reopen-issue');
    const stages = comments(run.writes).map((write) => `${write.marker.kind}:${write.marker.stage ?? ''}`);
    expect(stages[0]).toMatch(/^not-delivery:closed-/u);
    expect(stages).toContain('reminder:before-1');
    expect(planOf(engagement, run.snapshot, now).writes).toEqual([]);
    // Closed again by a person: left as they decided, and quiet.
    const again = updateIssue(run.snapshot, brand, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'NOT_PLANNED',
      closedAt: at('2026-11-26', '10:00'),
    }));
    expect(planOf(engagement, again, at('2026-11-26', '11:00')).writes).toEqual([]);
  });
});
