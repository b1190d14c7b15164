// The shipped weights in a compact form for the bundle (weights.packed.json, about a third of
// weights.json): every feature name once, and per dimension its features' indexes (unsigned 16-bit)
// and weights in thousandths (signed 16-bit), base64. weights.json stays the readable file that
// reviews diff; `npm run train:triage` writes both and a test keeps them equal.
import { DIMENSIONS, type Dimension, type DimensionWeights, type TriageWeights } from './model';

export interface PackedWeights {
  readonly version: number;
  /** Every feature name of every dimension, one per line. */
  readonly features: string;
  readonly dimensions: Readonly<
    Record<
      Dimension,
      { readonly classes: readonly string[]; readonly indexes: string; readonly weights: string }
    >
  >;
}

const SCALE = 1000;

function toBase64(values: readonly number[], signed: boolean): string {
  let binary = '';
  for (const value of values) {
    const word = signed && value < 0 ? value + 0x10000 : value;
    binary += String.fromCharCode(word & 0xff, word >> 8);
  }
  return btoa(binary);
}

function fromBase64(text: string, signed: boolean): number[] {
  const binary = atob(text);
  const values: number[] = [];
  for (let i = 0; i < binary.length; i += 2) {
    const word = binary.charCodeAt(i) | (binary.charCodeAt(i + 1) << 8);
    values.push(signed && word >= 0x8000 ? word - 0x10000 : word);
  }
  return values;
}

/** Refuses weights it cannot give back exactly (not whole thousandths, or outside 16 bits). */
export function packWeights(weights: TriageWeights): PackedWeights {
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  const dimensions = {} as Record<Dimension, PackedWeights['dimensions'][Dimension]>;
  for (const dimension of DIMENSIONS) {
    const model = weights.dimensions[dimension];
    const indexes: number[] = [];
    const thousandths: number[] = [];
    for (const [feature, row] of Object.entries(model.weights)) {
      if (feature.includes('\n') || feature === '__proto__')
        throw new Error(`feature ${JSON.stringify(feature)} cannot be packed`);
      let index = indexOf.get(feature);
      if (index === undefined) {
        index = names.push(feature) - 1;
        indexOf.set(feature, index);
      }
      indexes.push(index);
      if (row.length !== model.classes.length)
        throw new Error(`${dimension} ${feature}: one weight per class`);
      for (const weight of row) {
        const whole = Math.round(weight * SCALE);
        if (whole / SCALE !== weight || Math.abs(whole) >= 0x8000) {
          throw new Error(`${dimension} ${feature}: ${weight} is not a 16-bit number of thousandths`);
        }
        thousandths.push(whole);
      }
    }
    if (names.length > 0xffff) throw new Error('more than 65,535 features');
    dimensions[dimension] = {
      classes: model.classes,
      indexes: toBase64(indexes, false),
      weights: toBase64(thousandths, true),
    };
  }
  return { version: weights.version, features: names.join('\n'), dimensions };
}

export function unpackWeights(packed: PackedWeights): TriageWeights {
  const names = packed.features.split('\n');
  const dimensions = {} as Record<Dimension, DimensionWeights>;
  for (const dimension of DIMENSIONS) {
    const { classes, indexes, weights } = packed.dimensions[dimension];
    const width = classes.length;
    const values = fromBase64(weights, true);
    const rows: Record<string, number[]> = {};
    fromBase64(indexes, false).forEach((index, f) => {
      rows[names[index] as string] = values.slice(f * width, (f + 1) * width).map((whole) => whole / SCALE);
    });
    dimensions[dimension] = { classes, weights: rows };
  }
  return { version: packed.version, dimensions };
}
