// Reads a recorded snapshot (`engagement-keeper snapshot --out file.json`) and checks it before the
// planner sees it: a hand-made, cut-off or hostile file gets every problem at its file:line:column with
// the field path and what to do, the way the engagement file's errors read. The JSON is scanned by hand
// first (JSON.parse says neither line nor column the same way on every Node version), then the data is
// checked with a zod schema that follows `Snapshot` in src/core/snapshot.ts, then with what the planner
// relies on beyond the types (times that parse, issue numbers that are positive and unique).
// This file reads the file and turns what is wrong into located errors; the scanner is in ./json-scan
// and the schema with its checks in ./snapshot-schema.
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { Snapshot } from '../core/snapshot';
import { byPosition, formatLocatedError, type LocatedError } from '../engagement/load-yaml';
import { formatPath, locateMissing, locatePath, spanOf, type FieldPath } from '../engagement/yaml-positions';
import { locateScanned, scanJson, type Wanted } from './json-scan';
import { duplicateNumbers, problemOf, RECORD_AGAIN, snapshotSchema, type Problem } from './snapshot-schema';

export type SnapshotLoad = { ok: true; snapshot: Snapshot } | { ok: false; errors: LocatedError[] };

/** More errors than this say nothing new: the rest are counted, not listed. */
export const MAX_SHOWN_ERRORS = 20;
/**
 * Up to this many characters, problems are located on the YAML document of the text (`yaml` reads JSON
 * with source ranges). Its document takes about 35 bytes of memory per character, so a larger file is
 * located by the JSON scanner instead, which keeps nothing but the places it was asked for.
 */
export const YAML_LOCATE_LIMIT = 16 * 1024 * 1024;

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
