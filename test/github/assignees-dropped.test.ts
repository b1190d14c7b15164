// GitHub drops, without an error, anyone who may not be assigned in the repository (a feedback role
// named in the file who has no access, a renamed account): the assignment is not done, so the run
// must not report it done. It fails that write, names the people and what to do, and goes on.
import { afterEach, describe, expect, it } from 'vitest';
import { exampleEngagement, fileIssue, startLife, type Life } from '../e2e/life-helpers';
import { optOutOfQuietRerun } from '../support/quiet-rerun';

let life: Life | undefined;
afterEach(async () => life?.close());

describe('assignees GitHub drops', () => {
  it('fail the assignment, name who and what to do, and leave the rest of the run done', async () => {
    optOutOfQuietRerun('the run with the dropped assignment exits non-zero on purpose');
    life = await startLife(await exampleEngagement(), '2026-11-23T01:00:00Z');
    await life.settle('2026-11-23T01:00:00Z');
    // The analysis role can be assigned; the triage role has no access to the repository.
    life.fake.repo.user('vy-songhan');
    const number = fileIssue(life, {
      title: 'Không thanh toán được',
      body: 'Từ sáng nay khách không thanh toán được bằng thẻ, trang báo lỗi 500. Gấp!',
      author: 'lan-bepxanh',
      labels: ['feedback'],
      at: '2026-11-23T02:00:00Z',
    });
    const filed = await life.run('2026-11-23T02:30:00Z');
    expect(filed.code).toBe(1);
    expect(filed.outputs.failed).toBe('1');
    expect(filed.failed ?? '').toMatch(/1 write/u);
    const said = filed.log.join('\n');
    expect(said).toMatch(/GitHub did not assign @quang-songhan: only people with access/u);
    expect(said).not.toMatch(/GitHub did not assign[^\n]*@vy-songhan/u);
    const issue = life.fake.repo.issues.get(number)!;
    expect(issue.assignees).toEqual(['vy-songhan']);
    // The acknowledgement went out all the same.
    expect(life.fake.repo.commentsOf(number).some((c) => /feedback-ack/u.test(c.body))).toBe(true);
    // Nothing is asked of GitHub again: the next run is quiet and succeeds.
    const next = await life.settle('2026-11-23T03:30:00Z');
    expect(next.outputs.writes).toBe('0');
  });
});
