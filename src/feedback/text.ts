// Keyword matching that treats Vietnamese fairly: case-insensitive, NFC or NFD alike, with or without
// diacritics ("chậm" = "cham", "Đ" = "d"), and on whole words only ("late" never matches "template").
//
// Folding diacritics away makes Vietnamese words collide ("ngày" day and "ngay" at once, "Sài Gòn" and
// "sai" wrong, "Lê Lợi" and "lỗi"). So diacritics are folded only when the text itself has none (the
// writer's keyboard dropped them): a text with diacritics is matched exactly (tone-mark placement
// aside: "hoà" = "hòa"), word for word. Keywords should therefore be written with full diacritics.
import { memoByText } from '../core/memo';

export interface Token {
  /** The word as written, lower-cased, with its tone marks sorted to the end ("hoà" = "hòa"). */
  readonly exact: string;
  /** The word without diacritics: `chậm` → `cham`, `đ` → `d`. */
  readonly folded: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

const NOT_ASCII = /[\u0080-\u{10ffff}]/u;
/** True when every character is ASCII: normalising leaves it as it is and it has no diacritics. */
export const isAscii = (text: string): boolean => !NOT_ASCII.test(text);

/** Removes diacritics (after lower-casing); `đ` is a letter of its own in Unicode, not d + a mark. */
export function fold(text: string): string {
  // Most texts typed without diacritics are ASCII: the same result without two normalisations.
  if (isAscii(text)) return text.toLowerCase();
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

// Folding and tone-sorting are the costly part of matching, and clients keep using the same words:
// each distinct word is worked out once. The cache is pure (a word always gives the same token) and
// bounded, so a long-lived process does not grow without limit.
const tokenOf = memoByText(100_000, (word): Token => ({ exact: exactKey(word), folded: fold(word) }));

// English contractions become two words, so "doesn't" is "does not" and negation is seen.
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(can)['’]t\b/gu, 'can not'],
  [/\b(won)['’]t\b/gu, 'will not'],
  [/\b(\p{L}+)n['’]t\b/gu, '$1 not'],
];

const APOSTROPHE = /['’]/u;
// In ASCII text the letters, digits and marks of WORD are these.
const ASCII_WORD = /[a-z0-9]+/g;

export function tokenize(text: string): Token[] {
  const ascii = isAscii(text);
  let lower = ascii ? text.toLowerCase() : text.normalize('NFC').toLowerCase();
  // Every contraction has an apostrophe: most texts have none and skip the three replacements.
  if (APOSTROPHE.test(lower))
    for (const [pattern, replacement] of CONTRACTIONS) lower = lower.replace(pattern, replacement);
  // A contraction's replacement is ASCII: an ASCII text stays ASCII.
  return (lower.match(ascii ? ASCII_WORD : WORD) ?? []).map(tokenOf);
}

/** True when some word of the text carries a diacritic: then the text is matched exactly. */
export function hasDiacritics(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.exact !== token.folded);
}

function tokenMatches(written: Token, keyword: Token, accented: boolean): boolean {
  if (written.folded !== keyword.folded) return false;
  // A text without any diacritics: the writer's keyboard dropped them, any spelling may be meant.
  if (!accented) return true;
  return written.exact === keyword.exact;
}

export interface KeywordHit<C extends string> {
  readonly category: C;
  readonly keyword: string;
  /** Index of the first token matched. */
  readonly at: number;
}

type KeywordRule<C extends string> = { readonly category: C; readonly keywords: readonly string[] };

interface Candidate<C extends string> {
  readonly category: C;
  readonly keyword: string;
  readonly order: number;
  readonly words: readonly Token[];
}

/** A rule list's keywords in matching order, and where each first word's keywords sit in that order. */
interface Candidates<C extends string> {
  readonly list: ReadonlyArray<Candidate<C>>;
  /** Folded first word → the indexes in `list` of the keywords that start with it, ascending. */
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
}

// Keyword lists are constants or built once per engagement: they are tokenized (and, for a whole
// rule list, sorted) once per list object, not once per text searched.
const wordsByKeywords = new WeakMap<readonly string[], ReadonlyArray<readonly Token[]>>();
const candidatesByRules = new WeakMap<object, Candidates<string>>();

function keywordWords(keywords: readonly string[]): ReadonlyArray<readonly Token[]> {
  let words = wordsByKeywords.get(keywords);
  if (!words) {
    words = keywords.map((keyword) => tokenize(keyword));
    wordsByKeywords.set(keywords, words);
  }
  return words;
}

function candidatesOf<C extends string>(rules: ReadonlyArray<KeywordRule<C>>): Candidates<C> {
  const cached = candidatesByRules.get(rules) as Candidates<C> | undefined;
  if (cached) return cached;
  const list = rules
    .flatMap((rule, order) => {
      const words = keywordWords(rule.keywords);
      return rule.keywords.map((keyword, index) => ({
        category: rule.category,
        keyword,
        order,
        words: words[index] ?? [],
      }));
    })
    .filter((candidate) => candidate.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length || a.order - b.order);
  const byFirst = new Map<string, number[]>();
  list.forEach((candidate, index) => {
    const first = (candidate.words[0] as Token).folded;
    const indexes = byFirst.get(first);
    if (indexes) indexes.push(index);
    else byFirst.set(first, [index]);
  });
  const candidates: Candidates<C> = { list, byFirst };
  candidatesByRules.set(rules, candidates);
  return candidates;
}

/**
 * Finds keywords of several categories in a text. Longer keywords are matched first and the words
 * they cover are not matched again, so "không hài lòng" (negative) is not also "hài lòng"
 * (positive), and "not important" is not also "important".
 */
export function findKeywords<C extends string>(
  text: string | readonly Token[],
  rules: ReadonlyArray<KeywordRule<C>>,
): Array<KeywordHit<C>> {
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  const { list, byFirst } = candidatesOf(rules);
  // Only the keywords whose first word occurs in the text can match, and only where it occurs: each
  // such (keyword, position) pair is one number, keyword first, so sorting the numbers tries them in
  // the order of the whole list (longest first) and each keyword's positions from the left, and the
  // same words are taken by the same keywords.
  const width = tokens.length + 1;
  const pairs: number[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const indexes = byFirst.get((tokens[at] as Token).folded);
    if (indexes) for (const index of indexes) pairs.push(index * width + at);
  }
  if (pairs.length === 0) return [];
  const accented = hasDiacritics(tokens);
  const used = new Uint8Array(tokens.length);
  const hits: Array<KeywordHit<C>> = [];
  for (const pair of Float64Array.from(pairs).sort()) {
    const index = Math.floor(pair / width);
    const at = pair - index * width;
    const candidate = list[index] as Candidate<C>;
    const n = candidate.words.length;
    if (at + n > tokens.length) continue;
    let matches = true;
    for (let j = 0; j < n && matches; j += 1) {
      matches =
        used[at + j] === 0 && tokenMatches(tokens[at + j] as Token, candidate.words[j] as Token, accented);
    }
    if (!matches) continue;
    used.fill(1, at, at + n);
    hits.push({ category: candidate.category, keyword: candidate.keyword, at });
  }
  return hits.sort((a, b) => a.at - b.at);
}

const anyRuleByKeywords = new WeakMap<readonly string[], ReadonlyArray<KeywordRule<'any'>>>();

/** True when any keyword occurs in the text as whole words. */
export function mentionsAny(text: string | readonly Token[], keywords: readonly string[]): boolean {
  let rules = anyRuleByKeywords.get(keywords);
  if (!rules) {
    rules = [{ category: 'any', keywords }];
    anyRuleByKeywords.set(keywords, rules);
  }
  return findKeywords(text, rules).length > 0;
}

/** Letters and digits only, for the "is it long enough to act on" check. */
export function meaningfulLength(text: string): number {
  // In ASCII text the letters and digits are these, and NFC changes nothing.
  if (isAscii(text)) return text.replace(/[^A-Za-z0-9]+/gu, ' ').trim().length;
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim().length;
}
