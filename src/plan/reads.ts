// What the shell reads from GitHub for the composer, as the domains declare it: the issues people file
// carrying a label a domain tracks, the action's own issues a domain keeps (by label, on event runs),
// how far back a full scan looks, and which issues need a detail read one issue at a time. The shell
// asks here and holds no domain knowledge itself.
import type { Domain, ExtraRead } from '../core/domain';
import type { Snapshot } from '../core/snapshot';
import type { Engagement } from '../engagement/schema';
import { previousWeek, weekOf, weekStart } from '../summary/week';
import { DOMAINS } from './domains';
import { buildContext, type PlanOptions } from './planner';

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
 * Labels the issues the action opens carry (tracking, escalation, kickoff, summary, pulse): the read
 * checks with them that GitHub's author filter found the action's own issues (src/github/own-check.ts).
 */
export function ownIssueLabels(engagement: Engagement, domains: readonly Domain[] = DOMAINS): string[] {
  return union(domains.flatMap((domain) => domain.ownLabels(engagement)));
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

/**
 * The issues the domains want an extra read for (`ExtraRead`: who closed them, their body's history,
 * a hosted triage), asked on the snapshot as read so far: the union, in the domains' order.
 */
export function issuesWanting(
  read: ExtraRead,
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
  domains: readonly Domain[] = DOMAINS,
): number[] {
  return askedOf(read, engagement, snapshot, now, options, domains);
}

/**
 * The comments (REST ids) whose reactions the domains read, asked on the snapshot as first read (its
 * issues and comments, before any per-issue read): the union, in the domains' order.
 */
export function commentsWantingReactions(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
  domains: readonly Domain[] = DOMAINS,
): number[] {
  return askedOf('reactions', engagement, snapshot, now, options, domains);
}

/** The union of what the domains ask for one extra read; the context is built only when one asks. */
function askedOf(
  read: ExtraRead | 'reactions',
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions,
  domains: readonly Domain[],
): number[] {
  const asks = domains.flatMap((domain) => domain.extraReads?.[read] ?? []);
  if (asks.length === 0) return [];
  const ctx = buildContext(engagement, snapshot, now, options);
  return [...new Set(asks.flatMap((ask) => ask(ctx)))];
}

function union(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => name.length > 0))];
}
