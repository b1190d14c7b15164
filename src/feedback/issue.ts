// Reading one feedback issue from the snapshot: who is who (client side, vendor side, the action),
// what the action already wrote, and when the issue waited for the client.
import type { PlanContext } from '../core/context';
import { botCommentMarkers, isBot, issueSubject, type Marker } from '../core/markers';
import type { SnapshotComment, SnapshotIssue } from '../core/snapshot';
import { findCommand, writtenAt } from '../core/command-lines';
import { sideOf } from '../core/sides';
import type { Side } from '../engagement/schema';
import { KIND } from './kinds';

/** Issues with the feedback label, filed by a person (not the action's own issues). */
export function isFeedbackIssue(ctx: PlanContext, issue: SnapshotIssue): boolean {
  if (isBot(ctx.snapshot, issue.author.login)) return false;
  const label = ctx.engagement.feedback.label.toLowerCase();
  return issue.labels.some((name) => name.toLowerCase() === label);
}

export function feedbackIssues(ctx: PlanContext): SnapshotIssue[] {
  return ctx.snapshot.issues.filter((issue) => isFeedbackIssue(ctx, issue));
}

/** The client's side: the issue's filer and the configured client contacts (core's one rule). */
export function isClientSide(ctx: PlanContext, issue: SnapshotIssue, comment: SnapshotComment): boolean {
  return sideOf(ctx, comment.author.login, { filer: issue.author.login }) === 'client';
}

/**
 * The vendor's side: a configured vendor contact or role member, or anyone with write access — but
 * never the action, the issue's filer or a client contact (core's one rule).
 */
export function isVendorSide(ctx: PlanContext, issue: SnapshotIssue, comment: SnapshotComment): boolean {
  return sideOf(ctx, comment.author.login, { filer: issue.author.login }) === 'vendor';
}

/**
 * The feedback was filed by someone on the vendor side (named by the file, or with write access: a team
 * member relaying a client's call or mail): its filer is not the client who decides on it.
 */
export function filedByVendor(ctx: PlanContext, issue: SnapshotIssue): boolean {
  return sideOf(ctx, issue.author.login) === 'vendor';
}

/**
 * The side a person speaks for when a decision between the two sides is theirs to make: the team's
 * `/propose`, `/analysed`, `/implemented`, the client's `/agree` and rating. As core's one rule
 * (sideOf), except that the filer of an issue is the client there only when they are not on the
 * vendor side otherwise (named by the file, or with write access): a team member who files feedback
 * for a client still speaks for the team, and cannot agree to the team's proposal or rate the team's
 * fix in the client's place. A named client contact stays the client's, write access or not.
 */
export function decisionSide(ctx: PlanContext, issue: SnapshotIssue, login: string): Side | undefined {
  const side = sideOf(ctx, login, { filer: issue.author.login });
  if (side !== 'client') return side;
  return sideOf(ctx, login) === 'vendor' ? 'vendor' : side;
}

/** A person who may give the client's decisions on this issue (`/agree`, a rating). */
export function decidesForClient(ctx: PlanContext, issue: SnapshotIssue, login: string): boolean {
  return decisionSide(ctx, issue, login) === 'client';
}

export function firstVendorResponse(ctx: PlanContext, issue: SnapshotIssue): SnapshotComment | undefined {
  return issue.comments.find((comment) => isVendorSide(ctx, issue, comment));
}

export interface Found {
  readonly comment: SnapshotComment;
  readonly marker: Marker;
}

/** The action's own markers about this feedback issue. */
export function feedbackMarkers(ctx: PlanContext, issue: SnapshotIssue): Found[] {
  const subject = issueSubject(issue.number);
  return botCommentMarkers(ctx.snapshot, issue).filter(({ marker }) => marker.subject === subject);
}

export function findMarker(found: readonly Found[], kind: string, stage?: string): Found | undefined {
  return found.find(
    ({ marker }) => marker.kind === kind && (stage === undefined || (marker.stage ?? '') === stage),
  );
}

export interface Interval {
  readonly from: Date;
  /** null while the issue still waits. */
  readonly to: Date | null;
}

// A vendor comment with a line `/waiting` says the team waits for the client (a question asked).
const WAITING_COMMAND = /^\/waiting\b/iu;

/**
 * When the issue waited for the client: from the action's questions (unclear feedback) or a team
 * member's `/waiting`, until the client side's next comment. The SLA clocks pause meanwhile. A
 * `/waiting` counts from when it was written: edited into an older comment, from the edit, never
 * back-dated to the comment's creation; and a client who answered that comment before the edit has
 * already answered it, so the edit pauses nothing.
 */
export function waitingIntervals(
  ctx: PlanContext,
  issue: SnapshotIssue,
  found: readonly Found[],
): Interval[] {
  // `from`: when the wait starts; `asked`: the comment that asks, after which the client's answer counts.
  const starts: Array<{ from: Date; asked: Date }> = [];
  for (const { comment, marker } of found) {
    if (marker.kind === KIND.ack && marker.data?.waiting === 'yes') {
      const at = new Date(comment.createdAt);
      starts.push({ from: at, asked: at });
    }
  }
  for (const comment of issue.comments) {
    if (isVendorSide(ctx, issue, comment) && findCommand(comment.body, WAITING_COMMAND) !== null) {
      starts.push({ from: new Date(writtenAt(comment)), asked: new Date(comment.createdAt) });
    }
  }
  starts.sort((a, b) => a.from.getTime() - b.from.getTime());
  const intervals: Interval[] = [];
  for (const { from, asked } of starts) {
    const last = intervals[intervals.length - 1];
    if (last && (last.to === null || last.to.getTime() > from.getTime())) continue;
    const answer = issue.comments.find(
      (comment) =>
        isClientSide(ctx, issue, comment) && new Date(comment.createdAt).getTime() > asked.getTime(),
    );
    const to = answer ? new Date(answer.createdAt) : null;
    if (to && to.getTime() <= from.getTime()) continue;
    intervals.push({ from, to });
  }
  return intervals;
}

/** The names of the labels on an issue, as written there, keyed by their lower-case form. */
export function labelsOf(issue: SnapshotIssue): Map<string, string> {
  return new Map(issue.labels.map((name) => [name.toLowerCase(), name]));
}
