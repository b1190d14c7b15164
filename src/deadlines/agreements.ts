// Documented agreements: a change of date or scope takes effect only when an authorised contact of
// each side has agreed; the proposer counts for their side. Everything is read again from the
// comments on every run, so the record never depends on what an earlier run happened to see.
import type { PlanContext } from '../core/context';
import { isBot } from '../core/markers';
import type { SnapshotComment } from '../core/snapshot';
import type { Side } from '../engagement/schema';
import { parseCommand } from './commands';
import { otherSide, speakerSide } from './people';

export interface Proposal {
  readonly commentId: number;
  readonly url: string;
  readonly kind: 'extend' | 'rescope';
  /** The new due (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) for an extension. */
  readonly due?: string;
  /** What changes, for a change of scope (client-written: show it only through inlineSafely). */
  readonly what?: string;
  readonly reason: string;
  readonly proposer: string;
  readonly side: Side;
  readonly at: string;
}

export interface Amendment extends Proposal {
  readonly agreer: string;
  readonly agreerSide: Side;
  readonly agreedAt: string;
  readonly agreeCommentId: number;
}

export interface Decline {
  readonly commentId: number;
  readonly proposal: Proposal;
  readonly by: string;
  readonly at: string;
}

export type ReplyReason =
  | { readonly kind: 'unauthorised' }
  | { readonly kind: 'malformed'; readonly hint: 'extend' | 'rescope' | 'done' }
  | { readonly kind: 'closed-day'; readonly date: string; readonly why: string }
  | { readonly kind: 'nothing-pending' }
  | { readonly kind: 'same-side'; readonly side: Side };

export interface CommandReply {
  readonly commentId: number;
  readonly author: string;
  readonly side: Side | undefined;
  readonly reason: ReplyReason;
  /** The due in effect when the command was written, for the hint. */
  readonly dueText: string;
}

export interface AgreementLog {
  readonly amendments: readonly Amendment[];
  readonly proposals: readonly Proposal[];
  readonly declines: readonly Decline[];
  readonly pending: Proposal | null;
  readonly replies: readonly CommandReply[];
  /** The due after the agreed extensions (as written), or the baseline when none was agreed. */
  readonly dueText: string;
}

export function readAgreements(
  ctx: PlanContext,
  comments: readonly SnapshotComment[],
  baselineDue: string,
  completedAt: Date | null,
): AgreementLog {
  const calendar = ctx.calendar;
  const amendments: Amendment[] = [];
  const proposals: Proposal[] = [];
  const declines: Decline[] = [];
  const replies: CommandReply[] = [];
  let pending: Proposal | null = null;
  let dueText = baselineDue;

  for (const comment of comments) {
    if (isBot(ctx.snapshot, comment.author.login)) continue;
    const command = parseCommand(comment.body);
    if (!command) continue;
    const side = speakerSide(ctx, comment.author);
    const reply = (reason: ReplyReason): void => {
      replies.push({ commentId: comment.id, author: comment.author.login, side, reason, dueText });
    };
    if (!side) {
      reply({ kind: 'unauthorised' });
      continue;
    }
    if (completedAt && new Date(comment.createdAt).getTime() > completedAt.getTime()) {
      reply({ kind: 'malformed', hint: 'done' });
      continue;
    }
    const base = {
      commentId: comment.id,
      url: comment.url,
      proposer: comment.author.login,
      side,
      at: comment.createdAt,
    };
    switch (command.kind) {
      case 'malformed':
        reply({ kind: 'malformed', hint: command.command });
        break;
      case 'extend': {
        const currentDue = calendar.dueInstant(dueText);
        const newDue = calendar.dueInstant(command.due);
        const closed = command.due.length === 10 ? calendar.closedReason(command.due) : undefined;
        if (newDue.getTime() <= currentDue.getTime()) {
          reply({ kind: 'malformed', hint: 'extend' });
        } else if (closed !== undefined) {
          reply({ kind: 'closed-day', date: command.due, why: closed });
        } else {
          pending = { ...base, kind: 'extend', due: command.due, reason: command.reason };
          proposals.push(pending);
        }
        break;
      }
      case 'rescope':
        pending = { ...base, kind: 'rescope', what: command.what, reason: '' };
        proposals.push(pending);
        break;
      case 'agree':
        if (!pending) reply({ kind: 'nothing-pending' });
        else if (pending.side === side) reply({ kind: 'same-side', side });
        else {
          amendments.push({
            ...pending,
            agreer: comment.author.login,
            agreerSide: side,
            agreedAt: comment.createdAt,
            agreeCommentId: comment.id,
          });
          if (pending.kind === 'extend' && pending.due) dueText = pending.due;
          pending = null;
        }
        break;
      case 'decline':
        if (!pending) reply({ kind: 'nothing-pending' });
        else {
          declines.push({
            commentId: comment.id,
            proposal: pending,
            by: comment.author.login,
            at: comment.createdAt,
          });
          pending = null;
        }
        break;
    }
  }
  // The file's date governs when someone later moved it past the agreed one.
  if (calendar.dueInstant(baselineDue).getTime() > calendar.dueInstant(dueText).getTime())
    dueText = baselineDue;
  return { amendments, proposals, declines, pending, replies, dueText };
}

export function waitingFor(proposal: Proposal): Side {
  return otherSide(proposal.side);
}
