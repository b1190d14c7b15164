// Short feedback typed without diacritics is answered in the language it was written in. The triage's
// own list of plain Vietnamese words knew no "sai", "nam", "ghi", "doi", "thanh", and counted "page"
// as English, so "footer sai nam" (body "footer ghi 2023, doi thanh 2026") and "link facebook sai"
// were answered in English, and the thread then stayed English. Now the words are weighed: typical
// Vietnamese syllables and function words against English words; loanwords both write ("footer",
// "link", "icon", "page", "banner", "logo"), words of both ("an", "to", "do", "me", "ban", "can",
// "the"), figures, quotations and names count for neither side.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/engagement/schema';
import { classifyFeedback } from '../../src/feedback/classify';
import { languageOfPlainText, languageOfWords } from '../../src/messages/written-language';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { ENGAGEMENT, commentsOf, plan } from '../feedback/helpers';

/** The language a feedback issue is answered in (the triage's reading, as replyLocale uses it). */
function answeredIn(title: string, body = ''): Locale {
  return classifyFeedback(ENGAGEMENT, { title, body }).language === 'en' ? 'en' : 'vi';
}

function ackOf(title: string, body: string): string {
  const world = addIssue(makeSnapshot(), {
    number: 1,
    title,
    body,
    labels: ['feedback'],
    createdAt: '2026-11-23T02:00:00Z',
  });
  return (
    commentsOf(plan(world, '2026-11-23T02:05:00Z'), 1).find((write) => write.marker.kind === 'feedback-ack')
      ?.body ?? ''
  );
}

describe('short feedback typed without diacritics', () => {
  it('is acknowledged in Vietnamese when it is Vietnamese (the two reports the reviewer found)', () => {
    for (const [title, body] of [
      ['footer sai nam', 'footer ghi 2023, doi thanh 2026'],
      ['link facebook sai', 'icon facebook o footer link sai page'],
    ] as const) {
      const ack = ackOf(title, body);
      expect(ack, title).toMatch(/^Chào/u);
      expect(ack, title).not.toContain('Thank you for telling us');
    }
  });

  // [title, body]: one line, short forms, typos, English loanwords, title case. The first ones have
  // none of the words the triage's own list knew ("bi", "trang", "khong", "giup" …): they were all
  // answered in English before.
  const VIETNAMESE: ReadonlyArray<readonly [string, string]> = [
    ['hotline sai so', ''],
    ['doi mau nut', ''],
    ['ghi sai ten cong ty', ''],
    ['link zalo hong', ''],
    ['logo lech', ''],
    ['so dien thoai sai', ''],
    ['doi font tieu de', ''],
    ['thieu logo doi tac', ''],
    ['sai gia sp', ''],
    ['Tieu de sai chinh ta', ''],
    ['ten mien het han', ''],
    // A street's name inside the sentence is a name, and the rest still Vietnamese.
    ['dia chi sai', 'footer ghi sai dia chi, doi thanh 12 Le Loi'],
    ['logo bi mo tren dien thoai', ''],
    ['nut dat hang ko bam dc', ''],
    ['sdt o header sai so', ''],
    ['doi anh banner trang chu giup em nhe', ''],
    ['trang lien he loi 404', ''],
    ['menu bi che mat chu', ''],
    ['gia sp hien sai', ''],
    ['chua thay email xac nhan don', ''],
    ['sua giup chi chu o footer cho to hon', ''],
    // Typos: "footr", "admni" are no words of either list; the rest says Vietnamese.
    ['footr sai nam roi e', ''],
    ['khong vao dc trang admni', ''],
    // A title in title case: its capitals are no names.
    ['Footer Sai Nam', 'Footer Ghi 2023'],
    ['form dang ky ko gui dc', ''],
    ['icon zalo lech qua ben trai', ''],
    ['popup khuyen mai hien hoai', ''],
    ['anh san pham bi vo', ''],
    ['slider ko chay tren iphone', ''],
    ['font chu tieu de xau qua', ''],
    // English verbs Vietnamese clients mix in weigh half a word.
    ['web load cham qua', ''],
    ['fix gap giup em link thanh toan', ''],
    ['update banner tet nhe', ''],
    ['check lai giup c trang checkout', ''],
    // Words of both languages ("to", "an", "can") weigh for neither; the rest is Vietnamese.
    ['to chu hon', ''],
    ['An toan thanh toan', 'can xem lai chung chi ssl'],
    ['ok cam on em', ''],
  ];

  it.each(VIETNAMESE)('"%s" is Vietnamese', (title, body) => {
    expect(answeredIn(title, body)).toBe('vi');
  });

  const ENGLISH: ReadonlyArray<readonly [string, string]> = [
    ['Footer year wrong', ''],
    ['Footer Year Wrong', ''],
    ['logo too small on mobile', ''],
    ['Typo on pricing page', ''],
    ['Checkout 500 error', ''],
    ['link broken', ''],
    ['please fix the footer', ''],
    ['Can you change the banner', ''],
    ['ok thanks', ''],
    ['Menu overlaps logo on iPad', ''],
    ['Contact form not sending', ''],
    ['Banner image is blurry', ''],
    ['Wrong phone number in header', ''],
    ['Add Zalo button', ''],
    ['Thanks, looks great', ''],
    ['Hero text cut off', ''],
    ['Search returns nothing', ''],
    ['Update the hotline to 0909 123 456', ''],
    ['Fix footer link', ''],
    ["can't log in", ''],
    ['Logo is too big', ''],
    ["The menu doesn't open on mobile", ''],
    ['Maybe a softer green', ''],
    ['Can you add an FAQ to the page', ''],
  ];

  it.each(ENGLISH)('"%s" is English', (title, body) => {
    expect(answeredIn(title, body)).toBe('en');
  });
});

