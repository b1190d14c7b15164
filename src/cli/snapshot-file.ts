// Reads a recorded snapshot (`engagement-keeper snapshot --out file.json`) and checks it before the
// planner sees it: a hand-made, cut-off or hostile file gets every problem at its file:line:column with
// the field path and what to do, the way the engagement file's errors read. The JSON is scanned by hand
// first (JSON.parse says neither line nor column the same way on every Node version), then the data is
// checked with a zod schema that follows `Snapshot` in src/core/snapshot.ts, then with what the planner
// relies on beyond the types (times that parse, issue numbers that are positive and unique).
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { AUTHOR_ASSOCIATIONS, type Snapshot } from '../core/snapshot';
import { byPosition, formatLocatedError, type LocatedError } from '../engagement/load-yaml';
import { quoted } from '../engagement/quote';
import { didYouMean } from '../engagement/suggest';
import { formatPath, locateMissing, locatePath, spanOf, type FieldPath } from '../engagement/yaml-positions';

export type SnapshotLoad = { ok: true; snapshot: Snapshot } | { ok: false; errors: LocatedError[] };

/** More errors than this say nothing new: the rest are counted, not listed. */
export const MAX_SHOWN_ERRORS = 20;
/** The deepest nesting a snapshot may have; a recorded one has 5 levels. */
export const MAX_NESTING = 64;
/**
 * Up to this many characters, problems are located on the YAML document of the text (`yaml` reads JSON
 * with source ranges). Its document takes about 35 bytes of memory per character, so a larger file is
 * located by the JSON scanner instead, which keeps nothing but the places it was asked for.
 */
export const YAML_LOCATE_LIMIT = 16 * 1024 * 1024;

const EXAMPLE_TIME = '2026-11-30T09:00:00Z';
const RECORD_AGAIN =
  'record the snapshot again with `engagement-keeper snapshot --repo owner/name --out <file>`';

// ---------------------------------------------------------------------------------------------------
// The schema: `Snapshot` as it is, unknown keys allowed (a newer version may write more).

/**
 * The years a time may fall in. GitHub's own start in 2008; the planner works out the business days
 * (holidays included) between the earliest time and now, so a year 0001 would keep it busy for hours.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2199;

/** Whether an instant falls in the years a snapshot may hold (also the bound for `plan --now`). */
export function withinSnapshotYears(instant: Date): boolean {
  const year = instant.getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

const TIME_SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?$/u;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What is wrong with a time the planner will read with `new Date(…)`, or undefined when nothing is. */
function timeProblem(value: string): { message: string; hint: string } | undefined {
  const match = TIME_SHAPE.exec(value);
  if (!match) {
    return {
      message: `${quoted(value)} is not a time`,
      hint: `write an ISO 8601 time such as ${EXAMPLE_TIME}`,
    };
  }
  const [year, month, day, hour, minute, second, , zoneHour, zoneMinute] = [
    match[1],
    match[2],
    match[3],
    match[4],
    match[5],
    match[6] ?? '0',
    match[7],
    match[8] ?? '0',
    match[9] ?? '0',
  ].map(Number) as number[];
  const onCalendar =
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysIn(year!, month!) &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    zoneHour! <= 23 &&
    zoneMinute! <= 59;
  if (!onCalendar || Number.isNaN(Date.parse(value))) {
    return {
      message: `${quoted(value)} is not on the calendar`,
      hint: `write an ISO 8601 time such as ${EXAMPLE_TIME}`,
    };
  }
  if (year! < FIRST_YEAR || year! > LAST_YEAR) {
    return {
      message: `${quoted(value)} is outside the years a snapshot holds (${FIRST_YEAR} to ${LAST_YEAR})`,
      hint: `GitHub's times start in 2008: write when it happened, such as ${EXAMPLE_TIME}`,
    };
  }
  if (match[7] === undefined) {
    return {
      message: `${quoted(value)} has no time zone`,
      hint: `end it with Z for UTC, e.g. ${EXAMPLE_TIME}, or with an offset such as +07:00`,
    };
  }
  return undefined;
}

const time = z.string().superRefine((value, ctx) => {
  const problem = timeProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { hint: problem.hint } });
});
/** GitHub numbers issues and pull requests from 1. */
const issueNumber = z.int().positive();
const reactionCount = z.int().nonnegative();

