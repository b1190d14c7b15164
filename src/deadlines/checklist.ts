// Markdown checklists: deliverables in tracking issues and dispute steps in escalation issues.
// Deliverables are matched by their text, so editing the engagement file never loses a box someone
// ticked. Dispute steps carry a hidden item id on their line (core/checklist-items.ts) and are matched
// by it, so their words can change — another language, a reworded step — and the ticks stay.
import {
  itemComment,
  normaliseItem,
  parseCheckboxLine,
  stampOf,
  wordsEdited,
  type CheckboxLine,
} from '../core/checklist-items';
import { withMentionsRestored } from './file-words';

export { normaliseItem };

export interface ChecklistItem {
  readonly text: string;
  readonly done: boolean;
  /** The hidden item id its line carries (dispute steps), with the stamp of the words on it. */
  readonly id?: string;
  readonly stamp?: string;
}

export function parseChecklist(body: string): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const line of body.split(/\r?\n/u)) {
    const item = parseCheckboxLine(line);
    if (item) items.push({ text: item.text, done: item.done });
  }
  return items;
}

/**
 * The expected items, ticked where the current body has the same item ticked. A line is the item's
 * whether it shows the file's words as written (issues written before mentions were broken) or with
 * their `@` mentions broken (file-words.ts).
 */
export function mergeTicks(expected: readonly string[], body: string | undefined): ChecklistItem[] {
  const ticked = new Set(
    parseChecklist(body ?? '')
      .filter((item) => item.done)
      .map((item) => normaliseItem(withMentionsRestored(item.text))),
  );
  return expected.map((text) => ({ text, done: ticked.has(normaliseItem(text)) }));
}

/** An item of a checklist kept by id: its id, the words the action writes, and the words it had. */
export interface IdentifiedItem {
  readonly id: string;
  readonly text: string;
  /**
   * Words a line without an id may show this item in: those of every language, and of versions that
   * wrote no ids. Such a line is this item, written by the action in other words.
   */
  readonly formerTexts: readonly string[];
}

export interface KeptChecklist {
  readonly items: readonly ChecklistItem[];
  /**
   * The lines of the body that carry no id and were known by their words, as normaliseItem() of
   * their words → the id of the item each is: the executor needs it to keep a box a person ticks on
   * such a line while the run writes (github/checklist-merge.ts).
   */
  readonly formerItems: Readonly<Record<string, string>>;
}

/**
 * The expected items with the state of their lines in the current body. A line is an item's when it
 * carries its id, or, without an id, when its words are one of the item's (an earlier version's line).
 * It keeps its tick; and its words when a person edited them (their stamp no longer matches), since
 * they are the person's: otherwise the item gets the words the action writes now.
 */
export function keepTicksById(expected: readonly IdentifiedItem[], body: string | undefined): KeptChecklist {
  const lines = (body ?? '')
    .split(/\r?\n/u)
    .map(parseCheckboxLine)
    .filter((line): line is CheckboxLine => line !== undefined);
  const claimed = new Set<CheckboxLine>();
  const formerItems: Record<string, string> = {};
  const lineOf = (item: IdentifiedItem): CheckboxLine | undefined => {
    const byId = lines.find((line) => line.id === item.id && !claimed.has(line));
    if (byId) return byId;
    const words = new Set([item.text, ...item.formerTexts].map(normaliseItem));
    const byWords = lines.find(
      (line) => line.id === undefined && !claimed.has(line) && words.has(normaliseItem(line.text)),
    );
    if (byWords) formerItems[normaliseItem(byWords.text)] = item.id;
    return byWords;
  };
  const items = expected.map((item): ChecklistItem => {
    const line = lineOf(item);
    if (line) claimed.add(line);
    if (line && wordsEdited(line))
      return { id: item.id, stamp: line.stamp!, text: withoutPlaceholders(line.text), done: line.done };
    return { id: item.id, stamp: stampOf(item.text), text: item.text, done: line?.done ?? false };
  });
  return { items, formerItems };
}

/**
 * A person's words written again by the action: `{{` is the executor's placeholder for issue numbers
 * (core/plan.ts), so it is broken as everywhere else. Writing it again changes nothing more.
 */
function withoutPlaceholders(text: string): string {
  return text.replace(/\{\{/gu, '{\u200d{');
}

export function renderChecklist(items: readonly ChecklistItem[]): string {
  return items
    .map((item) => {
      const hidden = item.id ? itemComment(item.id, item.stamp ?? stampOf(item.text)) : '';
      return `- [${item.done ? 'x' : ' '}] ${hidden}${item.text}`;
    })
    .join('\n');
}
