import { describe, expect, it } from 'vitest';
import { readText } from '../../src/feedback/classifier/features';
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

describe('reading a text for triage', () => {
  const features = (text: string): readonly string[] => readText(text).features;

  it('matches a text with diacritics exactly: "Lê Lợi" is a street, not "lỗi"', () => {
    expect(features('Trang chi nhánh Lê Lợi cần cập nhật số điện thoại')).not.toContain('L:bug');
    expect(features('Trang chi nhánh bị lỗi')).toContain('L:bug');
    expect(readText('Trang chi nhánh Lê Lợi').mode).toBe('exact');
  });

  it('folds a text typed without diacritics, reads names as names, and keeps ambiguous syllables out', () => {
    const plain = readText('Trang chi nhanh duong Le Loi hien sai so dien thoai');
    expect(plain.mode).toBe('folded');
    expect(plain.language).toBe('vi-plain');
    expect(plain.features).toContain('w:‹name›');
    expect(plain.features).not.toContain('w:loi');
    // "Nho em" (nhờ em) is a request, never "nhỏ" (minor); "tuoi tre" is youth, never "trễ".
    expect(features('Nho em xem giup chi banner tuoi tre')).not.toContain('L:minor');
    expect(features('banner chuong trinh tuoi tre')).not.toContain('L:topic_delivery');
  });

  it('reads one capitalised syllable after a form of address as a name: "anh Tre" is a person, not "trễ"', () => {
    const named = readText('Tuan nay anh Tre ben chi se gui file logo cho em');
    expect(named.features).toContain('w:‹name›');
    expect(named.features).not.toContain('w:tre');
    // Lower case, or at the start of a clause, the syllable is read as written.
    expect(readText('giao hang tre qua roi').features).toContain('w:tre');
    expect(readText('Tre qua roi em oi').features).toContain('w:tre');
  });

  it('does not read "gấp rưỡi" as urgent or "khác nhau" as a topic', () => {
    expect(features('Chị muốn logo to gấp rưỡi')).not.toContain('L:urgent');
    expect(features('Cần sửa gấp')).toContain('L:urgent');
  });

  it('reads a promotion as no complaint and no "tomorrow", and a banner put up as nothing frozen', () => {
    for (const text of ['Trang khuyến mãi tháng 12 đẹp quá', 'Trang khuyen mai thang 12 dep qua']) {
      expect(features(text)).not.toContain('L:complaint');
      expect(features(text)).not.toContain('L:soon');
    }
    expect(features('Chờ mãi không thấy ai trả lời')).toContain('L:complaint');
    expect(features('Em treo banner khuyến mãi lên trang chủ nhé')).not.toContain('L:broken');
    expect(features('Trang chủ bị treo từ sáng')).toContain('L:broken');
  });

  it('understands split negation in both languages', () => {
    expect(features('Khách không bấm được nút thanh toán')).toContain('L:cannot');
    expect(features('khach ko tai duoc trang')).toContain('L:cannot');
    expect(features("Customers can't log in")).toContain('L:cannot');
    expect(features('Chị test rồi, chưa thấy lỗi gì')).toContain('L:nobug');
    expect(features('No issues found in UAT round 1')).toContain('L:nobug');
    expect(features('We found no real bugs in the cart')).toContain('L:bug!');
    // "có … không?" asks; it negates nothing.
    expect(features('Có thêm được nút chia sẻ không?')).not.toContain('L:cannot');
  });

  it('tells the three language groups apart', () => {
    expect(readText('Nút thanh toán bị lỗi').language).toBe('vi');
    expect(readText('nut thanh toan bi loi tren dien thoai').language).toBe('vi-plain');
    expect(readText('The checkout button is broken on mobile').language).toBe('en');
  });
});
