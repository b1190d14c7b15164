// Checklist lines with a hidden item id. A line of a checklist the action keeps (the dispute ladder of
// an escalation) says which item it is in an HTML comment right after the box, as Renovate's
// Dependency Dashboard does: `- [x] <!-- engagement-keeper:item dispute:mediation 1a2b3c4d -->Hòa giải`.
// GitHub shows the box and the words only; ticking it keeps the comment. The id stays the same
// whatever the words say (another language, a reworded step), so a tick follows the item, not its
// words. The stamp is a short hash of the words the action wrote on that line: words that no longer
// match it were edited by a person, and the action keeps them. The comment is not a marker of
// core/markers.ts (its prefix is followed by `:item`, not by a space): it names no content.
export interface CheckboxLine {
  readonly done: boolean;
  /** The item id, when the line carries one. */
  readonly id?: string;
  /** The stamp of the words the action wrote on the line, with the id. */
  readonly stamp?: string;
  /** The words people read, without the hidden comment. */
  readonly text: string;
}

const CHECKBOX = /^\s*[-*+]\s+\[([ xX])\]\s+(.+?)\s*$/u;
const ITEM_COMMENT = /^<!--\s*engagement-keeper:item\s+([^\s>]+)\s+([0-9a-f]{8})\s*-->\s*/u;

/** The line as a checkbox, or undefined when it is none. */
export function parseCheckboxLine(line: string): CheckboxLine | undefined {
  const match = CHECKBOX.exec(line);
  if (!match) return undefined;
  const done = (match[1] ?? ' ') !== ' ';
  const rest = match[2] ?? '';
  const item = ITEM_COMMENT.exec(rest);
  if (!item) return { done, text: rest };
  return { done, id: item[1] ?? '', stamp: item[2] ?? '', text: rest.slice(item[0].length) };
}

/** The hidden comment that names a line's item, and the stamp of the words written after it. */
export function itemComment(id: string, stamp: string): string {
  return `<!-- engagement-keeper:item ${id} ${stamp} -->`;
}

/**
 * The stamp of a line's words: FNV-1a (32 bits, hex) of the words as GitHub keeps them (Unicode NFC,
 * white space collapsed). Not a secret, only a way to tell that someone changed the words.
 */
export function stampOf(text: string): string {
  const words = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(words)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Whether a person changed the words the action wrote on a line with an item id. */
export function wordsEdited(line: CheckboxLine): boolean {
  return line.id !== undefined && line.text.trim() !== '' && line.stamp !== stampOf(line.text);
}

/** How earlier versions compare a line's words with an item's (case and spacing aside). */
export function normaliseItem(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
