// Short phrases looked for at a given word of a clause ("mà", "đã được", "could you", "giúp chị"), read
// the way the text is read: exactly when it has diacritics, folded when it has none. Each list is
// indexed by its phrases' first word, so a word that starts none of them costs one map lookup.
import { tokenize, type Token } from '../text';

/** How a token is compared: exactly (the text has diacritics) or folded. */
export type Key = (token: Token) => string;

export interface Phrases {
  /** First word (exact and folded) → the phrases starting with it, longest first. */
  readonly byFirst: ReadonlyMap<string, ReadonlyArray<readonly Token[]>>;
}

export function phrases(list: readonly string[]): Phrases {
  const byFirst = new Map<string, Array<readonly Token[]>>();
  for (const phrase of list) {
    const words = tokenize(phrase);
    const first = words[0];
    if (!first) continue;
    for (const form of new Set([first.exact, first.folded])) {
      const known = byFirst.get(form) ?? [];
      known.push(words);
      known.sort((a, b) => b.length - a.length);
      byFirst.set(form, known);
    }
  }
  return { byFirst };
}

/** The longest phrase of the list that starts at `at`, or undefined. */
export function phraseAt(
  list: Phrases,
  words: readonly Token[],
  at: number,
  key: Key,
): readonly Token[] | undefined {
  const here = words[at];
  if (at < 0 || here === undefined) return undefined;
  const candidates = list.byFirst.get(key(here));
  return candidates?.find((phrase) =>
    phrase.every((word, k) => words[at + k] !== undefined && key(words[at + k] as Token) === key(word)),
  );
}

/** Written words as the tokenizer keys them, exact and folded (tone marks sorted, as features.ts does). */
export const keySet = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.flatMap((word) => tokenize(word).flatMap((token) => [token.exact, token.folded])));
