// Scoring the triage against labelled items: accuracy per dimension and per language group, the
// confusion of type, how urgent items fare (found as P1, false P1), and the worst misses. Used by
// `npm run eval:triage` and by the test that holds the targets.
import type { ModelTriage } from '../../core/snapshot';
import { engagementFileSchema, type Engagement } from '../../engagement/schema';
import { classifyFeedback, priorityOf, type Classification } from '../classify';
import { CORPUS_TOPICS, type CorpusItem } from './corpus';
import type { LanguageGroup } from './features';
import type { TriageWeights } from './model';
import { shippedWeights } from './predict';

/** "All four right": what the client sees labelled (urgency shows only through priority). */
const ALL_FOUR = ['topic', 'importance', 'type', 'priority'] as const;

export const SCORED = ['topic', 'importance', 'type', 'urgency', 'priority', 'all'] as const;
export type ScoredDimension = (typeof SCORED)[number];

/** The targets of issue #12 on the evaluation set, in every language group. */
export const TARGETS: Readonly<Partial<Record<ScoredDimension, number>>> = {
  type: 0.9,
  importance: 0.85,
  topic: 0.8,
  priority: 0.85,
  all: 0.7,
};
export const URGENT_FOUND_TARGET = 0.95;
export const FALSE_P1_LIMIT = 0.05;

/** An engagement with the corpus's topics and no keywords of its own: the model alone is measured. */
export function evaluationEngagement(): Engagement {
  return engagementFileSchema.parse({
    engagement: { name: 'Triage evaluation', time_zone: 'Asia/Ho_Chi_Minh' },
    contacts: { client: { primary: '@client' }, vendor: { primary: '@vendor' } },
    feedback: { topics: CORPUS_TOPICS.map((id) => ({ id })) },
  });
}

export interface Miss {
  readonly item: CorpusItem;
  readonly got: Classification;
  readonly wrong: readonly ScoredDimension[];
}

export interface Evaluation {
  readonly count: Readonly<Record<LanguageGroup | 'all', number>>;
  readonly accuracy: Readonly<Record<LanguageGroup | 'all', Readonly<Record<ScoredDimension, number>>>>;
  /** Gold type → predicted type → count. */
  readonly typeConfusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Of the items whose gold priority is P1, the share triaged P1. */
  readonly urgentFound: number;
  /** Of the items whose gold priority is not P1, the share triaged P1. */
  readonly falseP1: number;
  /** Share of items the triage role is asked to review. */
  readonly reviewed: number;
  readonly misses: readonly Miss[];
}

export const GROUPS: readonly LanguageGroup[] = ['vi', 'vi-plain', 'en'];

export function evaluate(
  items: readonly CorpusItem[],
  engagement: Engagement = evaluationEngagement(),
  weights: TriageWeights = shippedWeights(),
  /** A hosted model's reading of an item, when the model option is measured. */
  hosted: (item: CorpusItem) => ModelTriage | undefined = () => undefined,
): Evaluation {
  const results = items.map((item) => {
    const got = classifyFeedback(engagement, { title: item.title, body: item.body }, weights, hosted(item));
    const gold = { ...item, priority: priorityOf(engagement, item.importance, item.urgency) };
    const wrong = (['topic', 'importance', 'type', 'urgency', 'priority'] as const).filter(
      (dimension) => got[dimension] !== gold[dimension],
    );
    return { item, got, gold, wrong };
  });
  const groups = ['all', ...GROUPS] as const;
  const count = {} as Record<LanguageGroup | 'all', number>;
  const accuracy = {} as Record<LanguageGroup | 'all', Record<ScoredDimension, number>>;
  for (const group of groups) {
    const inGroup = results.filter((result) => group === 'all' || result.item.group === group);
    count[group] = inGroup.length;
    const share = (right: (r: (typeof results)[number]) => boolean): number =>
      inGroup.length === 0 ? 0 : inGroup.filter(right).length / inGroup.length;
    accuracy[group] = {
      topic: share((r) => !r.wrong.includes('topic')),
      importance: share((r) => !r.wrong.includes('importance')),
      type: share((r) => !r.wrong.includes('type')),
      urgency: share((r) => !r.wrong.includes('urgency')),
      priority: share((r) => !r.wrong.includes('priority')),
      all: share((r) => !ALL_FOUR.some((d) => r.wrong.includes(d))),
    };
  }
  const typeConfusion: Record<string, Record<string, number>> = {};
  for (const { item, got } of results) {
    const row = (typeConfusion[item.type] ??= {});
    row[got.type] = (row[got.type] ?? 0) + 1;
  }
  const p1 = results.filter((r) => r.gold.priority === 'P1');
  const notP1 = results.filter((r) => r.gold.priority !== 'P1');
  return {
    count,
    accuracy,
    typeConfusion,
    urgentFound: p1.length === 0 ? 1 : p1.filter((r) => r.got.priority === 'P1').length / p1.length,
    falseP1: notP1.length === 0 ? 0 : notP1.filter((r) => r.got.priority === 'P1').length / notP1.length,
    reviewed:
      results.length === 0 ? 0 : results.filter((r) => r.got.unsure.length > 0).length / results.length,
    misses: results
      .filter((r) => r.wrong.length > 0)
      .sort((a, b) => b.wrong.length - a.wrong.length || a.item.line - b.item.line)
      .map(({ item, got, wrong }) => ({ item, got, wrong })),
  };
}
