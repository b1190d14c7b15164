// Three readings a reviewer found wrong while reading the triage as a client would (nineteenth
// session): "cannot …" and a "không … được" with many words between were no failure, a fixed bug that
// came back was thanked as praise, and praise followed by a request for a change got no dates. The
// texts below were written for this test, not taken from the reviewer, the corpus or a held-out set.
import { describe, expect, it } from 'vitest';
import { classifyFeedback } from '../../src/feedback/classify';
import { readText } from '../../src/feedback/classifier/features';
import { ENGAGEMENT } from './helpers';

const classify = (title: string, body: string) => classifyFeedback(ENGAGEMENT, { title, body });
const features = (text: string): readonly string[] => readText(text).features;

describe('something that cannot be done is a failure', () => {
  it.each([
    'Since Tuesday shoppers cannot apply the voucher code at checkout.',
    'Our cashiers are unable to print receipts from the admin.',
    'Nhân viên không xuất hoá đơn điện tử cho khách được.',
    'khach ko chon size ao tren dien thoai duoc',
  ])('%s', (text) => {
    expect(features(text)).toContain('L:cannot');
  });

  it('a "không" far from any "được" is a plain negation', () => {
    expect(
      features('Trang chủ không có ảnh của chi nhánh mới ở Đà Nẵng, mong bên em cập nhật được sớm.'),
    ).not.toContain('L:cannot');
  });
});

describe('a fixed problem that came back', () => {
  it.each([
    ['Search filter again', 'The price filter you fixed on Monday is back again. Thanks.'],
    ['Lỗi font tiêu đề', 'Lỗi font tiêu đề tuần trước em sửa rồi mà hôm nay hỏng lại.'],
    [
      'Voucher again',
      'Thanks for fixing the voucher bug last week. Since this morning shoppers cannot apply any code again.',
    ],
  ])('is a complaint, not praise of the fix: %s', (title, body) => {
    const triage = classify(title, body);
    expect(triage.type).toBe('negative');
    expect(readText(`${title}\n${body}`).features).not.toContain('L:fixed');
  });

  it('a fix that holds is still praise', () => {
    expect(classify('Contact form', 'The contact form works again after your fix, thank you!').type).toBe(
      'positive',
    );
    expect(
      classify('Đặt hàng được rồi', 'Lỗi giỏ hàng đã được sửa, khách đặt hàng bình thường rồi. Cảm ơn em.')
        .type,
    ).toBe('positive');
  });
});

describe('praise, then a request for a change', () => {
  it.each([
    [
      'New product pages',
      'The new product pages look wonderful. Could you also add a size chart to each of them?',
    ],
    ['Trang tuyển dụng', 'Trang tuyển dụng đẹp quá. Em đổi giúp chị ảnh nền sang màu kem nhé.'],
    ['trang tuyen dung', 'Trang tuyen dung dep qua em. Em them giup chi nut nop CV nha.'],
  ])('is acted on as the request it makes: %s', (title, body) => {
    const triage = classify(title, body);
    expect(triage.type).toBe('neutral');
    expect(triage.missing).toEqual([]);
  });

  it('praise that asks for no work stays praise', () => {
    expect(
      classify(
        'About page photos',
        'The About page photos are beautiful, we love them. Please pass our thanks to the photographer.',
      ).type,
    ).toBe('positive');
    expect(
      classify('Báo cáo tuần', 'Báo cáo tuần rất rõ ràng, giám đốc bên chị khen lắm. Em cứ giữ như vậy nhé.')
        .type,
    ).toBe('positive');
  });
});