const author = z.looseObject({
  login: z.string(),
  association: z.enum(AUTHOR_ASSOCIATIONS),
});

const comment = z.looseObject({
  id: z.int(),
  author,
  createdAt: time,
  updatedAt: time,
  body: z.string(),
  edited: z.boolean(),
  url: z.string(),
  reactions: z.record(z.string(), reactionCount).optional(),
});

const closingChange = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('pull-request'), number: issueNumber, title: z.string(), url: z.string() }),
  z.looseObject({ kind: z.literal('commit'), sha: z.string(), title: z.string(), url: z.string() }),
]);

const modelTriage = z.looseObject({
  model: z.string(),
  topic: z.string(),
  importance: z.enum(['urgent', 'important', 'not_important']),
  type: z.enum(['positive', 'negative', 'neutral']),
  urgency: z.enum(['high', 'normal', 'low']),
});

const issue = z.looseObject({
  number: issueNumber,
  nodeId: z.string().optional(),
  title: z.string(),
  body: z.string(),
  state: z.enum(['open', 'closed']),
  stateReason: z.string().nullable(),
  author,
  labels: z.array(z.string()),
  assignees: z.array(z.string()),
  createdAt: time,
  updatedAt: time,
  closedAt: time.nullable(),
  url: z.string(),
  milestone: z.looseObject({ title: z.string(), dueOn: time.nullable() }).nullable(),
  comments: z.array(comment),
  pinned: z.boolean().optional(),
  bodyEdits: z.array(z.looseObject({ editedAt: time, body: z.string() })).optional(),
  closedBy: z.string().nullable().optional(),
  closedWith: closingChange.nullable().optional(),
  notesDeletedAt: z.array(time).optional(),
  modelTriage: modelTriage.optional(),
  place: z.literal('internal').optional(),
});

const label = z.looseObject({
  name: z.string(),
  nodeId: z.string().optional(),
  color: z.string(),
  description: z.string().nullable(),
});

const repository = z.looseObject({ owner: z.string(), name: z.string(), url: z.string().optional() });

export const snapshotSchema = z.looseObject({
  repository,
  botLogin: z.string(),
  readAt: time,
  scope: z.discriminatedUnion('kind', [
    z.looseObject({ kind: z.literal('full') }),
    z.looseObject({ kind: z.literal('issue'), number: issueNumber }),
  ]),
  issues: z.array(issue),
  labels: z.array(label),
  engagementFileAddedAt: time.nullable().optional(),
  writers: z.array(z.string()).optional(),
  assignable: z.array(z.looseObject({ login: z.string(), nodeId: z.string() })).optional(),
  internal: z.looseObject({ repository, issues: z.array(issue), labels: z.array(label) }).optional(),
});

// Both ways, so the schema cannot drift from the type: every snapshot the type allows passes the
// schema's shape, and whatever passes the schema is a snapshot.
type Assignable<To, From extends To> = From;
type Mutable<T> = T extends readonly (infer U)[]
  ? Array<Mutable<U>>
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
export type SchemaTakesEverySnapshot = Assignable<z.input<typeof snapshotSchema>, Mutable<Snapshot>>;
export type SchemaGivesASnapshot = Assignable<Snapshot, z.output<typeof snapshotSchema>>;

// ---------------------------------------------------------------------------------------------------
// The JSON scanner: the first syntax error with its place and path, and (asked for) where given paths
// are written. Iterative, linear in the text, and it keeps no values.

/** A place asked for: where its key and its value are written, once the scan has passed them. */
export interface Wanted {
  readonly children: Map<string | number, Wanted>;
  keyRange?: [number, number];
  valueRange?: [number, number];
}

