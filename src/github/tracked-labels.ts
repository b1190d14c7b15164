// Which issues matter to the engagement: those people file carrying a label one of the domains tracks
// (each domain says which), and those the action opened (read by author, so the milestone,
// escalation and summary labels of its own issues are not asked for twice).
import type { Engagement } from '../engagement/schema';
import { previousWeek, weekOf, weekStart } from '../summary/week';

export { trackedLabels } from '../plan/domains';

/** The labels of issues the action keeps about milestones: read on every event run (few and cheap). */
export function keptIssueLabels(engagement: Engagement): string[] {
  return [...new Set([engagement.labels.milestone, engagement.labels.escalation])];
}

/**
 * The look-back of a full scan: the start of last ISO week on the engagement's clock. The summary
 * reports this week against last week, and last week's issue gets its final figures early this week,
 * so closed issues not touched since then change nothing a run writes; they are left unread.
 */
export function readSince(engagement: Engagement, now: Date): string {
  const zone = engagement.engagement.time_zone;
  return weekStart(previousWeek(weekOf(now, zone), zone), zone).toISOString();
}
