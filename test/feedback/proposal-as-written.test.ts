// What the two sides agreed is shown as it was written: the proposal quoted in the proposal comment and
// in the agreement record keeps its words letter for letter, whatever the action does to its own
// words around it (day names that open a sentence are capitalised only in the action's own dates).
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { addComment, addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, engagementWith, plan, run } from './helpers';

const ENGAGEMENT = engagementWith({ feedback: { roles: { resolution: ['@tuan-songhan'] } } });
let ids = 9100;
const say = (snapshot: Snapshot, author: string, body: string, at: string): Snapshot =>
  addComment(snapshot, 7, { id: ids++, author, body, createdAt: at });

describe('an agreed solution is kept as written', () => {
  const filed = addIssue(makeSnapshot(), {
    number: 7,
    title: 'Ảnh sản phẩm bị mờ',
    body: 'Ảnh sản phẩm trên trang thực đơn bị mờ khi xem trên máy tính, nhìn không chuyên nghiệp. Nhờ bên em xem lại.',
    labels: ['feedback'],
    createdAt: '2026-11-23T02:00:00Z',
  });
  const acked = run(filed, '2026-11-23T02:05:00Z', ENGAGEMENT);
  // A sentence of the proposal opens with a day name and a date, as the action writes its own dates.
  const proposal = 'Tải lại ảnh gốc cho 24 món. thứ Hai, 30/11/2026 bên em gửi bản xem thử.';
  const proposed = run(
    say(acked.snapshot, 'quang-songhan', `/propose ${proposal}`, '2026-11-23T07:00:00Z'),
    '2026-11-23T07:05:00Z',
    ENGAGEMENT,
  );
  const agreed = run(
    say(proposed.snapshot, 'lan-bepxanh', 'Ok.\n\n/agree', '2026-11-24T02:00:00Z'),
    '2026-11-24T02:05:00Z',
    ENGAGEMENT,
  );

  it('quotes the proposal as written in the proposal comment', () => {
    const body = commentsOf(proposed.writes, 7)
      .map((comment) => comment.body)
      .join('\n');
    expect(body).toContain(`> ${proposal}`);
  });

  it('quotes the agreed text as written in the agreement record, and a rerun writes nothing', () => {
    const body = commentsOf(agreed.writes, 7)
      .map((comment) => comment.body)
      .join('\n');
    expect(body).toContain('đã thống nhất');
    expect(body).toContain(`> ${proposal}`);
    expect(plan(agreed.snapshot, '2026-11-24T02:06:00Z', ENGAGEMENT)).toEqual([]);
  });
});
