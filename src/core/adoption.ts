// Adoption without spam: the action takes over a repository that already has history. Issues closed
// before the adoption are history and get nothing; issues still open from before it are triaged and
// labelled, but get no backdated acknowledgement, SLA warning or breach, or rating request.
//
// The adoption instant is the start of `engagement.adopted_on` in the engagement's time zone, or —
// when the file does not say — the start of the day the engagement file first appears in the
// repository's history (read by the shell into `snapshot.engagementFileAddedAt`). Unknown: null,
// and every issue is treated as new, as before adoption dates existed.
import type { BusinessCalendar } from '../calendar/types';
import type { Engagement } from '../engagement/schema';
import type { Snapshot, SnapshotIssue } from './snapshot';

export function adoptionInstant(
  engagement: Engagement,
  snapshot: Snapshot,
  calendar: BusinessCalendar,
): Date | null {
  const date =
    engagement.engagement.adopted_on ??
    (snapshot.engagementFileAddedAt ? calendar.localDate(new Date(snapshot.engagementFileAddedAt)) : null);
  return date ? calendar.instantOf(`${date}T00:00`) : null;
}

interface Adopted {
  readonly adoptedAt?: Date | null;
}

/** Filed before the action took over: labelled, never answered as if new. */
export function isFromBeforeAdoption(ctx: Adopted, issue: SnapshotIssue): boolean {
  return isBeforeAdoption(ctx, issue.createdAt);
}

/** Written (filed, commented, edited) before the action took over: history, never answered now. */
export function isBeforeAdoption(ctx: Adopted, at: string): boolean {
  return Boolean(ctx.adoptedAt) && new Date(at).getTime() < (ctx.adoptedAt?.getTime() ?? 0);
}

/** Closed before the action took over: history, left alone entirely. */
export function isClosedBeforeAdoption(ctx: Adopted, issue: SnapshotIssue): boolean {
  return (
    Boolean(ctx.adoptedAt) &&
    issue.state === 'closed' &&
    issue.closedAt !== null &&
    new Date(issue.closedAt).getTime() < (ctx.adoptedAt?.getTime() ?? 0)
  );
}
