// Which language to answer a client in, when the text carries diacritics. The triage reads any text
// with a diacritic as Vietnamese (exact matching), but an English report that quotes a Vietnamese
// error message ("product pages show 'Lỗi kết nối cơ sở dữ liệu'") or ends "Cảm ơn team!" was written
// in English, and is answered in English. Quoted words do not count; nor do figures.
import { tokenize } from '../text';
import { VIETNAMESE_PLAIN } from './features';

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

/** True when a text with diacritics is written mostly in English, quotations aside. */
export function writtenMostlyInEnglish(text: string): boolean {
  // Only the single-quote pattern has a group: the space or bracket before the quote, kept.
  const own = QUOTED.reduce(
    (rest, pattern) =>
      rest.replace(pattern, (...match: unknown[]) => `${typeof match[1] === 'string' ? match[1] : ''} `),
    text,
  );
  const words = tokenize(own).filter((token) => !/^\d/u.test(token.folded));
  if (words.length === 0) return false;
  const vietnamese = words.filter(
    (token) => token.exact !== token.folded || VIETNAMESE_PLAIN.has(token.folded),
  ).length;
  return vietnamese / words.length < VIETNAMESE_SHARE;
}
