// Loads an engagement file: YAML text in, a checked Engagement (every default applied) or every error
// of the file out, each at its file:line:column. Pure: the caller reads the file.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { checkEngagement, checkSections } from './checks';
import type { EngagementFault } from './fault';
import { DEFAULT_MESSAGE, problemsOf, withoutMisspeltMissing, type Problem } from './issues';
import { engagementFileSchema, type Engagement } from './schema';
import { describeYamlError } from './yaml-errors';
import { MAX_FILE_CHARACTERS, refusedYamlFeatures, tooDeepNesting } from './yaml-refusals';
import { formatPath, locateMissing, locatePath, pathAtOffset, spanOf } from './yaml-positions';

export interface EngagementError {
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

export type LoadResult =
  | { ok: true; engagement: Engagement; warnings: EngagementError[] }
  | { ok: false; errors: EngagementError[] };

const START_FROM = 'start from examples/engagement.minimal.yml';

function byPosition(a: EngagementError, b: EngagementError): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.path.localeCompare(b.path) ||
    a.message.localeCompare(b.message)
  );
}

/** One report per place and message: YAML may raise two errors for one mistake. */
function distinct(errors: EngagementError[]): EngagementError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.line}:${error.column}:${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function located(
  file: string,
  range: readonly [number, number],
  lineCounter: LineCounter,
  path: string,
  message: string,
  hint: string | undefined,
): EngagementError {
  const span = spanOf(range, lineCounter);
  return { file, ...span, path, message, ...(hint === undefined ? {} : { hint }) };
}

function locateProblem(doc: Document, problem: Problem): [number, number] {
  if (problem.at === 'missing') return locateMissing(doc, problem.path);
  return locatePath(doc, problem.path, problem.at);
}

/** The top-level sections that pass the schema on their own, defaults applied. */
function sectionsThatParse(data: unknown): Partial<Engagement> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const written = data as Record<string, unknown>;
  const sections: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(engagementFileSchema.shape)) {
    const result = schema.safeParse(written[key]);
    if (result.success) sections[key] = result.data;
  }
  return sections as Partial<Engagement>;
}

/** A file refused before it is parsed: too large, or nested too deep for the parser to survive. */
function refusedUnparsed(text: string, file: string): EngagementError | undefined {
  if (text.length > MAX_FILE_CHARACTERS) {
    return {
      file,
      line: 1,
      column: 1,
      path: '(file)',
      message: `is ${text.length.toLocaleString('en')} characters long, more than an engagement file may be (${MAX_FILE_CHARACTERS.toLocaleString('en')})`,
      hint: 'an engagement file describes one engagement: keep long texts in the issues, not in the file',
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

export function loadEngagement(text: string, file: string): LoadResult {
  const refused = refusedUnparsed(text, file);
  if (refused) return { ok: false, errors: [refused] };
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `2026-12-04` and `09:00` stay text, so dates are read in the engagement's
  // time zone later instead of becoming UTC instants here; `yes`/`no` stay text too.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const at = (range: readonly [number, number], path: string, message: string, hint?: string) =>
    located(file, range, lineCounter, path, message, hint);

  if (doc.errors.length > 0) {
    const errors = doc.errors.map((yamlError) => {
      const problem = describeYamlError(yamlError, text);
      const path = pathAtOffset(doc, problem.pathOffset ?? problem.offset);
      const shown = problem.pathIsParent ? path.slice(0, -1) : path;
      return at([problem.offset, problem.endOffset], formatPath(shown), problem.message, problem.hint);
    });
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
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (data === null || data === undefined) {
    return {
      ok: false,
      errors: [
        at(
          [0, 0],
          '(file)',
          'is empty: an engagement file needs at least `engagement` and `contacts`',
          START_FROM,
        ),
      ],
    };
  }

  const parsed = engagementFileSchema.safeParse(data, { reportInput: true, error: () => DEFAULT_MESSAGE });
  const problems = parsed.success
    ? checkEngagement(parsed.data)
    : [
        ...withoutMisspeltMissing(
          parsed.error.issues.flatMap((issue) => problemsOf(engagementFileSchema, issue)),
        ),
        ...checkSections(sectionsThatParse(data)),
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
  return { ok: true, engagement: parsed.data, warnings: warnings.sort(byPosition) };
}

/** Where a fault the planner found sits in the file it came from, as a located error. */
export function locateFault(text: string, file: string, fault: EngagementFault): EngagementError {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  return located(
    file,
    locatePath(doc, fault.path),
    lineCounter,
    formatPath(fault.path),
    fault.detail,
    fault.hint,
  );
}

/** `file:line:column  path  message (hint)` — the shape editors and CI logs turn into links. */
export function formatEngagementError(error: EngagementError): string {
  const hint = error.hint ? ` (${error.hint})` : '';
  return `${error.file}:${error.line}:${error.column}  ${error.path}  ${error.message}${hint}`;
}
