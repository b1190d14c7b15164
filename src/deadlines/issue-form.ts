// A strict reader for deadline issues filed through the issue form (.github/ISSUE_TEMPLATE/deadline.yml).
// GitHub renders a form as `### Field label` sections; we read the sections by label (English or
// Vietnamese), and nothing else, so free text elsewhere in the body can never set a date.
import { impossibleDateReason, impossibleTimeReason } from '../engagement/dates';
import { withinYears } from './years';
import type { Side } from '../engagement/schema';
import { parseChecklist } from './checklist';

export interface DeadlineForm {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, when the form has a readable one. */
  readonly due: string | undefined;
  /** A real date written in **Due date** outside the years that can be planned (years.ts), as written. */
  readonly dueOutOfYears: string | undefined;
  readonly owner: Side | undefined;
  readonly deliverables: ReadonlyArray<{ text: string; done: boolean }>;
  readonly dependsOn: readonly string[];
}

const FIELDS = {
  due: ['due date', 'due', 'hạn bàn giao', 'hạn'],
  owner: ['owner side', 'owner', 'who hands it over', 'bên bàn giao'],
  deliverables: ['deliverables', 'hạng mục bàn giao', 'hạng mục'],
  dependsOn: ['depends on', 'phụ thuộc vào'],
} as const;

const NO_RESPONSE = /^_?no response_?$/iu;

function sections(body: string): Map<string, string> {
  const found = new Map<string, string>();
  const parts = body.split(/^###\s+/mu).slice(1);
  for (const part of parts) {
    const [heading = '', ...rest] = part.split(/\r?\n/u);
    const value = rest.join('\n').trim();
    // Bilingual labels (`Due date / Hạn bàn giao`) answer to each of their names.
    for (const name of heading.split(' / ')) {
      found.set(name.trim().toLowerCase().normalize('NFC'), NO_RESPONSE.test(value) ? '' : value);
    }
  }
  return found;
}

function field(all: Map<string, string>, names: readonly string[]): string {
  for (const name of names) {
    const value = all.get(name);
    if (value !== undefined) return value;
  }
  return '';
}

export function parseDueText(text: string): string | undefined {
  const read = readDueText(text);
  return read && withinYears(read) ? read : undefined;
}

/**
 * A real date (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) in any year, or undefined. `2026-13-40` has the
 * shape of a date but is not one: read as no date, never as a crash later. A real date outside the
 * years that can be planned (`9999-12-31`) is read, so that its refusal can say so (parseDueText
 * reads it as no date: the calendar plans the years the engagement file may name, and a date outside
 * them would stop every run that walks to it).
 */
export function readDueText(text: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/u.exec(text.trim());
  if (!match) return undefined;
  const due = match[2] ? `${match[1]}T${match[2]}` : match[1];
  if (!due || impossibleDateReason(due) || impossibleTimeReason(due)) return undefined;
  return due;
}

function parseOwner(text: string): Side | undefined {
  const value = text.trim().toLowerCase();
  if (/^(client|khách hàng)/u.test(value)) return 'client';
  if (/^(vendor|agency|delivery team|đội thực hiện|nhà cung cấp)/u.test(value)) return 'vendor';
  return undefined;
}

function parseDeliverables(text: string): Array<{ text: string; done: boolean }> {
  const items: Array<{ text: string; done: boolean }> = [];
  for (const line of text.split(/\r?\n/u)) {
    const boxed = parseChecklist(line)[0];
    if (boxed) {
      items.push({ text: boxed.text, done: boxed.done });
      continue;
    }
    const plain = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/u, '').trim();
    if (plain) items.push({ text: plain, done: false });
  }
  return items;
}

export function parseDeadlineForm(body: string): DeadlineForm {
  const all = sections(body);
  const depends = field(all, FIELDS.dependsOn);
  const written = readDueText(field(all, FIELDS.due));
  return {
    due: written && withinYears(written) ? written : undefined,
    dueOutOfYears: written && !withinYears(written) ? written : undefined,
    owner: parseOwner(field(all, FIELDS.owner)),
    deliverables: parseDeliverables(field(all, FIELDS.deliverables)),
    dependsOn: depends
      .split(/[\s,]+/u)
      .map((id) => id.trim())
      .filter((id) => /^[a-z0-9][a-z0-9-_]*$/u.test(id)),
  };
}
