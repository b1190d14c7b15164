// YAML syntax errors in plain words, pointed at the line a person has to fix, with what to do about it.
import type { YAMLError } from 'yaml';

export interface SyntaxProblem {
  readonly offset: number;
  readonly endOffset: number;
  readonly message: string;
  readonly hint?: string | undefined;
  /** The error sits in the value of the key at its path (a broken line), so the path stops one higher. */
  readonly pathIsParent?: boolean;
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

function keyAt(source: string, offset: number): string {
  const match = /^("[^"\n]*"|'[^'\n]*'|[^:#\n]+?)\s*:/.exec(source.slice(offset));
  return (match?.[1] ?? source.slice(offset, offset + 20).split(/\s/)[0] ?? '').replace(/^["']|["']$/g, '');
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
        ...base,
        message: `YAML: the key \`${keyAt(source, offset)}\` is written twice in the same mapping`,
        hint: 'keep only one of them',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // `name: Acme` followed by a line indented further: YAML reads the next line as part of the value.
      const start = startOfNextLine(source, offset);
      return {
        offset: start,
        endOffset: start + 1,
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
        ...base,
        message: 'YAML: this line is not lined up with the keys above it',
        hint: 'keys of the same mapping start at the same column',
      };
    }
    case 'MULTIPLE_DOCS':
      return {
        ...base,
        message: 'YAML: the file holds more than one document (`---`)',
        hint: 'keep a single document',
      };
    case 'BAD_SCALAR_START': {
      const token = tokenAt(source, offset);
      const first = source.charAt(offset);
      return {
        ...base,
        message: `YAML: a value cannot start with \`${first}\` unless it is in quotes`,
        hint: token ? `write \`'${token}'\`` : 'put the value in quotes',
      };
    }
    default:
      return { ...base, message: plainMessage(error) };
  }
}
