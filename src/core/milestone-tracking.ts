// Where a milestone of the engagement file is tracked: the action's own tracking issue, known by its
// subject. The deadlines domain opens it; feedback that names the milestone links to it.
import { issueOpenedFor } from './opened-issues';
import type { Snapshot, SnapshotIssue } from './snapshot';

export const milestoneSubject = (id: string): string => `milestone:${id}`;

/** The milestone's tracking issue, once the action has opened it. */
export function trackingIssueOf(snapshot: Snapshot, milestoneId: string): SnapshotIssue | undefined {
  return issueOpenedFor(snapshot, { kind: 'tracking', subject: milestoneSubject(milestoneId) });
}
