// End to end on the local GitHub fake: the rating request names the pull request or commit that
// closed the feedback, read through GraphQL (the ClosedEvent's `closer`, validated against GitHub's
// published schema by the fake) only for feedback closed as completed whose client is about to be
// asked; feedback closed by hand says so plainly. Each run is followed by a quiet rerun, which reads
// no closer at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeIssue } from '../../fake-github';
import {
  botComments,
  comment,
  exampleEngagement,
  fileIssue,
  startLife,
  thread,
  type Life,
} from '../e2e/life-helpers';

const PEOPLE = ['lan-bepxanh', 'minh-bepxanh', 'quang-songhan', 'vy-songhan', 'hoa-songhan'];

function closeWith(life: Life, number: number, at: string, closedWith: FakeIssue['closedWith']): void {
  const issue = life.fake.repo.issues.get(number)!;
  life.at(at);
  issue.state = 'closed';
  issue.stateReason = 'completed';
  issue.closedAt = at;
  issue.closedBy = 'vy-songhan';
  issue.closedWith = closedWith;
  issue.updatedAt = at;
}

const closerReads = (life: Life): string[] =>
  life.fake.requests
    .map((request) => request.query ?? '')
    .filter((query) => query.includes('EngagementKeeperClosers'));

describe('the rating request names the change that closed the feedback, on the HTTP fake', () => {
  let life: Life;
  const numbers = { pr: 0, commit: 0, hand: 0, open: 0 };

  beforeAll(async () => {
    const example = await exampleEngagement();
    life = await startLife(
      example.replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon'),
      '2026-11-23T01:00:00Z',
    );
    for (const login of PEOPLE) life.fake.repo.user(login);
    await life.settle('2026-11-23T01:00:00Z');
    const file = (title: string, body: string): number =>
      fileIssue(life, {
        title,
        body,
        author: 'lan-bepxanh',
        labels: ['feedback'],
        at: '2026-11-23T02:00:00Z',
      });
    numbers.pr = file(
      'Sai giá sản phẩm',
      'Giá cà phê Arabica trên trang chi tiết hiển thị sai, đúng ra là 250.000đ. Nhờ bên em sửa lại.',
    );
    numbers.commit = file(
      'Wrong opening hours',
      'The footer shows the wrong opening hours, we open at 7:00 not 8:00. Please correct it.',
    );
    numbers.hand = file(
      'Ảnh bìa bị mờ',
      'Ảnh bìa trang chủ bị mờ khi xem trên máy tính. Nhờ bên em thay ảnh rõ hơn.',
    );
    numbers.open = file('Thêm số hotline', 'Nhờ bên em thêm số hotline 1900 1234 vào chân trang.');
    await life.settle('2026-11-23T02:05:00Z');
    for (const number of [numbers.pr, numbers.commit, numbers.hand])
      comment(life, number, 'vy-songhan', 'Bên em đang xử lý ạ.', '2026-11-23T03:00:00Z');
    await life.settle('2026-11-23T03:05:00Z');
    expect(closerReads(life)).toEqual([]);

    closeWith(life, numbers.pr, '2026-11-24T08:00:00Z', {
      kind: 'pull-request',
      number: 57,
      title: 'Sửa giá Arabica trên trang chi tiết',
    });
    closeWith(life, numbers.commit, '2026-11-24T08:00:00Z', {
      kind: 'commit',
      sha: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c',
      headline: 'Footer: opening hours from 7:00',
    });
    closeWith(life, numbers.hand, '2026-11-24T08:00:00Z', null);
    await life.settle('2026-11-24T08:05:00Z');
  });
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  const request = (number: number): string =>
    botComments(life, number).find(({ marker }) => marker.kind === 'feedback-confirm')!.body;

  it('links the pull request in the client’s Vietnamese', () => {
    expect(request(numbers.pr)).toContain(
      'Thay đổi đã thực hiện: “Sửa giá Arabica trên trang chi tiết” (pull request [#57](https://github.example.test/songhan/bepxanh-website/pull/57)).',
    );
  });

  it('links the commit in the client’s English', () => {
    expect(request(numbers.commit)).toContain(
      'What changed: “Footer: opening hours from 7:00” (commit [`0f1e2d3`](https://github.example.test/songhan/bepxanh-website/commit/0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c)).',
    );
  });

  it('says plainly that nothing is linked when it was closed by hand', () => {
    expect(request(numbers.hand)).toContain(
      'Nhóm đã đánh dấu hoàn thành nhưng chưa ghi kèm chi tiết thay đổi',
    );
  });

  it('read the closers once, for the three closed issues only, in one request; the rerun read none', () => {
    const reads = closerReads(life);
    expect(reads).toHaveLength(1);
    expect(thread(life, numbers.open)).not.toContain('feedback-confirm');
    for (const number of [numbers.pr, numbers.commit, numbers.hand])
      expect(thread(life, number).filter((entry) => entry.startsWith('feedback-confirm'))).toHaveLength(1);
  });
});
