// On the HTTP fake: the client rates a closed piece of feedback with a reaction on the action's request
// to confirm and rate it. The runtime reads who reacted with the counts, so only the client's side
// rates: a stranger's 👎 beside the client's ❤️ changes nothing, and a stranger's alone rates nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import { closeIssue, exampleEngagement, fileIssue, startLife, type Life } from './life-helpers';

let life: Life | undefined;
afterEach(async () => life?.close());

async function closedFeedback(): Promise<{ life: Life; number: number }> {
  const started = await startLife(await exampleEngagement(), '2026-11-23T01:00:00Z');
  for (const login of ['quang-songhan', 'vy-songhan']) started.fake.repo.grant(login, 'write');
  await started.settle('2026-11-23T01:00:00Z');
  const number = fileIssue(started, {
    title: 'Sai giá sản phẩm',
    body: 'Giá cà phê Arabica trên trang chi tiết bị hiển thị sai. Nhờ bên em sửa giúp chị.',
    author: 'lan-bepxanh',
    labels: ['feedback'],
    at: '2026-11-23T02:00:00Z',
  });
  await started.settle('2026-11-23T02:30:00Z');
  closeIssue(started, number, '2026-11-24T03:00:00Z');
  await started.settle('2026-11-24T03:30:00Z');
  return { life: started, number };
}

const ratingOf = (current: Life, number: number): string | undefined =>
  current.fake.repo
    .commentsOf(number)
    .flatMap((comment) => parseMarkers(comment.body))
    .find((marker) => marker.kind === 'feedback-rating')?.data?.rating;

const requestOf = (current: Life, number: number) =>
  current.fake.repo
    .commentsOf(number)
    .find((comment) => parseMarkers(comment.body).some((marker) => marker.kind === 'feedback-confirm'))!;

describe('a reaction that rates a closing', () => {
  it('counts the client’s reaction, not a stranger’s beside it', async () => {
    const { life: current, number } = await closedFeedback();
    life = current;
    const request = requestOf(current, number);
    expect(request).toBeDefined();
    current.fake.repo.react(request, 'THUMBS_DOWN', 'passer-by');
    current.fake.repo.react(request, 'HEART', 'lan-bepxanh');
    await current.settle('2026-11-24T05:00:00Z');
    expect(ratingOf(current, number)).toBe('5');
    const again = await current.settle('2026-11-24T06:00:00Z');
    expect(again.outputs.writes).toBe('0');
  });

  it('a stranger’s reaction alone rates nothing', async () => {
    const { life: current, number } = await closedFeedback();
    life = current;
    current.fake.repo.react(requestOf(current, number), 'THUMBS_DOWN', 'passer-by');
    await current.settle('2026-11-24T05:00:00Z');
    expect(ratingOf(current, number)).toBeUndefined();
  });
});
