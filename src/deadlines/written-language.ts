// The language someone wrote in, for replying to a person the engagement file does not name (the
// filer of a deadline who is not a contact): Vietnamese letters say Vietnamese; common English words
// say English; otherwise the engagement's client language. Only the person's own words are read (a
// title, the deliverables): a bilingual form's headings and choices are the template's, not theirs.
import type { Locale } from '../engagement/schema';

const VIETNAMESE_LETTERS = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'for',
  'please',
  'by',
  'of',
  'to',
  'we',
  'our',
  'need',
  'needs',
  'with',
  'is',
  'are',
  'files',
  'final',
  'before',
  'send',
]);

/** The language of a person's own words (a title, the deliverables they listed). */
export function writtenLanguage(words: readonly string[], fallback: Locale): Locale {
  return languageOfWords(words) ?? fallback;
}

/** The language a person's words are in, or undefined when they do not tell (`/agree` alone). */
export function languageOfWords(words: readonly string[]): Locale | undefined {
  const text = words.join('\n');
  if (VIETNAMESE_LETTERS.test(text)) return 'vi';
  const found = text.toLowerCase().match(/[a-z]+/gu) ?? [];
  return found.some((word) => ENGLISH_WORDS.has(word)) ? 'en' : undefined;
}
