// Two ways a run used to leave work for its own rerun. The run that reopens feedback at the client's
// request reads the issue as the reopening leaves it (its clocks run again), so the rerun at the same
// moment plans nothing. And a person who deletes the action's breach note on urgent feedback does not
// make its escalation issue hear of the breach it was opened for as if it were new. Every run ends
// with an unchanged rerun that plans nothing.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { addComment, addIssue, deleteComment, makeSnapshot, updateIssue } from '../../fake-github/world';
import { commentsOf, kinds, plan, run } from './helpers';

describe('the run that reopens feedback at the client’s request', () => {
  it('tells the team of a clock running again in the same run, and its rerun plans nothing', () => {
    // Important: a first response within 16 business hours of Mon 23 Nov 09:00 ICT, so by Tue 16:00
    // ICT (09:00Z), with its warning at Tue 12:00 ICT (05:00Z). Closed without a word from the team.
    let world = addIssue(makeSnapshot(), {
      number: 51,
      title: 'Trang chủ',
      body: 'Trang chủ hiển thị sai giá sản phẩm ở mục cà phê rang xay, nhờ bên em sửa giúp chị.',
      labels: ['feedback'],
      createdAt: '2026-11-23T02:00:00Z',
    });
    world = run(world, '2026-11-23T02:01:00Z').snapshot;
    world = updateIssue(world, 51, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-23T06:00:00Z',
      updatedAt: '2026-11-23T06:00:00Z',
    }));
    world = run(world, '2026-11-23T06:05:00Z').snapshot;
    world = addComment(world, 51, {
      author: 'lan-bepxanh',
      body: 'not fixed',
      createdAt: '2026-11-24T06:00:00Z',
    });
    const now = '2026-11-24T06:05:00Z';
    const reopened = run(world, now);
    expect(kinds(reopened.writes)).toEqual([
      'reopen-issue',
      'remove-label',
      'add-labels',
      'comment:feedback-reopened',
      'comment:feedback-sla-warning',
    ]);
    expect(plan(reopened.snapshot, now)).toEqual([]);
  });
});

describe('feedback closed before the action read it, then reopened', () => {
  const filedAndClosed = (body: string): Snapshot => {
    const world = addIssue(makeSnapshot(), {
      number: 71,
      title: 'Trang chủ',
      body,
      labels: ['feedback'],
      createdAt: '2026-11-23T02:00:00Z',
    });
    return updateIssue(world, 71, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-23T02:30:00Z',
      updatedAt: '2026-11-23T02:30:00Z',
    }));
  };

  it('the client’s /reopen: acknowledged in the run that reopens it, and the rerun plans nothing', () => {
    let world = filedAndClosed(
      'Trang chủ hiển thị sai giá sản phẩm ở mục cà phê rang xay, nhờ bên em sửa giúp chị.',
    );
    world = run(world, '2026-11-23T03:00:00Z').snapshot;
    world = addComment(world, 71, {
      author: 'minh-bepxanh',
      body: '/reopen',
      createdAt: '2026-11-23T04:00:00Z',
    });
    const now = '2026-11-23T04:05:00Z';
    const reopened = run(world, now);
    expect(kinds(reopened.writes)).toContain('reopen-issue');
    expect(kinds(reopened.writes)).toContain('comment:feedback-ack');
    expect(plan(reopened.snapshot, now)).toEqual([]);
  });

  it('a report too thin to act on, reopened after its first-response time: asked, and the rerun plans nothing', () => {
    let world = filedAndClosed('Trang chủ lỗi.');
    world = run(world, '2026-11-23T03:00:00Z').snapshot;
    // Reopened by a person two days later, long after the first response was due.
    world = updateIssue(world, 71, (issue) => ({
      ...issue,
      state: 'open',
      stateReason: 'REOPENED',
      closedAt: null,
    }));
    const now = '2026-11-25T09:00:00Z';
    const asked = run(world, now);
    expect(kinds(asked.writes)).toContain('comment:feedback-ack');
    expect(plan(asked.snapshot, now)).toEqual([]);
  });

  it('unclear feedback closed while waiting, reopened by the client: accepted in the same run', () => {
    let world = addIssue(makeSnapshot(), {
      number: 72,
      title: 'Trang chủ',
      body: 'Trang chủ lỗi.',
      labels: ['feedback'],
      createdAt: '2026-11-23T02:00:00Z',
    });
    world = run(world, '2026-11-23T02:01:00Z').snapshot;
    world = updateIssue(world, 72, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-23T05:00:00Z',
      updatedAt: '2026-11-23T05:00:00Z',
    }));
    world = run(world, '2026-11-23T05:05:00Z').snapshot;
    world = addComment(world, 72, {
      author: 'lan-bepxanh',
      body: '/reopen',
      createdAt: '2026-11-23T06:00:00Z',
    });
    const now = '2026-11-23T06:05:00Z';
    const reopened = run(world, now);
    expect(kinds(reopened.writes)).toContain('reopen-issue');
    expect(kinds(reopened.writes)).toContain('comment:feedback-accepted');
    expect(plan(reopened.snapshot, now)).toEqual([]);
  });
});

describe('a person deletes the breach note of urgent feedback', () => {
  it('the escalation issue is told of the later breach once, never of the one it was opened for', () => {
    // Urgent: first response by Mon 13:00 ICT (06:00Z), resolution by Wed 25 Nov 09:00 ICT (02:00Z).
    let world: Snapshot = addIssue(makeSnapshot(), {
      number: 61,
      title: 'Checkout broken, urgent',
      body: 'Khách không thanh toán được từ sáng nay. Checkout broken, urgent.',
      labels: ['feedback'],
      createdAt: '2026-11-23T02:00:00Z',
    });
    world = run(world, '2026-11-23T02:01:00Z').snapshot;
    const breached = run(world, '2026-11-23T07:00:00Z');
    expect(kinds(breached.writes)).toEqual(['open-issue', 'add-labels', 'comment:feedback-sla-breach']);
    world = breached.snapshot;
    const escalation = world.issues.find((issue) => issue.title.startsWith('Escalation: feedback #61'))!;
    const note = world.issues
      .find((issue) => issue.number === 61)!
      .comments.find((comment) => comment.body.includes('"kind":"feedback-sla-breach"'))!;
    world = deleteComment(world, 61, note.id, '2026-11-24T03:00:00Z');
    world = run(world, '2026-11-24T03:05:00Z').snapshot;

    const now = '2026-11-25T03:00:00Z';
    const resolution = run(world, now);
    expect(kinds(resolution.writes)).toEqual([
      'comment:feedback-sla-breach',
      'comment:feedback-escalation-again',
    ]);
    const [again] = commentsOf(resolution.writes, escalation.number);
    expect(again!.marker.stage).toBe('resolution');
    expect(plan(resolution.snapshot, now)).toEqual([]);
    // Later runs say nothing more on either issue.
    const later = run(resolution.snapshot, '2026-11-26T03:00:00Z');
    expect(later.writes).toEqual([]);
  });
});
