// Labels the action needs, with colours and descriptions, so a fresh repository gets them on the first run.
import type { Write } from './plan';
import type { SnapshotLabel } from './snapshot';

export interface LabelSpec {
  readonly name: string;
  /** Hex colour without `#`. */
  readonly color: string;
  readonly description: string;
}

/** One create-label write for each label used by `writes` that the repository does not have yet. */
export function missingLabelWrites(
  writes: readonly Write[],
  catalogue: readonly LabelSpec[],
  existing: readonly SnapshotLabel[],
): Write[] {
  const have = new Set(existing.map((label) => label.name.toLowerCase()));
  const used = new Set<string>();
  for (const write of writes) {
    if (write.kind === 'add-labels' || write.kind === 'open-issue') {
      for (const name of write.labels) used.add(name);
    }
  }
  const byName = new Map(catalogue.map((spec) => [spec.name.toLowerCase(), spec]));
  const creates: Write[] = [];
  for (const name of [...used].sort()) {
    if (have.has(name.toLowerCase())) continue;
    const spec = byName.get(name.toLowerCase()) ?? {
      name,
      color: 'ededed',
      description: 'Used by engagement-keeper.',
    };
    creates.push({
      kind: 'create-label',
      name: spec.name,
      color: spec.color,
      description: spec.description,
      reason: `The label "${spec.name}" is used below and does not exist in the repository yet.`,
    });
  }
  return creates;
}
