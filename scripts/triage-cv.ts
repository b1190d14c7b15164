// Held-out readings of the TRAINING split, for tuning without touching the evaluation set:
// - `cv`: five folds by situation (the k-th item of a language group with a given set of labels is
//   taken as the same situation as the k-th item of the other groups with those labels, and its
//   versions share a fold, because a text with diacritics is also trained folded and would
//   otherwise be tested on its own copy);
// - `source`: the items after '# --- former evaluation set ---' (written apart from the rest, other
//   situations, other businesses) held out, the rest trained on — closer to text someone else wrote.
//   Items after a line starting '# --- fourteenth session' were not written apart: they are trained on.
import type { CorpusItem } from '../src/feedback/classifier/corpus';
import type { TriageWeights } from '../src/feedback/classifier/model';
import { trainFromCorpus } from './triage-corpus';

export type Scheme = 'cv' | 'source';

export interface Fold {
  readonly held: readonly CorpusItem[];
  readonly weights: TriageWeights;
}

/** The lines of train.txt written apart from the rest (see the file's header): [from, to). */
export function formerEvaluationStart(text: string): { from: number; to: number } {
  const lines = text.split('\n');
  const from = lines.findIndex((line) => line.startsWith('# --- former evaluation set ---'));
  const to = lines.findIndex((line) => line.startsWith('# --- fourteenth session'));
  return {
    from: from < 0 ? Number.POSITIVE_INFINITY : from + 1,
    to: to < 0 ? Number.POSITIVE_INFINITY : to + 1,
  };
}

export function heldOutFolds(
  all: readonly CorpusItem[],
  scheme: Scheme,
  apart: { readonly from: number; readonly to: number } = { from: 0, to: Number.POSITIVE_INFINITY },
): Fold[] {
  if (scheme === 'source') {
    const written = (item: CorpusItem): boolean => item.line > apart.from && item.line < apart.to;
    return [{ held: all.filter(written), weights: trainFromCorpus(all.filter((item) => !written(item))) }];
  }
  const situation = new Map<CorpusItem, string>();
  const seen = new Map<string, number>();
  for (const item of all) {
    const labels = `${item.topic}|${item.importance}|${item.type}|${item.urgency}`;
    const n = seen.get(`${item.group}|${labels}`) ?? 0;
    situation.set(item, `${labels}|${n}`);
    seen.set(`${item.group}|${labels}`, n + 1);
  }
  const hash = (key: string): number => [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const foldOf = (item: CorpusItem): number => hash(situation.get(item) ?? '') % 5;
  return [0, 1, 2, 3, 4].map((fold) => ({
    held: all.filter((item) => foldOf(item) === fold),
    weights: trainFromCorpus(all.filter((item) => foldOf(item) !== fold)),
  }));
}
