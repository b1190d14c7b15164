// The issues the action opened, with their markers, read once per snapshot. Rules ask "does the
// escalation issue of this deadline / this feedback exist?" for every deadline and every piece of
// feedback: scanning and parsing every issue each time made a large repository quadratic.
import { botIssueMarker, type Marker } from './markers';
import { allIssues, type Snapshot, type SnapshotIssue } from './snapshot';

export interface OpenedIssue {
  readonly issue: SnapshotIssue;
  readonly marker: Marker;
}

/** kind → subject → the issues opened with that marker, in snapshot order. */
type Index = Map<string, Map<string, OpenedIssue[]>>;

const bySnapshot = new WeakMap<Snapshot, Index>();

function openedIssues(snapshot: Snapshot): Index {
  let index = bySnapshot.get(snapshot);
  if (!index) {
    index = new Map();
    for (const issue of allIssues(snapshot)) {
      const marker = botIssueMarker(snapshot, issue);
      if (!marker) continue;
      let bySubject = index.get(marker.kind);
      if (!bySubject) index.set(marker.kind, (bySubject = new Map()));
      const found = bySubject.get(marker.subject);
      if (found) found.push({ issue, marker });
      else bySubject.set(marker.subject, [{ issue, marker }]);
    }
    bySnapshot.set(snapshot, index);
  }
  return index;
}

/** The issues the action opened with this kind and subject (any stage), in snapshot order. */
export function issuesOpenedAbout(snapshot: Snapshot, kind: string, subject: string): readonly OpenedIssue[] {
  return openedIssues(snapshot).get(kind)?.get(subject) ?? [];
}

/** The issues the action opened with this kind, by subject (each list in snapshot order). */
export function issuesOpenedOfKind(
  snapshot: Snapshot,
  kind: string,
): ReadonlyMap<string, readonly OpenedIssue[]> {
  return openedIssues(snapshot).get(kind) ?? new Map();
}

/** The first issue (in snapshot order) the action opened with this marker: kind, subject and stage. */
export function issueOpenedFor(
  snapshot: Snapshot,
  marker: Pick<Marker, 'kind' | 'subject'> & { stage?: string },
): SnapshotIssue | undefined {
  const stage = marker.stage ?? '';
  return issuesOpenedAbout(snapshot, marker.kind, marker.subject).find(
    (opened) => (opened.marker.stage ?? '') === stage,
  )?.issue;
}

/** The lowest-numbered of the issues opened for one thing (two runs raced, or a person copied one). */
export function lowestNumber(opened: readonly OpenedIssue[]): SnapshotIssue | undefined {
  let lowest: SnapshotIssue | undefined;
  for (const { issue } of opened) if (!lowest || issue.number < lowest.number) lowest = issue;
  return lowest;
}
