// What a snapshot must be, and what is wrong with data that is not one: a zod schema that follows
// `Snapshot` in src/core/snapshot.ts (checked against it at compile time, both ways), what the planner
// relies on beyond the types (times that parse, issue numbers that are positive and unique), and zod's
// issues turned into problems a person can act on. Its own file because it is the one place that knows
// the snapshot's fields; problems carry a path, not a place (./snapshot-file locates them).
import { z } from 'zod';
import { AUTHOR_ASSOCIATIONS, type Snapshot } from '../core/snapshot';
import { quoted } from '../engagement/quote';
import { describeValue } from '../engagement/issues';
import { didYouMean } from '../engagement/suggest';
import { formatPath, type FieldPath } from '../engagement/yaml-positions';

const EXAMPLE_TIME = '2026-11-30T09:00:00Z';
/** What to do about a snapshot that is not one; the JSON scanner and the reader say it too. */
export const RECORD_AGAIN =
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
  editedBy: z.string().optional(),
  authoredBody: z.string().optional(),
  url: z.string(),
  reactions: z.record(z.string(), reactionCount).optional(),
  reactors: z.record(z.string(), z.array(z.string())).optional(),
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
// From zod's issues to problems a person can act on.

export interface Problem {
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

/** JSON names its empty value `null` and its mappings objects. */
const describe = (value: unknown): string => describeValue(value, { null: '`null`', object: 'an object' });

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

export function problemOf(issue: Issue, data: unknown): Problem {
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
export function duplicateNumbers(data: unknown, listPath: FieldPath): Problem[] {
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
