// Which language to answer a client in. The triage reads any text with a diacritic as Vietnamese
// (exact matching), but an English report that quotes a Vietnamese error message ("product pages
// show 'Lỗi kết nối cơ sở dữ liệu'") or ends "Cảm ơn team!" was written in English, and is answered
// in English. A text without diacritics is weighed word by word (src/messages/written-language.ts):
// short Vietnamese typed plain ("footer sai nam", "link facebook sai") is answered in Vietnamese
// even though none of the triage's own Vietnamese words is in it, and short English ("Footer year
// wrong", "link broken") in English. Quoted words do not count; nor do figures, nor loanwords both
// languages write ("footer", "link", "icon", "page").
import type { LanguageGroup } from './features';
import { tokenize } from '../text';
import { VIETNAMESE_PLAIN } from './features';
import {
  isLoanword,
  isVietnameseSyllable,
  languageOfPlainText,
  withoutNames,
} from '../../messages/written-language';

// Quoted passages: Markdown quote lines and code, and text in quotation marks. A single quote only
// opens after a space or bracket, so that "don't" and "client's" quote nothing.
const QUOTED = [
  /^>.*$/gmu,
  /```[\s\S]*?```/gu,
  /`[^`\n]*`/gu,
  /"[^"\n]*"/gu,
  /“[^”\n]*”/gu,
  /‘[^’\n]*’/gu,
  /(^|[\s([])'[^'\n]+'(?=[\s.,;:!?)\]]|$)/gu,
];

/** Below this share of Vietnamese words, a text with diacritics is answered in English. */
const VIETNAMESE_SHARE = 0.4;

/** The writer's own words: the text without what it quotes. */
function ownWords(text: string): string {
  // Only the single-quote pattern has a group: the space or bracket before the quote, kept.
  return QUOTED.reduce(
    (rest, pattern) =>
      rest.replace(pattern, (...match: unknown[]) => `${typeof match[1] === 'string' ? match[1] : ''} `),
    text,
  );
}

/** True when a text with diacritics is written mostly in English, quotations aside. */
export function writtenMostlyInEnglish(text: string): boolean {
  // Figures, loanwords and names are written alike in both languages: they tell nothing.
  const words = tokenize(withoutNames(ownWords(text))).filter(
    (token) => !/^\d/u.test(token.folded) && !isLoanword(token.folded),
  );
  if (words.length === 0) return false;
  const vietnamese = words.filter(
    (token) =>
      token.exact !== token.folded ||
      VIETNAMESE_PLAIN.has(token.folded) ||
      isVietnameseSyllable(token.folded),
  ).length;
  return vietnamese / words.length < VIETNAMESE_SHARE;
}

/**
 * The language to answer in, given the triage's reading of the text (`vi` when it has diacritics):
 * a text with diacritics is English when written mostly in English; a text without is the language
 * its own words weigh for, and the triage's reading when they weigh for neither ("footer logo").
 */
export function replyLanguage(read: LanguageGroup, text: string): LanguageGroup {
  if (read === 'vi') return writtenMostlyInEnglish(text) ? 'en' : 'vi';
  // A text that is all quotation ("\"Error establishing a database connection\"") is read whole.
  const own = ownWords(text);
  const said = languageOfPlainText(/\p{L}/u.test(own) ? own : text);
  if (said === 'vi') return 'vi-plain';
  if (said === 'en') return 'en';
  return read;
}
