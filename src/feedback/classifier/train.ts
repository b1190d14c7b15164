// Training of the triage model: multinomial logistic regression by stochastic gradient descent, in a
// fixed order with fixed settings, so the same corpus always gives the same weights (the staleness
// test retrains and compares). Texts with diacritics are also learned folded, as the same client
// would have typed them without diacritics.
import { fold } from '../text';
import { readText, SEVERITY_ONLY, TYPE_ONLY, type Reading } from './features';
import { priorRow } from './priors';
import { DIMENSIONS, softmax, type Dimension, type DimensionWeights, type TriageWeights } from './model';

export const WEIGHTS_VERSION = 1;

export interface LabelledExample {
  readonly text: string;
  readonly labels: Readonly<Record<Dimension, string>>;
}

const EPOCHS = 30;
const LEARNING_RATE = 0.15;
const L2 = 0.02;
/** Weights smaller than this are dropped from the bundle: they change no decision. */
const PRUNE_BELOW = 0.05;
/** A feature must occur in this many training texts to be learned (lexicon features always are). */
const MIN_SEEN = 3;

export function readingsOf(example: LabelledExample): Reading[] {
  const reading = readText(example.text);
  if (reading.mode === 'folded') return [reading];
  return [reading, readText(fold(example.text))];
}

function trainDimension(
  dimension: Dimension,
  classes: readonly string[],
  samples: ReadonlyArray<{ readonly features: readonly string[]; readonly label: string }>,
): DimensionWeights {
  const n = classes.length;
  // Features seen once only are the corpus's accidents, not language: they are not learned.
  const seen = new Map<string, number>();
  for (const sample of samples)
    for (const feature of sample.features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const rows = new Map<string, Float64Array>();
  const priors = new Map<string, Float64Array>();
  const rowOf = (feature: string): Float64Array => {
    let row = rows.get(feature);
    if (!row) {
      const prior = priorRow(feature, dimension, classes);
      row = prior ? Float64Array.from(prior) : new Float64Array(n);
      if (prior) priors.set(feature, Float64Array.from(prior));
      rows.set(feature, row);
    }
    return row;
  };
  const learnable = samples.map((sample) => ({
    target: classes.indexOf(sample.label),
    rows: sample.features
      .filter((feature) => dimension === 'type' || !TYPE_ONLY.has(feature))
      .filter(
        (feature) => dimension === 'importance' || dimension === 'urgency' || !SEVERITY_ONLY.has(feature),
      )
      .filter((feature) => (seen.get(feature) ?? 0) >= MIN_SEEN || priorRow(feature, dimension, classes))
      .map((feature) => ({ row: rowOf(feature), prior: priors.get(feature) })),
  }));
  const logits = new Float64Array(n);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const rate = LEARNING_RATE / (1 + epoch * 0.1);
    // A fixed, epoch-dependent order: every sample once per epoch, never the same sequence twice.
    const stride = 7 + 2 * epoch;
    const step = learnable.length > 0 && gcd(stride, learnable.length) === 1 ? stride : 1;
    for (let k = 0; k < learnable.length; k += 1) {
      const sample = learnable[(k * step) % learnable.length] as (typeof learnable)[number];
      logits.fill(0);
      for (const { row } of sample.rows)
        for (let c = 0; c < n; c += 1) logits[c] = (logits[c] as number) + (row[c] as number);
      const probabilities = softmax([...logits]);
      for (const { row, prior } of sample.rows) {
        for (let c = 0; c < n; c += 1) {
          const gradient = (c === sample.target ? 1 : 0) - (probabilities[c] as number);
          // Regularised towards the prior (or zero): a few examples move a weight, they do not flip it.
          const current = row[c] as number;
          row[c] = current - rate * L2 * (current - (prior?.[c] ?? 0)) + rate * gradient;
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const feature of [...rows.keys()].sort()) {
    const row = [...(rows.get(feature) as Float64Array)].map((w) => Math.round(w * 1000) / 1000);
    if (row.some((w) => Math.abs(w) >= PRUNE_BELOW)) weights[feature] = row;
  }
  return { classes, weights };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function trainWeights(
  examples: readonly LabelledExample[],
  classes: Readonly<Record<Dimension, readonly string[]>>,
): TriageWeights {
  const readings = examples.map((example) => ({ example, readings: readingsOf(example) }));
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((dimension) => [
      dimension,
      trainDimension(
        dimension,
        classes[dimension],
        readings.flatMap(({ example, readings: list }) =>
          list.map((reading) => ({ features: reading.features, label: example.labels[dimension] })),
        ),
      ),
    ]),
  ) as Record<Dimension, DimensionWeights>;
  return { version: WEIGHTS_VERSION, dimensions };
}
