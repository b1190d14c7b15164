// What the shell reads from GitHub for the composer, as the domains declare it: the issues people file
// carrying a label a domain tracks, the action's own issues a domain keeps (by label, on event runs),
// and how far back a full scan looks. The shell asks here and holds no domain knowledge itself.
import type { Domain } from '../core/domain';
import type { Engagement } from '../engagement/schema';
import { previousWeek, weekOf, weekStart } from '../summary/week';
import { DOMAINS } from './domains';

/** The labels of the issues people file that matter to the engagement: the union over the domains. */
export function trackedLabels(engagement: Engagement, domains: readonly Domain[] = DOMAINS): string[] {
  return union(domains.flatMap((domain) => domain.trackedLabels(engagement)));
}

/**
 * The labels of the issues the action keeps (tracking, escalation): read on every event run beside
 * its one issue (few and cheap). A full scan reads the action's own issues by author.
 */
export function keptIssueLabels(engagement: Engagement, domains: readonly Domain[] = DOMAINS): string[] {
  return union(domains.flatMap((domain) => domain.keptLabels(engagement)));
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

function union(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => name.length > 0))];
}
