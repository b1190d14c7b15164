import { describe, expect, it } from 'vitest';
import type { Write } from '../../src/core/plan';
import type { Snapshot, SnapshotIssue } from '../../src/core/snapshot';
import { addComment, addIssue, applyPlan, makeSnapshot, updateIssue } from '../../fake-github/world';
import { asPlan, engagementWith, plan, run } from './helpers';

// Urgent feedback #11 filed Mon 23 Nov 09:00 ICT; its first response was due 13:00 (06:00Z). At
// 06:00Z the breach opens escalation issue #12. The team answers, fixes it and closes #11 on Tuesday.
const FILED = '2026-11-23T02:00:00Z';
const CLOSED_AT = '2026-11-24T03:00:00Z';

function escalated(): Snapshot {
  let world = addIssue(makeSnapshot(), {
    number: 11,
    title: 'Trang web sập',
    body: 'Trang web không hoạt động từ 8 giờ sáng nay, khách không đặt hàng được. Rất gấp, mong khắc phục ngay lập tức.',
    labels: ['feedback'],
    createdAt: FILED,
  });
  world = run(world, '2026-11-23T02:01:00Z').snapshot;
  world = run(world, '2026-11-23T06:00:00Z').snapshot;
  return addComment(world, 11, {
    author: 'quang-songhan',
    association: 'MEMBER',
    body: 'Dạ, bên em đã tìm ra nguyên nhân và đang sửa, chiều nay sẽ xong ạ.',
    createdAt: '2026-11-23T06:30:00Z',
  });
}

const closeFeedback = (world: Snapshot, reason: 'COMPLETED' | 'NOT_PLANNED'): Snapshot =>
  updateIssue(world, 11, (issue) => ({
    ...issue,
    state: 'closed',
    stateReason: reason,
    closedAt: CLOSED_AT,
  }));

const issue = (world: Snapshot, number: number): SnapshotIssue | undefined =>
  world.issues.find((candidate) => candidate.number === number);

const on = (writes: readonly Write[], number: number): Write[] =>
  writes.filter(
    (write) =>
      write.kind !== 'create-label' &&
      write.kind !== 'open-issue' &&
      'number' in write.issue &&
      write.issue.number === number,
  );

describe('closing the escalation issue of resolved feedback', () => {
  it('keeps it open while the feedback is open', () => {
    const world = escalated();
    expect(issue(world, 12)?.state).toBe('open');
    expect(on(plan(world, '2026-11-24T02:00:00Z'), 12)).toEqual([]);
  });

  it('closes it with one calm comment linking the feedback once the feedback is closed as completed; a rerun writes nothing', () => {
    const world = closeFeedback(escalated(), 'COMPLETED');
    const now = '2026-11-24T03:10:00Z';
    const first = run(world, now);
    const writes = on(first.writes, 12);
    expect(writes.map((write) => write.kind)).toEqual(['comment', 'close-issue']);
    const [comment, close] = writes;
    expect(comment?.kind === 'comment' && comment.body).toContain(
      'Feedback #11 has been resolved and closed, so this escalation is closed too.',
    );
    expect(comment?.kind === 'comment' && comment.marker).toMatchObject({
      kind: 'feedback-escalation-closed',
      subject: 'issue:11',
    });
    expect(close).toMatchObject({ kind: 'close-issue', stateReason: 'completed' });
    expect(close?.reason).toMatch(/#11 was closed as completed/u);
    expect(issue(first.snapshot, 12)).toMatchObject({ state: 'closed', stateReason: 'COMPLETED' });
    expect(plan(first.snapshot, now)).toEqual([]);
    expect(plan(first.snapshot, '2026-11-30T03:00:00Z')).toEqual([]);
  });

  it('leaves it open when the feedback is closed as not planned', () => {
    const world = closeFeedback(escalated(), 'NOT_PLANNED');
    expect(on(plan(world, '2026-11-24T03:10:00Z'), 12)).toEqual([]);
  });

  it('finishes the job after a run interrupted between the comment and the closing, without a second comment', () => {
    const world = closeFeedback(escalated(), 'COMPLETED');
    const now = '2026-11-24T03:10:00Z';
    const writes = plan(world, now);
    const closeAt = writes.findIndex((write) => write.kind === 'close-issue');
    const interrupted = applyPlan(world, asPlan(writes), now, { stopAfter: closeAt }).snapshot;
    expect(issue(interrupted, 12)?.state).toBe('open');
    const rest = run(interrupted, now);
    expect(on(rest.writes, 12).map((write) => write.kind)).toEqual(['close-issue']);
    expect(issue(rest.snapshot, 12)?.state).toBe('closed');
    expect(plan(rest.snapshot, now)).toEqual([]);
  });

  it('does not close it again when a person reopens it', () => {
    const closed = run(closeFeedback(escalated(), 'COMPLETED'), '2026-11-24T03:10:00Z').snapshot;
    const reopened = updateIssue(closed, 12, (escalation) => ({
      ...escalation,
      state: 'open',
      stateReason: 'REOPENED',
      closedAt: null,
    }));
    expect(plan(reopened, '2026-11-24T04:00:00Z')).toEqual([]);
  });

  it('speaks the team language', () => {
    const vietnamese = closeFeedback(escalated(), 'COMPLETED');
    const writes = plan(vietnamese, '2026-11-24T03:10:00Z', engagementWith({ engagement: { locale: 'vi' } }));
    const [comment] = on(writes, 12);
    expect(comment?.kind === 'comment' && comment.body).toContain(
      'Góp ý #11 đã được giải quyết và đóng lại, vì vậy việc chuyển cấp này cũng được đóng.',
    );
  });
});
