// The client's answer to the action's questions about a report too thin to act on. The labels the
// action chose while it knew too little are read again with the answer; a label a person set stays.
import type { PlanContext } from '../core/context';
import type { SnapshotIssue } from '../core/snapshot';
import { findMarker, firstVendorResponse, isClientSide, type Found } from './issue';
import { KIND } from './kinds';

/**
 * What the client side wrote after the action asked its questions and before the team first
 * responded (from then on a person handles the triage); null when nothing was asked or answered.
 */
export function triageAnswer(ctx: PlanContext, issue: SnapshotIssue, found: readonly Found[]): string | null {
  const asked = findMarker(found, KIND.ack);
  if (!asked || asked.marker.data?.waiting !== 'yes') return null;
  const from = Date.parse(asked.comment.createdAt);
  const team = firstVendorResponse(ctx, issue);
  const until = team ? Date.parse(team.createdAt) : Number.POSITIVE_INFINITY;
  const answers = issue.comments
    .filter((comment) => {
      const at = Date.parse(comment.createdAt);
      return at > from && at < until && isClientSide(ctx, issue, comment);
    })
    .map((comment) => comment.body.trim())
    .filter(Boolean);
  return answers.length > 0 ? answers.join('\n\n') : null;
}
