// What a lexicon group means before any example is seen: the starting weights of training, and the
// point its regularisation pulls back to. They encode the definitions in docs/feedback.md (an outage
// is urgent, "no rush" is low urgency, praise is positive …); the corpus then adjusts them. Without
// them a few hundred examples would let the most common label (negative, important) win too often.
import type { Dimension } from './model';

type Prior = Partial<Record<Dimension, Readonly<Record<string, number>>>>;

// prettier-ignore
export const PRIORS: Readonly<Record<string, Prior>> = {
  'L:bug': { type: { negative: 1 }, topic: { quality: 0.5 } },
  'L:bug!': { type: { positive: 0.5, negative: -0.5 } },
  'L:broken': { type: { negative: 1.2 }, topic: { quality: 0.5 }, importance: { important: 0.5 } },
  'L:cannot': { type: { negative: 1.2 }, importance: { important: 0.5 } },
  'L:outage': { type: { negative: 1 }, importance: { urgent: 1.5 }, urgency: { high: 1.2 }, topic: { quality: 0.5 } },
  'L:display': { topic: { design: 0.3 } },
  'L:slow': { type: { negative: 0.8 }, topic: { quality: 0.5 } },
  'L:complaint': { type: { negative: 1 } },
  'L:praise': { type: { positive: 1.5 }, importance: { not_important: 0.8 }, urgency: { low: 0.8 } },
  'L:praise!': { type: { negative: 1.2, positive: -1 } },
  'L:thanks': { type: { positive: 0.3 } },
  'L:fixed': { type: { positive: 1 }, importance: { not_important: 0.5 }, urgency: { low: 0.5 } },
  'L:nobug': { type: { positive: 1.2, negative: -0.8 }, importance: { not_important: 0.5 } },
  'L:request': { type: { neutral: 0.6 } },
  'L:question': { type: { neutral: 0.8 }, importance: { not_important: 0.4 } },
  'L:urgent': { importance: { urgent: 1.5 }, urgency: { high: 1 } },
  'L:urgent!': { importance: { urgent: -1, not_important: 0.8 }, urgency: { low: 1 } },
  'L:money': { importance: { urgent: 0.5 } },
  'L:security': { importance: { urgent: 1.5 }, urgency: { high: 1 }, topic: { quality: 0.5 } },
  'L:minor': { importance: { not_important: 1.5 }, urgency: { low: 0.5 } },
  'L:important': { importance: { important: 0.8 } },
  'L:soon': { urgency: { high: 1 } },
  'L:later': { urgency: { low: 1.5 }, importance: { not_important: 0.8 } },
  'L:launch': { urgency: { high: 0.4 } },
  'L:cosmetic': { type: { negative: 1 }, importance: { not_important: 1.2 }, topic: { quality: 0.5 } },
  'L:comparative': { type: { neutral: 1 } },
  'L:topic_quality': { topic: { quality: 0.8 } },
  'L:topic_design': { topic: { design: 1 } },
  'L:topic_delivery': { topic: { delivery: 1 } },
  'L:topic_support': { topic: { support: 1 } },
  'L:topic_communication': { topic: { communication: 1 } },
  'L:topic_other': { topic: { other: 1 } },
  'C:broken+money': { importance: { urgent: 1.2 }, urgency: { high: 0.8 } },
  'C:cannot+money': { importance: { urgent: 1.2 }, urgency: { high: 0.8 } },
  'C:bug+money': { importance: { urgent: 0.6 } },
  'C:broken+soon': { importance: { urgent: 0.8 }, urgency: { high: 0.8 } },
  'C:cannot+soon': { importance: { urgent: 0.8 }, urgency: { high: 0.8 } },
  'L:breadth': { importance: { urgent: 0.4 } },
  'L:mass': { importance: { urgent: 0.8 }, urgency: { high: 0.6 }, type: { negative: 0.5 } },
  'L:limited': { importance: { important: 0.6, urgent: -0.6 } },
  'L:ongoing': { urgency: { high: 0.3 } },
  'L:past': { importance: { urgent: -0.6 }, urgency: { high: -0.5 } },
  'L:notlive': { importance: { urgent: -0.6 }, urgency: { high: -0.3 } },
  'L:loss': { importance: { urgent: 0.8 }, urgency: { high: 0.4 }, type: { negative: 0.5 } },
  'C:launch+weekday': { importance: { urgent: 0.6 }, urgency: { high: 0.8 } },
  'C:cannot+ongoing': { importance: { urgent: 0.3 }, urgency: { high: 0.3 } },
  'C:broken+ongoing': { importance: { urgent: 0.3 }, urgency: { high: 0.3 } },
  'C:money+ongoing': { importance: { urgent: 0.3 } },
  'C:breadth+broken': { importance: { urgent: 0.8 }, urgency: { high: 0.5 } },
  'C:breadth+cannot': { importance: { urgent: 0.8 }, urgency: { high: 0.5 } },
  'C:launch+soon': { importance: { urgent: 1 }, urgency: { high: 1 } },
  'C:outage+money': { importance: { urgent: 1 } },
  // Clause-level contrast (contrast.ts): praise conceded before a turn and a problem after it is a
  // complaint; a problem named with its fix said as done is praise of the fix.
  'T:concede': { type: { negative: 1, positive: -0.5 } },
  'T:resolved': { type: { positive: 1 }, importance: { not_important: 0.5 }, urgency: { low: 0.5 } },
  // A request or question with nothing said to be wrong (features.ts): neutral by the definitions.
  'R:plain': { type: { neutral: 0.5 } },
  'C:fixed+thanks': { type: { positive: 1 } },
  'C:fixed+praise': { type: { positive: 1 } },
  'C:nobug+praise': { type: { positive: 1 } },
};

/** The prior of a feature, as one weight per class in the order of `classes`. */
export function priorRow(
  feature: string,
  dimension: Dimension,
  classes: readonly string[],
): number[] | undefined {
  const prior = PRIORS[feature]?.[dimension];
  return prior ? classes.map((label) => prior[label] ?? 0) : undefined;
}
