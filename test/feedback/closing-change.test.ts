// The rating request says what was changed: the pull request or commit that closed the feedback
// (GitHub's ClosedEvent `closer`, read by the shell only for feedback about to be asked), else the
// team's own `/implemented` note, else — plainly — that nothing is linked. Never a guess: when the
// closer was not read at all, the request says nothing about the change.
import { describe, expect, it } from 'vitest';
import type { ClosingChange, Snapshot } from '../../src/core/snapshot';
import { feedbackNeedingCloser } from '../../src/feedback';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import { commentsOf, ctxAt, plan, run } from './helpers';

const FILED = '2026-11-23T02:00:00Z';
const CLOSED = '2026-11-24T03:00:00Z';
const PR: ClosingChange = {
  kind: 'pull-request',
  number: 42,
  title: 'Fix the price of Arabica on the product page',
  url: 'https://github.com/songhan/bepxanh-website/pull/42',
};
const COMMIT: ClosingChange = {
  kind: 'commit',
  sha: 'a1b2c3d',
  title: 'Hiển thị đúng giá 250.000đ',
  url: 'https://github.com/songhan/bepxanh-website/commit/a1b2c3d4e5f6',
};

const TEXT: Record<'vi' | 'en', [string, string]> = {
  vi: [
    'Sai giá',
    'Giá sản phẩm cà phê Arabica bị lỗi hiển thị sai trên trang chi tiết. Mong sửa lại đúng 250.000đ.',
  ],
  en: [
    'Wrong price',
    'The price of the Arabica coffee is shown wrong on the product page. It should be 250,000 VND.',
  ],
};

/** A piece of feedback acknowledged, answered and then closed as completed (not yet asked to confirm). */
function closed(language: 'vi' | 'en', closedWith?: ClosingChange | null, implemented = false): Snapshot {
  const [title, body] = TEXT[language];
  let world = addIssue(makeSnapshot(), { number: 21, title, body, labels: ['feedback'], createdAt: FILED });
  world = run(world, '2026-11-23T02:01:00Z').snapshot;
  world = addComment(world, 21, {
    author: 'vy-songhan',
    association: 'MEMBER',
    body: implemented ? '/implemented The product page now reads the price from the catalogue.' : 'Fixed.',
    createdAt: '2026-11-23T04:00:00Z',
  });
  world = run(world, '2026-11-23T04:01:00Z').snapshot;
  return updateIssue(world, 21, (issue) => ({
    ...issue,
    state: 'closed',
    stateReason: 'COMPLETED',
    closedAt: CLOSED,
    ...(closedWith === undefined ? {} : { closedWith }),
  }));
}

const request = (world: Snapshot): string => {
  const [ask] = commentsOf(plan(world, '2026-11-24T03:01:00Z'), 21);
  expect(ask?.marker.kind).toBe('feedback-confirm');
  return ask!.body;
};

