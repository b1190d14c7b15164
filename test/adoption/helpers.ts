// Shared by the adoption tests: a client submitting an issue form the way GitHub records it, and the
// plan output read back by kind.
import { parse } from 'yaml';
import type { FakeRepository } from '../../fake-github/state';

interface FormField {
  readonly type: string;
  readonly id?: string;
  readonly attributes: { readonly label?: string };
}

/**
 * A client submits an issue form: GitHub writes `### <label>` and the answer for every field, and
 * applies the form's labels — but only those the repository has (it drops the others silently).
 */
export function submitForm(
  repo: FakeRepository,
  formYaml: string,
  submission: { title: string; author: string; answers: Record<string, string>; at: string },
): { number: number; labels: string[] } {
  const form = parse(formYaml) as { labels?: string[]; title?: string; body: FormField[] };
  const body = form.body
    .filter((field) => field.type !== 'markdown' && field.attributes.label)
    .map(
      (field) => `### ${field.attributes.label}\n\n${submission.answers[field.id ?? ''] ?? '_No response_'}`,
    )
    .join('\n\n');
  const labels = (form.labels ?? []).filter((label) => repo.labels.has(label.toLowerCase()));
  const issue = repo.addIssue({
    title: `${form.title ?? ''}${submission.title}`,
    body,
    author: submission.author,
    association: 'NONE',
    labels,
    createdAt: submission.at,
    updatedAt: submission.at,
  });
  return { number: issue.number, labels };
}

export interface PlannedWrite {
  readonly kind: string;
  readonly reason: string;
  readonly name?: string;
  readonly issue?: { number?: number; created?: string };
  readonly labels?: string[];
}

export function plannedWrites(outputs: Readonly<Record<string, string>>): PlannedWrite[] {
  return outputs.plan ? (JSON.parse(outputs.plan) as { writes: PlannedWrite[] }).writes : [];
}

export function countByKind(writes: readonly PlannedWrite[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const write of writes) counts[write.kind] = (counts[write.kind] ?? 0) + 1;
  return counts;
}
