// YAML features an engagement file has no use for and that make a file unsafe to read: aliases
// (`*name`) and anchors (`&name`). One alias can stand for a whole subtree, so a few lines can expand
// into billions of values ("billion laughs"); refusing them before anything is expanded keeps reading
// a file linear in its size. Each is reported where it is written.
import { isAlias, isCollection, isScalar, Lexer, visit, type Document } from 'yaml';

export interface Refusal {
  readonly offset: number;
  readonly endOffset: number;
  readonly message: string;
  readonly hint: string;
}

/** More refusals than this say nothing new: the file is reported, not enumerated. */
const MAX_REFUSALS = 20;

export function refusedYamlFeatures(doc: Document, source: string): Refusal[] {
  const refusals: Refusal[] = [];
  // Each alias name once: the first use says all there is to say about the others.
  const aliasesSeen = new Set<string>();
  visit(doc, (_key, node) => {
    if (refusals.length >= MAX_REFUSALS) return visit.BREAK;
    if (isAlias(node)) {
      if (aliasesSeen.has(node.source)) return visit.SKIP;
      aliasesSeen.add(node.source);
      const [start, end] = node.range ?? [0, 0];
      refusals.push({
        offset: start,
        endOffset: end,
        message: `YAML aliases are not supported: \`*${node.source}\` refers to another part of the file`,
        hint: 'write the value out in full; if `*` starts plain text, put the text in quotes',
      });
      return visit.SKIP;
    }
    if ((isScalar(node) || isCollection(node)) && node.anchor !== undefined) {
      const [start] = node.range ?? [0, 0];
      const written = source.lastIndexOf(`&${node.anchor}`, start);
      const offset = written >= 0 ? written : start;
      refusals.push({
        offset,
        endOffset: offset + node.anchor.length + 1,
        message: `YAML anchors are not supported: \`&${node.anchor}\` names a value for reuse`,
        hint: 'remove the anchor and write each value out in full; if `&` starts plain text, put the text in quotes',
      });
    }
    return undefined;
  });
  return refusals;
}

/** The most characters an engagement file may have; a real one, years of milestones included, is far smaller. */
export const MAX_FILE_CHARACTERS = 512 * 1024;
/** The deepest nesting of lists and mappings written on one line; an engagement file needs about 4. */
export const MAX_NESTING = 32;

// Tokens the lexer emits that stand for no source text (document start, scalar start, flow end).
const VIRTUAL_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);

/**
 * Deep nesting on one line (`[[[[…` or `- - - …`) makes YAML's composer run out of memory, which no
 * try/catch survives; the lexer alone is linear and safe, so nesting is measured on its tokens first.
 */
export function tooDeepNesting(source: string): Refusal | undefined {
  let offset = 0;
  let flowDepth = 0;
  let lineDepth = 0;
  for (const token of new Lexer().lex(source)) {
    if (token === '[' || token === '{') flowDepth += 1;
    else if (token === ']' || token === '}') flowDepth = Math.max(0, flowDepth - 1);
    else if (token === '-' || token === '?') lineDepth += 1;
    else if (token === '\n' || token === '\r\n') lineDepth = 0;
    if (flowDepth + lineDepth > MAX_NESTING) {
      return {
        offset,
        endOffset: offset + token.length,
        message: `nests lists and mappings more than ${MAX_NESTING} levels deep`,
        hint: 'an engagement file needs only a few levels: start from examples/engagement.yml',
      };
    }
    if (!VIRTUAL_TOKENS.has(token)) offset += token.length;
  }
  return undefined;
}
