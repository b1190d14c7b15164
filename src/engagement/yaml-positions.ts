// Maps a field path (`milestones[2].due`) back to where it is written in the YAML source, so every
// error can say file:line:column. Works on the parsed document, which keeps source ranges.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type FieldPath = ReadonlyArray<string | number>;

export interface SourceSpan {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A key as shown in a path: a key of thousands of characters is shown by its start. */
function shortKey(key: string): string {
  return key.length <= 60 ? key : `${key.slice(0, 60)}…`;
}

/** `milestones[2].due`; the empty path (the whole file) is shown as `(file)`. */
export function formatPath(path: FieldPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? shortKey(segment) : `.${shortKey(segment)}`;
  }
  return text === '' ? '(file)' : text;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function resolved(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function rangeOf(node: unknown): [number, number] | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range;
    if (range) return [range[0], range[1]];
  }
  return undefined;
}

/**
 * Where a path is written. `target: 'value'` points at the value (for "this value is wrong");
 * `target: 'key'` at the key itself (for "this key is unknown"). When the path does not exist in the
 * file (a missing key, a default), the closest written ancestor is returned: its key when it has one.
 */
export function locatePath(
  doc: Document,
  path: FieldPath,
  target: 'value' | 'key' = 'value',
): [number, number] {
  let node: unknown = resolved(doc.contents, doc);
  let best: [number, number] = rangeOf(node) ?? [0, 0];
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index];
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) return best;
      const valueRange = rangeOf(resolved(pair.value, doc));
      const keyRange = rangeOf(pair.key);
      if (isLast && target === 'key' && keyRange) return keyRange;
      node = resolved(pair.value, doc);
      const valueIsBlank =
        isScalar(node) && node.value === null && (!valueRange || valueRange[0] === valueRange[1]);
      best = (!valueIsBlank && valueRange) || keyRange || best;
      if (valueIsBlank) return best;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return best;
      node = resolved(item, doc);
      best = rangeOf(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

/** The closest written ancestor of a missing path: the key of its parent mapping when it has one. */
export function locateMissing(doc: Document, path: FieldPath): [number, number] {
  const parent = path.slice(0, -1);
  if (parent.length === 0) return [0, 0];
  const parentKey = parent[parent.length - 1];
  if (typeof parentKey === 'string') {
    const keyRange = locateExisting(doc, parent);
    if (keyRange) return keyRange;
  }
  return locatePath(doc, parent, 'value');
}

/** The key range of a path when the whole path is written in the file. */
function locateExisting(doc: Document, path: FieldPath): [number, number] | undefined {
  let node: unknown = resolved(doc.contents, doc);
  let found: [number, number] | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) return undefined;
      found = rangeOf(pair.key);
      node = resolved(pair.value, doc);
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return undefined;
      found = rangeOf(item);
      node = resolved(item, doc);
    } else {
      return undefined;
    }
  }
  return found;
}

/**
 * The path of the innermost node that contains a source offset (for YAML syntax errors). In a broken
 * document the parser may read text as odd keys (`Acme landing page time_zone`); the path stops there.
 */
export function pathAtOffset(doc: Document, offset: number): FieldPath {
  const path: Array<string | number> = [];
  let node: unknown = doc.contents;
  const contains = (range: [number, number] | undefined) =>
    range !== undefined && range[0] <= offset && offset < range[1];
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const start = rangeOf(item.key)?.[0];
        const end = rangeOf(item.value)?.[1] ?? rangeOf(item.key)?.[1];
        return start !== undefined && end !== undefined && contains([start, end]);
      });
      const key = pair ? keyText(pair.key) : undefined;
      if (!pair || key === undefined || !/^[\w-]+$/.test(key)) return path;
      path.push(key);
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(rangeOf(item)));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}

export function spanOf(range: readonly [number, number], lineCounter: LineCounter): SourceSpan {
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(Math.max(range[0], range[1]));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
