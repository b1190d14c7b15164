import { describe, expect, it } from 'vitest';
import { findKeywords, fold, mentionsAny } from '../../src/feedback/text';

const hits = (text: string, keywords: string[]): string[] =>
  findKeywords(text, [{ category: 'k', keywords }]).map((hit) => hit.keyword);

describe('keyword matching', () => {
  it('folds case and diacritics, including đ/Đ', () => {
    expect(fold('Chậm TRỄ Đúng hạn')).toBe('cham tre dung han');
  });

  it('matches Vietnamese with or without diacritics, in NFC or NFD', () => {
    const nfd = 'Giao hàng quá chậm'.normalize('NFD');
    expect(hits(nfd, ['chậm'])).toEqual(['chậm']);
    expect(hits('giao hang qua CHAM', ['chậm'])).toEqual(['chậm']);
    expect(hits('Giao hàng quá chậm'.normalize('NFC'), ['chậm'.normalize('NFD')])).toHaveLength(1);
    expect(hits('DUNG HAN', ['đúng hạn'])).toEqual(['đúng hạn']);
  });

  it('does not confuse words that differ only by their diacritics when the client wrote them', () => {
    expect(hits('Văn phòng ở Sài Gòn', ['sai'])).toEqual([]);
    expect(hits('chạm vào nút', ['chậm'])).toEqual([]);
    expect(hits('ngày mai', ['ngay'])).toEqual([]);
  });

  it('ignores where the tone mark sits (old and new spelling)', () => {
    expect(hits('hoà', ['hòa'])).toEqual(['hòa']);
    expect(hits('xoá giúp', ['xóa'])).toEqual(['xóa']);
  });

  it('matches whole words only', () => {
    expect(mentionsAny('the new template is fine', ['late'])).toBe(false);
    expect(mentionsAny('it came late.', ['late'])).toBe(true);
    expect(mentionsAny('lỗi-hiển thị', ['lỗi'])).toBe(true);
  });

  it('lets a longer keyword take its words away from shorter ones', () => {
    const found = findKeywords('Tôi không hài lòng', [
      { category: 'positive', keywords: ['hài lòng'] },
      { category: 'negative', keywords: ['không hài lòng'] },
    ]);
    expect(found.map((hit) => hit.category)).toEqual(['negative']);
  });
});
