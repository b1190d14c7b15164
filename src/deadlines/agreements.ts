// Documented agreements: a change of date or scope takes effect only when an authorised contact of
// each side has agreed; the proposer counts for their side. Once both sides agreed, the action writes
// the amendment as its own record (what, who, when, the comment ids and the exact text agreed), and
// from then on that record is the truth: editing or deleting people's comments changes nothing.
// People's commands still open are read from their comments at the time they were written — an
// edited comment at its edit time, never earlier — so an old comment edited into `/agree` agrees now.
import type { PlanContext } from '../core/context';
import { writtenAt } from '../core/command-lines';
import { isBot, type Marker } from '../core/markers';
import type { SnapshotComment } from '../core/snapshot';
import type { Locale, Side } from '../engagement/schema';
import { parseCommand } from './commands';
import { otherSide, speakerSide } from './people';
import { languageOfWords } from '../messages/written-language';

export interface Proposal {
  readonly commentId: number;
  readonly url: string;
  /** `undo`: take back an agreed change (the one named by `undoes`), agreed by both sides again. */
  readonly kind: 'extend' | 'rescope' | 'undo';
  /** The new due (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) for an extension. */
  readonly due?: string;
  /** For an undo: the proposal comment id of the agreed change it takes back. */
  readonly undoes?: number;
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
  readonly agreeUrl: string;
  /** The proposal's command line exactly as it was agreed. */
  readonly text: string;
  /** True when read from the action's own record, which no later edit of a comment changes. */
  readonly recorded: boolean;
}

/** The action's own notes on the tracking issue (only the amendment records are read here). */
export interface RecordNote {
  readonly comment: SnapshotComment;
  readonly marker: Marker;
}

export { writtenAt };

const SIDES: readonly string[] = ['client', 'vendor'];

/** An amendment as the action recorded it; undefined for records written before they held everything. */
function fromRecord(note: RecordNote): Amendment | undefined {
  const data = note.marker.data ?? {};
  const commentId = Number(note.marker.stage);
  const agreeCommentId = Number(data.agreeId);
  const kind = data.change;
  if (kind !== 'extend' && kind !== 'rescope' && kind !== 'undo') return undefined;
  const undoes = Number(data.undoes);
  if (kind === 'undo' && !Number.isInteger(undoes)) return undefined;
  if (!Number.isInteger(commentId) || !Number.isInteger(agreeCommentId)) return undefined;
  if (!data.proposer || !data.agreer || !data.proposedAt || !data.agreedAt) return undefined;
  if (!SIDES.includes(data.proposerSide ?? '') || !SIDES.includes(data.agreerSide ?? '')) return undefined;
  return {
    commentId,
    url: data.proposalUrl ?? note.comment.url,
    kind,
    ...(kind === 'extend' && data.to ? { due: data.to } : {}),
    ...(kind === 'rescope' ? { what: data.what ?? '' } : {}),
    ...(kind === 'undo' ? { undoes } : {}),
    reason: data.reason ?? '',
    proposer: data.proposer,
    side: data.proposerSide as Side,
    at: data.proposedAt,
    agreer: data.agreer,
    agreerSide: data.agreerSide as Side,
    agreedAt: data.agreedAt,
    agreeCommentId,
    agreeUrl: data.agreeUrl ?? note.comment.url,
    text: data.text ?? '',
    recorded: true,
  };
}

/** What the record of an amendment keeps in its marker: everything needed to read it back alone. */
export function recordData(amendment: Amendment): Record<string, string> {
  return {
    change: amendment.kind,
    ...(amendment.due ? { to: amendment.due } : {}),
    ...(amendment.kind === 'rescope' ? { what: amendment.what ?? '' } : {}),
    ...(amendment.undoes !== undefined ? { undoes: String(amendment.undoes) } : {}),
    ...(amendment.reason ? { reason: amendment.reason } : {}),
    proposer: amendment.proposer,
    proposerSide: amendment.side,
    proposedAt: amendment.at,
    proposalUrl: amendment.url,
    agreer: amendment.agreer,
    agreerSide: amendment.agreerSide,
    agreedAt: amendment.agreedAt,
    agreeId: String(amendment.agreeCommentId),
    agreeUrl: amendment.agreeUrl,
    text: amendment.text,
  };
}

