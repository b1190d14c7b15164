// The bundle ships the triage weights packed (packed-weights.ts); weights.json is the readable copy.
// They must be the same numbers, to the last digit, or the bundle triages differently from the review.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allLogitsOf, DIMENSIONS, type TriageWeights } from '../../src/feedback/classifier/model';
import { packWeights, unpackWeights } from '../../src/feedback/classifier/packed-weights';
import { shippedWeights } from '../../src/feedback/classifier/predict';
import { PACKED_WEIGHTS_FILE, renderPackedWeights, WEIGHTS_FILE } from '../../scripts/triage-corpus';

const readable = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as TriageWeights;

describe('the packed triage weights', () => {
  it('are weights.json exactly (run `npm run train:triage` to write both)', () => {
    expect(shippedWeights()).toStrictEqual(readable);
    expect(readFileSync(PACKED_WEIGHTS_FILE, 'utf8')).toBe(renderPackedWeights(readable));
  });

  it('score every feature as weights.json does: the flat table read straight from the packed file', () => {
    // shippedWeights() scores from a table built from the packed file without unpacking it into
    // objects; a fresh copy of weights.json builds its table from the objects.
    const fromReadable = structuredClone(readable);
    const features = new Set(
      DIMENSIONS.flatMap((dimension) => Object.keys(readable.dimensions[dimension].weights)),
    );
    expect(features.size).toBeGreaterThan(1000);
    for (const feature of [...features, 'not a feature']) {
      expect(allLogitsOf(shippedWeights(), [feature]), feature).toStrictEqual(
        allLogitsOf(fromReadable, [feature]),
      );
    }
    const sample = [...features].filter((_, index) => index % 7 === 0);
    expect(allLogitsOf(shippedWeights(), sample)).toStrictEqual(allLogitsOf(fromReadable, sample));
  });

  it('give back negative, zero and extreme weights, and refuse what they cannot hold', () => {
    const weights: TriageWeights = {
      version: 1,
      dimensions: {
        topic: { classes: ['a', 'b'], weights: { x: [-32.767, 0], 'y z': [32.767, -0.001] } },
        importance: { classes: ['c'], weights: { x: [0.5] } },
        type: { classes: ['d'], weights: {} },
        urgency: { classes: ['e'], weights: { ü: [-1.5] } },
      },
    };
    expect(unpackWeights(packWeights(weights))).toStrictEqual(weights);
    const tooFine = {
      ...weights,
      dimensions: { ...weights.dimensions, type: { classes: ['d'], weights: { q: [0.0005] } } },
    };
    expect(() => packWeights(tooFine)).toThrow(/thousandths/);
  });
});
