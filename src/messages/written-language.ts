// The language someone wrote in, for replying to a person the engagement file does not name (the
// filer of a deadline who is not a contact), and for saying that words a message quotes are in
// another language than the message (the team's words: a reason, a pull request's title):
// Vietnamese letters say Vietnamese; common English words say English; otherwise the words do not
// tell. Only the person's own words are read (a title, the deliverables): a bilingual form's headings
// and choices are the template's, not theirs. Shared by every domain, so it lives with the messages.
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
  // The verbs a pull request's or a commit's title starts with ("Fix checkout button on mobile"):
  // none is a Vietnamese syllable typed without its diacritics.
  'fix',
  'fixes',
  'fixed',
  'add',
  'adds',
  'added',
  'update',
  'updates',
  'updated',
  'remove',
  'removes',
  'removed',
  'make',
  'makes',
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