interface SyntaxProblem {
  readonly offset: number;
  readonly endOffset: number;
  readonly path: FieldPath;
  readonly message: string;
  readonly hint: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

interface Frame {
  readonly kind: 'object' | 'array';
  readonly open: number;
  /** Array: the index of the item being read. */
  index: number;
  /** Object: the key of the member being read. */
  key: string | undefined;
  readonly keys: Set<string> | undefined;
  readonly wanted: Wanted | undefined;
  /** Object: the place asked for under the key being read. */
  member: Wanted | undefined;
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[\p{L}\p{N}_$.+-]+/uy;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function shown(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0xa0) || code === 0x2028 || code === 0x2029) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `\`${char}\``;
}

function wordAt(text: string, offset: number): string {
  WORD.lastIndex = offset;
  return WORD.exec(text)?.[0] ?? text.charAt(offset);
}

function valueHint(): string {
  return 'a value is text in double quotes, a number, true, false, null, an object `{…}` or a list `[…]`';
}

/** Scans JSON text: the first syntax error, or undefined. Fills in the places of `wanted` as it passes. */
export function scanJson(text: string, wanted?: Wanted): SyntaxProblem | undefined {
  const stack: Frame[] = [];
  let at = 0;
  // Set inside the helpers below as well, which control-flow narrowing does not see.
  let expect = 'value' as Expect;
  let valueEnd = 0;
  let comma = 0;
  let keyEnd = 0;
  const path = (): FieldPath =>
    stack.flatMap((frame): Array<string | number> =>
      frame.kind === 'array' ? [frame.index] : frame.key === undefined ? [] : [frame.key],
    );
  const problem = (offset: number, endOffset: number, message: string, hint: string): SyntaxProblem => ({
    offset,
    endOffset: Math.max(endOffset, offset + 1),
    path: path(),
    message: `JSON: ${message}`,
    hint,
  });
  /** A `,` with nothing after it: the path is the list's or the object's, not the item that is not there. */
  const trailingComma = (message: string): SyntaxProblem => {
    const { path: inside, ...rest } = problem(comma, comma + 1, message, 'remove this comma');
    const frame = stack[stack.length - 1];
    return { ...rest, path: frame?.kind === 'array' ? inside.slice(0, -1) : inside };
  };
  /** The place asked for where the next value is written. */
  const target = (): Wanted | undefined => {
    const frame = stack[stack.length - 1];
    if (!frame) return wanted;
    return frame.kind === 'array' ? frame.wanted?.children.get(frame.index) : frame.member;
  };
  const done = (end: number): void => {
    valueEnd = end;
    expect = stack.length > 0 ? 'comma-or-close' : 'end';
  };
  /** Reads a string from its opening quote; its end, or the problem. */
  const scanString = (start: number): number | SyntaxProblem => {
    let offset = start + 1;
    for (;;) {
      // Up to the next quote, backslash or control character (below U+0020: JSON wants those escaped).
      let code = text.charCodeAt(offset);
      while (code !== 0x22 && code !== 0x5c && code >= 0x20) {
        offset += 1;
        code = text.charCodeAt(offset);
      }
      if (offset >= text.length || (code === 0x5c && offset + 1 >= text.length)) {
        return problem(start, start + 1, 'this string is never closed', 'end it with `"`');
      }
      const char = text.charAt(offset);
      if (char === '"') return offset + 1;
      if (char === '\\') {
        const escaped = text.charAt(offset + 1);
        if (ESCAPES.has(escaped)) {
          offset += 2;
        } else if (escaped === 'u' && /^[0-9a-fA-F]{4}$/u.test(text.slice(offset + 2, offset + 6))) {
          offset += 6;
        } else {
          return problem(
            offset,
            offset + 2,
            `\`\\${escaped}\` is not an escape JSON knows`,
            'write `\\\\` for a backslash; the escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits',
          );
        }
      } else {
        return problem(
          offset,
          offset + 1,
          `a control character (${shown(char)}) is written as it is inside a string`,
          'write a line break as \\n and a tab as \\t',
        );
      }
    }
  };
  const open = (kind: 'object' | 'array', into: Wanted | undefined): SyntaxProblem | undefined => {
    if (stack.length >= MAX_NESTING) {
      return problem(
        at,
        at + 1,
        `nests objects and lists more than ${MAX_NESTING} levels deep`,
        `a snapshot needs about 5 levels: ${RECORD_AGAIN}`,
      );
    }
    stack.push({
      kind,
      open: at,
      index: 0,
      key: undefined,
      keys: kind === 'object' ? new Set() : undefined,
      wanted: into,
      member: undefined,
    });
    expect = kind === 'object' ? 'key-or-close' : 'value-or-close';
    at += 1;
    return undefined;
  };
  const close = (): void => {
    const frame = stack.pop() as Frame;
    if (frame.wanted?.valueRange) frame.wanted.valueRange[1] = at + 1;
    at += 1;
    done(at);
  };
  const scanValue = (): SyntaxProblem | undefined => {
    const char = text.charAt(at);
    const into = target();
    if (into) into.valueRange = [at, at];
    if (char === '{' || char === '[') return open(char === '{' ? 'object' : 'array', into);
    let end: number;
    if (char === '"') {
      const scanned = scanString(at);
      if (typeof scanned !== 'number') return scanned;
      end = scanned;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = at;
      const number = NUMBER.exec(text);
      end = number ? NUMBER.lastIndex : at;
      if (!number || /[\p{L}\p{N}_$.+-]/u.test(text.charAt(end))) {
        const word = wordAt(text, at);
        return problem(
          at,
          at + word.length,
          `${quoted(word)} is not a JSON number`,
          'write digits without leading zeros (`12`, `-3`, `1.5`), or put text in double quotes',
        );
      }
    } else {
      const word = wordAt(text, at);
      if (word === 'true' || word === 'false' || word === 'null') {
        end = at + word.length;
      } else if (char === "'") {
        return problem(at, at + 1, 'text is written in double quotes, not single quotes', 'write "…"');
      } else if (char === '/' && (text.charAt(at + 1) === '/' || text.charAt(at + 1) === '*')) {
        return problem(at, at + 2, 'comments are not allowed in JSON', 'remove the comment');
      } else if (/^[\p{L}_$]/u.test(word)) {
        return problem(at, at + word.length, `${quoted(word)} is not a JSON value`, valueHint());
      } else {
        return problem(at, at + 1, `${shown(char)} cannot start a value`, valueHint());
      }
    }
    if (into?.valueRange) into.valueRange[1] = end;
    at = end;
    done(end);
    return undefined;
  };
  const scanKey = (): SyntaxProblem | undefined => {
    const frame = stack[stack.length - 1] as Frame;
    const char = text.charAt(at);
    if (char !== '"') {
      if (char === "'") {
        return problem(
          at,
          at + 1,
          'keys are written in double quotes, not single quotes',
          'write "key": value',
        );
      }
      const word = wordAt(text, at);
      if (/^[\p{L}_$]/u.test(word)) {
        return problem(
          at,
          at + word.length,
          `the key ${quoted(word)} is not in double quotes`,
          `write "${word.length <= 60 ? word : 'key'}": value`,
        );
      }
      return problem(at, at + 1, `${shown(char)} where a key in double quotes belongs`, 'write "key": value');
    }
    const scanned = scanString(at);
    if (typeof scanned !== 'number') return scanned;
    const raw = text.slice(at, scanned);
    const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    if (frame.keys?.has(key)) {
      return problem(
        at,
        scanned,
        `the key ${quoted(key)} is written twice in the same object`,
        'keep only one of them',
      );
    }
    frame.keys?.add(key);
    frame.key = key;
    frame.member = frame.wanted?.children.get(key);
    if (frame.member) frame.member.keyRange = [at, scanned];
    keyEnd = scanned;
    at = scanned;
    expect = 'colon';
    return undefined;
  };

  if (text.charCodeAt(0) === 0xfeff) at = 1;
  for (;;) {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(text);
    at = WHITESPACE.lastIndex;
    if (at >= text.length) {
      if (expect === 'end') return undefined;
      const frame = stack[stack.length - 1];
      if (!frame) {
        return {
          offset: 0,
          endOffset: 1,
          path: [],
          message: 'is empty: a snapshot is a JSON object',
          hint: RECORD_AGAIN,
        };
      }
      const bracket = frame.kind === 'object' ? '{' : '[';
      return problem(
        frame.open,
        frame.open + 1,
        `this \`${bracket}\` is never closed: the file ends first`,
        `was the file cut off? ${RECORD_AGAIN}, or close it with \`${frame.kind === 'object' ? '}' : ']'}\``,
      );
    }
    const char = text.charAt(at);
    const frame = stack[stack.length - 1];
    let found: SyntaxProblem | undefined;
    switch (expect) {
      case 'value-or-close':
      case 'value':
        if (char === ']' && frame?.kind === 'array') {
          if (expect === 'value-or-close') close();
          else found = trailingComma('a `,` after the last item of a list');
        } else {
          found = scanValue();
        }
        break;
      case 'key-or-close':
      case 'key':
        if (char === '}') {
          if (expect === 'key-or-close') close();
          else found = trailingComma('a `,` after the last member of an object');
        } else {
          found = scanKey();
        }
        break;
      case 'colon':
        if (char === ':') {
          at += 1;
          expect = 'value';
        } else {
          found = problem(
            keyEnd,
            keyEnd + 1,
            `a \`:\` is missing after the key ${quoted(frame?.key ?? '')}`,
            'write "key": value',
          );
        }
        break;
      case 'comma-or-close': {
        const owner = frame as Frame;
        const closer = owner.kind === 'object' ? '}' : ']';
        if (char === ',') {
          comma = at;
          at += 1;
          if (owner.kind === 'array') {
            owner.index += 1;
            expect = 'value';
          } else {
            owner.key = undefined;
            owner.member = undefined;
            expect = 'key';
          }
        } else if (char === closer) {
          close();
        } else if (char === '}' || char === ']') {
          found = problem(
            at,
            at + 1,
            `\`${char}\` closes the ${owner.kind === 'object' ? 'object' : 'list'} opened with \`${owner.kind === 'object' ? '{' : '['}\``,
            `close it with \`${closer}\``,
          );
        } else if (/["{[\-0-9tfn]/u.test(char)) {
          found = problem(
            valueEnd,
            valueEnd + 1,
            'a `,` is missing after this value',
            `add \`,\` here, before the next ${owner.kind === 'object' ? 'member' : 'item'}`,
          );
        } else {
          found = problem(
            at,
            at + 1,
            `${shown(char)} after a value`,
            `separate ${owner.kind === 'object' ? 'members' : 'items'} with \`,\` and close with \`${closer}\``,
          );
        }
        break;
      }
      case 'end':
        return {
          offset: at,
          endOffset: at + 1,
          path: [],
          message: 'JSON: more text follows the end of the snapshot',
          hint: 'a snapshot is one JSON object: remove what follows it',
        };
    }
    if (found) return found;
  }
}

/** Where a path is written, read from the places the scanner filled in (the same rules as `locatePath`). */
function locateScanned(root: Wanted, path: FieldPath, missing: boolean): [number, number] {
  const walk = (steps: FieldPath): { best: [number, number]; node: Wanted | undefined } => {
    let node: Wanted | undefined = root;
    let best: [number, number] = root.valueRange ?? [0, 0];
    for (const segment of steps) {
      node = node?.children.get(segment);
      if (!node?.valueRange) return { best, node: undefined };
      best = node.valueRange;
    }
    return { best, node };
  };
  if (!missing) return walk(path).best;
  const parent = path.slice(0, -1);
  if (parent.length === 0) return [0, 0];
  const { best, node } = walk(parent);
  if (typeof parent[parent.length - 1] === 'string' && node?.keyRange) return node.keyRange;
  return best;
}

// ---------------------------------------------------------------------------------------------------
// From zod's issues to problems a person can act on.

interface Problem {
  readonly path: FieldPath;
  readonly message: string;
  readonly hint: string;
  /** Point at the value, or (missing) at the object that should hold it. */
  readonly at: 'value' | 'missing';
}

type Issue = z.core.$ZodIssue;

/** An example value for a key, as JSON, for "add …". */
const EXAMPLES: Readonly<Record<string, string>> = {
  repository: '{ "owner": "acme", "name": "landing-page" }',
  owner: '"acme"',
  name: '"landing-page"',
  botLogin: '"github-actions[bot]"',
  readAt: `"${EXAMPLE_TIME}"`,
  scope: '{ "kind": "full" }',
  kind: '"full"',
  issues: '[]',
  labels: '[]',
  number: '12',
  title: '"Checkout fails on Safari"',
  body: '""',
  state: '"open"',
  stateReason: 'null',
  author: '{ "login": "acme-jane", "association": "NONE" }',
  login: '"acme-jane"',
  association: '"NONE"',
  assignees: '[]',
  createdAt: `"${EXAMPLE_TIME}"`,
  updatedAt: `"${EXAMPLE_TIME}"`,
  closedAt: 'null',
  editedAt: `"${EXAMPLE_TIME}"`,
  url: '"https://github.com/acme/landing-page/issues/12"',
  milestone: 'null',
  dueOn: 'null',
  comments: '[]',
  id: '1234567890',
  edited: 'false',
  color: '"0e8a16"',
  description: 'null',
  nodeId: '"I_kwDOABCD"',
  sha: '"0123456789abcdef0123456789abcdef01234567"',
  model: '"openai/gpt-4.1-mini"',
  topic: '"design"',
  importance: '"important"',
  type: '"negative"',
  urgency: '"normal"',
};

/** The example for a key; own keys only (a reaction may be named `constructor`). */
function exampleFor(key: string | number | undefined): string | undefined {
  return typeof key === 'string' && Object.hasOwn(EXAMPLES, key) ? EXAMPLES[key] : undefined;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  object: 'an object `{…}`',
  array: 'a list `[…]`',
  record: 'an object `{…}`',
};

function describe(value: unknown): string {
  if (value === null) return '`null`';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${quoted(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `\`${value}\``;
    default:
      return 'an object';
  }
}

const hasOwn = (value: unknown, key: string | number): boolean =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);

/** The value written at a path, and whether it is written at all. */
function valueAt(data: unknown, path: FieldPath): { written: boolean; value: unknown } {
  let value = data;
  for (const segment of path) {
    if (!hasOwn(value, segment)) return { written: false, value: undefined };
    value = (value as Record<string | number, unknown>)[segment];
  }
  return { written: true, value };
}

function acceptsNull(path: FieldPath): boolean {
  // Only these fields may be null in a snapshot; zod reports a wrong nullable value by its inner type.
  const key = path[path.length - 1];
  return (
    typeof key === 'string' &&
    [
      'stateReason',
      'closedAt',
      'milestone',
      'dueOn',
      'closedBy',
      'closedWith',
      'description',
      'engagementFileAddedAt',
    ].includes(key)
  );
}

function missing(path: FieldPath): Problem {
  const key = path[path.length - 1];
  const parent = path.slice(0, -1);
  const where = parent.length === 0 ? 'to the top-level object' : `to ${formatPath(parent)}`;
  const example = exampleFor(key);
  return {
    path,
    message: 'is required but missing',
    hint: `add "${String(key)}": ${example ?? '…'} ${where}`,
    at: 'missing',
  };
}

function typeHint(expected: string, value: unknown, path: FieldPath): string {
  if (path.length === 0)
    return `a snapshot is a JSON object with repository, botLogin, readAt, scope, issues and labels: ${RECORD_AGAIN}`;
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `put it in double quotes: "${String(value)}"`;
  }
  if (
    (expected === 'int' || expected === 'number') &&
    typeof value === 'string' &&
    /^-?\d+(\.\d+)?$/u.test(value)
  ) {
    return `remove the quotes: ${value}`;
  }
  if (expected === 'int' && typeof value === 'number') return 'write a whole number, e.g. 12';
  if (expected === 'boolean' && (value === 'true' || value === 'false')) return `remove the quotes: ${value}`;
  const key = path[path.length - 1];
  const example = exampleFor(key);
  if (expected === 'array') return `write a list: ${example ?? '[ … ]'}`;
  if (expected === 'object' || expected === 'record') {
    return `write an object: ${example?.startsWith('{') ? example : '{ "key": value, … }'}`;
  }
  if (example !== undefined) return `write it like ${example}`;
  return `write ${TYPE_WORDS[expected] ?? expected}`;
}