describe('the rating request names what was changed', () => {
  it('links the closing pull request, with its title, in the Vietnamese thread', () => {
    const body = request(closed('vi', PR));
    // The title is the team's English: quoted as written, and said to be, as their other words are.
    expect(body).toContain(
      'Thay đổi đã thực hiện: “Fix the price of Arabica on the product page” (nguyên văn tiếng Anh; pull request [#42](https://github.com/songhan/bepxanh-website/pull/42)).',
    );
    expect(body.indexOf('Thay đổi đã thực hiện:')).toBeLessThan(body.indexOf('/rate 1'));
  });

  it('links the closing commit in the English thread', () => {
    const body = request(closed('en', COMMIT));
    expect(body).toContain(
      'What changed: “Hiển thị đúng giá 250.000đ” (in Vietnamese, as written; commit [`a1b2c3d`](https://github.com/songhan/bepxanh-website/commit/a1b2c3d4e5f6)).',
    );
  });

  it('says nothing of the language of a title in the language of the thread', () => {
    expect(request(closed('en', PR))).toContain(
      'What changed: “Fix the price of Arabica on the product page” (pull request [#42](https://github.com/songhan/bepxanh-website/pull/42)).',
    );
    expect(request(closed('vi', COMMIT))).toContain(
      'Thay đổi đã thực hiện: “Hiển thị đúng giá 250.000đ” (commit [`a1b2c3d`](https://github.com/songhan/bepxanh-website/commit/a1b2c3d4e5f6)).',
    );
  });

  it('reads a title that starts with the usual verb as English: “Fix checkout button on mobile”', () => {
    const body = request(closed('vi', { ...PR, title: 'Fix checkout button on mobile' }));
    expect(body).toContain('“Fix checkout button on mobile” (nguyên văn tiếng Anh; pull request [#42]');
  });

  it('points to the team’s /implemented note when it was closed by hand after one', () => {
    expect(request(closed('en', null, true))).toContain('What changed is described in our note above.');
    expect(request(closed('vi', null, true))).toContain(
      'Những gì đã thay đổi được ghi trong ghi chú phía trên.',
    );
  });

  it('says plainly that nothing is linked when it was closed by hand, without inventing a change', () => {
    const vi = request(closed('vi', null));
    expect(vi).toContain('Nhóm đã đánh dấu hoàn thành nhưng chưa ghi kèm chi tiết thay đổi');
    expect(vi).toContain('chị cứ hỏi tại đây');
    expect(vi).not.toMatch(/Thay đổi đã thực hiện|pull\/|commit \[/u);
    const en = request(closed('en', null));
    expect(en).toContain('The team marked it done without attaching the details of the change');
  });

  it('does not link a pull request or commit in another repository, which the client may not open', () => {
    const elsewhere: ClosingChange = {
      ...PR,
      title: 'Hotfix pricing service (internal ticket OPS-88)',
      url: 'https://github.com/songhan/pricing-service/pull/7',
    };
    const vi = request(closed('vi', elsewhere));
    expect(vi).toContain('Mục này được đóng bởi một thay đổi trong một kho mã khác của chúng tôi');
    expect(vi).toContain('chị cứ hỏi tại đây');
    expect(vi).not.toMatch(/pricing-service|OPS-88|Thay đổi đã thực hiện/u);
    const en = request(
      closed('en', { ...COMMIT, url: 'https://github.com/songhan/pricing-service/commit/a1b2' }),
    );
    expect(en).toContain(
      'It was closed by a change in another of our repositories, which is not linked here',
    );
    expect(en).not.toMatch(/pricing-service|Hiển thị đúng giá/u);
    // The team's own /implemented note says what changed: it is pointed to instead.
    expect(request(closed('en', elsewhere, true))).toContain('What changed is described in our note above.');
  });

  it('says nothing about the change when the closer was not read (a recorded snapshot without it)', () => {
    const body = request(closed('en'));
    expect(body).not.toMatch(/What changed|without a linked/u);
    expect(body).toContain('We have marked your report as resolved.');
  });

  it('a title written to mention or inject is shown inert', () => {
    const body = request(closed('en', { ...PR, title: 'Ping @everyone <img src=x> fix' }));
    expect(body).toContain('“Ping @\u200deveryone &lt;img src=x&gt; fix”');
  });

  it('the closer is asked only for feedback closed as completed and not yet asked, and never again', () => {
    const world = closed('vi');
    expect(feedbackNeedingCloser(ctxAt(world, '2026-11-24T03:01:00Z'))).toEqual([21]);
    // Read: not asked again.
    const read = updateIssue(world, 21, (issue) => ({ ...issue, closedWith: PR }));
    expect(feedbackNeedingCloser(ctxAt(read, '2026-11-24T03:01:00Z'))).toEqual([]);
    // Asked: the next run (a new snapshot, closer unread) does not read it again, and plans nothing.
    const asked = run(read, '2026-11-24T03:01:00Z').snapshot;
    const unread = updateIssue(asked, 21, (issue) => ({ ...issue, closedWith: undefined }));
    expect(feedbackNeedingCloser(ctxAt(unread, '2026-11-24T04:00:00Z'))).toEqual([]);
    expect(plan(unread, '2026-11-24T04:00:00Z')).toEqual([]);
    // Open feedback, and feedback closed as not planned, are never asked about.
    const open = addIssue(makeSnapshot(), {
      number: 5,
      title: 'x',
      body: 'y',
      labels: ['feedback'],
      createdAt: FILED,
    });
    const notPlanned = updateIssue(closed('vi'), 21, (issue) => ({ ...issue, stateReason: 'NOT_PLANNED' }));
    expect(feedbackNeedingCloser(ctxAt(open, '2026-11-24T03:01:00Z'))).toEqual([]);
    expect(feedbackNeedingCloser(ctxAt(notPlanned, '2026-11-24T03:01:00Z'))).toEqual([]);
  });
});
