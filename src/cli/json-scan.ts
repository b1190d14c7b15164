// The JSON scanner for snapshot files: the first syntax error with its place and path, and (asked for)
// where given paths are written. Iterative, linear in the text, and it keeps no values. Its own file
// because it is a parser of its own: JSON.parse says neither line nor column the same way on every Node
// version, and a file too large for a YAML document (see YAML_LOCATE_LIMIT in ./snapshot-file) is
// located here instead. It knows JSON syntax and nesting only, not what a snapshot holds.
import { quoted } from '../engagement/quote';
import type { FieldPath } from '../engagement/yaml-positions';
import { RECORD_AGAIN } from './snapshot-schema';

/** The deepest nesting a snapshot may have; a recorded one has 5 levels. */
export const MAX_NESTING = 64;

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
export function locateScanned(root: Wanted, path: FieldPath, missing: boolean): [number, number] {
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
