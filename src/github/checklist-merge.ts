// A person may tick a box in an issue or comment the action keeps while a run is planning its new
// text. Before an edit the executor re-reads the body and merges: a box whose state a person changed
// since the snapshot keeps the person's state; every other line is the planned text. A line with a
// hidden item id (core/checklist-items.ts) is the same box whatever its words; a line without one is
// known by its words, or, when an earlier version wrote it, by the item the plan says it is.
import { normaliseItem, parseCheckboxLine } from '../core/checklist-items';

const CHECKBOX = /^(\s*[-*+]\s+\[)([ xX])(\]\s+)(.*)$/u;

interface Checkbox {
  readonly ticked: boolean;
}

/** Former lines' words (normaliseItem) → the item id each is, as the plan says (core/plan.ts). */
type FormerItems = Readonly<Record<string, string>>;

function checkboxes(body: string, formerItems: FormerItems): Map<string, Checkbox> {
  const found = new Map<string, Checkbox>();
  for (const line of body.split(/\r?\n/u)) {
    const match = CHECKBOX.exec(line);
    if (!match) continue;
    const key = boxKey(line, match, formerItems);
    if (!found.has(key)) found.set(key, { ticked: match[2] !== ' ' });
  }
  return found;
}

function boxKey(line: string, match: RegExpExecArray, formerItems: FormerItems): string {
  const item = parseCheckboxLine(line);
  if (item?.id !== undefined) return `id ${item.id}`;
  const words = item ? normaliseItem(item.text) : '';
  if (item && Object.hasOwn(formerItems, words)) return `id ${formerItems[words]}`;
  return `text ${(match[4] ?? '').trim().replace(/\s+/gu, ' ')}`;
}

/**
 * @param base        the body the plan was made from (the snapshot's), or null when unknown
 * @param current     the body on GitHub right now
 * @param planned     the body the plan wants
 * @param formerItems lines of `base` without an item id, by their words: the item each is
 */
export function mergeChecklists(
  base: string | null,
  current: string,
  planned: string,
  formerItems: FormerItems = {},
): string {
  if (current === base || !CHECKBOX_ANYWHERE.test(current)) return planned;
  const before = base === null ? new Map<string, Checkbox>() : checkboxes(base, formerItems);
  const now = checkboxes(current, formerItems);
  return planned
    .split(/(\r?\n)/u)
    .map((line) => {
      const match = CHECKBOX.exec(line);
      if (!match) return line;
      const key = boxKey(line, match, {});
      const person = now.get(key);
      if (!person) return line;
      const earlier = before.get(key);
      const personChanged = earlier ? earlier.ticked !== person.ticked : person.ticked;
      if (!personChanged) return line;
      return `${match[1]}${person.ticked ? 'x' : ' '}${match[3]}${match[4]}`;
    })
    .join('');
}

const CHECKBOX_ANYWHERE = /^\s*[-*+]\s+\[[ xX]\]\s+/mu;

/** Whether a body has boxes a person can tick (then an edit re-reads it first, see apply-write.ts). */
export function hasCheckboxes(body: string): boolean {
  return body.split(/\r?\n/u).some((line) => CHECKBOX.test(line));
}
