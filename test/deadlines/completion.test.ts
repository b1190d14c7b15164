import { describe, expect, it } from 'vitest';
import { deriveMilestoneFacts, issuesNeedingBodyHistory } from '../../src/deadlines';
import { tickItem, updateIssue } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

describe('completing a handoff', () => {
  it('all items ticked before the date: recorded on time, issue closed, done-on-time label', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text']) {
      snapshot = tickItem(snapshot, brand, item, at('2026-11-24', '16:00'));
    }
    const { writes, snapshot: after } = step(engagement, snapshot, at('2026-11-25'));
    const record = comments(writes)[0]!;
    expect(record.marker.kind).toBe('completion');
    expect(record.body).toContain('Đã bàn giao đúng hạn');
    expect(writes.some((write) => write.kind === 'close-issue')).toBe(true);
    const issue = issueByTitle(after, 'Brand assets');
    expect(issue.state).toBe('closed');
    expect(issue.labels.filter((label) => label.startsWith('deadline:'))).toEqual(['deadline: done on time']);
  });

  it('the last box ticked a minute before the due time, the run a minute after: on time, dated by the tick', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos'])
      snapshot = tickItem(snapshot, brand, item, at('2026-11-27', '10:00'));
    snapshot = tickItem(snapshot, brand, 'About-us text', at('2026-11-27', '17:29'));
    const { writes, snapshot: after } = step(engagement, snapshot, at('2026-11-27', '17:31'));
    const record = comments(writes).find((write) => write.marker.kind === 'completion')!;
    expect(record.marker.data).toMatchObject({ at: at('2026-11-27', '17:29'), late: 'false' });
    expect(issueByTitle(after, 'Brand assets').labels).toContain('deadline: done on time');
    expect(deriveMilestoneFacts(contextOf(engagement, after, at('2026-11-30')))[0]).toMatchObject({
      status: 'done_on_time',
      completedAt: at('2026-11-27', '17:29'),
    });
  });

  it('the last box ticked after the due time is late by the tick, whenever the run comes', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text'])
      snapshot = tickItem(snapshot, brand, item, at('2026-11-30', '10:00'));
    const { writes } = step(engagement, snapshot, at('2026-12-03'));
    const record = comments(writes).find((write) => write.marker.kind === 'completion')!;
    expect(record.marker.data).toMatchObject({ at: at('2026-11-30', '10:00'), late: 'true', days: '1' });
  });

  it('closed late: records business days late, asks for the root cause with labels to pick', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: at('2026-12-02', '16:00'),
    }));
    const { writes, snapshot: after } = step(engagement, snapshot, at('2026-12-03'));
    const record = comments(writes).find((write) => write.marker.kind === 'completion')!;
    expect(record.body).toContain('trễ 3 ngày làm việc');
    expect(record.body).toContain('`root cause: late-information` — thông tin đến chậm');
    // A full scan creates every label it may use, so the labels to pick exist when the question is asked.
    expect(after.labels.map((label) => label.name)).toContain('root cause: forgotten');
    expect(issueByTitle(after, 'Brand assets').labels).toContain('deadline: done late');

    const labelled = updateIssue(after, brand, (issue) => ({
      ...issue,
      labels: [...issue.labels, 'root cause: late-information'],
    }));
    const facts = deriveMilestoneFacts(contextOf(engagement, labelled, at('2026-12-03')));
    expect(facts[0]).toMatchObject({
      status: 'done_late',
      businessDaysLate: 3,
      rootCauses: ['late-information'],
      completedAt: '2026-12-02T09:00:00.000Z',
      feeAccrued: { amount: 500000, currency: 'VND' },
    });
    expect(facts[0]!.events.map((event) => event.kind)).toContain('completed');
  });

  it('handed over after hours on the due date is on time: no working time was lost', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      state: 'closed',
      closedAt: at('2026-11-27', '21:00'),
    }));
    const { snapshot: after } = step(engagement, snapshot, at('2026-11-30'));
    expect(issueByTitle(after, 'Brand assets').labels).toContain('deadline: done on time');
  });

  it('reads the body history until a week after the recorded completion: a week closed late counts the boxes ticked by its end', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text'])
      snapshot = tickItem(snapshot, brand, item, at('2026-11-30', '08:00'));
    const wanted = (now: string) => issuesNeedingBodyHistory(contextOf(engagement, snapshot, now));
    // Not recorded yet: the history dates the completion.
    expect(wanted(at('2026-11-30', '08:05'))).toEqual([brand]);
    snapshot = step(engagement, snapshot, at('2026-11-30', '08:05')).snapshot;
    // Recorded: week 48, which ended before the ticks, may still close as of its end.
    expect(wanted(at('2026-11-30', '09:30'))).toEqual([brand]);
    expect(wanted(at('2026-12-07', '07:59'))).toEqual([brand]);
    expect(wanted(at('2026-12-07', '08:01'))).toEqual([]);
  });
});
