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

type FormKind = 'feedback' | 'deadline';

interface FormShape {
  readonly labels?: unknown;
  readonly body?: ReadonlyArray<{ readonly id?: unknown }>;
}

/** Which of the action's forms this is, by its field ids (the ones the generated forms carry). */
function kindOf(form: FormShape): FormKind | null {
  const ids = new Set((form.body ?? []).map((field) => field?.id));
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

export function formLabelWarnings(engagement: Engagement, forms: readonly FormFile[]): EngagementError[] {
  const warnings: EngagementError[] = [];
  for (const form of forms) {
    let shape: FormShape;
    try {
      shape = (parse(form.text) ?? {}) as FormShape;
    } catch {
      continue; // not ours to judge: GitHub reports broken forms itself
    }
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
      hint: `put \`${expected}\` in the form's labels, or regenerate the forms with \`engagement-keeper init --force\``,
    });
  }
  return warnings;
}

/** The forms in `<dir of the engagement file>/ISSUE_TEMPLATE/`, the usual `.github/ISSUE_TEMPLATE/`. */
export async function readFormsBeside(engagementPath: string): Promise<FormFile[]> {
  const dir = path.join(path.dirname(engagementPath), 'ISSUE_TEMPLATE');
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
