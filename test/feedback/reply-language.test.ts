// Replies follow the language the client wrote in. A text with a diacritic is read exactly, as
// Vietnamese, by the triage; but an English report quoting a Vietnamese error message, or ending
// "Cảm ơn team!", was written in English and is answered in English.
import { describe, expect, it } from 'vitest';
import { writtenMostlyInEnglish } from '../../src/feedback/classifier/reply-language';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, plan } from './helpers';

const FILED = '2026-11-23T02:00:00Z';
const NOW = '2026-11-23T02:05:00Z';

function ackOf(title: string, body: string): string {
  const world = addIssue(makeSnapshot(), { number: 1, title, body, labels: ['feedback'], createdAt: FILED });
  return commentsOf(plan(world, NOW), 1).find((write) => write.marker.kind === 'feedback-ack')?.body ?? '';
}

describe('the language of the reply', () => {
  it('is English for an English report that quotes a Vietnamese error message', () => {
    const ack = ackOf(
      'Product pages broken before the investor demo',
      "Tomorrow 2pm we demo the site to investors, but product pages show 'Lỗi kết nối cơ sở dữ liệu'. Please fix today.",
    );
    expect(ack).toMatch(/^Hello/u);
    expect(ack).toContain('Thank you for letting us know');
  });

  it('is Vietnamese for a Vietnamese report, loanwords and figures included', () => {
    const ack = ackOf(
      'Đổi số hotline',
      'Nhờ em đổi số hotline ở đầu trang thành 0909 123 456 giúp chị nhé, cảm ơn em.',
    );
    expect(ack).toMatch(/^Chào/u);
  });

  it('does not count quoted words, nor words an English apostrophe would seem to quote', () => {
    expect(writtenMostlyInEnglish('The buttons on Home and About are khác nhau, please align them.')).toBe(
      true,
    );
    expect(writtenMostlyInEnglish('Great launch, the client loved it. Cảm ơn team!')).toBe(true);
    expect(
      writtenMostlyInEnglish('> Lỗi thanh toán không thành công\n\nCheckout shows this since 9am.'),
    ).toBe(true);
    expect(writtenMostlyInEnglish("Trang chủ không tải được, khách không đặt hàng được 'gấp'")).toBe(false);
    expect(writtenMostlyInEnglish('Web trắng trơn')).toBe(false);
    expect(writtenMostlyInEnglish('Fix gấp giúp em')).toBe(false);
  });
});
