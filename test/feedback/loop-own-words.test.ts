// Closing the loop reads the client's own words. A client who quotes the rating request back (a `>`
// quote of it carries "chưa được giải quyết"), or pastes a log in a code block or an HTML comment,
// has not said it is not resolved; and a `/rate` on its own line is the answer to the request, which
// reopen-words around it do not overturn. Every run ends with an unchanged rerun that plans nothing.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { NOT_RESOLVED_PHRASES } from '../../src/feedback/keywords';
import { mentionsAny } from '../../src/feedback/text';
import { addComment } from '../../fake-github/world';
import { commentsOf, kinds, plan, run, resolvedFeedback } from './helpers';

const ANSWERED = '2026-11-24T05:00:00Z';
const NOW = '2026-11-24T05:01:00Z';

const resolved = resolvedFeedback;

/** The action's rating request, as a client's mail program quotes it back. */
function quotedRequest(world: Snapshot): string {
  const request = world.issues.find((issue) => issue.number === 21)!.comments.at(-1)!;
  const visible = request.body.replace(/<!--[\s\S]*?-->/gu, '').trim();
  // The test means something only while the request itself carries a "not resolved" phrase.
  expect(mentionsAny(visible, NOT_RESOLVED_PHRASES)).toBe(true);
  return visible
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** The client answers; the run records what it should, and an unchanged rerun plans nothing. */
function answer(world: Snapshot, body: string): { writes: string[]; rating: string | undefined } {
  const answered = addComment(world, 21, { author: 'lan-bepxanh', body, createdAt: ANSWERED });
  const ran = run(answered, NOW);
  expect(plan(ran.snapshot, NOW)).toEqual([]);
  const rating = commentsOf(ran.writes, 21).find((write) => write.marker.kind === 'feedback-rating');
  return { writes: kinds(ran.writes), rating: rating?.marker.data?.rating };
}

describe('closing the loop reads only the client’s own words', () => {
  it('a client who quotes the rating request and rates 5 is recorded as 5, and the issue stays closed', () => {
    const world = resolved();
    const { writes, rating } = answer(world, `${quotedRequest(world)}\n\n/rate 5\nCảm ơn nhóm!`);
    expect(writes).not.toContain('reopen-issue');
    expect(writes).not.toContain('comment:feedback-reopened');
    expect(rating).toBe('5');
  });

  it('"not fixed" inside a code block or an HTML comment is not a request to reopen', () => {
    for (const body of [
      'Works now, the log no longer says:\n```\nerror: not fixed\n```\n/rate 5',
      'Ổn rồi em.\n<!-- lỗi này chưa được giải quyết\nghi chú cũ -->\n/rate 4',
      'Ổn rồi em, cảm ơn.\n\n    status: chưa được sửa',
    ]) {
      const { writes } = answer(resolved(), body);
      expect(writes, body).not.toContain('reopen-issue');
    }
  });

  it('a /rate on its own line wins over reopen-words in the same comment', () => {
    const { writes, rating } = answer(resolved(), '/rate 2\nHôm qua vẫn bị lỗi giá, nay thì đúng rồi.');
    expect(writes).not.toContain('reopen-issue');
    expect(rating).toBe('2');
  });

  it('a /rate inside a sentence with "still wrong" reopens, and says calmly the rating is not recorded yet', () => {
    // The command rule: a /rate counts only on its own line. Here the client's words that something is
    // still wrong come first: the issue is reopened (the team can close it again, which asks again),
    // and the reply says the rating written with them was not recorded and how to say all is fine.
    for (const [body, held] of [
      ['Giá vẫn bị sai ở trang chi tiết, còn lại ổn /rate 5', 'chưa ghi nhận đánh giá này'],
      ['Still broken on the detail page, otherwise fine, /rate 4', 'chưa ghi nhận đánh giá này'],
    ] as const) {
      const answered = addComment(resolved(), 21, { author: 'lan-bepxanh', body, createdAt: ANSWERED });
      const ran = run(answered, NOW);
      expect(plan(ran.snapshot, NOW)).toEqual([]);
      expect(kinds(ran.writes), body).toContain('reopen-issue');
      const note = commentsOf(ran.writes, 21).find((write) => write.marker.kind === 'feedback-reopened');
      expect(note?.body, body).toContain(held);
      expect(commentsOf(ran.writes, 21).some((write) => write.marker.kind === 'feedback-rating')).toBe(false);
    }
    // Without words that something is wrong, a /rate inside a sentence is no command: nothing happens.
    const { writes } = answer(resolved(), 'Ổn rồi em, /rate 5 nhé.');
    expect(writes).toEqual([]);
  });

  it('the client’s own "chưa được giải quyết" still reopens it, and /reopen wins over a /rate', () => {
    for (const body of ['Giá vẫn chưa được giải quyết em ơi.', '> Cảm ơn!\nnot fixed', '/rate 1\n/reopen']) {
      const { writes, rating } = answer(resolved(), body);
      expect(writes, body).toContain('reopen-issue');
      expect(rating, body).toBeUndefined();
    }
  });
});
