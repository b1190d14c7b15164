// Turns zod's issues into problems a person can act on: the field path, what is wrong, what would be
// right. zod's own wording ("Invalid input: expected string, received undefined") never reaches the user.
import type { z } from 'zod';
import { exampleAt, hasDefault, knownKeysAt } from './schema-walk';
import { quoted } from './quote';
import { didYouMean, nearest } from './suggest';
import { formatPath, type FieldPath } from './yaml-positions';

export interface Problem {
  readonly path: FieldPath;
  readonly message: string;
  readonly hint?: string | undefined;
  /** Where to point: at the value, at the key itself (unknown key), or at the parent (missing key). */
  readonly at: 'value' | 'key' | 'missing';
  readonly severity: 'error' | 'warning';
  /** For an unknown key: the known key it probably meant. */
  readonly suggestion?: string | undefined;
  /** zod's limit for whole numbers: said only when the field has no bound of its own to say instead. */
  readonly wholeNumberLimit?: boolean;
}

/** zod messages we replace: the schema's own custom messages are kept as written. */
export const DEFAULT_MESSAGE = '\u0000default';

type Issue = z.core.$ZodIssue;
type RootSchema = z.core.$ZodType;

/** What a value read from a file is, in an error message; the file's format names null and objects. */
export function describeValue(
  value: unknown,
  words: { readonly null: string; readonly object: string } = { null: 'empty', object: 'a mapping' },
): string {
  if (value === null) return words.null;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return `the text ${quoted(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `\`${value}\``;
    case 'object':
      return words.object;
    default:
      return typeof value;
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  object: 'a mapping (`key: value` lines)',
  array: 'a list',
  date: 'a date',
};

/** An example as a person would paste it: quoted when YAML would not read it back as the same text. */
function yamlValue(example: unknown): string {
  if (typeof example === 'string')
    return readsBackAsIs(example) ? example : `'${example.replace(/'/gu, "''")}'`;
  return JSON.stringify(example);
}

/** A plain YAML scalar that stays this string: no indicator first (`@`, `*`, `[` …), no `: ` or ` #`. */
function readsBackAsIs(text: string): boolean {
  if (text === '' || text !== text.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/u.test(text) || /: | #/u.test(text)) return false;
  // Words YAML reads as something else: booleans, null, numbers.
  return !/^(?:true|false|yes|no|on|off|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?)$/iu.test(text);
}

function missingProblem(root: RootSchema, path: FieldPath): Problem {
  const key = path[path.length - 1];
  const parent = path.slice(0, -1);
  const example = exampleAt(root, path);
  const where = parent.length === 0 ? 'at the top of the file' : `under \`${formatPath(parent)}\``;
  const line = example === undefined ? `\`${String(key)}:\`` : `\`${String(key)}: ${yamlValue(example)}\``;
  return {
    path,
    message: 'is required but missing',
    hint: typeof key === 'number' ? undefined : `add ${line} ${where}`,
    at: 'missing',
    severity: 'error',
  };
}

function typeProblem(root: RootSchema, path: FieldPath, expected: string, input: unknown): Problem {
  if (input === undefined) return missingProblem(root, path);
  const wanted = EXPECTED_WORDS[expected] ?? expected;
  if (input === null) {
    const example = exampleAt(root, path);
    const collection = expected === 'object' || expected === 'array';
    const written = collection
      ? `write its ${expected === 'object' ? 'fields' : 'items'} below it, indented`
      : example === undefined
        ? 'write a value after the colon'
        : `write a value, e.g. \`${yamlValue(example)}\``;
    return {
      path,
      message: collection ? `is empty: it must be ${wanted}` : 'is empty',
      hint: hasDefault(root, path) ? `${written}, or remove the line to use the default` : written,
      at: 'value',
      severity: 'error',
    };
  }
  let hint: string | undefined;
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    hint = `put it in quotes: \`'${String(input)}'\``;
  } else if (expected === 'array' && typeof input === 'string') {
    hint = `write a list: \`[${input}]\``;
  } else if (expected === 'object' && typeof input === 'string') {
    hint = 'indent the fields below this key, one `key: value` per line';
  } else if (path.length === 0) {
    hint =
      'create it with `engagement-keeper init`, or start from examples/engagement.minimal.yml in the engagement-keeper repository';
  }
  return {
    path,
    message: `must be ${wanted}, not ${describeValue(input)}`,
    hint,
    at: 'value',
    severity: 'error',
  };
}

