// Which of the run's writes are worth an alert outside GitHub. Only writes that really happened
// (`wrote`) count: a write found already done was alerted by the run that did it.
import { isLadderStage, type LadderStage, type MarkerKind } from '../core/marker-kinds';
import type { Marker } from '../core/markers';
import { commentMarkers, type Write } from '../core/plan';
import type { WriteOutcome } from '../github/execute';
import type { Alert, AlertKind } from './types';

export interface AlertSource {
  /** `https://github.com/owner/name` (GITHUB_SERVER_URL and the repository the writes went to). */
  readonly repositoryUrl: string;
  /** The title of an existing issue, for alerts about a comment on it. */
  readonly titleOf: (issueNumber: number) => string | undefined;
  /** The internal repository's address, where escalations open when the engagement has one. */
  readonly internalRepositoryUrl?: string;
}

/**
 * The alert each marker kind stands for: keyed on the registry's union, so a new kind is a compile
 * error here until someone decides whether it deserves a message outside GitHub.
 */
const ALERT_OF_KIND: Readonly<Record<MarkerKind, AlertKind | 'by-stage' | null>> = {
  tracking: null,
  reminder: null,
  'early-warning': null,
  alternates: null,
  ladder: 'by-stage',
  escalation: 'escalation',
  'escalation-closed': null,
  'command-reply': null,
  proposal: null,
  'proposal-closed': null,
  amendment: null,
  completion: null,
  'handoff-rating-request': null,
  retrospective: null,
  pulse: null,
  'pulse-rating': null,
  'handoff-rating': null,
  removed: null,
  restored: null,
  'not-delivery': null,
  'deadline-invalid': null,
  'contact-note': null,
  'contact-note-refused': null,
  kickoff: null,
  'kickoff-baseline': null,
  'kickoff-reminder': null,
  'kickoff-reply': null,
  'deadline-unconfirmed': null,
  'deadline-confirmed': null,
  'deadline-past': null,
  'feedback-ack': null,
  'feedback-triage-review': null,
  'feedback-5whys': null,
  'feedback-sla-warning': null,
  'feedback-sla-breach': 'sla-breach',
  'feedback-escalation-closed': null,
  // The breach note on the feedback issue is alerted; the escalation's own note of it is not again.
  'feedback-escalation-again': null,
  'feedback-nudge': null,
  'feedback-contradiction': null,
  'feedback-confirm': null,
  'feedback-rating': null,
  'feedback-reopened': null,
  'feedback-accepted': null,
  'feedback-proposal': null,
  'feedback-agreement': null,
  'feedback-implemented': null,
  summary: null,
  portfolio: null,
  'duplicate-closed': null,
};

const ALERT_OF_LADDER_STAGE: Readonly<Record<LadderStage, AlertKind | null>> = {
  friendly: null,
  'formal-notice': 'formal-notice',
  // The escalation step's comment links the escalation issue, which is alerted when it opens.
  escalation: null,
};

/** The alert a marker stands for, if any: escalations when their issue opens, the rest as comments. */
export function alertKindOf(write: Write, marker: Marker): AlertKind | undefined {
  const alert = ALERT_OF_KIND[marker.kind];
  if (alert === null) return undefined;
  if (alert === 'escalation') return write.kind === 'open-issue' ? alert : undefined;
  if (write.kind !== 'comment') return undefined;
  if (alert !== 'by-stage') return alert;
  return isLadderStage(marker.stage) ? (ALERT_OF_LADDER_STAGE[marker.stage] ?? undefined) : undefined;
}

function markersOf(write: Write): readonly Marker[] {
  if (write.kind === 'comment') return commentMarkers(write);
  return write.kind === 'open-issue' ? [write.marker] : [];
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
        issueUrl: `${
          write.kind === 'open-issue' && write.place === 'internal' && source.internalRepositoryUrl
            ? source.internalRepositoryUrl
            : source.repositoryUrl
        }/issues/${issueNumber}`,
        reason: write.reason,
      });
    }
  }
  return alerts;
}
