// Which issues matter to the engagement: those carrying one of these labels, and those the action opened.
import type { Engagement } from '../engagement/schema';

export function trackedLabels(engagement: Engagement): string[] {
  const names = [
    engagement.labels.milestone,
    engagement.labels.deadline,
    engagement.labels.escalation,
    engagement.feedback.label,
    ...engagement.summary.labels,
  ];
  return [...new Set(names.filter((name) => name.length > 0))];
}

/** The labels of issues the action keeps about milestones: read on every event run (few and cheap). */
export function keptIssueLabels(engagement: Engagement): string[] {
  return [...new Set([engagement.labels.milestone, engagement.labels.escalation])];
}
