// The triage model: per dimension (topic, importance, type, urgency) a multinomial logistic
// regression over the features of features.ts. Its weights are learned from the labelled corpus by
// `npm run train:triage` and ship in the bundle (weights.json); nothing is fetched at run time. The
// engagement's own keywords are added on top with a weight larger than any learned one.
import type { Reading } from './features';

export const DIMENSIONS = ['topic', 'importance', 'type', 'urgency'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface DimensionWeights {
  readonly classes: readonly string[];
  /** Feature → one weight per class, in the order of `classes`. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

export interface TriageWeights {
  readonly version: number;
  readonly dimensions: Readonly<Record<Dimension, DimensionWeights>>;
}

export interface Scored {
  /** The class with the highest probability. */
  readonly label: string;
  /** Its probability, 0–1: how sure the model is. */
  readonly confidence: number;
  /** Every class's probability, highest first. */
  readonly ranking: ReadonlyArray<{ readonly label: string; readonly probability: number }>;
}

/** Class → extra score (the engagement's keywords); classes outside `allowed` are left out. */
export interface Adjustment {
  readonly boost?: ReadonlyMap<string, number>;
  readonly allowed?: readonly string[];
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

export function logitsOf(model: DimensionWeights, features: readonly string[]): number[] {
  const logits = model.classes.map(() => 0);
  for (const feature of features) {
    const row = model.weights[feature];
    if (!row) continue;
    for (let c = 0; c < logits.length; c += 1) logits[c] = (logits[c] as number) + (row[c] ?? 0);
  }
  return logits;
}

// Every dimension's row of a feature side by side (a dimension that does not weigh the feature has
// zeros there), so a text's features are looked up once for all four dimensions, not once per
// dimension. All rows sit in one array, a feature's row starting at its index times the width. Built
// on first use per weights object (pure: the same weights always give the same table); the shipped
// weights bring theirs, built straight from the packed file (packed-weights.ts). Adding a zero leaves
// a sum as it was, so the sums are those of logitsOf.
export interface FlatWeights {
  /** Feature → its row (the row starts at row × width in `values`). */
  readonly rows: ReadonlyMap<string, number>;
  readonly values: Float64Array;
  /** Where each dimension's classes start in a row. */
  readonly offsets: readonly number[];
  readonly width: number;
}
const flatByWeights = new WeakMap<TriageWeights, FlatWeights>();

/** Where each dimension's classes start in a row of the flat table, and the row's width. */
export function flatLayout(classesOf: (dimension: Dimension) => readonly string[]): {
  offsets: number[];
  width: number;
} {
  const offsets: number[] = [];
  let width = 0;
  for (const dimension of DIMENSIONS) {
    offsets.push(width);
    width += classesOf(dimension).length;
  }
  return { offsets, width };
}

/** Hands the weights the table they would give, built another (faster) way. */
export function rememberFlat(weights: TriageWeights, flat: FlatWeights): void {
  flatByWeights.set(weights, flat);
}

function flatOf(weights: TriageWeights): FlatWeights {
  let flat = flatByWeights.get(weights);
  if (!flat) {
    const { offsets, width } = flatLayout((dimension) => weights.dimensions[dimension].classes);
    // Rows in code-unit order of the names, as packWeights sorts them: see allLogitsOf.
    const names = new Set<string>();
    for (const dimension of DIMENSIONS)
      for (const feature of Object.keys(weights.dimensions[dimension].weights)) names.add(feature);
    const rows = new Map<string, number>();
    for (const feature of [...names].sort()) rows.set(feature, rows.size);
    const values = new Float64Array(rows.size * width);
    DIMENSIONS.forEach((dimension, d) => {
      const { classes, weights: own } = weights.dimensions[dimension];
      for (const feature of Object.keys(own)) {
        const start = (rows.get(feature) as number) * width + (offsets[d] as number);
        const row = own[feature] as readonly number[];
        for (let c = 0; c < classes.length; c += 1) values[start + c] = row[c] ?? 0;
      }
    });
    flatByWeights.set(weights, (flat = { rows, values, offsets, width }));
  }
  return flat;
}

/**
 * logitsOf for every dimension at once, whatever order the features come in: the rows are added in
 * the order of their names (rows are numbered that way), which is the order of a reading's sorted
 * features, so the sums are those of logitsOf to the last bit. Sorting row numbers is much cheaper
 * than sorting names.
 */
export function allLogitsOf(weights: TriageWeights, features: Iterable<string>): Record<Dimension, number[]> {
  const { rows, values, offsets, width } = flatOf(weights);
  const found: number[] = [];
  for (const feature of features) {
    const row = rows.get(feature);
    if (row !== undefined) found.push(row);
  }
  const ordered = Int32Array.from(found).sort();
  const sums = new Float64Array(width);
  for (const row of ordered) {
    const start = row * width;
    for (let c = 0; c < width; c += 1) sums[c] = (sums[c] as number) + (values[start + c] as number);
  }
  return Object.fromEntries(
    DIMENSIONS.map((dimension, d) => {
      const from = offsets[d] as number;
      return [
        dimension,
        Array.from(sums.subarray(from, from + weights.dimensions[dimension].classes.length)),
      ];
    }),
  ) as Record<Dimension, number[]>;
}

/** `learned`: the model's logits for the reading when already worked out (allLogitsOf). */
export function scoreDimension(
  model: DimensionWeights,
  reading: Reading,
  adjustment: Adjustment = {},
  learnedLogits?: readonly number[],
): Scored {
  const { allowed, boost } = adjustment;
  const learned = learnedLogits ?? logitsOf(model, reading.features);
  // The classes left (all, or the allowed ones, in the model's order, then the allowed ones the model
  // does not know) and their adjusted logits. An unknown class starts one below the lowest logit so
  // far, each further one below the one before.
  const labels: string[] = [];
  const logits: number[] = [];
  const { classes } = model;
  let lowest = Infinity;
  for (let index = 0; index < classes.length; index += 1) {
    const label = classes[index] as string;
    const logit = learned[index] as number;
    if (logit < lowest) lowest = logit;
    if (allowed && !allowed.includes(label)) continue;
    labels.push(label);
    logits.push(logit + (boost?.get(label) ?? 0));
  }
  if (allowed) {
    for (const extra of allowed) {
      if (classes.includes(extra) || labels.includes(extra)) continue;
      lowest -= 1;
      labels.push(extra);
      logits.push(lowest + (boost?.get(extra) ?? 0));
    }
  }
  const probabilities = softmax(logits);
  const ranking = labels
    .map((label, index) => ({ label, probability: probabilities[index] as number }))
    .sort((a, b) => b.probability - a.probability || a.label.localeCompare(b.label));
  const top = ranking[0] ?? { label: classes[0] ?? '', probability: 0 };
  return { label: top.label, confidence: top.probability, ranking };
}
