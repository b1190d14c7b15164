// Labels the action needs, with colours and descriptions, so a fresh repository gets them on the first run.
import type { Write } from './plan';
import type { SnapshotLabel } from './snapshot';

export interface LabelSpec {
  readonly name: string;
  /** Hex colour without `#`. */
  readonly color: string;
  readonly description: string;
}

/**
 * One create-label write for each label the repository does not have yet: those used by `writes`,
 * and — on a full scan, `ensureAll` — every label of the catalogue, so that the labels the issue
 * forms apply exist before a client first submits one (GitHub silently drops a form's label the
 * repository lacks, and the submission would arrive unlabelled, unseen by the action).
 */
export function missingLabelWrites(
  writes: readonly Write[],
  catalogue: readonly LabelSpec[],
  existing: readonly SnapshotLabel[],
  options: { readonly ensureAll?: boolean; readonly intake?: readonly string[] } = {},
): Write[] {
  const have = new Set(existing.map((label) => label.name.toLowerCase()));
  const used = new Set<string>();
  for (const write of writes) {
    if (write.kind === 'add-labels' || write.kind === 'open-issue') {
      for (const name of write.labels) used.add(name);
    }
  }
  const byName = new Map<string, LabelSpec>();
  for (const spec of catalogue)
    if (!byName.has(spec.name.toLowerCase())) byName.set(spec.name.toLowerCase(), spec);
  const intake = new Set((options.intake ?? []).map((name) => name.toLowerCase()));
  const wanted = new Map<string, string>();
  for (const name of used) wanted.set(name.toLowerCase(), name);
  if (options.ensureAll) {
    for (const spec of byName.values())
      if (!wanted.has(spec.name.toLowerCase())) wanted.set(spec.name.toLowerCase(), spec.name);
  }
  const creates: Write[] = [];
  for (const name of [...wanted.values()].sort()) {
    const key = name.toLowerCase();
    if (have.has(key)) continue;
    const spec = byName.get(key) ?? {
      name,
      color: 'ededed',
      description: 'Used by engagement-keeper.',
    };
    creates.push({
      kind: 'create-label',
      name: spec.name,
      color: spec.color,
      description: spec.description,
      reason: intake.has(key)
        ? `The issue forms apply "${spec.name}" and it does not exist yet: GitHub drops a form's label the repository lacks, so a client's submission would arrive unlabelled and unseen.`
        : used.has(spec.name)
          ? `The label "${spec.name}" is used below and does not exist in the repository yet.`
          : `engagement-keeper uses the label "${spec.name}" and it does not exist yet: created once, so every label is there before it is needed.`,
    });
  }
  return creates;
}
