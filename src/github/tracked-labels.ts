// Which issues matter to the engagement: those carrying a label one of the domains tracks (each
// domain says which), and those the action opened.
import type { Engagement } from '../engagement/schema';

export { trackedLabels } from '../plan/domains';

/** The labels of issues the action keeps about milestones: read on every event run (few and cheap). */
export function keptIssueLabels(engagement: Engagement): string[] {
  return [...new Set([engagement.labels.milestone, engagement.labels.escalation])];
}
