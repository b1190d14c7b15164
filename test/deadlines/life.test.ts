import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { addComment, applyPlan, tickItem, updateIssue } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

/** What a person sees: every issue's title, state, labels, body and comment texts. */
function visible(snapshot: Snapshot): unknown {
  return snapshot.issues.map((issue) => ({
    number: issue.number,
    title: issue.title,
    state: issue.state,
    labels: [...issue.labels].sort(),
    assignees: issue.assignees,
    body: issue.body,
    comments: issue.comments.map((comment) => comment.body),
  }));
}

describe('a whole handoff, in memory', () => {
  it('reminders, lateness, notice, escalation, extension agreed, completion late, root cause', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-02')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    const brandNotes = (writes: ReturnType<typeof step>['writes']): string[] =>
      comments(writes)
        .filter((write) => 'number' in write.issue && write.issue.number === brand)
        .map(
          (write) =>
            `${write.marker.kind}:${/^\d+$/u.test(write.marker.stage ?? '') ? '' : (write.marker.stage ?? '')}`,
        );
    const reply = (date: string, time: string, author: string, body: string): void => {
      snapshot = addComment(snapshot, brand, {
        author,
        association: author.endsWith('songhan') ? 'MEMBER' : 'NONE',
        body,
        createdAt: at(date, time),
      });
    };
    const run = (date: string, time = '09:00'): string[] => {
      const result = step(engagement, snapshot, at(date, time));
      snapshot = result.snapshot;
      return brandNotes(result.writes);
    };

    expect(run('2026-11-18')).toEqual(['reminder:before-7']);
    reply('2026-11-19', '10:00', 'lan-bepxanh', 'Dạ, bên mình đang chuẩn bị.');
    expect(run('2026-11-20')).toEqual(['early-warning:']);
    expect(issueByTitle(snapshot, 'Brand assets').labels).toContain('deadline: at risk');
    reply('2026-11-23', '10:00', 'lan-bepxanh', 'Ảnh sản phẩm đang được chụp.');
    expect(run('2026-11-24')).toEqual(['reminder:before-3']);
    reply('2026-11-24', '15:00', 'lan-bepxanh', 'Cảm ơn.');
    expect(run('2026-11-26')).toEqual(['reminder:before-1']);
    expect(run('2026-11-27', '18:00')).toEqual([]);
    // The evening of the due day is not late yet (a handoff now would still be on time): not overdue.
    expect(issueByTitle(snapshot, 'Brand assets').labels).not.toContain('deadline: overdue');
    expect(run('2026-11-30')).toEqual(['ladder:friendly']);
    expect(issueByTitle(snapshot, 'Brand assets').labels).toContain('deadline: overdue');
    reply('2026-11-30', '11:00', 'lan-bepxanh', 'Xin lỗi anh, cuối tuần bên mình gửi.');
    expect(run('2026-12-02')).toEqual(['ladder:formal-notice']);
    expect(run('2026-12-04')).toEqual(['ladder:escalation']);
    const escalation = issueByTitle(snapshot, 'Escalation: Brand assets');
    expect(escalation.assignees).toEqual(['hoa-songhan']);

    reply('2026-12-04', '10:00', 'lan-bepxanh', '/extend 2026-12-09 Ảnh sản phẩm cần chụp lại');
    expect(run('2026-12-04', '11:00')).toEqual(['proposal:']);
    reply('2026-12-04', '14:00', 'quang-songhan', '/agree');
    expect(run('2026-12-04', '15:00')).toEqual(['amendment:']);
    const afterExtension = issueByTitle(snapshot, 'Brand assets');
    expect(afterExtension.labels.filter((label) => label.startsWith('deadline:'))).toEqual([
      'deadline: at risk',
    ]);
    // No longer late: the escalation closes saying why, instead of calling it "late less than a day".
    const ended = issueByTitle(snapshot, 'Escalation');
    expect(ended.state).toBe('closed');
    expect(ended.body).not.toContain('less than a business day');
    expect(ended.comments.at(-1)!.body).toContain('is now due on **Wed, 9 Dec 2026, 17:30 (Vietnam time)**');
    expect(ended.comments.at(-1)!.body).toContain('so it is no longer late and this escalation is closed');

    // The new date passes too: the ladder starts again for the agreed date.
    expect(run('2026-12-10')).toEqual(['ladder:friendly']);
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text']) {
      snapshot = tickItem(snapshot, brand, item, at('2026-12-11', '08:59'));
    }
    expect(run('2026-12-11')).toEqual(['completion:']);
    const done = issueByTitle(snapshot, 'Brand assets');
    expect(done.state).toBe('closed');
    expect(done.labels).toContain('deadline: done late');
    expect(done.comments.at(-1)!.body).toContain('trễ 2 ngày làm việc');
    expect(issueByTitle(snapshot, 'Escalation').state).toBe('closed');

    snapshot = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      labels: [...issue.labels, 'root cause: changed-requirements'],
    }));
    expect(
      planOf(engagement, snapshot, at('2026-12-14')).writes.filter(
        (write) => 'issue' in write && 'number' in write.issue && write.issue.number === brand,
      ),
    ).toEqual([]);
    const facts = deriveMilestoneFacts(contextOf(engagement, snapshot, at('2026-12-14')))[0]!;
    expect(facts).toMatchObject({
      status: 'done_late',
      businessDaysLate: 2,
      rootCauses: ['changed-requirements'],
      currentDue: '2026-12-09T10:30:00.000Z',
      escalation: { open: false },
    });
    expect(facts.events.map((event) => event.kind)).toEqual([
      'reminder',
      'early-warning',
      'reminder',
      'reminder',
      'friendly',
      'formal-notice',
      'escalation-opened',
      'amendment',
      'escalation-closed',
      'friendly',
      'completed',
    ]);
  });

  it('a run stopped after any number of writes ends, once rerun, in the same state', () => {
    let snapshot = step(engagement, emptyWorld(), at('2026-11-26')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = addComment(snapshot, brand, {
      author: 'stranger',
      body: '/extend 2027-01-04',
      createdAt: at('2026-11-27'),
    });
    const now = at('2026-12-04');
    const plan = planOf(engagement, snapshot, now);
    expect(plan.writes.length).toBeGreaterThan(4);
    const expected = visible(applyPlan(snapshot, plan, now).snapshot);
    for (let k = 0; k < plan.writes.length; k += 1) {
      const partial = applyPlan(snapshot, plan, now, { stopAfter: k }).snapshot;
      // The rerun finishes the job, and the run after it (`step` checks) plans nothing.
      const finished = step(engagement, partial, now).snapshot;
      expect(visible(finished)).toEqual(expected);
    }
  });
});
