// Triage weights made for a test: every text reads the same, quality and negative for sure, with the
// importance and urgency odds the test sets (urgent/important/low, high/normal/low). Test files that
// need them mock the shipped weights with `shippedWeights: () => oddsWeights(odds)`, `odds` being
// their own `vi.hoisted` object, so a test can change the odds between runs.
import type { TriageWeights } from '../../src/feedback/classifier/model';

export interface Odds {
  importance: number[];
  urgency: number[];
  /** negative/neutral/positive; negative for sure when left out. */
  type?: number[];
}

export function oddsWeights(odds: Odds): TriageWeights {
  return {
    version: 1,
    dimensions: {
      topic: { classes: ['quality', 'other'], weights: { bias: [3, 0] } },
      importance: {
        classes: ['urgent', 'important', 'not_important'],
        weights: { bias: odds.importance.map(Math.log) },
      },
      type: {
        classes: ['negative', 'neutral', 'positive'],
        weights: { bias: odds.type ? odds.type.map(Math.log) : [3, 0, 0] },
      },
      urgency: { classes: ['high', 'normal', 'low'], weights: { bias: odds.urgency.map(Math.log) } },
    },
  };
}
