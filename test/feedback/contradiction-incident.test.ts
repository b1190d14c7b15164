// A contradiction is two calm requests for opposite changes to the same thing. An urgent report says
// something is broken now: a note offering to close it in favour of another request would be the wrong
// answer (a reviewer's pair: an e-mail "Giảm 50%" sent to every customer by mistake, and a request to
// double the products on the home page, were offered "keep one, close the other"). Words a client
// quotes are what they saw, not what they ask.
import { describe, expect, it } from 'vitest';
import type { Write } from '../../src/core/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, plan, run } from './helpers';

const KIND = 'feedback-contradiction';
const NOW = '2026-12-03T05:00:00Z';

const file = (
  snapshot: Snapshot,
  number: number,
  title: string,
  body: string,
  createdAt: string,
  labels: string[] = [],
) => addIssue(snapshot, { number, title, body, labels: ['feedback', ...labels], createdAt });

const contradictionNotes = (writes: readonly Write[]) =>
  commentsOf(writes).filter((comment) => comment.marker.kind === KIND);

describe('contradictions are between requests, not incidents', () => {
  it('an urgent report is never paired, and a rerun plans nothing', () => {
    let world = file(
      makeSnapshot(),
      1,
      'Khẩn: email giảm giá gửi nhầm',
      'Sáng nay hệ thống tự gửi email “Giảm 50% toàn bộ sản phẩm” cho toàn bộ 8.000 khách, trong khi chương trình này chưa được duyệt. Khách đang gọi đặt hàng, nhờ dừng ngay và gửi thư đính chính.',
      '2026-12-03T01:00:00Z',
      ['topic: quality'],
    );
    world = file(
      world,
      2,
      'tang so san pham trang chu',
      'hien trang chu chi hien 4 san pham ban chay, chi muon tang gap doi len 8 san pham, xep 2 hang',
      '2026-12-03T02:00:00Z',
      ['topic: quality'],
    );
    const first = run(world, NOW);
    expect(contradictionNotes(first.writes)).toEqual([]);
    expect(plan(first.snapshot, NOW)).toEqual([]);
  });

  it('words in quotation marks are not read as a request', () => {
    let world = file(
      makeSnapshot(),
      1,
      'Banner trang chủ',
      'Nhờ bên em tăng cỡ chữ trên banner trang chủ cho dễ đọc.',
      '2026-12-03T01:00:00Z',
      ['topic: design'],
    );
    world = file(
      world,
      2,
      'Nút trên banner',
      'Nút “Giảm giá hôm nay” trên banner nên đổi sang màu cam cho nổi bật.',
      '2026-12-03T02:00:00Z',
      ['topic: design'],
    );
    expect(contradictionNotes(run(world, NOW).writes)).toEqual([]);
  });

  it('two calm requests for opposite changes to the same thing are still noted', () => {
    let world = file(
      makeSnapshot(),
      1,
      'Sản phẩm trang chủ',
      'Nhờ bên em tăng số sản phẩm trên trang chủ lên 8.',
      '2026-12-03T01:00:00Z',
      ['topic: design'],
    );
    world = file(
      world,
      2,
      'Trang chủ gọn hơn',
      'Nhờ bên em giảm số sản phẩm trên trang chủ xuống 4 cho gọn.',
      '2026-12-03T02:00:00Z',
      ['topic: design'],
    );
    const first = run(world, NOW);
    expect(contradictionNotes(first.writes).map((comment) => comment.marker.stage)).toEqual([
      'with-2',
      'with-1',
    ]);
    expect(plan(first.snapshot, NOW)).toEqual([]);
  });
});
