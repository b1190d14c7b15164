// Who may set a deadline by filing an issue, and when it counts. A deadline filed through the issue
// form is tracked when a party to the engagement filed it (core's one rule, `sideOf`: a named contact
// or someone with write access) with a date still ahead of the filing. Anyone else's filing waits
// until a party confirms it with `/confirm` on a line of its own; the action then records the
// confirmation as its own note (who, when, the comment, the date confirmed), and from then on that
// record is the truth: editing or deleting the `/confirm`, or the filed date, changes nothing. A date
// already past when it was filed is refused: nothing is tracked and no lateness is counted from it.
import { findCommand } from '../core/command-lines';
import type { PlanContext } from '../core/context';
import type { MarkerKind } from '../core/marker-kinds';
import { botCommentMarkers, isBot, type Marker } from '../core/markers';
import { sideOf } from '../core/sides';
import type { SnapshotComment, SnapshotIssue } from '../core/snapshot';
import type { Side } from '../engagement/schema';
import { writtenAt } from './agreements';

export interface Confirmation {
  readonly commentId: number;
  readonly url: string;
  readonly by: string;
  readonly side: Side;
  /** When the `/confirm` was written (an edited comment: at its edit, never earlier). */
  readonly at: string;
  /** The due date confirmed, as written (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`). */
  readonly due: string;
  /** True when read from the action's own record, which no later edit of a comment changes. */
  readonly recorded: boolean;
}

/** A `/confirm` that confirmed nothing: from someone who is not a party, or of a date already past. */
export interface ConfirmRefusal {
  readonly comment: SnapshotComment;
  /** When the `/confirm` was written (its last edit). */
  readonly at: string;
  readonly side: Side | undefined;
  readonly reason: 'confirm-not-a-party' | 'confirm-past';
}

/**
 * - `tracked`: filed by a party with a date still ahead, or confirmed by a party;
 * - `awaiting-confirmation`: filed by someone who is not a party, not confirmed yet;
 * - `past-date`: the date had passed when it was filed (or when it was confirmed), not confirmed since.
 */
export type FilingStatus = 'tracked' | 'awaiting-confirmation' | 'past-date';

export interface Filing {
  readonly status: FilingStatus;
  /** The due date in effect: the confirmed one once confirmed, else the one filed. */
  readonly due: string;
  readonly confirmation: Confirmation | null;
  /** `/confirm` commands that confirmed nothing, each answered once (core's noise bounds apply). */
  readonly refusals: readonly ConfirmRefusal[];
}

const CONFIRM = /^\/confirm(?:\s.*)?$/iu;

/** Notes the action writes only about a tracked deadline: their presence means it was tracked before. */
const TRACKED_NOTES: ReadonlySet<MarkerKind> = new Set<MarkerKind>([
  'reminder',
  'early-warning',
  'alternates',
  'ladder',
  'proposal',
  'amendment',
  'completion',
]);

export function isConfirm(body: string): boolean {
  return findCommand(body, CONFIRM) !== null;
}

/** The confirmation record's marker data: everything needed to read it back alone. */
export function confirmationData(confirmation: Confirmation): Record<string, string> {
  return {
    by: confirmation.by,
    side: confirmation.side,
    confirmedAt: confirmation.at,
    to: confirmation.due,
    url: confirmation.url,
  };
}

function fromRecord(comment: SnapshotComment, marker: Marker): Confirmation | undefined {
  const data = marker.data ?? {};
  const commentId = Number(marker.stage);
  if (!Number.isInteger(commentId) || !data.by || !data.confirmedAt || !data.to) return undefined;
  if (data.side !== 'client' && data.side !== 'vendor') return undefined;
  return {
    commentId,
    url: data.url ?? comment.url,
    by: data.by,
    side: data.side,
    at: data.confirmedAt,
    due: data.to,
    recorded: true,
  };
}

/** Whether a filed deadline counts, and on which date; `filedDue` is the date the issue gives now. */
export function readFiling(ctx: PlanContext, issue: SnapshotIssue, filedDue: string): Filing {
  const notes = botCommentMarkers(ctx.snapshot, issue);
  const recorded = notes
    .filter(({ marker }) => marker.kind === 'deadline-confirmed')
    .map(({ comment, marker }) => fromRecord(comment, marker))
    .find((confirmation) => confirmation !== undefined);
  if (recorded) return { status: 'tracked', due: recorded.due, confirmation: recorded, refusals: [] };

  const dueAt = ctx.calendar.dueInstant(filedDue).getTime();
  // A refusal stands once written: the reply asked for a new filing (or a party's confirmation), so
  // editing the date afterwards does not start tracking behind everyone's back.
  const refused = notes.some(({ marker }) => marker.kind === 'deadline-past');
  const pastWhenFiled = dueAt <= Date.parse(issue.createdAt);
  const byParty = sideOf(ctx, issue.author.login) !== undefined;
  // Filed deadlines the action tracked before this rule existed stay tracked (adoption never rewrites).
  const trackedBefore = notes.some(({ marker }) => TRACKED_NOTES.has(marker.kind));
  if (trackedBefore || (byParty && !pastWhenFiled && !refused))
    return { status: 'tracked', due: filedDue, confirmation: null, refusals: [] };

  const refusals: ConfirmRefusal[] = [];
  const confirms = issue.comments
    .filter((comment) => !isBot(ctx.snapshot, comment.author.login) && isConfirm(comment.body))
    .map((comment) => ({ comment, at: writtenAt(comment) }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.comment.id - b.comment.id));
  for (const { comment, at } of confirms) {
    const side = sideOf(ctx, comment.author.login);
    if (!side) refusals.push({ comment, at, side, reason: 'confirm-not-a-party' });
    else if (dueAt <= Date.parse(at)) refusals.push({ comment, at, side, reason: 'confirm-past' });
    else {
      const confirmation: Confirmation = {
        commentId: comment.id,
        url: comment.url,
        by: comment.author.login,
        side,
        at,
        due: filedDue,
        recorded: false,
      };
      return { status: 'tracked', due: filedDue, confirmation, refusals };
    }
  }
  const status = pastWhenFiled || refused ? 'past-date' : 'awaiting-confirmation';
  return { status, due: filedDue, confirmation: null, refusals };
}
