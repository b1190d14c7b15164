// Mutations of engagement files for the fuzz: what a careless edit, a bad merge or a hostile author
// does to a file. Deterministic for a seed, so a failure can be replayed from its index.
import { parseDocument } from 'yaml';

/** mulberry32: a small, fast, seedable generator; the same seed gives the same files everywhere. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, max: number): number => Math.floor(random() * max);

const CHARACTERS = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '!',
  "'",
  '"',
  '#',
  '\t',
  '|',
  '>',
  '?',
  ',',
  '%',
  '@',
  '`',
  '\u202e',
  '\u0000',
  '\uFEFF',
  '\n',
  ' ',
];
const NUMBERS = [
  '0',
  '-1',
  '1.5',
  '260',
  '261',
  '5000',
  '1e20',
  '1e400',
  '.nan',
  '.inf',
  '-.inf',
  '0x10',
  '99999999999999999999',
];
const DATES = [
  '9999-12-31',
  '0001-01-01',
  '1999-12-31',
  '2000-01-01',
  '2099-12-31',
  '2100-01-01',
  '2026-02-30',
  '2026-13-01',
  '2026-12-04T24:00',
  '2027-02-19T17:00',
  '20261204',
  '2026-12-04',
];
const DURATIONS = [
  '0h',
  '1 minute',
  '100000 business hours',
  '2080 business hours',
  '2081 business hours',
  '260 business days',
  '261 business days',
  '1e20h',
  '366 days',
  '52 weeks',
  '53 weeks',
  '1.5 days',
  'soon',
  '3 ngày làm việc',
];
const TEXTS = [
  '',
  ' ',
  'x'.repeat(51),
  'y'.repeat(201),
  'z'.repeat(3_000),
  '*Final*',
  '&anchor',
  '::error file=a::b',
  '@everyone',
  '#1 GH-2',
  '\u202eevil',
  'Europe/Berln',
  'E'.repeat(70),
  'null',
  '~',
  'yes',
];
const VALUES: readonly unknown[] = [
  ...NUMBERS.map(Number),
  ...DATES,
  ...DURATIONS,
  ...TEXTS,
  true,
  null,
  [],
  {},
  [5000],
  [1, 2, 3],
  ['mon'],
  { start: '09:00', end: '09:01' },
];

/** Every path of a parsed document, to aim structural mutations at real fields. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value))
    return [prefix, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (value !== null && typeof value === 'object') {
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  }
  return [prefix];
}

function textMutation(text: string, random: Random): string {
  const lines = text.split('\n');
  const at = int(random, lines.length);
  switch (int(random, 10)) {
    case 0:
      lines.splice(at, 1);
      return lines.join('\n');
    case 1:
      lines.splice(at, 0, lines[int(random, lines.length)]!);
      return lines.join('\n');
    case 2: {
      const other = int(random, lines.length);
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
      return lines.join('\n');
    }
    case 3: {
      const position = int(random, text.length + 1);
      return `${text.slice(0, position)}${pick(random, CHARACTERS)}${text.slice(position)}`;
    }
    case 4:
      return text.slice(0, int(random, text.length + 1));
    case 5:
      lines[at] = random() < 0.5 ? ` ${lines[at]}` : lines[at]!.replace(/^ /u, '');
      return lines.join('\n');
    case 6:
      return text.replace(/\b\d+(?:\.\d+)?\b/u, () => pick(random, NUMBERS));
    case 7:
      return text.replace(/\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?\b/gu, (date) =>
        random() < 0.3 ? pick(random, DATES) : date,
      );
    case 8: {
      const words = text.match(/[A-Za-z_]{3,}/gu) ?? ['x'];
      return text.replace(pick(random, words), pick(random, words));
    }
    default:
      lines[at] = `${lines[at]!.replace(/:.*$/u, ':')} ${pick(random, [...NUMBERS, ...DATES, ...DURATIONS])}`;
      return lines.join('\n');
  }
}

function structureMutation(text: string, random: Random): string {
  const doc = parseDocument(text, { schema: 'core' });
  if (doc.errors.length > 0) return textMutation(text, random);
  const paths = pathsOf(doc.toJS()).filter((path) => path.length > 0);
  if (paths.length === 0) return textMutation(text, random);
  const path = pick(random, paths);
  if (random() < 0.15) doc.deleteIn(path);
  else doc.setIn(path, structuredClone(pick(random, VALUES)));
  return doc.toString({ lineWidth: 0 });
}

/** One to four mutations of `text`. */
export function mutate(text: string, random: Random): string {
  let result = text;
  const rounds = 1 + int(random, 4);
  for (let round = 0; round < rounds; round += 1) {
    result = random() < 0.5 ? structureMutation(result, random) : textMutation(result, random);
  }
  return result;
}
