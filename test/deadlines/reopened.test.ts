// A completed handoff whose tracking issue a person reopens afterwards. The completion record is the
// truth (docs/deadlines.md, "Delivered and done"): the handoff stays handed over on time, or N business
// days late, on every surface; no reminder or ladder step starts again; and the action does not close
// the issue a second time — a person who reopens it has decided to keep it open.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { applyPlan, tickItem, updateIssue } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();
const ITEMS = ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text'];

const reopen = (snapshot: Snapshot, number: number, when: string): Snapshot =>
  updateIssue(snapshot, number, (issue) => ({
    ...issue,
    state: 'open',
    stateReason: 'REOPENED',
    closedAt: null,
    updatedAt: when,
  }));

const untick = (snapshot: Snapshot, number: number, item: string): Snapshot =>
  updateIssue(snapshot, number, (issue) => ({
    ...issue,
    body: issue.body.replace(`- [x] ${item}`, `- [ ] ${item}`),
  }));

const brandFacts = (snapshot: Snapshot, now: string) =>
  deriveMilestoneFacts(contextOf(engagement, snapshot, now)).find((fact) => fact.id === 'brand-assets')!;

describe('a completed handoff reopened by a person', () => {
  it('stays handed over on time, is not closed again, and no reminder or ladder step resumes', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-18')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    for (const item of ITEMS) snapshot = tickItem(snapshot, brand, item, at('2026-11-24', '16:00'));
    snapshot = step(engagement, snapshot, at('2026-11-24', '17:00')).snapshot;
    expect(issueByTitle(snapshot, 'Brand assets').state).toBe('closed');

    // The client reopens it the next day, and unticks a box: the photos need another look.
    snapshot = untick(reopen(snapshot, brand, at('2026-11-25', '10:00')), brand, 'Product photos');
    for (const now of [
      at('2026-11-25', '11:00'),
      at('2026-11-27', '17:00'),
      at('2026-12-02'),
      at('2026-12-09'),
    ]) {
      const writes = planOf(engagement, snapshot, now).writes.filter(
        (write) => 'issue' in write && JSON.stringify(write.issue) === JSON.stringify({ number: brand }),
      );
      // Nothing about the reopened issue: no close, no second record, no reminder, no ladder.
      expect(
        writes.map((write) => `${write.kind}: ${write.reason}`),
        now,
      ).toEqual([]);
      snapshot = step(engagement, snapshot, now).snapshot;
    }
    const issue = issueByTitle(snapshot, 'Brand assets');
    expect(issue.state).toBe('open');
    expect(issue.labels.filter((label) => label.startsWith('deadline:'))).toEqual(['deadline: done on time']);
    expect(brandFacts(snapshot, at('2026-12-09'))).toMatchObject({
      status: 'done_on_time',
      businessDaysLate: 0,
      completedAt: at('2026-11-24', '16:00'),
    });
  });

  it('a late handoff reopened keeps its business days late and its fee; a person closing it again adds nothing', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: at('2026-12-02', '16:00'),
    }));
    const recorded = step(engagement, snapshot, at('2026-12-03'));
    expect(
      comments(recorded.writes).find((write) => write.marker.kind === 'completion')!.marker.data,
    ).toMatchObject({
      late: 'true',
      days: '3',
    });
    snapshot = reopen(recorded.snapshot, brand, at('2026-12-04', '10:00'));
    const later = at('2026-12-10');
    expect(
      planOf(engagement, snapshot, later).writes.filter((write) => write.kind === 'close-issue'),
    ).toEqual([]);
    snapshot = step(engagement, snapshot, later).snapshot;
    expect(brandFacts(snapshot, later)).toMatchObject({
      status: 'done_late',
      businessDaysLate: 3,
      completedAt: at('2026-12-02', '16:00'),
      feeAccrued: { amount: 500000, currency: 'VND' },
    });
    // Closed again by a person: the same record, nothing new.
    snapshot = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: at('2026-12-11', '10:00'),
    }));
    const again = step(engagement, snapshot, at('2026-12-11', '11:00'));
    expect(
      again.writes.filter(
        (write) => 'issue' in write && JSON.stringify(write.issue) === JSON.stringify({ number: brand }),
      ),
    ).toEqual([]);
    expect(brandFacts(again.snapshot, at('2026-12-11', '11:00'))).toMatchObject({
      businessDaysLate: 3,
      completedAt: at('2026-12-02', '16:00'),
    });
  });

  it('a tracking issue still open after its completion was recorded (not reopened by anyone) is closed', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-18')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    for (const item of ITEMS) snapshot = tickItem(snapshot, brand, item, at('2026-11-24', '16:00'));
    const plan = planOf(engagement, snapshot, at('2026-11-24', '17:00'));
    // The record went through but the closing did not (a failed request): the next run closes it.
    snapshot = applyPlan(
      snapshot,
      { ...plan, writes: plan.writes.filter((write) => write.kind !== 'close-issue') },
      at('2026-11-24', '17:00'),
    ).snapshot;
    expect(issueByTitle(snapshot, 'Brand assets').state).toBe('open');
    const next = step(engagement, snapshot, at('2026-11-24', '18:00'));
    expect(next.writes.map((write) => write.kind)).toEqual(['close-issue']);
    snapshot = next.snapshot;
    expect(issueByTitle(snapshot, 'Brand assets').state).toBe('closed');
  });
  it('an escalated handoff completed late and reopened: the escalation stays closed with its timeline as it was', () => {
    let snapshot = emptyWorld();
    for (const date of ['2026-11-18', '2026-11-24', '2026-11-26', '2026-11-30', '2026-12-02', '2026-12-04'])
      snapshot = step(engagement, snapshot, at(date)).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: at('2026-12-07', '10:00'),
    }));
    snapshot = step(engagement, snapshot, at('2026-12-07', '11:00')).snapshot;
    const escalation = issueByTitle(snapshot, 'Escalation: Brand assets');
    expect(escalation.state).toBe('closed');
    snapshot = reopen(snapshot, brand, at('2026-12-08', '10:00'));
    for (const now of [at('2026-12-08', '11:00'), at('2026-12-14')]) {
      const about = planOf(engagement, snapshot, now).writes.filter(
        (write) =>
          'issue' in write &&
          [brand, escalation.number].some(
            (number) => JSON.stringify(write.issue) === JSON.stringify({ number }),
          ),
      );
      expect(about.map((write) => `${write.kind}: ${write.reason}`)).toEqual([]);
      snapshot = step(engagement, snapshot, now).snapshot;
    }
    expect(issueByTitle(snapshot, 'Escalation: Brand assets')).toEqual(escalation);
    expect(brandFacts(snapshot, at('2026-12-14'))).toMatchObject({
      status: 'done_late',
      businessDaysLate: 6,
    });
  });
});