function oneOf(values: readonly unknown[]): string {
  const shownValues = values.map((value) => JSON.stringify(value));
  if (shownValues.length <= 1) return shownValues.join('');
  return `${shownValues.slice(0, -1).join(', ')} or ${shownValues[shownValues.length - 1]}`;
}

function problemOf(issue: Issue, data: unknown): Problem {
  const path = issue.path as Array<string | number>;
  const { written, value } = valueAt(data, path);
  if (!written) return missing(path);
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = TYPE_WORDS[issue.expected] ?? issue.expected;
      const orNull = acceptsNull(path) ? ' or `null`' : '';
      const what = path.length === 0 ? 'the file must be a JSON object' : `must be ${wanted}${orNull}`;
      return {
        path,
        message: `${what}, not ${describe(value)}`,
        hint: typeHint(issue.expected, value, path),
        at: 'value',
      };
    }
    case 'invalid_value': {
      const suggestion = typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined;
      return {
        path,
        message: `must be ${oneOf(issue.values)}, not ${describe(value)}`,
        hint: suggestion ?? `write ${issue.values.length === 1 ? 'it' : 'one of them'} in double quotes`,
        at: 'value',
      };
    }
    case 'invalid_union': {
      // A discriminated union (`scope`, `closedWith`): zod points at the discriminator.
      const options = (issue as { options?: unknown[] }).options ?? [];
      const suggestion = typeof value === 'string' ? didYouMean(value, options.map(String)) : undefined;
      return {
        path,
        message:
          options.length > 0
            ? `must be ${oneOf(options)}, not ${describe(value)}`
            : 'has a shape a snapshot does not have',
        hint: suggestion ?? RECORD_AGAIN,
        at: 'value',
      };
    }
    case 'too_small':
    case 'too_big': {
      const count = issue.code === 'too_small' && Number(issue.minimum) === 0 && issue.inclusive !== false;
      if (count)
        return {
          path,
          message: `must be 0 or more, not ${describe(value)}`,
          hint: 'a count is never negative',
          at: 'value',
        };
      if (issue.code === 'too_small') {
        return {
          path,
          message: `must be 1 or more, not ${describe(value)}`,
          hint: 'GitHub numbers issues and pull requests from 1',
          at: 'value',
        };
      }
      return {
        path,
        message: `is too large to be a GitHub number (${describe(value)})`,
        hint: `write a whole number up to ${Number.MAX_SAFE_INTEGER}`,
        at: 'value',
      };
    }
    case 'custom': {
      const hint = (issue.params as { hint?: unknown } | undefined)?.hint;
      return {
        path,
        message: issue.message,
        hint: typeof hint === 'string' ? hint : RECORD_AGAIN,
        at: 'value',
      };
    }
    default:
      return { path, message: 'is not valid here', hint: RECORD_AGAIN, at: 'value' };
  }
}