function sizeProblem(issue: Issue & { code: 'too_small' | 'too_big' }, path: FieldPath): Problem {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  let message: string;
  if (issue.origin === 'string') {
    message =
      small && limit <= 1
        ? 'must not be empty'
        : `must be ${small ? 'at least' : 'at most'} ${limit} characters`;
  } else if (issue.origin === 'array' || issue.origin === 'set') {
    message = `must have ${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}`;
  } else if (Math.abs(limit) >= Number.MAX_SAFE_INTEGER) {
    // zod's own limit for whole numbers, met before the field's bound: a number that large is a slip.
    return {
      path,
      message: `is too ${small ? 'small' : 'large'} to be counted exactly as a whole number`,
      wholeNumberLimit: true,
      hint: "write a number within this field's bounds (docs/engagement-file.md, Bounds)",
      at: 'value',
      severity: 'error',
    };
  } else if (inclusive) {
    message = `must be ${small ? 'at least' : 'at most'} ${limit}`;
  } else {
    message = `must be ${small ? 'more' : 'less'} than ${limit}`;
  }
  return { path, message, at: 'value', severity: 'error' };
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((value) => `\`${String(value)}\``);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

function unionProblems(
  root: RootSchema,
  issue: Issue & { code: 'invalid_union' },
  path: FieldPath,
): Problem[] {
  // A branch whose only complaint is "wrong type at the top" did not apply to this value at all.
  const applicable = issue.errors.filter(
    (branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  const chosen = applicable[0];
  if (chosen)
    return chosen.flatMap((inner) =>
      problemsOf(root, inner, [...path, ...(inner.path as Array<string | number>)]),
    );
  const input = (issue as { input?: unknown }).input;
  const expected = [
    ...new Set(
      issue.errors.flatMap((branch) =>
        branch.map((inner) => (inner.code === 'invalid_type' ? inner.expected : 'another shape')),
      ),
    ),
  ];
  if (input === undefined) return [missingProblem(root, path)];
  const words = expected.map((name) => EXPECTED_WORDS[name] ?? name);
  return [
    {
      path,
      message: `must be ${words.join(' or ')}, not ${describeValue(input)}`,
      at: 'value',
      severity: 'error',
    },
  ];
}

/** One zod issue as problems (an unknown-keys issue gives one problem per key). */
export function problemsOf(
  root: RootSchema,
  issue: Issue,
  path: FieldPath = issue.path as Array<string | number>,
): Problem[] {
  const input = (issue as { input?: unknown }).input;
  const custom = issue.message !== DEFAULT_MESSAGE;
  switch (issue.code) {
    case 'invalid_type':
      if (custom && input !== undefined)
        return [{ path, message: issue.message, at: 'value', severity: 'error' }];
      return [typeProblem(root, path, issue.expected, input)];
    case 'unrecognized_keys': {
      const known = knownKeysAt(root, path);
      return issue.keys.map((key) => {
        const suggestion = nearest(key, known);
        return {
          path: [...path, key],
          message: 'is not a known key',
          hint:
            suggestion !== undefined
              ? `did you mean \`${suggestion}\`?`
              : known.length > 0
                ? `known keys here: ${known.join(', ')}`
                : undefined,
          at: 'key' as const,
          severity: 'error' as const,
          suggestion,
        };
      });
    }
    case 'invalid_value': {
      const suggestion = typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : undefined;
      const message = custom ? issue.message : `must be ${oneOf(issue.values)}`;
      return [{ path, message, hint: suggestion, at: 'value', severity: 'error' }];
    }
    case 'invalid_union':
      return unionProblems(root, issue, path);
    case 'too_small':
    case 'too_big':
      if (custom) return [{ path, message: issue.message, at: 'value', severity: 'error' }];
      return [sizeProblem(issue, path)];
    case 'invalid_format':
      return [
        {
          path,
          message: custom ? issue.message : `is not in the expected format (${issue.format})`,
          at: 'value',
          severity: 'error',
        },
      ];
    default: {
      const params = (issue as { params?: { hint?: unknown } }).params;
      const hint = typeof params?.hint === 'string' ? params.hint : undefined;
      return [
        { path, message: custom ? issue.message : 'is not valid here', hint, at: 'value', severity: 'error' },
      ];
    }
  }
}

/** zod's whole-number limit beside the field's own bound on the same value: the bound says more. */
export function withoutWholeNumberNoise(problems: readonly Problem[]): Problem[] {
  const bounded = new Set(
    problems.filter((problem) => !problem.wholeNumberLimit).map((problem) => JSON.stringify(problem.path)),
  );
  return problems.filter(
    (problem) => !problem.wholeNumberLimit || !bounded.has(JSON.stringify(problem.path)),
  );
}

/**
 * `timezone:` written for `time_zone:` gives two issues: an unknown key and a missing one. The unknown
 * key says "did you mean `time_zone`?", which is the whole story, so the "missing" issue is dropped.
 */
export function withoutMisspeltMissing(problems: readonly Problem[]): Problem[] {
  const meant = new Set(
    problems
      .filter((problem) => problem.suggestion !== undefined)
      .map((problem) => JSON.stringify([...problem.path.slice(0, -1), problem.suggestion])),
  );
  return problems.filter((problem) => problem.at !== 'missing' || !meant.has(JSON.stringify(problem.path)));
}
