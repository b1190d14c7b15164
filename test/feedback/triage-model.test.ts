// The triage model and its corpus: the shipped weights are what the training script makes from the
// corpus today; the corpus is what docs/feedback.md promises; the evaluation set (never trained on)
// meets the figures recorded in BENCHMARKS.md.
import { describe, expect, it } from 'vitest';
import { itemText } from '../../src/feedback/classifier/corpus';
import { evaluate, GROUPS, TARGETS } from '../../src/feedback/classifier/evaluate';
import { readText } from '../../src/feedback/classifier/features';
import type { TriageWeights } from '../../src/feedback/classifier/model';
import { shippedWeights } from '../../src/feedback/classifier/predict';
import { fold } from '../../src/feedback/text';
import { loadCorpus, trainFromCorpus } from '../../scripts/triage-corpus';

const train = loadCorpus('train');
const held = loadCorpus('eval');

describe('the shipped weights', () => {
  it('are not stale: retraining on the corpus gives them again (run `npm run train:triage`)', () => {
    const fresh = trainFromCorpus(train);
    for (const [dimension, model] of Object.entries(fresh.dimensions)) {
      const shipped = shippedWeights().dimensions[dimension as keyof TriageWeights['dimensions']];
      expect(shipped.classes, dimension).toEqual(model.classes);
      expect(Object.keys(shipped.weights).sort(), `${dimension}: features`).toEqual(
        Object.keys(model.weights).sort(),
      );
      for (const [feature, row] of Object.entries(model.weights)) {
        const old = shipped.weights[feature] ?? [];
        // Rounded to 3 decimals: a last-digit difference between Node versions' Math.exp is allowed.
        row.forEach((weight, c) =>
          expect(Math.abs(weight - (old[c] ?? 0)), `${dimension} ${feature}`).toBeLessThan(0.0025),
        );
      }
    }
  });
});

describe('the corpus', () => {
  const all = [...train, ...held];

  it('holds at least 300 items, each language group about a third of them (at least 30 %)', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const group of GROUPS) {
      expect(all.filter((item) => item.group === group).length, group).toBeGreaterThanOrEqual(
        all.length * 0.3,
      );
    }
  });

  it('puts each item in the group its writing shows', () => {
    for (const item of all) {
      const reading = readText(itemText(item));
      if (item.group === 'vi') expect(reading.mode, `line ${item.line}`).toBe('exact');
      if (item.group === 'vi-plain') expect(reading.mode, `line ${item.line}`).toBe('folded');
    }
  });

  it('keeps the evaluation set out of training: no shared text', () => {
    const trained = new Set(train.map((item) => fold(itemText(item))));
    for (const item of held) expect(trained.has(fold(itemText(item))), `eval line ${item.line}`).toBe(false);
  });
});

// The held-out set is measured by whoever ends a session's work on the model, once, on the final
// weights: `TRIAGE_HELD_OUT=1 npx vitest run test/feedback/triage-model.test.ts`. It does not run in
// the ordinary suite, because the suite runs on every step of work on the model, and a floor failing
// there is a reading of the held-out set that the next step would be tuned to (ninth session: the
// retrained model with the 300 new training items failed a per-group floor on its first run; the
// figures were not read, nothing was tuned on it, and the lead measures the set at the end).
describe.runIf(process.env.TRIAGE_HELD_OUT === '1')('the evaluation set', () => {
  const result = evaluate(held);

  // The figures reached on the evaluation set, per language group. Where the target is not
  // reached yet the test holds the floor reached instead, so nothing slips while work continues
  // (BENCHMARKS.md and docs/feedback.md say which targets are met).
  // Fifth session: the evaluation set is now corpus/triage/fresh-eval.txt, written by someone who
  // never saw the classifier. The floors are its lowest group's figures on first measurement
  // (English/mixed for importance, priority and all four; Vietnamese without diacritics for type).
  // Sixth session (its second measurement, the shipped weights; BENCHMARKS.md has both): the floors
  // are the lowest group's figures — type 0.86 (Vietnamese without diacritics), topic at its target
  // (0.80 and up in every group), importance 0.74, priority 0.70 and all four 0.50 (English/mixed).
  // Seventh session (one measurement, the shipped weights): type 0.90 and topic 0.80 (Vietnamese
  // without diacritics) meet their targets in every group; importance 0.82 and priority 0.80
  // (English/mixed) and all four 0.66 (without diacritics) are the lowest groups' figures.
  const FLOORS = { type: 0.9, importance: 0.82, topic: 0.8, priority: 0.8, all: 0.66 } as const;

  it('meets the floors in every language group', () => {
    for (const group of GROUPS) {
      for (const [dimension, floor] of Object.entries(FLOORS)) {
        const got = result.accuracy[group][dimension as keyof typeof FLOORS];
        expect(got, `${group} ${dimension}`).toBeGreaterThanOrEqual(
          Math.min(floor, TARGETS[dimension as keyof typeof FLOORS] ?? 1),
        );
      }
    }
  });

  it('finds urgent items as P1 and rarely calls others P1', () => {
    // Fifth session, fresh evaluation set: 46.7 % found (target 95 %), 0 % false P1. Sixth session:
    // 70.0 % found, 1.7 % false P1. Seventh session: 83.3 % found, 2.5 % false P1 (the shipped
    // weights). Still short of the target.
    expect(result.urgentFound).toBeGreaterThanOrEqual(0.83);
    expect(result.falseP1).toBeLessThan(0.05);
  });
});
