// YAML syntax errors in plain words, pointed at the line a person has to fix, with what to do about it.
import type { YAMLError } from 'yaml';

export interface SyntaxProblem {
  readonly offset: number;
  readonly endOffset: number;
  readonly message: string;
  readonly hint?: string | undefined;
  /** The error sits in the value of the key at its path (a broken line), so the path stops one higher. */
  readonly pathIsParent?: boolean;
  /** Where the field path is read, when not at `offset` (the span marks the line, the path its place). */
  readonly pathOffset?: number;
}

function firstLetterLower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function plainMessage(error: YAMLError): string {
  return `YAML: ${firstLetterLower(error.message.replace(/\s+/g, ' ').trim())}`;
}

/** The first non-blank character of the line after `offset`: where an over-indented line begins. */
function startOfNextLine(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  if (newline < 0) return offset;
  const match = /[^\s]/.exec(source.slice(newline + 1));
  return match ? newline + 1 + match.index : offset;
}

/** The `[` or `{` that opened the flow collection still open at `offset`. */
function openingBracket(source: string, offset: number, open: string, close: string): number {
  let depth = 0;
  for (let index = Math.min(offset, source.length - 1); index >= 0; index -= 1) {
    const char = source[index];
    if (char === close) depth += 1;
    if (char === open) {
      if (depth === 0) return index;
      depth -= 1;
    }
  }
  return offset;
}

/** The key written at `offset` as it stands in the source, quotes included. */
function rawKeyAt(source: string, offset: number): string {
  const match = /^("[^"\n]*"|'[^'\n]*'|[^:#\n]+?)\s*:/.exec(source.slice(offset));
  return match?.[1] ?? source.slice(offset, offset + 20).split(/\s/)[0] ?? '';
}

function keyAt(source: string, offset: number): string {
  return rawKeyAt(source, offset).replace(/^["']|["']$/g, '');
}

/** The written part of the line holding `offset`: from its first non-blank character to its last. */
function lineContent(source: string, offset: number): { offset: number; endOffset: number } {
  const start = source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const newline = source.indexOf('\n', offset);
  const end = newline < 0 ? source.length : newline;
  const line = source.slice(start, end);
  const first = line.search(/\S/u);
  if (first < 0) return { offset, endOffset: offset + 1 };
  return { offset: start + first, endOffset: start + line.trimEnd().length };
}

/** A span of at least one character: a zero-width or backwards range still marks its place. */
function atLeastOne(offset: number, endOffset: number): { offset: number; endOffset: number } {
  return { offset, endOffset: Math.max(endOffset, offset + 1) };
}

function tokenAt(source: string, offset: number): string {
  return /^[^\s,\]}]+/.exec(source.slice(offset))?.[0] ?? '';
}

export function describeYamlError(error: YAMLError, source: string): SyntaxProblem {
  const [offset, endOffset] = error.pos;
  const base = { offset, endOffset };
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { ...base, message: 'YAML: a tab is used for indentation', hint: 'indent with spaces only' };
    case 'DUPLICATE_KEY':
      return {
        ...atLeastOne(offset, offset + rawKeyAt(source, offset).length),
        message: `YAML: the key \`${keyAt(source, offset)}\` is written twice in the same mapping`,
        hint: 'keep only one of them',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // `name: Acme` followed by a line indented further: YAML reads the next line as part of the value.
      return {
        ...lineContent(source, startOfNextLine(source, offset)),
        message: 'YAML: this line is indented further than the key above it',
        hint: 'keys of the same mapping start at the same column',
        pathIsParent: true,
      };
    }
    case 'BAD_INDENT': {
      const flow = /end with a ([\]}])/.exec(error.message);
      if (flow) {
        const close = flow[1] ?? ']';
        const start = openingBracket(source, offset, close === ']' ? '[' : '{', close);
        return {
          offset: start,
          endOffset: start + 1,
          message: `YAML: this \`${close === ']' ? '[' : '{'}\` is never closed`,
          hint: `close it with \`${close}\` on the same line`,
        };
      }
      return {
        ...lineContent(source, offset),
        pathOffset: offset,
        message: 'YAML: this line is not lined up with the keys above it',
        hint: 'keys of the same mapping start at the same column',
      };
    }
    case 'MULTIPLE_DOCS':
      return {
        ...(source.startsWith('---', offset) ? { offset, endOffset: offset + 3 } : base),
        message: 'YAML: the file holds more than one document (`---`)',
        hint: 'keep a single document',
      };
    case 'BAD_SCALAR_START': {
      const token = tokenAt(source, offset);
      const first = source.charAt(offset);
      return {
        ...atLeastOne(offset, offset + token.length),
        message: `YAML: a value cannot start with \`${first}\` unless it is in quotes`,
        hint: token ? `write \`'${token}'\`` : 'put the value in quotes',
      };
    }
    default:
      return { ...base, message: plainMessage(error) };
  }
}

/**
 * `milestones: []` (or `{}`) with items written under it, as happens when an example list is
 * uncommented below the empty list a generated file starts with: YAML's own words for it
 * ("implicit map keys need to be followed by map values") do not say that the `[]` is in the way.
 * One problem at the `[]`, standing for the errors YAML reports in the lines under it.
 */
export function emptyCollectionWithItems(
  source: string,
): { offset: number; endOffset: number; message: string; hint: string; blockEnd: number } | undefined {
  const line = /^([ ]*)([^\s#:][^:#\n]*?):[ ]*(\[[ ]*\]|\{[ ]*\})[ ]*(?:#[^\n]*)?$/gmu;
  for (let match = line.exec(source); match; match = line.exec(source)) {
    // In a list item (`- depends_on: []`) the key's column is after the dash.
    const item = /^-[ ]+/u.exec(match[2] ?? '');
    const indent = (match[1] ?? '').length + (item ? item[0].length : 0);
    const after = source
      .slice(match.index + match[0].length)
      .split('\n')
      .slice(1);
    // A line under the key: indented further, or a list item at its column (comments and blank lines
    // belong to no one).
    const isContent = (text: string): boolean => text.trim() !== '' && !text.trim().startsWith('#');
    const isUnder = (text: string): boolean => {
      const column = text.length - text.trimStart().length;
      const listItem = text.trimStart().startsWith('- ') || text.trim() === '-';
      return column > indent || (column === indent && listItem);
    };
    const next = after.find(isContent);
    if (next === undefined || !isUnder(next)) continue;
    const brackets = match[3] ?? '[]';
    const list = brackets.startsWith('[');
    const offset =
      match.index + match[0].indexOf(brackets, (match[1] ?? '').length + (match[2] ?? '').length);
    // The block under the key runs to the first line that is not under it.
    let blockEnd = match.index + match[0].length;
    for (const text of after) {
      blockEnd += 1; // the line break before it
      if (isContent(text) && !isUnder(text)) break;
      blockEnd += text.length;
    }
    const key = (match[2] ?? '').slice(item ? item[0].length : 0);
    return {
      offset,
      endOffset: offset + brackets.length,
      message: `YAML: \`${key}: ${brackets}\` says ${list ? 'the list is empty' : 'the mapping is empty'}, yet lines are written under it`,
      hint: `remove \`${brackets}\` after \`${key}:\` so that the lines under it are its ${list ? 'items' : 'keys'}`,
      blockEnd,
    };
  }
  return undefined;
}
