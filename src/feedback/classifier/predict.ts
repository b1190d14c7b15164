// Triage of one text by the shipped model, with the engagement's own keywords weighing most.
import type { Engagement } from '../../engagement/schema';
import { findKeywords } from '../text';
import { readText, type Reading } from './features';
import {
  DIMENSIONS,
  allLogitsOf,
  scoreDimension,
  type Adjustment,
  type Dimension,
  type Scored,
  type TriageWeights,
} from './model';
import { engagementKeywordRules } from '../keywords';
import { TOPICAL_GROUPS } from './lexicon';
import { lazyWeights, type PackedWeights } from './packed-weights';
// weights.json packed (packed-weights.ts): about a fifth of its size in the bundle.
import shipped from './weights.packed.json';

/** The lexicon features of TOPICAL_GROUPS (a negated mention names the thing too). */
const TOPICAL_FEATURES: ReadonlySet<string> = new Set([...TOPICAL_GROUPS].map((group) => `L:${group}`));

let unpacked: TriageWeights | undefined;
/** The shipped weights, read on first use (not while the action starts). */
export function shippedWeights(): TriageWeights {
  unpacked ??= lazyWeights(shipped as PackedWeights);
  return unpacked;
}

/** What one mention of the engagement's own keyword adds: more than any learned weight. */
export const KEYWORD_WEIGHT = 3;
const KEYWORD_HITS_COUNTED = 2;

export interface Prediction {
  readonly reading: Reading;
  readonly scores: Readonly<Record<Dimension, Scored>>;
  /** The engagement's keywords found, by dimension (for the reason of a write). */
  readonly keywords: readonly string[];
  /** True when the text names a thing of some topic: a topical lexicon word or a topic keyword. */
  readonly topical: boolean;
}

const NO_BOOST: ReadonlyMap<string, number> = new Map();

function boosts(
  engagement: Engagement,
  text: string,
): { adjust: Record<Dimension, Adjustment>; keywords: string[] } {
  const rules = engagementKeywordRules(engagement);
  const hits = findKeywords(text, rules);
  const byDimension = new Map<Dimension, Map<string, number>>();
  const counted = new Map<string, number>();
  for (const hit of hits) {
    const [dimension, label] = hit.category.split(':') as [Dimension, string];
    const key = hit.category;
    const times = (counted.get(key) ?? 0) + 1;
    counted.set(key, times);
    if (times > KEYWORD_HITS_COUNTED) continue;
    const map = byDimension.get(dimension) ?? new Map<string, number>();
    map.set(label, (map.get(label) ?? 0) + KEYWORD_WEIGHT);
    byDimension.set(dimension, map);
  }
  const topics = engagement.feedback.topics.map((topic) => topic.id);
  const adjust = Object.fromEntries(
    DIMENSIONS.map((dimension) => [
      dimension,
      {
        boost: byDimension.get(dimension) ?? NO_BOOST,
        ...(dimension === 'topic' ? { allowed: topics } : {}),
      },
    ]),
  ) as unknown as Record<Dimension, Adjustment>;
  return { adjust, keywords: [...new Set(hits.map((hit) => hit.keyword))] };
}

export function predict(
  engagement: Engagement,
  text: string,
  weights: TriageWeights = shippedWeights(),
): Prediction {
  const reading = readText(text);
  const { adjust, keywords } = boosts(engagement, text);
  const learned = allLogitsOf(weights, reading.unordered);
  const scores = Object.fromEntries(
    DIMENSIONS.map((dimension) => [
      dimension,
      scoreDimension(weights.dimensions[dimension], reading, adjust[dimension], learned[dimension]),
    ]),
  ) as Record<Dimension, Scored>;
  const topical =
    (adjust.topic.boost?.size ?? 0) > 0 ||
    reading.unordered.some((feature) =>
      TOPICAL_FEATURES.has(feature.endsWith('!') ? feature.slice(0, -1) : feature),
    );
  return { reading, scores, keywords, topical };
}
