// Loads a YAML file the action reads (the engagement file, the portfolio file): text in, the value the
// zod schema gives (defaults applied) or every error of the file out, each at its file:line:column with
// the field path and a hint. Pure: the caller reads the file. The schema and the checks beyond it are
// the only things that differ between files.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import {
  DEFAULT_MESSAGE,
  problemsOf,
  withoutMisspeltMissing,
  withoutWholeNumberNoise,
  type Problem,
} from './issues';
import { describeYamlError, emptyCollectionWithItems } from './yaml-errors';
import { MAX_FILE_CHARACTERS, refusedYamlFeatures, tooDeepNesting } from './yaml-refusals';
import { formatPath, locateMissing, locatePath, pathAtOffset, spanOf } from './yaml-positions';

export interface LocatedError {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The field, e.g. `milestones[2].due`; `(file)` for the file as a whole. */
  path: string;
  /** What is wrong, e.g. "`2026-02-30` is not on the calendar: February 2026 has 28 days". */
  message: string;
  /** What would be right, e.g. "did you mean `time_zone`?". */
  hint?: string;
}

export type YamlLoadResult<T> =
  { ok: true; value: T; warnings: LocatedError[] } | { ok: false; errors: LocatedError[] };

type ObjectSchema = z.ZodObject<z.core.$ZodLooseShape>;

export interface YamlFileSpec<S extends ObjectSchema> {
  readonly schema: S;
  /** Checks beyond the schema on the sections that passed it (all of them when the file did). */
  readonly checkSections: (sections: Partial<z.output<S>>) => Problem[];
  /** What to say about an empty file. */
  readonly empty: { readonly message: string; readonly hint: string };
  /** What the file is, in "more than an engagement file may be". */
  readonly noun: string;
  /** What to do with a file that is too large. */
  readonly tooLargeHint: string;
}

/** Errors in the order of the file, so the first fix is the first one read. */
/** YAML's errors about where lines sit, which a `[]` with lines under it causes. */
const STRUCTURE_ERRORS: ReadonlySet<string> = new Set([
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'BAD_INDENT',
  'UNEXPECTED_TOKEN',
]);

export function byPosition(a: LocatedError, b: LocatedError): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.path.localeCompare(b.path) ||
    a.message.localeCompare(b.message)
  );
}

/** One report per place and message: YAML may raise two errors for one mistake. */
function distinct(errors: LocatedError[]): LocatedError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.line}:${error.column}:${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function locateProblem(doc: Document, problem: Problem): [number, number] {
  if (problem.at === 'missing') return locateMissing(doc, problem.path);
  return locatePath(doc, problem.path, problem.at);
}

/** The top-level sections that pass the schema on their own, defaults applied. */
function sectionsThatParse<S extends ObjectSchema>(schema: S, data: unknown): Partial<z.output<S>> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const written = data as Record<string, unknown>;
  const sections: Record<string, unknown> = {};
  for (const [key, section] of Object.entries(schema.shape)) {
    const result = (section as z.ZodType).safeParse(written[key]);
    if (result.success) sections[key] = result.data;
  }
  return sections as Partial<z.output<S>>;
}

function located(
  file: string,
  range: readonly [number, number],
  lineCounter: LineCounter,
  path: string,
  message: string,
  hint: string | undefined,
): LocatedError {
  const span = spanOf(range, lineCounter);
  return { file, ...span, path, message, ...(hint === undefined ? {} : { hint }) };
}

/**
 * What a reader puts where the bytes of a file are not UTF-8 (Node's `readFile(…, 'utf8')`, a
 * `TextDecoder`, `Buffer#toString` all do): the text read is no longer the text written, so the file is
 * refused at the first one, which is where the first bad byte was.
 */
const REPLACEMENT_CHARACTER = '\uFFFD';

/** A file refused before it is parsed: too large, or nested too deep for the parser to survive. */
function refusedUnparsed(
  text: string,
  file: string,
  spec: Pick<YamlFileSpec<ObjectSchema>, 'noun' | 'tooLargeHint'>,
): LocatedError | undefined {
  if (text.length > MAX_FILE_CHARACTERS) {
    return {
      file,
      line: 1,
      column: 1,
      path: '(file)',
      message: `is ${text.length.toLocaleString('en')} characters long, more than ${spec.noun} may be (${MAX_FILE_CHARACTERS.toLocaleString('en')})`,
      hint: spec.tooLargeHint,
    };
  }
  const nesting = tooDeepNesting(text);
  if (!nesting) return undefined;
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    lineCounter.addNewLine(index + 1);
  }
  return located(
    file,
    [nesting.offset, nesting.endOffset],
    lineCounter,
    '(file)',
    nesting.message,
    nesting.hint,
  );
}

/**
 * Every text of the file in one Unicode form (NFC). An editor may save `chị` as `c h i ̣ ̀` (NFD); it
 * looks the same, but a word of address, a topic keyword or a name compared with what people write
 * on GitHub would silently not match.
 */
function inNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(inNfc);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.normalize('NFC'), inNfc(item)]),
    );
  return value;
}

