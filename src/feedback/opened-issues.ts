// The issues the action opened, by their marker's key, read once per snapshot. Rules ask "does the
// escalation issue of feedback #N exist?" for every piece of feedback: scanning every issue each
// time made a large repository quadratic.
import { botIssueMarker, markerKey, type Marker } from '../core/markers';
import type { Snapshot, SnapshotIssue } from '../core/snapshot';

const bySnapshot = new WeakMap<Snapshot, Map<string, SnapshotIssue>>();

function openedIssues(snapshot: Snapshot): Map<string, SnapshotIssue> {
  let index = bySnapshot.get(snapshot);
  if (!index) {
    index = new Map();
    for (const issue of snapshot.issues) {
      const marker = botIssueMarker(snapshot, issue);
      // The first issue in snapshot order wins, as a scan from the start would find it.
      if (marker !== undefined && !index.has(markerKey(marker))) index.set(markerKey(marker), issue);
    }
    bySnapshot.set(snapshot, index);
  }
  return index;
}

/** The issue the action opened with this marker (kind, subject and stage), if any. */
export function issueOpenedFor(
  snapshot: Snapshot,
  marker: Pick<Marker, 'kind' | 'subject'> & { stage?: string },
): SnapshotIssue | undefined {
  return openedIssues(snapshot).get(markerKey(marker));
}
