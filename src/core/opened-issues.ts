// The issues the action opened, with their markers, read once per plan context (core/context.ts).
// Rules ask "does the escalation issue of this deadline / this feedback exist?" for every deadline
// and every piece of feedback: scanning and parsing every issue each time made a large repository
// quadratic.
import { botIssueMarker, type Marker } from './markers';
import { allIssues, type Snapshot, type SnapshotIssue } from './snapshot';

export interface OpenedIssue {
  readonly issue: SnapshotIssue;
  readonly marker: Marker;
}

/** The issues the action opened in one snapshot, by kind, then subject, each list in snapshot order. */
export interface OpenedIssues {
  /** The snapshot they were read from: a context on another snapshot reads them again. */
  readonly snapshot: Snapshot;
  readonly byKind: ReadonlyMap<string, ReadonlyMap<string, readonly OpenedIssue[]>>;
}

/** Anything that carries the opened issues with the snapshot they were read from: a plan context. */
export interface OpenedWorld {
  readonly snapshot: Snapshot;
  readonly opened: OpenedIssues;
}

export function readOpenedIssues(snapshot: Snapshot): OpenedIssues {
  const byKind = new Map<string, Map<string, OpenedIssue[]>>();
  for (const issue of allIssues(snapshot)) {
    const marker = botIssueMarker(snapshot, issue);
    if (!marker) continue;
    let bySubject = byKind.get(marker.kind);
    if (!bySubject) byKind.set(marker.kind, (bySubject = new Map()));
    const found = bySubject.get(marker.subject);
    if (found) found.push({ issue, marker });
    else bySubject.set(marker.subject, [{ issue, marker }]);
  }
  return { snapshot, byKind };
}

function byKind(world: OpenedWorld): OpenedIssues['byKind'] {
  if (world.opened.snapshot !== world.snapshot) {
    throw new Error(
      'The opened issues were read from another snapshot: build the context with withSnapshot().',
    );
  }
  return world.opened.byKind;
}

/** The issues the action opened with this kind and subject (any stage), in snapshot order. */
export function issuesOpenedAbout(world: OpenedWorld, kind: string, subject: string): readonly OpenedIssue[] {
  return byKind(world).get(kind)?.get(subject) ?? [];
}

/** The issues the action opened with this kind, by subject (each list in snapshot order). */
export function issuesOpenedOfKind(
  world: OpenedWorld,
  kind: string,
): ReadonlyMap<string, readonly OpenedIssue[]> {
  return byKind(world).get(kind) ?? new Map();
}

/** The first issue (in snapshot order) the action opened with this marker: kind, subject and stage. */
export function issueOpenedFor(
  world: OpenedWorld,
  marker: Pick<Marker, 'kind' | 'subject'> & { stage?: string },
): SnapshotIssue | undefined {
  const stage = marker.stage ?? '';
  return issuesOpenedAbout(world, marker.kind, marker.subject).find(
    (opened) => (opened.marker.stage ?? '') === stage,
  )?.issue;
}

/** The lowest-numbered of the issues opened for one thing (two runs raced, or a person copied one). */
export function lowestNumber(opened: readonly OpenedIssue[]): SnapshotIssue | undefined {
  let lowest: SnapshotIssue | undefined;
  for (const { issue } of opened) if (!lowest || issue.number < lowest.number) lowest = issue;
  return lowest;
}
