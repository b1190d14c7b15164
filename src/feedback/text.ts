// Keyword matching that treats Vietnamese fairly: case-insensitive, NFC or NFD alike, with or without
// diacritics ("chậm" = "cham", "Đ" = "d"), and on whole words only ("late" never matches "template").
//
// Folding diacritics away makes Vietnamese words collide ("ngày" day and "ngay" at once, "Sài Gòn" and
// "sai" wrong). So a word the client wrote WITH diacritics matches only a keyword with the same
// diacritics (tone-mark placement aside: "hoà" = "hòa"); a word written without diacritics matches
// any keyword that folds to it. Keywords should therefore be written with full diacritics.

export interface Token {
  /** The word as written, lower-cased, with its tone marks sorted to the end ("hoà" = "hòa"). */
  readonly exact: string;
  /** The word without diacritics: `chậm` → `cham`, `đ` → `d`. */
  readonly folded: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Removes diacritics (after lower-casing); `đ` is a letter of its own in Unicode, not d + a mark. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'd')
    .toLowerCase()
    .normalize('NFC');
}

// Vietnamese tone marks: grave, acute, tilde, hook above, dot below. Old and new spelling place them
// on different vowels of a word, so the exact key keeps the tones but not where they sit.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

function exactKey(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = (decomposed.match(TONE_MARKS) ?? []).sort().join('');
  return `${decomposed.replace(TONE_MARKS, '').normalize('NFC')}${tones}`;
}

export function tokenize(text: string): Token[] {
  const lower = text.normalize('NFC').toLowerCase();
  return [...lower.matchAll(WORD)].map((match) => ({ exact: exactKey(match[0]), folded: fold(match[0]) }));
}

function tokenMatches(written: Token, keyword: Token): boolean {
  if (written.folded !== keyword.folded) return false;
  // Written without diacritics: the writer's keyboard dropped them, any spelling may be meant.
  if (written.exact === written.folded) return true;
  return written.exact === keyword.exact;
}

export interface KeywordHit<C extends string> {
  readonly category: C;
  readonly keyword: string;
  /** Index of the first token matched. */
  readonly at: number;
}

/**
 * Finds keywords of several categories in a text. Longer keywords are matched first and the words
 * they cover are not matched again, so "không hài lòng" (negative) is not also "hài lòng"
 * (positive), and "not important" is not also "important".
 */
export function findKeywords<C extends string>(
  text: string | readonly Token[],
  rules: ReadonlyArray<{ readonly category: C; readonly keywords: readonly string[] }>,
): Array<KeywordHit<C>> {
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  const candidates = rules
    .flatMap((rule, order) =>
      rule.keywords.map((keyword) => ({ category: rule.category, keyword, order, words: tokenize(keyword) })),
    )
    .filter((candidate) => candidate.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length || a.order - b.order);
  const used = new Array<boolean>(tokens.length).fill(false);
  const hits: Array<KeywordHit<C>> = [];
  for (const candidate of candidates) {
    const n = candidate.words.length;
    for (let i = 0; i + n <= tokens.length; i += 1) {
      let matches = true;
      for (let j = 0; j < n && matches; j += 1) {
        matches = !used[i + j] && tokenMatches(tokens[i + j] as Token, candidate.words[j] as Token);
      }
      if (!matches) continue;
      for (let j = 0; j < n; j += 1) used[i + j] = true;
      hits.push({ category: candidate.category, keyword: candidate.keyword, at: i });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** True when any keyword occurs in the text as whole words. */
export function mentionsAny(text: string | readonly Token[], keywords: readonly string[]): boolean {
  return findKeywords(text, [{ category: 'any', keywords }]).length > 0;
}

/** Letters and digits only, for the "is it long enough to act on" check. */
export function meaningfulLength(text: string): number {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim().length;
}
