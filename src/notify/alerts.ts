// Which of the run's writes are worth an alert outside GitHub. Only writes that really happened
// (`wrote`) count: a write found already done was alerted by the run that did it.
import type { Marker } from '../core/markers';
import type { Write } from '../core/plan';
import type { WriteOutcome } from '../github/execute';
import type { Alert, AlertKind } from './types';

export interface AlertSource {
  /** `https://github.com/owner/name` (GITHUB_SERVER_URL and the repository the writes went to). */
  readonly repositoryUrl: string;
  /** The title of an existing issue, for alerts about a comment on it. */
  readonly titleOf: (issueNumber: number) => string | undefined;
}

/** The alert a marker stands for, if any. */
export function alertKindOf(write: Write, marker: Marker): AlertKind | undefined {
  if (marker.kind === 'ladder' && marker.stage === 'formal-notice' && write.kind === 'comment')
    return 'formal-notice';
  if (marker.kind === 'escalation' && write.kind === 'open-issue') return 'escalation';
  if (marker.kind === 'feedback-sla-breach' && write.kind === 'comment') return 'sla-breach';
  return undefined;
}

// A ladder comment carries its ladder marker first (the primary one), so the primary marker decides.
function markersOf(write: Write): readonly Marker[] {
  return write.kind === 'comment' || write.kind === 'open-issue' ? [write.marker] : [];
}

export function alertsFromOutcomes(
  outcomes: readonly WriteOutcome[],
  wanted: ReadonlySet<AlertKind>,
  source: AlertSource,
): Alert[] {
  const alerts: Alert[] = [];
  for (const outcome of outcomes) {
    if (outcome.status !== 'wrote' || outcome.issueNumber === undefined) continue;
    const { write, issueNumber } = outcome;
    const kinds = new Set<AlertKind>();
    for (const marker of markersOf(write)) {
      const kind = alertKindOf(write, marker);
      if (kind && wanted.has(kind)) kinds.add(kind);
    }
    for (const kind of kinds) {
      const issueTitle =
        write.kind === 'open-issue' ? write.title : (source.titleOf(issueNumber) ?? `#${issueNumber}`);
      alerts.push({
        kind,
        issueNumber,
        issueTitle,
        issueUrl: `${source.repositoryUrl}/issues/${issueNumber}`,
        reason: write.reason,
      });
    }
  }
  return alerts;
}
