// The shipped weights in a compact form for the bundle (weights.packed.json, about a fifth of
// weights.json): every feature name once, sorted and front-coded (each name says how many leading
// characters it shares with the one before it, as one base64 digit, then the rest; names separated
// by `|`, which needs no escaping where the bundle embeds the file); per dimension, which of those
// names it weighs (one bit each) and its weights in thousandths as zigzag varints (most weights are
// small: one byte), base64. weights.json stays the readable file that reviews diff; `npm run
// train:triage` writes both and a test keeps them equal.
import {
  DIMENSIONS,
  flatLayout,
  rememberFlat,
  type Dimension,
  type DimensionWeights,
  type FlatWeights,
  type TriageWeights,
} from './model';

export interface PackedWeights {
  readonly version: number;
  /** Every feature name of every dimension, sorted and front-coded, separated by `|`. */
  readonly features: string;
  readonly dimensions: Readonly<
    Record<
      Dimension,
      { readonly classes: readonly string[]; readonly present: string; readonly weights: string }
    >
  >;
}

const SCALE = 1000;
const SEPARATOR = '|';
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const MAX_SHARED = DIGITS.length - 1;

function toBase64(bytes: readonly number[]): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.slice(i, i + 0x2000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A signed whole number as a zigzag varint: 7 bits a byte, small magnitudes in one byte. */
function pushVarint(bytes: number[], value: number): void {
  let zigzag = value < 0 ? -2 * value - 1 : 2 * value;
  while (zigzag >= 0x80) {
    bytes.push((zigzag & 0x7f) | 0x80);
    zigzag >>>= 7;
  }
  bytes.push(zigzag);
}

function frontCoded(names: readonly string[]): string {
  return names
    .map((name, i) => {
      const before = names[i - 1] ?? '';
      let shared = 0;
      while (shared < MAX_SHARED && shared < before.length && before[shared] === name[shared]) shared += 1;
      return DIGITS[shared] + name.slice(shared);
    })
    .join(SEPARATOR);
}

function namesOf(features: string): string[] {
  const names: string[] = [];
  for (const line of features.split(SEPARATOR)) {
    const shared = DIGITS.indexOf(line[0] ?? '');
    names.push((names[names.length - 1] ?? '').slice(0, shared) + line.slice(1));
  }
  return names;
}

/** Refuses weights it cannot give back exactly (not whole thousandths, or a name it cannot hold). */
export function packWeights(weights: TriageWeights): PackedWeights {
  const all = new Set<string>();
  for (const dimension of DIMENSIONS) {
    for (const feature of Object.keys(weights.dimensions[dimension].weights)) {
      if (feature.includes(SEPARATOR) || feature === '__proto__')
        throw new Error(`feature ${JSON.stringify(feature)} cannot be packed`);
      all.add(feature);
    }
  }
  const names = [...all].sort();
  const dimensions = {} as Record<Dimension, PackedWeights['dimensions'][Dimension]>;
  for (const dimension of DIMENSIONS) {
    const model = weights.dimensions[dimension];
    const present = new Array<number>(Math.ceil(names.length / 8)).fill(0);
    const bytes: number[] = [];
    names.forEach((feature, index) => {
      const row = Object.hasOwn(model.weights, feature) ? model.weights[feature] : undefined;
      if (!row) return;
      present[index >> 3] = (present[index >> 3] as number) | (1 << (index & 7));
      if (row.length !== model.classes.length)
        throw new Error(`${dimension} ${feature}: one weight per class`);
      for (const weight of row) {
        const whole = Math.round(weight * SCALE);
        if (whole / SCALE !== weight || !Number.isSafeInteger(2 * Math.abs(whole) + 1))
          throw new Error(`${dimension} ${feature}: ${weight} is not a whole number of thousandths`);
        pushVarint(bytes, whole);
      }
    });
    dimensions[dimension] = { classes: model.classes, present: toBase64(present), weights: toBase64(bytes) };
  }
  return { version: weights.version, features: frontCoded(names), dimensions };
}

/** Reads one dimension's weights in the order they were packed: `take(feature, weights)` per feature. */
function readDimension(
  names: readonly string[],
  packed: PackedWeights['dimensions'][Dimension],
  take: (feature: string, index: number, next: () => number) => void,
): void {
  const bits = fromBase64(packed.present);
  const bytes = fromBase64(packed.weights);
  let at = 0;
  const next = (): number => {
    let zigzag = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++] as number;
      zigzag += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 0x80;
    }
    return (zigzag % 2 === 1 ? -(zigzag + 1) / 2 : zigzag / 2) / SCALE;
  };
  names.forEach((name, index) => {
    if ((((bits[index >> 3] as number) >> (index & 7)) & 1) === 0) return;
    take(name, index, next);
  });
}

export function unpackWeights(packed: PackedWeights): TriageWeights {
  const names = namesOf(packed.features);
  const dimensions = {} as Record<Dimension, DimensionWeights>;
  for (const dimension of DIMENSIONS) {
    const { classes } = packed.dimensions[dimension];
    const rows: Record<string, number[]> = {};
    readDimension(names, packed.dimensions[dimension], (name, _index, next) => {
      rows[name] = classes.map(() => next());
    });
    dimensions[dimension] = { classes, weights: rows };
  }
  return { version: packed.version, dimensions };
}

/**
 * The flat table of allLogitsOf, read straight from the packed weights: what a run needs of the model,
 * in a tenth of the time unpacking every feature into an object takes (a cold start pays it).
 */
export function flatOfPacked(packed: PackedWeights): FlatWeights {
  const names = namesOf(packed.features);
  const { offsets, width } = flatLayout((dimension) => packed.dimensions[dimension].classes);
  const rows = new Map<string, number>();
  names.forEach((name, index) => rows.set(name, index));
  const values = new Float64Array(names.length * width);
  DIMENSIONS.forEach((dimension, d) => {
    const classes = packed.dimensions[dimension].classes.length;
    readDimension(names, packed.dimensions[dimension], (_name, index, next) => {
      const start = index * width + (offsets[d] as number);
      for (let c = 0; c < classes; c += 1) values[start + c] = next();
    });
  });
  return { rows, values, offsets, width };
}

/**
 * The weights as TriageWeights whose per-feature objects are unpacked only when something reads them
 * (training, evaluation, tests): a run scores texts from the flat table alone.
 */
export function lazyWeights(packed: PackedWeights): TriageWeights {
  let unpacked: TriageWeights | undefined;
  const full = (): TriageWeights => (unpacked ??= unpackWeights(packed));
  const dimensions = {} as Record<Dimension, DimensionWeights>;
  for (const dimension of DIMENSIONS) {
    const classes = packed.dimensions[dimension].classes;
    dimensions[dimension] = Object.defineProperty({ classes }, 'weights', {
      enumerable: true,
      get: () => full().dimensions[dimension].weights,
    }) as DimensionWeights;
  }
  const weights: TriageWeights = { version: packed.version, dimensions };
  rememberFlat(weights, flatOfPacked(packed));
  return weights;
}
