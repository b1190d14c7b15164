import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { updateIssue } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, step } from './helpers';

describe('deadline rules on the business calendar', () => {
  it('counts reminders across a DST change and states the due time by the local clock (Europe/Berlin)', () => {
    const engagement = engagementOf({
      engagement: { name: 'Acme', time_zone: 'Europe/Berlin', locale: 'en' },
      calendar: { holidays: 'DE' },
      milestones: [
        { id: 'copy', title: 'Final copy', owner: 'client', due: '2026-03-30', deliverables: ['Copy'] },
      ],
    });
    // Wed 25 March, CET: three business days before Monday 30 March (CEST).
    const { writes } = step(engagement, emptyWorld(), '2026-03-25T08:00:00Z');
    const reminder = comments(writes)[0]!;
    // The only deliverable is missing: the early warning carries the 3-day reminder with it.
    expect(parseMarkers(reminder.body).map((marker) => marker.stage ?? marker.kind)).toEqual([
      'early-warning',
      'before-3',
    ]);
    expect(reminder.body).toContain('Mon, 30 Mar 2026, 18:00 (Germany time)');
    expect(reminder.marker.data?.due).toBe('2026-03-30T16:00:00.000Z');
  });

  it('skips the Tết week when counting reminders and lateness (Vietnam 2026)', () => {
    const engagement = engagementOf({
      milestones: [
        { id: 'content', title: 'Content', owner: 'client', due: '2026-02-24', deliverables: ['Text'] },
        { id: 'photos', title: 'Photos', owner: 'client', due: '2026-02-13', deliverables: ['Photos'] },
      ],
    });
    // Thursday 12 Feb is 3 business days before Tuesday 24 Feb: 13, 23 and 24 Feb; 16–20 Feb is Tết.
    const { writes, snapshot } = step(engagement, emptyWorld(), '2026-02-12T02:00:00Z');
    const content = comments(writes).filter((write) => write.marker.subject === 'milestone:content');
    expect(content).toHaveLength(1);
    expect(parseMarkers(content[0]!.body).find((marker) => marker.kind === 'reminder')?.stage).toBe(
      'before-3',
    );
    // Photos handed over on the Monday after Tết: one business day late, not ten days.
    const photos = issueByTitle(snapshot, 'Photos').number;
    const closed = updateIssue(snapshot, photos, (issue) => ({
      ...issue,
      state: 'closed',
      closedAt: '2026-02-23T04:00:00Z',
    }));
    const after = step(engagement, closed, '2026-02-23T05:00:00Z').snapshot;
    const facts = deriveMilestoneFacts(contextOf(engagement, after, '2026-02-23T05:00:00Z'));
    expect(facts.find((fact) => fact.id === 'photos')).toMatchObject({
      status: 'done_late',
      businessDaysLate: 1,
    });
  });

  it('uses a message override from the engagement file', () => {
    const engagement = engagementOf({
      messages: { vi: { 'reminder.before': 'Nhắc {recipient}: {title} — hạn {due}.\n\n{missing}' } },
    });
    const { writes } = step(engagement, emptyWorld(), new Date('2026-11-18T09:00:00+07:00').toISOString());
    const reminder = comments(writes).find((write) => write.marker.subject === 'milestone:brand-assets')!;
    expect(reminder.body).toMatch(/^Nhắc chị Lan \(@lan-bepxanh\): Brand assets and content — hạn /);
  });
});