/** An issue number written twice in one list: the planner keys issues by number. */
function duplicateNumbers(data: unknown, listPath: FieldPath): Problem[] {
  const { value: list } = valueAt(data, listPath);
  if (!Array.isArray(list)) return [];
  const first = new Map<number, number>();
  const problems: Problem[] = [];
  list.forEach((item: unknown, index) => {
    const number = hasOwn(item, 'number') ? (item as { number: unknown }).number : undefined;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return;
    const earlier = first.get(number);
    if (earlier === undefined) {
      first.set(number, index);
      return;
    }
    problems.push({
      path: [...listPath, index, 'number'],
      message: `is ${number} again: ${formatPath([...listPath, earlier])} has the same number`,
      hint: `each issue is in a snapshot once: remove one of them, or ${RECORD_AGAIN}`,
      at: 'value',
    });
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------

function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    lineCounter.addNewLine(index + 1);
  }
  return lineCounter;
}

function located(
  file: string,
  range: readonly [number, number],
  lineCounter: LineCounter,
  path: FieldPath,
  message: string,
  hint: string,
): LocatedError {
  return { file, ...spanOf(range, lineCounter), path: formatPath(path), message, hint };
}

/** Where each problem is written. */
function locateProblems(
  text: string,
  file: string,
  problems: readonly Problem[],
  yamlLimit: number,
): LocatedError[] {
  if (text.length <= yamlLimit) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, schema: 'core' });
    return problems.map((problem) =>
      located(
        file,
        problem.at === 'missing' ? locateMissing(doc, problem.path) : locatePath(doc, problem.path, 'value'),
        lineCounter,
        problem.path,
        problem.message,
        problem.hint,
      ),
    );
  }
  const root: Wanted = { children: new Map() };
  for (const problem of problems) {
    let node = root;
    for (const segment of problem.path) {
      let child = node.children.get(segment);
      if (!child) {
        child = { children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
  }
  scanJson(text, root);
  const lineCounter = lineCounterOf(text);
  return problems.map((problem) =>
    located(
      file,
      locateScanned(root, problem.path, problem.at === 'missing'),
      lineCounter,
      problem.path,
      problem.message,
      problem.hint,
    ),
  );
}

/**
 * Checks a snapshot's text: the snapshot, or every problem at its place. Pure: the caller reads the
 * file. `yamlLimit` is for tests of the locator used for large files.
 */
export function loadSnapshot(text: string, file: string, yamlLimit = YAML_LOCATE_LIMIT): SnapshotLoad {
  // A byte order mark (some editors write one) is no part of the JSON, nor of the first line's columns.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const syntax = scanJson(json);
  if (syntax) {
    return {
      ok: false,
      errors: [
        located(
          file,
          [syntax.offset, syntax.endOffset],
          lineCounterOf(json),
          syntax.path,
          syntax.message,
          syntax.hint,
        ),
      ],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    // The scanner is as strict as JSON.parse; this is only a safety net.
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          path: '(file)',
          message: `JSON: ${(error as Error).message}`,
          hint: RECORD_AGAIN,
        },
      ],
    };
  }
  const parsed = snapshotSchema.safeParse(data);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => problemOf(issue, data))),
    ...duplicateNumbers(data, ['issues']),
    ...duplicateNumbers(data, ['internal', 'issues']),
  ];
  if (problems.length === 0) return { ok: true, snapshot: data as Snapshot };
  return { ok: false, errors: locateProblems(json, file, problems, yamlLimit).sort(byPosition) };
}

