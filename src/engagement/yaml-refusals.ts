// YAML features an engagement file has no use for and that make a file unsafe to read: aliases
// (`*name`) and anchors (`&name`). One alias can stand for a whole subtree, so a few lines can expand
// into billions of values ("billion laughs"); refusing them before anything is expanded keeps reading
// a file linear in its size. Tags other than the core ones (`!!binary`, `!!set`, `!!timestamp`, `!foo`)
// turn a value into something no field takes (bytes, a set, a date instant, or a value YAML cannot
// resolve at all), and numbers YAML reads as infinity (`1e400`, `.inf`) or as not-a-number (`.nan`)
// would be compared and summed as if they were counts.
// Each is reported where it is written.
import { isAlias, isCollection, isScalar, Lexer, visit, type Document, type Node } from 'yaml';

export interface Refusal {
  readonly offset: number;
  readonly endOffset: number;
  readonly message: string;
  readonly hint: string;
}

/** More refusals than this say nothing new: the file is reported, not enumerated. */
const MAX_REFUSALS = 20;

/**
 * The tags of YAML's core schema, which only say what the value already is (`!!str 2026` is text), and
 * the non-specific `!` (text). Any other tag is refused.
 */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);
CORE_TAGS.add('!');

/** `tag:yaml.org,2002:binary` as people write it: `!!binary`. */
function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** Where the tag of a node is written: the word starting with `!` just before the node's value. */
function tagSpan(source: string, node: Node): [number, number] {
  const [start, end] = node.range ?? [0, 0];
  let tagEnd = start;
  while (tagEnd > 0 && /\s/u.test(source.charAt(tagEnd - 1))) tagEnd -= 1;
  let tagStart = tagEnd;
  while (tagStart > 0 && !/[\s[{,]/u.test(source.charAt(tagStart - 1))) tagStart -= 1;
  return source.charAt(tagStart) === '!' && tagEnd > tagStart ? [tagStart, tagEnd] : [start, end];
}

function tagRefusal(source: string, node: Node, tag: string): Refusal {
  const [offset, endOffset] = tagSpan(source, node);
  const written = source.slice(offset, endOffset);
  const shown = written.startsWith('!') ? written : shortTag(tag);
  return {
    offset,
    endOffset,
    message: `YAML tags are not supported: \`${shown.slice(0, 60)}\` asks for a kind of value the file has no use for`,
    hint:
      tag === 'tag:yaml.org,2002:binary'
        ? `remove \`${shown}\` and write the text itself, not encoded`
        : `remove \`${shown.slice(0, 60)}\` and write the value itself; if \`!\` starts plain text, put the text in quotes`,
  };
}

const NUMBER_HINT =
  "write the number in full, within the field's bounds (docs/engagement-file.md, Bounds); if it is text, put it in quotes";

/**
 * A number YAML reads that cannot be counted with: infinite or not a number. (A finite number too large
 * for its field is refused by the field's bound, which names the bound.)
 */
function numberRefusal(source: string, node: Node, value: number): Refusal | undefined {
  const [offset, end] = node.range ?? [0, 0];
  const written = source.slice(offset, end).trim();
  const shown = written.length > 0 && written.length <= 60 ? written : String(value);
  let message: string | undefined;
  if (Number.isNaN(value)) message = `\`${shown}\` is not a number: YAML reads it as "not a number"`;
  else if (!Number.isFinite(value))
    message = `\`${shown}\` is too large to be a number: YAML reads it as ${value > 0 ? '' : 'minus '}infinity`;
  if (message === undefined) return undefined;
  return { offset, endOffset: offset + Math.max(1, written.length), message, hint: NUMBER_HINT };
}

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
    if ((isScalar(node) || isCollection(node)) && node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
      refusals.push(tagRefusal(source, node, node.tag));
      // What is inside a refused collection says nothing new.
      return isCollection(node) ? visit.SKIP : undefined;
    }
    if (isScalar(node) && typeof node.value === 'number') {
      const refusal = numberRefusal(source, node, node.value);
      if (refusal) refusals.push(refusal);
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
