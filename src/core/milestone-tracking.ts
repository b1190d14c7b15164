// Where a milestone of the engagement file is tracked: the action's own tracking issue, known by its
// subject. The deadlines domain opens it; feedback that names the milestone links to it.
import { issueOpenedFor, type OpenedWorld } from './opened-issues';
import type { SnapshotIssue } from './snapshot';

export const milestoneSubject = (id: string): string => `milestone:${id}`;

/** The milestone's tracking issue, once the action has opened it. */
export function trackingIssueOf(world: OpenedWorld, milestoneId: string): SnapshotIssue | undefined {
  return issueOpenedFor(world, { kind: 'tracking', subject: milestoneSubject(milestoneId) });
}