/** The errors as lines for the terminal: the first `limit`, then how many more there are. */
export function formatSnapshotErrors(errors: readonly LocatedError[], limit = MAX_SHOWN_ERRORS): string[] {
  const lines = errors.slice(0, limit).map(formatLocatedError);
  if (errors.length > limit) lines.push(`…and ${errors.length - limit} more`);
  return lines;
}

export type SnapshotRead = { ok: true; snapshot: Snapshot } | { ok: false; report: string[] };

/** Reads and checks a snapshot file: the snapshot, or what to print about it (without a stack trace). */
export async function readSnapshotFile(file: string): Promise<SnapshotRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (error as Error).message;
    return {
      ok: false,
      report: [
        `Cannot read the snapshot ${file}: ${reason} (record one with \`engagement-keeper snapshot --repo owner/name --out ${file}\`).`,
      ],
    };
  }
  const loaded = loadSnapshot(text, file);
  if (loaded.ok) return loaded;
  const count = loaded.errors.length;
  return {
    ok: false,
    report: [
      ...formatSnapshotErrors(loaded.errors),
      `The snapshot has ${count} ${count === 1 ? 'problem' : 'problems'}; nothing was planned. Fix ${count === 1 ? 'it' : 'them'}, or record the snapshot again with \`engagement-keeper snapshot\`.`,
    ],
  };
}
