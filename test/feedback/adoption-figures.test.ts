// Feedback filed before the action took over was never under the response-time agreement: its
// answers count neither as misses nor as successes, and its response times stay out of the medians.
import { describe, expect, it } from 'vitest';
import { deriveFeedback } from '../../src/feedback/facts';
import { addComment, addIssue } from '../../fake-github/world';
import { ctxAt, emptySnapshot, engagementWith } from './helpers';

const engagement = engagementWith({ engagement: { adopted_on: '2026-11-25' } });

function answered(number: number, filedAt: string, answeredAt: string) {
  return (snapshot: ReturnType<typeof emptySnapshot>) =>
    addComment(
      addIssue(snapshot, {
        number,
        title: 'Trang chủ tải chậm',
        body: 'Trang chủ tải rất chậm trên điện thoại, nhờ bên mình xem giúp.',
        labels: ['feedback'],
        author: 'lan-bepxanh',
        createdAt: filedAt,
        updatedAt: answeredAt,
      }),
      number,
      {
        author: 'quang-songhan',
        association: 'MEMBER',
        body: 'Bên em đã nhận, đang kiểm tra ạ.',
        createdAt: answeredAt,
      },
    );
}

describe('the response-time figures of feedback filed before the adoption', () => {
  it('leave out an old answer in time, as they leave out an old miss; feedback after the adoption counts', () => {
    let snapshot = emptySnapshot();
    snapshot = answered(1, '2026-09-14T02:00:00Z', '2026-09-14T06:00:00Z')(snapshot); // before, in 4 hours
    snapshot = answered(2, '2026-11-20T02:00:00Z', '2026-11-26T02:00:00Z')(snapshot); // before, 6 days later
    snapshot = answered(3, '2026-11-30T02:00:00Z', '2026-11-30T04:00:00Z')(snapshot); // after, in 2 hours
    const facts = deriveFeedback(ctxAt(snapshot, '2026-12-01T02:00:00Z', engagement));
    const byNumber = new Map(facts.map((fact) => [fact.number, fact]));
    for (const old of [1, 2])
      expect(byNumber.get(old)?.firstResponse, `#${old}`).toMatchObject({ met: null, minutesTaken: null });
    expect(byNumber.get(3)?.firstResponse).toMatchObject({ met: true, minutesTaken: 120 });
  });
});
