import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveFeedbackFacts } from '../../src/feedback';
import { addComment, updateIssue } from '../../fake-github/world';
import { commentsOf, ctxAt, kinds, labelsAdded, plan, run, resolvedFeedback } from './helpers';

const resolved = resolvedFeedback;

const issue21 = (snapshot: Snapshot) => snapshot.issues.find((issue) => issue.number === 21)!;

describe('closing the loop', () => {
  it('asks the client to confirm and rate when feedback is closed as completed', () => {
    const world = resolved();
    const ask = issue21(world).comments.at(-1)!;
    expect(ask.body).toContain('/rate 1');
    expect(ask.body).toContain('chưa được giải quyết');
    expect(issue21(world).labels).toContain('feedback: resolved');
    expect(plan(world, '2026-11-24T04:00:00Z')).toEqual([]);
  });

  it('records a /rate from the author and moves to confirmed', () => {
    const rated = addComment(resolved(), 21, {
      body: '/rate 5\nCảm ơn nhóm!',
      createdAt: '2026-11-24T05:00:00Z',
    });
    const writes = plan(rated, '2026-11-24T05:01:00Z');
    const [recorded] = commentsOf(writes, 21);
    expect(recorded?.marker).toMatchObject({
      kind: 'feedback-rating',
      data: { rating: '5', source: 'command' },
    });
    expect(recorded?.body).toContain('5/5');
    expect(labelsAdded(writes, 21)).toEqual(['feedback: confirmed']);
    const after = run(rated, '2026-11-24T05:01:00Z').snapshot;
    expect(plan(after, '2026-11-24T06:00:00Z')).toEqual([]);
    expect(deriveFeedbackFacts(ctxAt(after, '2026-11-24T06:00:00Z'))[0]).toMatchObject({
      rating: 5,
      processState: 'confirmed',
    });
  });

  it('ignores a /rate from someone outside the client side', () => {
    const rated = addComment(resolved(), 21, {
      author: 'vy-songhan',
      association: 'MEMBER',
      body: '/rate 5',
      createdAt: '2026-11-24T05:00:00Z',
    });
    expect(plan(rated, '2026-11-24T05:01:00Z')).toEqual([]);
  });

  it('reads a reaction on the request as a rating, and answers a low one with the account manager', () => {
    const world = updateIssue(resolved(), 21, (issue) => ({
      ...issue,
      comments: issue.comments.map((comment, index) =>
        index === issue.comments.length - 1
          ? // Who reacted, as the shell reads it (rules/loop.ts `Reactors`): the client.
            ({
              ...comment,
              reactions: { THUMBS_DOWN: 1 },
              reactors: { THUMBS_DOWN: ['lan-bepxanh'] },
            } as typeof comment)
          : comment,
      ),
    }));
    const [recorded] = commentsOf(plan(world, '2026-11-24T05:01:00Z'), 21);
    expect(recorded?.marker.data).toMatchObject({ rating: '1', source: 'reaction' });
    expect(recorded?.body).toContain('@hoa-songhan');
  });

  it('reopens when the author says it is not resolved, in Vietnamese without diacritics too', () => {
    for (const body of ['Vẫn chưa được giải quyết, giá vẫn sai.', 'chua duoc giai quyet', '/reopen']) {
      const world = addComment(resolved(), 21, { body, createdAt: '2026-11-24T05:00:00Z' });
      const writes = plan(world, '2026-11-24T05:01:00Z');
      expect(kinds(writes)).toEqual([
        'reopen-issue',
        'remove-label',
        'add-labels',
        'comment:feedback-reopened',
      ]);
      expect(labelsAdded(writes, 21)).toEqual(['feedback: in progress']);
      const after = run(world, '2026-11-24T05:01:00Z').snapshot;
      expect(issue21(after).state).toBe('open');
      expect(plan(after, '2026-11-24T05:02:00Z')).toEqual([]);
    }
  });

  it('asks again after the next closing', () => {
    let world = addComment(resolved(), 21, { body: '/reopen', createdAt: '2026-11-24T05:00:00Z' });
    world = run(world, '2026-11-24T05:01:00Z').snapshot;
    world = updateIssue(world, 21, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'COMPLETED',
      closedAt: '2026-11-25T03:00:00Z',
    }));
    expect(kinds(plan(world, '2026-11-25T03:01:00Z'))).toEqual([
      'remove-label',
      'add-labels',
      'comment:feedback-confirm',
    ]);
  });
});
