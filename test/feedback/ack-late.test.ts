// An acknowledgement posted after the time it would promise (the action was off, a run failed, the
// workflow was added late) says sorry for the time that passed instead of promising it; the next run
// writes nothing. One posted in time promises as before.
import { describe, expect, it } from 'vitest';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, kinds, plan, run } from './helpers';

const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 ICT
const world = addIssue(makeSnapshot(), {
  number: 4,
  title: 'Không thanh toán được',
  body: 'Nút thanh toán trên điện thoại không bấm được, khách không đặt hàng được. Nhờ xử lý gấp.',
  labels: ['feedback'],
  createdAt: FILED,
});
const ackOf = (writes: ReturnType<typeof plan>) =>
  commentsOf(writes, 4).find((comment) => comment.marker.kind === 'feedback-ack');

describe('an acknowledgement never promises a time already passed', () => {
  it('in time: the first-response and resolution times are promised', () => {
    const body = ackOf(run(world, '2026-11-23T02:05:00Z').writes)?.body ?? '';
    expect(body).toContain('sẽ phản hồi chị chậm nhất vào');
    expect(body).toContain('cam kết giải quyết trước');
  });

  it('two days late: sorry for the first-response time and the resolution time, and a quiet rerun', () => {
    const late = run(world, '2026-11-25T09:00:00Z');
    const body = ackOf(late.writes)?.body ?? '';
    expect(body).not.toContain('chậm nhất vào');
    expect(body).not.toContain('cam kết giải quyết trước');
    expect(body).toContain('xin lỗi vì chưa phản hồi chị trong thời gian đã cam kết');
    expect(body).toContain('lẽ ra đã được giải quyết trước');
    // The team hears of the breach in the same run, as the acknowledgement says.
    expect(kinds(late.writes)).toContain('comment:feedback-sla-breach');

    expect(plan(late.snapshot, '2026-11-25T09:00:00Z')).toEqual([]);
  });
});
