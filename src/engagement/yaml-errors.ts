// YAML syntax errors in plain words, with what to do about them.
import type { YAMLError } from 'yaml';

export interface SyntaxProblem {
  readonly offset: number;
  readonly endOffset: number;
  readonly message: string;
  readonly hint?: string | undefined;
}

function firstLetterLower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function describeYamlError(error: YAMLError, source: string): SyntaxProblem {
  const [offset, endOffset] = error.pos;
  const written = source.slice(offset, Math.min(endOffset, offset + 40)).split('\n')[0] ?? '';
  const base = { offset, endOffset };
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { ...base, message: 'YAML: a tab is used for indentation', hint: 'indent with spaces only' };
    case 'DUPLICATE_KEY':
      return {
        ...base,
        message: `YAML: the key \`${written}\` appears twice in the same mapping`,
        hint: 'keep only one of them',
      };
    case 'BAD_INDENT':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        ...base,
        message: 'YAML: the indentation does not line up',
        hint: 'indent keys of the same mapping by the same number of spaces, and write `key: value` on one line',
      };
    case 'MULTIPLE_DOCS':
      return {
        ...base,
        message: 'YAML: the file holds more than one document (`---`)',
        hint: 'keep a single document',
      };
    case 'BAD_SCALAR_START':
    case 'UNEXPECTED_TOKEN':
      return {
        ...base,
        message: `YAML: ${firstLetterLower(error.message.replace(/\s+/g, ' ').trim())}`,
        hint: "put the value in quotes, e.g. `'@alice'`",
      };
    default:
      return { ...base, message: `YAML: ${firstLetterLower(error.message.replace(/\s+/g, ' ').trim())}` };
  }
}