export function loadYamlFile<S extends ObjectSchema>(
  text: string,
  file: string,
  spec: YamlFileSpec<S>,
): YamlLoadResult<z.output<S>> {
  const refused = refusedUnparsed(text, file, spec);
  if (refused) return { ok: false, errors: [refused] };
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `2026-12-04` and `09:00` stay text, so dates are read in the right time
  // zone later instead of becoming UTC instants here; `yes`/`no` stay text too.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const at = (range: readonly [number, number], path: string, message: string, hint?: string): LocatedError =>
    located(file, range, lineCounter, path, message, hint);

  const replaced = text.indexOf(REPLACEMENT_CHARACTER);
  if (replaced >= 0) {
    return {
      ok: false,
      errors: [
        at(
          [replaced, replaced + 1],
          formatPath(pathAtOffset(doc, replaced)),
          'holds `\uFFFD` (U+FFFD), the mark left where bytes of the file are not valid UTF-8: a character written here is lost',
          'save the file as UTF-8 (in most editors: Save with Encoding → UTF-8) and retype the text here',
        ),
      ],
    };
  }

  if (doc.errors.length > 0) {
    const empty = emptyCollectionWithItems(text);
    // The errors of the shape under the `[]` are what the `[]` causes; any other (a quote left open,
    // a tab) is the line's own and is shown beside it.
    const explained = (yamlError: (typeof doc.errors)[number]): boolean =>
      empty !== undefined &&
      (STRUCTURE_ERRORS.has(yamlError.code) ||
        (yamlError.code === 'MISSING_CHAR' && /^implicit map keys/iu.test(yamlError.message))) &&
      yamlError.pos[0] >= empty.offset &&
      yamlError.pos[0] <= empty.blockEnd;
    const errors = doc.errors
      .filter((yamlError) => !explained(yamlError))
      .map((yamlError) => {
        const problem = describeYamlError(yamlError, text);
        const path = pathAtOffset(doc, problem.pathOffset ?? problem.offset);
        const shown = problem.pathIsParent ? path.slice(0, -1) : path;
        return at([problem.offset, problem.endOffset], formatPath(shown), problem.message, problem.hint);
      });
    if (empty && doc.errors.some(explained))
      errors.push(
        at(
          [empty.offset, empty.endOffset],
          formatPath(pathAtOffset(doc, empty.offset)),
          empty.message,
          empty.hint,
        ),
      );
    return { ok: false, errors: distinct(errors).sort(byPosition) };
  }
  const yamlWarnings = doc.warnings.map((warning) =>
    at(warning.pos, formatPath(pathAtOffset(doc, warning.pos[0])), `YAML: ${warning.message}`),
  );

  const refusals = refusedYamlFeatures(doc, text);
  if (refusals.length > 0) {
    const errors = refusals.map((refusal) =>
      at(
        [refusal.offset, refusal.endOffset],
        formatPath(pathAtOffset(doc, refusal.offset)),
        refusal.message,
        refusal.hint,
      ),
    );
    return { ok: false, errors: distinct(errors).sort(byPosition) };
  }

  // No aliases are left, so nothing expands: the data is as large as the text.
  const data: unknown = inNfc(doc.toJS({ maxAliasCount: 0 }));
  if (data === null || data === undefined) {
    return { ok: false, errors: [at([0, 0], '(file)', spec.empty.message, spec.empty.hint)] };
  }

  const { schema } = spec;
  const parsed = schema.safeParse(data, { reportInput: true, error: () => DEFAULT_MESSAGE });
  const problems = parsed.success
    ? spec.checkSections(parsed.data)
    : [
        ...withoutWholeNumberNoise(
          withoutMisspeltMissing(parsed.error.issues.flatMap((issue) => problemsOf(schema, issue))),
        ),
        ...spec.checkSections(sectionsThatParse(schema, data)),
      ];
  const reported = problems.map((problem) => ({
    severity: problem.severity,
    error: at(locateProblem(doc, problem), formatPath(problem.path), problem.message, problem.hint),
  }));
  const errors = reported.filter((entry) => entry.severity === 'error').map((entry) => entry.error);
  const warnings = [
    ...yamlWarnings,
    ...reported.filter((entry) => entry.severity === 'warning').map((entry) => entry.error),
  ];
  if (!parsed.success || errors.length > 0) return { ok: false, errors: errors.sort(byPosition) };
  return { ok: true, value: parsed.data, warnings: warnings.sort(byPosition) };
}

/** Where a field path sits in a file, as a located error (for faults found after loading). */
export function locateField(
  text: string,
  file: string,
  path: ReadonlyArray<string | number>,
  message: string,
  hint?: string,
): LocatedError {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  return located(file, locatePath(doc, [...path]), lineCounter, formatPath([...path]), message, hint);
}

/** `file:line:column  path  message (hint)` — the shape editors and CI logs turn into links. */
export function formatLocatedError(error: LocatedError): string {
  const hint = error.hint ? ` (${error.hint})` : '';
  return `${error.file}:${error.line}:${error.column}  ${error.path}  ${error.message}${hint}`;
}
