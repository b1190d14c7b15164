// Vietnamese day names: `thứ Hai` in the middle of a sentence (as in the working week, "thứ Hai đến
// thứ Sáu"), a capital where the day opens a line, a list item, a table cell or a sentence — and the
// same spelling on every Node release, whatever its locale data writes.
import { describe, expect, it } from 'vitest';
import { capitaliseDayAtStarts, formatDate, formatDateTime } from '../../src/messages/format';
import { messageText } from '../../src/messages/catalogue';

describe('Vietnamese day names', () => {
  it('writes the day after a time in lower case, as the working week does', () => {
    expect(formatDateTime(new Date('2026-11-23T06:00:00Z'), 'Asia/Ho_Chi_Minh', 'vi')).toBe(
      '13:00 thứ Hai, 23/11/2026 (giờ Việt Nam)',
    );
    // Midnight reads 00:00, on the day it begins.
    expect(formatDateTime(new Date('2026-11-28T17:00:00Z'), 'Asia/Ho_Chi_Minh', 'vi')).toBe(
      '00:00 Chủ nhật, 29/11/2026 (giờ Việt Nam)',
    );
    expect(formatDate('2026-12-05', 'vi')).toBe('thứ Bảy, 05/12/2026');
    expect(formatDate('2026-12-05', 'en')).toBe('Sat, 5 Dec 2026');
  });

  it('capitalises a day that opens a line, a list item, a table cell or a sentence, and nothing else', () => {
    const text = [
      'thứ Hai, 23/11/2026: gửi bản nháp',
      '- thứ Sáu, 04/12/2026: dời hạn bàn giao sang 17:30 thứ Sáu, 18/12/2026',
      '| Khách hàng | thứ Tư, 16/12/2026 |',
      'Đã nhận. thứ Ba, 24/11/2026 là hạn mới.',
      '> thứ Hai bên mình gửi ảnh',
      'Hạn là **thứ Năm, 26/11/2026**.',
    ].join('\n');
    expect(capitaliseDayAtStarts(text).split('\n')).toEqual([
      'Thứ Hai, 23/11/2026: gửi bản nháp',
      '- Thứ Sáu, 04/12/2026: dời hạn bàn giao sang 17:30 thứ Sáu, 18/12/2026',
      '| Khách hàng | Thứ Tư, 16/12/2026 |',
      'Đã nhận. Thứ Ba, 24/11/2026 là hạn mới.',
      '> thứ Hai bên mình gửi ảnh',
      'Hạn là **thứ Năm, 26/11/2026**.',
    ]);
  });

  it("leaves people's words as they wrote them: quotes, code, quotation marks, a day without our date", () => {
    for (const written of [
      '> Đã sửa xong. thứ Hai, 30/11/2026 bên em gửi lại bản mới.',
      '```\nthứ Hai, 23/11/2026\n```',
      'Về lệnh `/extend 2026-12-18 Khách ốm. thứ Hai, 07/12/2026 quay lại`: đã ghi nhận.',
      'Chị Lan ghi lại: “Đã nhận. thứ Hai, 30/11/2026 gửi ảnh.”',
      'Tải lại ảnh gốc cho 24 món. thứ Hai bên em gửi bản xem thử.',
      '- thứ Hai bên em gửi bản xem thử',
    ])
      expect(capitaliseDayAtStarts(written)).toBe(written);
  });

  it('applies to every Vietnamese message, and leaves English alone', () => {
    const engagement = {
      messages: { vi: { 'kickoff.title': '{engagement}' }, en: { 'kickoff.title': '{engagement}' } },
    };
    expect(
      messageText(engagement, 'vi', 'kickoff.title', { engagement: 'thứ Hai, 23/11/2026 bắt đầu' }),
    ).toBe('Thứ Hai, 23/11/2026 bắt đầu');
    expect(messageText(engagement, 'en', 'kickoff.title', { engagement: 'thứ Hai' })).toBe('thứ Hai');
  });
});