/** The first command line of a comment, as written (kept in the record as the exact text agreed). */
function commandText(body: string): string {
  const line = body.split(/\r?\n/u).find((candidate) => /^\s*\/(extend|rescope|undo)\b/iu.test(candidate));
  return (line ?? '').trim().slice(0, 500);
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
  // `/extend` to a date outside the years that can be planned, or one that would carry a dependent
  // milestone past their last day (years.ts): `dependant` is its title.
  | { readonly kind: 'out-of-years'; readonly date: string }
  | { readonly kind: 'dependant-out-of-years'; readonly date: string; readonly dependant: string }
  | { readonly kind: 'nothing-pending' }
  | { readonly kind: 'nothing-to-undo' }
  | { readonly kind: 'same-side'; readonly side: Side }
  // `/confirm` of a filed deadline (filing.ts): from someone who is not a party, or of a past date.
  | { readonly kind: 'confirm-not-a-party' }
  | { readonly kind: 'confirm-past' };

export interface CommandReply {
  readonly commentId: number;
  readonly author: string;
  /** The command answered, as its name (`/agree`), so the reply says what it answers. */
  readonly command: string;
  readonly side: Side | undefined;
  readonly reason: ReplyReason;
  /** The due in effect when the command was written, for the hint. */
  readonly dueText: string;
  /** The language the comment was written in, when its words tell: the reply follows it. */
  readonly writtenIn?: Locale | undefined;
  /** When the command was written (its last edit): one from before the adoption gets no reply. */
  readonly writtenAt: string;
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
  notes: readonly RecordNote[] = [],
  without: ReadonlySet<number> = new Set(),
  /**
   * The title of a dependent milestone an extension to `due` would carry past the last day that can be
   * planned (years.ts), or undefined: such an extension is refused when it is proposed.
   */
  carriesPastYears: (due: string) => string | undefined = () => undefined,
): AgreementLog {
  const calendar = ctx.calendar;
  const records = notes
    .filter((note) => note.marker.kind === 'amendment')
    .map(fromRecord)
    .filter((amendment): amendment is Amendment => amendment !== undefined)
    .sort((a, b) => a.agreedAt.localeCompare(b.agreedAt));
  const amendments: Amendment[] = [...records];
  const proposals: Proposal[] = [];
  const declines: Decline[] = [];
  const replies: CommandReply[] = [];
  let pending: Proposal | null = null;
  let dueText = dueAfter(baselineDue, amendments);

  // The comments a record was made from are settled; so is every command written before the latest
  // record (it was answered, superseded or agreed then).
  const consumed = new Set(records.flatMap((record) => [record.commentId, record.agreeCommentId]));
  const settledUntil = records.length > 0 ? (records[records.length - 1]?.agreedAt ?? '') : '';
  const commands = comments
    .filter((comment) => !isBot(ctx.snapshot, comment.author.login) && !consumed.has(comment.id))
    .map((comment) => ({ comment, at: writtenAt(comment), command: parseCommand(comment.body) }))
    .filter((entry) => entry.command !== undefined && entry.at > settledUntil)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.comment.id - b.comment.id));

  for (const { comment, at, command } of commands) {
    if (!command) continue;
    const side = speakerSide(ctx, comment.author);
    const name = `/${command.kind === 'malformed' || command.kind === 'out-of-years' ? command.command : command.kind}`;
    const reply = (reason: ReplyReason): void => {
      replies.push({
        commentId: comment.id,
        author: comment.author.login,
        command: name,
        side,
        reason,
        dueText,
        writtenIn: languageOfWords([comment.body]),
        writtenAt: at,
      });
    };
    if (!side) {
      reply({ kind: 'unauthorised' });
      continue;
    }
    if (completedAt && new Date(at).getTime() > completedAt.getTime()) {
      reply({ kind: 'malformed', hint: 'done' });
      continue;
    }
    const base = {
      commentId: comment.id,
      url: comment.url,
      proposer: comment.author.login,
      side,
      at,
    };
    switch (command.kind) {
      case 'malformed':
        reply({ kind: 'malformed', hint: command.command });
        break;
      case 'out-of-years':
        reply({ kind: 'out-of-years', date: command.date });
        break;
      case 'extend': {
        const currentDue = calendar.dueInstant(dueText);
        const newDue = calendar.dueInstant(command.due);
        const closed = command.due.length === 10 ? calendar.closedReason(command.due) : undefined;
        const later = newDue.getTime() > currentDue.getTime();
        const dependant = later && closed === undefined ? carriesPastYears(command.due) : undefined;
        if (!later) {
          reply({ kind: 'malformed', hint: 'extend' });
        } else if (closed !== undefined) {
          reply({ kind: 'closed-day', date: command.due, why: closed });
        } else if (dependant !== undefined) {
          reply({ kind: 'dependant-out-of-years', date: command.due, dependant });
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
      case 'undo': {
        // It takes back the latest agreed change still in effect, and needs both sides like any change.
        const undone = inEffect(amendments).at(-1);
        if (!undone) reply({ kind: 'nothing-to-undo' });
        else {
          pending = { ...base, kind: 'undo', undoes: undone.commentId, reason: command.reason };
          proposals.push(pending);
        }
        break;
      }
      case 'agree':
        if (!pending) reply({ kind: 'nothing-pending' });
        else if (pending.side === side) reply({ kind: 'same-side', side });
        else {
          const proposal: Proposal = pending;
          const proposalComment = comments.find((candidate) => candidate.id === proposal.commentId);
          amendments.push({
            ...proposal,
            agreer: comment.author.login,
            agreerSide: side,
            agreedAt: at,
            agreeCommentId: comment.id,
            agreeUrl: comment.url,
            text: commandText(proposalComment?.body ?? ''),
            recorded: false,
          });
          dueText = dueAfter(baselineDue, amendments);
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
            at,
          });
          pending = null;
        }
        break;
    }
  }
  // The world before some agreed changes (see ReadOptions.without) leaves them out of the dates.
  const counted = amendments.filter((amendment) => !without.has(amendment.commentId));
  if (counted.length < amendments.length) dueText = dueAfter(baselineDue, counted);
  // The file's date governs when someone later moved it past the agreed one.
  if (calendar.dueInstant(baselineDue).getTime() > calendar.dueInstant(dueText).getTime())
    dueText = baselineDue;
  return { amendments: counted, proposals, declines, pending, replies, dueText };
}

/** The agreed changes still in effect, in the order agreed: an agreed undo takes its change out. */
export function inEffect(amendments: readonly Amendment[]): Amendment[] {
  const undone = new Set(
    amendments.flatMap((amendment) =>
      amendment.kind === 'undo' && amendment.undoes !== undefined ? [amendment.undoes] : [],
    ),
  );
  return amendments.filter((amendment) => amendment.kind !== 'undo' && !undone.has(amendment.commentId));
}

/** The due after the agreed changes in effect: the latest agreed extension, or the baseline. */
function dueAfter(baselineDue: string, amendments: readonly Amendment[]): string {
  let due = baselineDue;
  for (const amendment of inEffect(amendments))
    if (amendment.kind === 'extend' && amendment.due) due = amendment.due;
  return due;
}

export function waitingFor(proposal: Proposal): Side {
  return otherSide(proposal.side);
}
