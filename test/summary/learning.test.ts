// The learning section of the weekly summary, driven through real runs: every agreed extension with
// whether its new date held (as of the week's end for a closed week), the root causes the 5 whys found
// in feedback, and feedback the client's form tied to a milestone — linked from the acknowledgement and
// shown in that milestone's row.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import type { EngagementInput } from '../../src/engagement/schema';
import { FORM_FIELDS } from '../../src/feedback/form';
import { emptyWorld, engagementOf, issueByTitle } from '../deadlines/helpers';
import { fullRun } from '../support/runs';
import { addComment, addIssue, tickItem } from '../../fake-github/world';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

const MILESTONES: EngagementInput['milestones'] = [
  { id: 'content', title: 'Page texts', owner: 'client', due: '2026-12-04', deliverables: ['Texts'] },
  { id: 'design', title: 'Visual design', owner: 'vendor', due: '2026-12-11', deliverables: ['Home page'] },
];
const engagement = engagementOf({ milestones: MILESTONES });

const summaryOf = (snapshot: Snapshot, week: string) =>
  snapshot.issues.find((issue) => parseMarkers(issue.body)[0]?.subject === `week:${week}`)!;

function section(body: string, heading: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line === `### ${heading}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && (line.startsWith('#') || line === '---'));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.trim() !== '');
}

const EXTENSIONS = 'Extensions agreed, and whether the new date held';

function agree(snapshot: Snapshot, issue: number, command: string, by: string, other: string, day: string) {
  let next = addComment(snapshot, issue, { author: by, body: command, createdAt: at(day, '10:00') });
  next = addComment(next, issue, { author: other, body: '/agree', createdAt: at(day, '11:00') });
  return next;
}

describe('extensions in the learning section', () => {
  it('lists each agreed extension with whether it held, as of the end of the week it describes', () => {
    let snapshot = fullRun(engagement, emptyWorld(), at('2026-11-30')).snapshot;
    const content = issueByTitle(snapshot, 'Page texts').number;
    const design = issueByTitle(snapshot, 'Visual design').number;
    // Week 49: the client's texts move to 10 Dec.
    snapshot = agree(
      snapshot,
      content,
      '/extend 2026-12-10 Waiting for the owner to approve the texts',
      'lan-bepxanh',
      'quang-songhan',
      '2026-12-02',
    );
    snapshot = fullRun(engagement, snapshot, at('2026-12-02', '15:00')).snapshot;
    expect(section(summaryOf(snapshot, '2026-W49').body, EXTENSIONS)).toEqual([
      'Agreed so far: 1 · kept: 0 · slipped again: 0 · new date still ahead: 1.',
      expect.stringMatching(
        /^- \[Page texts\]\(.+\): Fri, 4 Dec 2026 → Thu, 10 Dec 2026, agreed on Wed, 2 Dec 2026 — new date still ahead$/u,
      ),
    ]);

    // Week 50: the design moves to 18 Dec; the texts are not in by the new date.
    snapshot = agree(
      snapshot,
      design,
      '/extend 2026-12-18 The photos arrived a week late',
      'quang-songhan',
      'lan-bepxanh',
      '2026-12-09',
    );
    snapshot = fullRun(engagement, snapshot, at('2026-12-09', '15:00')).snapshot;

    // Week 51: the design moves again, to 23 Dec — the week-50 summary closes as of Sunday 13 Dec.
    snapshot = agree(
      snapshot,
      design,
      '/extend 2026-12-23 One more review round',
      'quang-songhan',
      'lan-bepxanh',
      '2026-12-17',
    );
    snapshot = fullRun(engagement, snapshot, at('2026-12-17', '15:00')).snapshot;
    const week50 = summaryOf(snapshot, '2026-W50');
    expect(week50.state).toBe('closed');
    expect(section(week50.body, EXTENSIONS)).toEqual([
      'Agreed so far: 2 · kept: 0 · slipped again: 1 · new date still ahead: 1.',
      expect.stringContaining('Page texts'),
      expect.stringContaining('Visual design'),
    ]);
    expect(section(week50.body, EXTENSIONS)[1]).toMatch(/— slipped again$/u);
    expect(section(week50.body, EXTENSIONS)[2]).toMatch(/→ Fri, 18 Dec 2026, .* — new date still ahead$/u);

    // Week 52: the design is handed over on 22 Dec, by its second new date.
    snapshot = tickItem(snapshot, design, 'Home page', at('2026-12-22', '16:00'));
    snapshot = fullRun(engagement, snapshot, at('2026-12-23', '09:00')).snapshot;
    const week52 = section(summaryOf(snapshot, '2026-W52').body, EXTENSIONS);
    expect(week52[0]).toBe('Agreed so far: 3 · kept: 1 · slipped again: 2 · new date still ahead: 0.');
    expect(week52.slice(1).map((line) => line.replace(/^.*— /u, ''))).toEqual([
      'slipped again',
      'slipped again',
      'kept: handed over by the new date',
    ]);
    // fullRun ended with an unchanged rerun that planned nothing; a later run the same week changes
    // nothing in this section either.
    const later = fullRun(engagement, snapshot, at('2026-12-24', '09:00')).snapshot;
    expect(section(summaryOf(later, '2026-W52').body, EXTENSIONS)).toEqual(week52);
  });

  it('a summary without any agreed extension has no extensions section', () => {
    const snapshot = fullRun(engagement, emptyWorld(), at('2026-11-30')).snapshot;
    expect(summaryOf(snapshot, '2026-W49').body).not.toContain(EXTENSIONS);
  });
});

describe('feedback in the learning section and in the milestone rows', () => {
  const form = (milestone: string): string =>
    [
      `### ${FORM_FIELDS.what_happened}`,
      '',
      'The header overlaps the menu on the product page of the new design.',
      '',
      `### ${FORM_FIELDS.expected}`,
      '',
      'The menu shows under the header.',
      '',
      `### ${FORM_FIELDS.milestone}`,
      '',
      milestone,
    ].join('\n');

  it('links feedback to the milestone its form names, and counts the root causes the team labelled', () => {
    let snapshot = fullRun(engagement, emptyWorld(), at('2026-11-30')).snapshot;
    const design = issueByTitle(snapshot, 'Visual design').number;
    snapshot = addIssue(snapshot, {
      number: 50,
      title: 'Header overlaps the menu',
      body: form('Visual design (design)'),
      labels: ['feedback'],
      createdAt: at('2026-12-01', '09:00'),
    });
    snapshot = addIssue(snapshot, {
      number: 51,
      title: 'Footer links go nowhere',
      body: 'The footer links on every page lead to a 404.',
      labels: ['feedback', 'root cause: late-information'],
      createdAt: at('2026-12-01', '09:30'),
    });
    const { snapshot: after, writes } = fullRun(engagement, snapshot, at('2026-12-01', '10:00'));

    // The acknowledgement names the milestone with its tracking issue: GitHub lists the feedback there.
    const ack = writes.find(
      (write) => write.kind === 'comment' && 'number' in write.issue && write.issue.number === 50,
    );
    expect(ack?.kind === 'comment' && ack.body).toContain(`the milestone **Visual design** (#${design})`);
    const other = writes.find(
      (write) => write.kind === 'comment' && 'number' in write.issue && write.issue.number === 51,
    );
    expect(other?.kind === 'comment' && other.body).not.toContain('linked it to the milestone');

    const body = summaryOf(after, '2026-W49').body;
    const row = body.split('\n').find((line) => line.startsWith('| [Visual design'));
    expect(row).toContain('· open feedback: [#50](');
    expect(body.split('\n').find((line) => line.startsWith('| [Page texts'))).not.toContain('open feedback');
    expect(section(body, 'Root causes the 5 whys found in feedback')).toEqual([
      expect.stringMatching(/^- Information arrived late: \*\*1\*\* — \[#51\]\(/u),
    ]);
  });
});
