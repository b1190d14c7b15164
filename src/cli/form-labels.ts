// Issue forms next to the engagement file, checked against it: a form whose label is not the one the
// engagement file watches files issues the action never sees (and GitHub drops a form label the
// repository lacks, which the action's first run creates only under the engagement file's name).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { EngagementError } from '../engagement/load';
import type { Engagement } from '../engagement/schema';

export interface FormFile {
  readonly path: string;
  readonly text: string;
}

export type FormKind = 'feedback' | 'deadline';

export interface FormShape {
  readonly labels?: unknown;
  readonly body?: unknown;
}

export interface FormField {
  readonly id?: unknown;
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/** The form's fields that are mappings (a hand-written form may hold anything). */
export function formFields(form: FormShape): FormField[] {
  const body: unknown = form.body;
  if (!Array.isArray(body)) return [];
  return body.filter((field): field is FormField => field !== null && typeof field === 'object');
}

/** Which of the action's forms this is, by its field ids (the ones the generated forms carry). */
export function kindOf(form: FormShape): FormKind | null {
  const ids = new Set(formFields(form).map((field) => field.id));
  if (ids.has('what_happened') || (ids.has('topic') && ids.has('importance'))) return 'feedback';
  if (ids.has('due') && ids.has('owner')) return 'deadline';
  return null;
}

const EXPECTED: Record<FormKind, (engagement: Engagement) => string> = {
  feedback: (engagement) => engagement.feedback.label,
  deadline: (engagement) => engagement.labels.deadline,
};

const FIELD: Record<FormKind, string> = {
  feedback: 'feedback.label',
  deadline: 'labels.deadline',
};

/** The forms' YAML read as objects; a form that is not YAML, or not a mapping, is left out. */
export function parseForm(text: string): FormShape | null {
  try {
    const value: unknown = parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as FormShape) : null;
  } catch {
    return null; // not ours to judge: GitHub reports broken forms itself
  }
}

/**
 * A warning for each of the action's forms that applies another label than the engagement file
 * watches. `regenerate` is the command that rewrites the forms for this engagement file.
 */
export function formLabelWarnings(
  engagement: Engagement,
  forms: readonly FormFile[],
  regenerate: string,
): EngagementError[] {
  const warnings: EngagementError[] = [];
  for (const form of forms) {
    const shape = parseForm(form.text);
    if (!shape) continue;
    const kind = kindOf(shape);
    if (!kind) continue;
    const expected = EXPECTED[kind](engagement);
    const labels = Array.isArray(shape.labels)
      ? shape.labels.map(String)
      : typeof shape.labels === 'string'
        ? shape.labels.split(',').map((label) => label.trim())
        : [];
    if (labels.some((label) => label.toLowerCase() === expected.toLowerCase())) continue;
    const lineIndex = form.text.split('\n').findIndex((line) => /^labels\s*:/u.test(line));
    warnings.push({
      file: form.path,
      line: lineIndex >= 0 ? lineIndex + 1 : 1,
      column: 1,
      path: 'labels',
      message: `this ${kind} form applies ${labels.length > 0 ? labels.map((l) => `\`${l}\``).join(', ') : 'no label'}, but the engagement file's \`${FIELD[kind]}\` is \`${expected}\`: issues filed with it are never seen by the action`,
      hint: `put \`${expected}\` in the form's labels, or regenerate the forms with \`${regenerate}\``,
    });
  }
  return warnings;
}

/** `<dir of the engagement file>/ISSUE_TEMPLATE/`, the usual `.github/ISSUE_TEMPLATE/`. */
export function formsDirBeside(engagementPath: string): string {
  return path.join(path.dirname(engagementPath), 'ISSUE_TEMPLATE');
}

/** The forms in the ISSUE_TEMPLATE folder beside the engagement file (config.yml is not a form). */
export async function readFormsBeside(engagementPath: string): Promise<FormFile[]> {
  const dir = formsDirBeside(engagementPath);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const forms: FormFile[] = [];
  for (const name of names.sort()) {
    if (!/\.ya?ml$/u.test(name) || /^config\.ya?ml$/u.test(name)) continue;
    forms.push({ path: path.join(dir, name), text: await readFile(path.join(dir, name), 'utf8') });
  }
  return forms;
}
