// Markdown checklists: deliverables in tracking issues and dispute steps in escalation issues. Items
// are matched by their text, so editing the engagement file never loses a box someone ticked.
export interface ChecklistItem {
  readonly text: string;
  readonly done: boolean;
}

const ITEM = /^\s*[-*+]\s+\[([ xX])\]\s+(.+?)\s*$/u;

export function normaliseItem(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export function parseChecklist(body: string): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const line of body.split(/\r?\n/u)) {
    const match = ITEM.exec(line);
    if (match) items.push({ text: match[2] ?? '', done: (match[1] ?? ' ') !== ' ' });
  }
  return items;
}

/** The expected items, ticked where the current body has the same item ticked. */
export function mergeTicks(expected: readonly string[], body: string | undefined): ChecklistItem[] {
  const ticked = new Set(
    parseChecklist(body ?? '')
      .filter((item) => item.done)
      .map((item) => normaliseItem(item.text)),
  );
  return expected.map((text) => ({ text, done: ticked.has(normaliseItem(text)) }));
}

export function renderChecklist(items: readonly ChecklistItem[]): string {
  return items.map((item) => `- [${item.done ? 'x' : ' '}] ${item.text}`).join('\n');
}
