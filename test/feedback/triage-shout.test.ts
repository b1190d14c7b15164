// Capitals or "!!" say how loud a report is, not what kind of report it is or what it is about: the
// same words in capitals read as the same type and the same topic (pairs written by a reviewer apart
// from the lexicon and the corpus). Shouting weighs on importance and urgency only (features.ts).
import { describe, expect, it } from 'vitest';
import { classifyFeedback } from '../../src/feedback/classify';
import { ENGAGEMENT } from './helpers';

const PAIRS: Array<[string, string]> = [
  ['Footer', 'SỬA CHỮ Ở FOOTER GIÚP CHỊ NHÉ'],
  ['Banner', 'ĐỔI ẢNH BANNER TRANG CHỦ GIÚP EM NHÉ!!'],
  ['Tiến độ', 'KHI NÀO BÊN EM GỬI BẢN THIẾT KẾ TRANG SẢN PHẨM?'],
  ['Hỗ trợ', 'NHỜ BÊN EM HƯỚNG DẪN CÁCH ĐĂNG BÀI MỚI TRÊN WEBSITE!!'],
  ['Deadline', 'PLEASE SEND THE HOMEPAGE DESIGN BY FRIDAY!!'],
  ['Contact', 'PLEASE UPDATE THE PHONE NUMBER IN THE FOOTER'],
];

describe('shouting changes neither the type nor the topic', () => {
  it.each(PAIRS)('%s', (title, loud) => {
    const quiet = loud.toLowerCase().replace(/!!/gu, '.');
    const a = classifyFeedback(ENGAGEMENT, { title, body: loud });
    const b = classifyFeedback(ENGAGEMENT, { title, body: quiet });
    expect({ type: a.type, topic: a.topic }).toEqual({ type: b.type, topic: b.topic });
  });
});

describe('"!!" alone (lower case) is shouting too', () => {
  it('does not move a deadline request to another topic', () => {
    const title = 'Deadline';
    const a = classifyFeedback(ENGAGEMENT, { title, body: 'please send the homepage design by friday!!' });
    const b = classifyFeedback(ENGAGEMENT, { title, body: 'please send the homepage design by friday.' });
    expect(a.topic).toBe(b.topic);
  });
});
