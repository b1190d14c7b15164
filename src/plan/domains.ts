// The domains the composer runs, in order: the summary last, since it reports what the others found.
// The pulse goes before it, so the check-in it opens is in the summary's projected repository.
import type { Domain } from '../core/domain';
import { deadlinesDomain } from '../deadlines';
import type { Engagement } from '../engagement/schema';
import { feedbackDomain } from '../feedback';
import { pulseDomain } from '../pulse';
import { summaryDomain } from '../summary';

export const DOMAINS: readonly Domain[] = [deadlinesDomain, feedbackDomain, pulseDomain, summaryDomain];

/** Which issues matter to the engagement: those carrying a label one of the domains tracks. */
export function trackedLabels(engagement: Engagement, domains: readonly Domain[] = DOMAINS): string[] {
  const names = domains.flatMap((domain) => domain.trackedLabels(engagement));
  return [...new Set(names.filter((name) => name.length > 0))];
}
