// Everything the rules need to know about one feedback issue, read once from the snapshot.
import { isClosedBeforeAdoption, isFromBeforeAdoption } from '../core/adoption';
import type { PlanContext } from '../core/context';
import { issueSubject } from '../core/markers';
import type { IssueRef } from '../core/plan';
import type { SnapshotComment, SnapshotIssue } from '../core/snapshot';
import { notesTakenBackAt, takenBackSince } from '../core/taken-back';
import {
  feedbackIssues,
  feedbackMarkers,
  findMarker,
  firstVendorResponse,
  waitingIntervals,
  type Found,
  type Interval,
} from './issue';
import { readAnalysis, type Analysis } from './analysis';
import { KIND } from './kinds';
import { readSolution, type SolutionLog } from './solution';
import { effectiveTriage, type Triage } from './triage';

export interface FeedbackView {
  readonly issue: SnapshotIssue;
  readonly ref: IssueRef;
  readonly subject: string;
  /** The action's markers about this issue, on its own comments. */
  readonly found: readonly Found[];
  readonly triage: Triage;
  readonly pauses: readonly Interval[];
  readonly firstResponse: SnapshotComment | undefined;
  /** Filed before the action took over (core/adoption.ts): labelled, never answered as if new. */
  readonly fromBeforeAdoption: boolean;
  /** When the work last started over (ms): the latest reopening at the client's request, else 0. */
  readonly workSince: number;
  /** The team's analysis since then (root cause), if any. */
  readonly analysis: Analysis | null;
  /** Solutions proposed, agreed and put in place (`/propose`, `/agree`, `/implemented`). */
  readonly solution: SolutionLog;
  /** When people took back the action's notes here: deleted, or edited to drop the marker. */
  readonly takenBack: readonly Date[];
}

export function viewOf(ctx: PlanContext, issue: SnapshotIssue): FeedbackView {
  const found = feedbackMarkers(ctx, issue);
  const reopenings = found.filter(({ marker }) => marker.kind === KIND.reopened);
  const workSince = Math.max(0, ...reopenings.map(({ comment }) => Date.parse(comment.createdAt)));
  return {
    issue,
    ref: { number: issue.number },
    subject: issueSubject(issue.number),
    found,
    triage: effectiveTriage(ctx, issue, found),
    pauses: waitingIntervals(ctx, issue, found),
    firstResponse: firstVendorResponse(ctx, issue),
    fromBeforeAdoption: isFromBeforeAdoption(ctx, issue),
    workSince,
    analysis: readAnalysis(ctx, issue, workSince),
    solution: readSolution(ctx, issue, found),
    takenBack: notesTakenBackAt(ctx.snapshot, issue, ctx.now),
  };
}

/** Every piece of feedback as the rules see it: read once per plan and handed to the rules and the facts. */
export function feedbackViews(ctx: PlanContext): readonly FeedbackView[] {
  // Feedback closed before the action took over is history: no rule and no weekly figure reads it.
  return feedbackIssues(ctx)
    .filter((issue) => !isClosedBeforeAdoption(ctx, issue))
    .map((issue) => viewOf(ctx, issue));
}

export function isClosedAsCompleted(issue: SnapshotIssue): boolean {
  return issue.state === 'closed' && (issue.stateReason ?? 'COMPLETED').toUpperCase() === 'COMPLETED';
}

/** True while the issue waits for the client (a pause that has not ended). */
export function isWaiting(view: FeedbackView): boolean {
  return view.pauses.some((pause) => pause.to === null);
}

/**
 * A note of the action due from `due` on that a person took back: one of the action's notes here was
 * deleted, or edited to drop its marker, when it was already due. Not posted again (their decision).
 */
export function tookBack(view: FeedbackView, due: Date | string): boolean {
  return takenBackSince(view.takenBack, due);
}

/**
 * The acknowledgement was posted: it is there, or a person took it back (it is due from the filing,
 * so any note of the action taken back since, with no acknowledgement left, was it). Feedback from
 * before the adoption is never acknowledged.
 */
export function isAcknowledged(view: FeedbackView): boolean {
  if (findMarker(view.found, KIND.ack)) return true;
  return !view.fromBeforeAdoption && tookBack(view, view.issue.createdAt);
}
