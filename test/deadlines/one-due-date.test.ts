// One place computes a milestone's current due date (DeadlineState.statedDue): when an agreed extension
// moves a dependency and the dependant shifts day for day, every surface states the same new date —
// the tracking issue, the reminder, the weekly summary's table, next-14-days list and chart, and the
// facts the summary is built from.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import type { EngagementInput } from '../../src/engagement/schema';
import { parseMarkers } from '../../src/core/markers';
import { fullRun } from '../support/runs';
import { addComment } from '../../fake-github/world';
import { expectOneFactEverywhere } from '../support/read-back';
import { contextOf, emptyWorld, engagementOf, issueByTitle } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

const MILESTONES: EngagementInput['milestones'] = [
  {
    id: 'brand-assets',
    title: 'Brand assets and content',
    owner: 'client',
    due: '2026-12-04',
    deliverables: ['Logo files', 'Product photos'],
  },
  {
    id: 'design',
    title: 'Visual design of key pages',
    owner: 'vendor',
    due: '2026-12-11',
    depends_on: ['brand-assets'],
    deliverables: ['Home page design'],
  },
];
const engagement = engagementOf({ milestones: MILESTONES });

const run = (snapshot: Snapshot, now: string, week: string) =>
  fullRun(engagement, snapshot, now, { summaryWeek: week });

describe('a moved date reads the same everywhere', () => {
  it('brand extended to 18 Dec: the design (was 11 Dec) is due 25 Dec on every surface', () => {
    let snapshot = run(emptyWorld(), at('2026-11-02'), '2026-W45').snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    const design = issueByTitle(snapshot, 'Visual design').number;
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: '/extend 2026-12-18 Ảnh sản phẩm cần chụp lại',
      createdAt: at('2026-12-03', '10:00'),
    });
    snapshot = addComment(snapshot, brand, {
      author: 'quang-songhan',
      body: '/agree',
      createdAt: at('2026-12-03', '14:00'),
    });
    snapshot = run(snapshot, at('2026-12-03', '15:00'), '2026-W49').snapshot;
    // The design team answers, so that only the date rules speak.
    snapshot = addComment(snapshot, design, {
      author: 'quang-songhan',
      body: 'Noted, thank you.',
      createdAt: at('2026-12-15', '09:00'),
    });
    const { snapshot: after, writes } = run(snapshot, at('2026-12-16'), '2026-W51');

    // The facts.
    const facts = deriveMilestoneFacts(contextOf(engagement, after, at('2026-12-16')));
    expect(facts.find((m) => m.id === 'design')).toMatchObject({
      baselineDue: '2026-12-11T10:30:00.000Z',
      currentDue: '2026-12-25T10:30:00.000Z',
      governingDue: '2026-12-25T10:30:00.000Z',
    });
    // The tracking issue.
    expect(issueByTitle(after, 'Visual design').body).toContain('| Due | Fri, 25 Dec 2026, 17:30');
    // The reminder, 7 business days before the moved date.
    const reminder = writes.find(
      (write) => write.kind === 'comment' && 'number' in write.issue && write.issue.number === design,
    );
    expect(reminder?.kind === 'comment' && reminder.body).toContain('25 Dec 2026');
    expect(reminder?.kind === 'comment' && parseMarkers(reminder.body)[0]).toMatchObject({
      kind: 'reminder',
      data: { due: '2026-12-25T10:30:00.000Z' },
    });
    // The weekly summary: the table's current date, the next 14 days and the chart.
    const summary = after.issues.filter((issue) => parseMarkers(issue.body)[0]?.kind === 'summary').at(-1);
    expect(summary?.state).toBe('open');
    const lines = summary!.body.split('\n').filter((line) => line.includes('Visual design'));
    // Table row: baseline 11 Dec, current 25 Dec.
    expect(lines.find((line) => line.startsWith('|'))).toContain(
      '| Fri, 11 Dec 2026 | Fri, 25 Dec 2026 | Upcoming |',
    );
    // Next 14 days (16–30 Dec): listed on its new date.
    expect(lines.find((line) => line.startsWith('- **'))).toMatch(
      /^- \*\*Fri, 25 Dec 2026\*\* — \[Visual design/u,
    );
    // Chart: the bar runs from the baseline to the current date (11 Dec + 15 days = 25 Dec inclusive).
    expect(lines.find((line) => line.includes(': m2,'))).toContain('2026-12-11, 15d');
    // Read back as a person reads them: every surface states the same date for the shifted design and
    // for the extended brand assets.
    expectOneFactEverywhere(after, design, {
      due: '2026-12-25',
      baseline: '2026-12-11',
      status: 'upcoming',
      summaryStatus: 'Upcoming',
      inNext14Days: true,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expectOneFactEverywhere(after, brand, {
      due: '2026-12-18',
      baseline: '2026-12-04',
      inNext14Days: true,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
  });
});
