// Dates people write are planned in the years the engagement file accepts (2000–2099,
// src/engagement/bounds.ts). `/extend` to a date outside them, a filed deadline whose form or GitHub
// milestone names one, and a `/note` dated before them get a calm reply naming the years and what to do;
// an extension inside them that would carry a dependent milestone past 31 December 2099 is refused
// with a reply naming that milestone. So no date past the last year is ever planned, stated or
// counted, and no run walks the calendar into it (which is what made such a plan take ~50 s).
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { addComment, addIssue } from '../../fake-github/world';
import {
  comments,
  contextOf,
  deadlineForm,
  emptyWorld,
  engagementOf,
  issueByTitle,
  planOf,
  step,
} from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

/** Any date from 2100 on, in facts or text. */
const PAST_THE_YEARS = /\b2[1-9]\d\d-\d\d-\d\d|\b(?:2[1-9]\d\d)\b/u;

function tracked(): { snapshot: Snapshot; brand: number } {
  const snapshot = step(engagement, emptyWorld(), at('2026-11-16')).snapshot;
  return { snapshot, brand: issueByTitle(snapshot, 'Brand assets').number };
}

describe('dates in the years that can be planned', () => {
  it('an /extend that would carry a dependant past 2099 is refused, naming it; /agree then agrees to nothing', () => {
    const start = tracked();
    const brand = start.brand;
    let snapshot = start.snapshot;
    snapshot = addComment(snapshot, brand, {
      id: 701,
      author: 'lan-bepxanh',
      body: '/extend 2099-12-30 cần thêm thời gian',
      createdAt: at('2026-11-17', '10:00'),
    });
    const proposed = step(engagement, snapshot, at('2026-11-17', '11:00'));
    const reply = comments(proposed.writes).find((write) => write.marker.kind === 'command-reply')!;
    expect(reply.marker.stage).toBe('701');
    // Written to the client (chị Lan reads Vietnamese), naming the dependant and the last day.
    expect(reply.body).toContain('**Visual design of key pages**');
    expect(reply.body).toContain('31/12/2099');
    expect(reply.body).toContain('2000–2099');
    expect(comments(proposed.writes).some((write) => write.marker.kind === 'proposal')).toBe(false);

    snapshot = addComment(proposed.snapshot, brand, {
      id: 702,
      author: 'quang-songhan',
      body: '/agree',
      createdAt: at('2026-11-17', '14:00'),
    });
    const agreed = step(engagement, snapshot, at('2026-11-17', '15:00'));
    expect(comments(agreed.writes).map((write) => `${write.marker.kind}:${write.marker.stage}`)).toEqual([
      'command-reply:702',
    ]);
    const ctx = contextOf(engagement, agreed.snapshot, at('2026-11-17', '15:00'));
    const facts = deriveMilestoneFacts(ctx);
    expect(facts.map((fact) => fact.currentDue)).toEqual([
      '2026-11-27T10:30:00.000Z',
      '2026-12-11T10:30:00.000Z',
      '2026-12-16T10:30:00.000Z',
    ]);
    expect(JSON.stringify(facts)).not.toMatch(PAST_THE_YEARS);
    for (const issue of agreed.snapshot.issues) expect(issue.body).not.toMatch(PAST_THE_YEARS);
    expect(planOf(engagement, agreed.snapshot, at('2026-11-17', '15:00')).writes).toEqual([]);
  });

  it('an /extend past 2099 is refused with the years and what to write instead', () => {
    const start = tracked();
    const brand = start.brand;
    let snapshot = start.snapshot;
    snapshot = addComment(snapshot, brand, {
      id: 711,
      author: 'quang-songhan',
      body: '/extend 2150-01-05 later',
      createdAt: at('2026-11-17', '10:00'),
    });
    const run = step(engagement, snapshot, at('2026-11-17', '11:00'));
    const [reply] = comments(run.writes);
    expect(reply!.marker).toMatchObject({ kind: 'command-reply', stage: '711' });
    // Anh Quang's contact has no language; his words tell none, so his side's (the team's, English).
    expect(reply!.body).toContain('`2150-01-05` is outside the years the schedule can hold (2000–2099)');
    expect(reply!.body).toContain('up to 31 December 2099: `/extend YYYY-MM-DD reason`');
    const facts = deriveMilestoneFacts(contextOf(engagement, run.snapshot, at('2026-11-17', '11:00')));
    expect(JSON.stringify(facts)).not.toMatch(/2150/u);
    expect(planOf(engagement, run.snapshot, at('2026-11-17', '11:00')).writes).toEqual([]);
  });

  it('an extension inside the years whose dependants stay inside them is proposed as before', () => {
    const start = tracked();
    const brand = start.brand;
    let snapshot = start.snapshot;
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/extend 2027-03-05 Tết',
      createdAt: at('2026-11-17', '10:00'),
    });
    const run = step(engagement, snapshot, at('2026-11-17', '11:00'));
    expect(comments(run.writes).map((write) => write.marker.kind)).toEqual(['proposal']);
  });

  it('a filed deadline due past 2099 (form or GitHub milestone) is not tracked and gets one reply', () => {
    let world = addIssue(emptyWorld(), {
      number: 7,
      title: 'Sitemap',
      author: 'quang-songhan',
      body: deadlineForm('2150-01-01', 'Vendor / Nhà cung cấp'),
      labels: ['deadline'],
      createdAt: at('2026-11-16', '08:00'),
      // The form's date is the filer's: a milestone's date never stands in for it.
      milestone: { title: 'Phase 1', dueOn: '2026-12-01T00:00:00Z' },
    });
    world = addIssue(world, {
      number: 8,
      title: 'Wireframes',
      author: 'quang-songhan',
      body: deadlineForm('', 'Vendor / Nhà cung cấp'),
      labels: ['deadline'],
      createdAt: at('2026-11-16', '08:00'),
      milestone: { title: 'Someday', dueOn: '2200-06-30T00:00:00Z' },
    });
    const run = step(engagement, world, at('2026-11-16'));
    const replies = comments(run.writes).filter((write) => write.marker.kind === 'deadline-invalid');
    expect(replies.map((write) => write.issue)).toEqual([{ number: 7 }, { number: 8 }]);
    expect(replies[0]!.body).toContain(
      'Its due date, `2150-01-01`, is outside the years the schedule can hold (2000–2099)',
    );
    expect(replies[1]!.body).toContain('the GitHub milestone Someday, due `2200-06-30`');
    const facts = deriveMilestoneFacts(contextOf(engagement, run.snapshot, at('2026-11-16')));
    expect(facts.map((fact) => fact.id)).toEqual(['brand-assets', 'design', 'design-approval']);
    expect(run.snapshot.issues.find((issue) => issue.number === 7)!.labels).toEqual(['deadline']);
    expect(planOf(engagement, run.snapshot, at('2026-11-16')).writes).toEqual([]);
  });

  it('a /note dated before 2000 is not recorded; the reply names the years', () => {
    const start = tracked();
    const brand = start.brand;
    let snapshot = start.snapshot;
    snapshot = addComment(snapshot, brand, {
      id: 721,
      author: 'quang-songhan',
      body: '/note call 1999-12-31 answer: photos on Friday',
      createdAt: at('2026-11-17', '10:00'),
    });
    const run = step(engagement, snapshot, at('2026-11-17', '11:00'));
    const [reply] = comments(run.writes);
    expect(reply!.marker).toMatchObject({ kind: 'contact-note-refused', stage: '721' });
    expect(reply!.body).toContain('`1999-12-31` is outside the years the schedule can hold (2000–2099)');
    expect(planOf(engagement, run.snapshot, at('2026-11-17', '11:00')).writes).toEqual([]);
  });
});
