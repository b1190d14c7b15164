// A feedback view's thread (markers, pauses, first response, analysis, solutions) is read once and
// reused when the same thread is read again in the same world, as the projection of a run's writes
// reads it: it must never be reused where something it depends on changed.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/plan/planner';
import { viewOf } from '../../src/feedback/view';
import type { SnapshotIssue } from '../../src/core/snapshot';
import { BOT, makeComment, makeIssue, makeSnapshot } from '../../fake-github/world';
import { engagementWith } from './helpers';

const NOW = new Date('2026-11-24T03:00:00Z');
const engagement = engagementWith();

// The filer asks; a person who is nobody's side (no contact, no write access yet) answers.
const issue: SnapshotIssue = makeIssue({
  number: 7,
  title: 'Ảnh sản phẩm bị mờ',
  body: 'Ảnh sản phẩm trên trang chủ bị mờ trên điện thoại.',
  labels: ['feedback'],
  author: 'lan-bepxanh',
  createdAt: '2026-11-23T02:00:00Z',
  comments: [
    makeComment({
      author: 'tuan-freelance',
      body: 'Root cause: the images were exported at 1x.',
      createdAt: '2026-11-23T04:00:00Z',
    }),
  ],
});

const viewIn = (snapshotIssue: SnapshotIssue, writers?: readonly string[], now = NOW) =>
  viewOf(
    buildContext(engagement, makeSnapshot({ issues: [snapshotIssue], ...(writers ? { writers } : {}) }), now),
    snapshotIssue,
  );

describe('the thread reading of a feedback view', () => {
  it('is read again when the people change: a commenter who gained write access answers for the team', () => {
    const before = viewIn(issue);
    expect(before.firstResponse).toBeUndefined();
    expect(before.analysis).toBeNull();
    // The same issue object and comments, another snapshot whose writers include the commenter.
    const after = viewIn(issue, ['tuan-freelance']);
    expect(after.firstResponse?.author.login).toBe('tuan-freelance');
    expect(after.analysis?.at).toBe('2026-11-23T04:00:00Z');
  });

  it('is read again when the issue changes beyond its labels', () => {
    viewIn(issue, ['tuan-freelance']);
    // Same comments array; the issue was filed by someone else (the first answer is then theirs).
    const refiled = { ...issue, author: { login: 'tuan-freelance', association: 'NONE' as const } };
    expect(viewIn(refiled, ['tuan-freelance']).firstResponse).toBeUndefined();
  });

  it('follows the labels where the view reads them, with the thread as it was', () => {
    const first = viewIn(issue, ['tuan-freelance']);
    const labelled = {
      ...issue,
      labels: [...issue.labels, 'root cause: late-information'],
      updatedAt: '2026-11-24T02:59:00Z',
    };
    const second = viewIn(labelled, ['tuan-freelance']);
    expect(second.found).toBe(first.found);
    expect(second.analysis).toEqual({ at: '2026-11-23T04:00:00Z', causes: ['late-information'] });
    expect(first.analysis?.causes).toEqual([]);
  });

  it('is read again at another instant: a note taken back later is not yet taken back earlier', () => {
    const note = makeComment({
      author: BOT,
      body: 'Cảm ơn chị.',
      edited: true,
      createdAt: '2026-11-23T02:05:00Z',
      updatedAt: '2026-11-24T05:00:00Z',
    });
    const withNote = { ...issue, comments: [note] };
    expect(viewIn(withNote, [], new Date('2026-11-24T06:00:00Z')).takenBack).toHaveLength(1);
    expect(viewIn(withNote, [], NOW).takenBack).toHaveLength(0);
  });

  it('is read again when a field the first issue held as undefined gives way to another', () => {
    const note = makeComment({ author: BOT, body: 'Cảm ơn chị.', createdAt: '2026-11-23T02:05:00Z' });
    const comments = [note];
    const first = { ...issue, comments, closedBy: undefined };
    const second = { ...issue, comments, notesDeletedAt: ['2026-11-23T05:00:00Z'] };
    viewIn(first);
    expect(viewIn(second).takenBack).toHaveLength(1);
  });

  it('still reports a context whose people were read from another snapshot', () => {
    const ctx = buildContext(engagement, makeSnapshot({ issues: [issue] }), NOW);
    viewOf(ctx, issue);
    const wrong = { ...ctx, snapshot: makeSnapshot({ issues: [issue] }) };
    expect(() => viewOf(wrong, issue)).toThrow(/another snapshot/u);
  });
});