describe('mixed and unclear texts', () => {
  it('Vietnamese when the report itself is Vietnamese, the English only a greeting or a "please fix"', () => {
    // What is wrong ("footer sai nam roi", "khach dang phan nan") is said in Vietnamese; "Hi team",
    // "please", "fix" are what Vietnamese clients mix into their own sentences.
    expect(answeredIn('Hi team, footer sai nam roi, please fix')).toBe('vi');
    expect(answeredIn('Please fix gap', 'khach dang phan nan')).toBe('vi');
    expect(answeredIn('anh Minh oi, banner trang chu bi cat mat')).toBe('vi');
  });

  it('English when the sentence is English, a set Vietnamese phrase or an address aside', () => {
    // "cam on" is one set phrase against three English words.
    expect(answeredIn('cam on, looks great now')).toBe('en');
    // "anh" is an address, "Minh" a name: the sentence about the banner is English.
    expect(answeredIn('Hi anh Minh, the banner on the homepage is cut off')).toBe('en');
  });

  it('does not read names or quoted words as the writer’s language', () => {
    // A capitalised Vietnamese syllable inside a sentence is a name.
    expect(answeredIn('Invite Hoa to the meetings')).toBe('en');
    expect(answeredIn('Add the Thu Duc branch')).toBe('en');
    // The footer's wrong words are quoted: the writer's own are English.
    expect(answeredIn('Footer text', "The footer says 'ban quyen 2023', please update")).toBe('en');
    // With diacritics alike: a name is no Vietnamese sentence.
    expect(answeredIn('Export button missing for chị Hoa')).toBe('en');
  });

  it('does not count loanwords against Vietnamese written with diacritics', () => {
    // Before, the five loanwords outweighed "ở" and this was answered in English.
    expect(answeredIn('link facebook sai', 'icon facebook ở footer link sai page')).toBe('vi');
    expect(answeredIn('footer sai năm', 'footer ghi 2023, đổi thành 2026')).toBe('vi');
  });

  it('leaves words that tell nothing to the other signs', () => {
    // Only loanwords and figures: neither language is told; the triage's reading decides.
    expect(languageOfPlainText('Logo footer')).toBeUndefined();
    expect(languageOfPlainText('banner 20/10')).toBeUndefined();
    // As many words for each side: neither is told either.
    expect(languageOfPlainText('Checkout bi error 500')).toBeUndefined();
  });
});

describe('the words a person writes elsewhere (deadlines, commands, quoted team words)', () => {
  it('reads plain Vietnamese as Vietnamese, and English as English', () => {
    // "final" alone made this English before.
    expect(languageOfWords(['gui file final truoc thu 6 nhe'])).toBe('vi');
    expect(languageOfWords(['/note call 2026-11-02 answer: khach da gui anh san pham'])).toBe('vi');
    expect(languageOfWords(['Fix checkout button on mobile'])).toBe('en');
    expect(languageOfWords(['Logo files', 'Brand guide'])).toBe('en');
    expect(languageOfWords(['/note fax we need to send the files'])).toBe('en');
  });

  it('says nothing for a command alone', () => {
    expect(languageOfWords(['/agree'])).toBeUndefined();
    expect(languageOfWords(['/agree', ''])).toBeUndefined();
  });
});
