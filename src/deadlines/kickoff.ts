// The kickoff issue as the snapshot shows it: the issue, the baseline the client agreed (the action's
// own record, or the `/agree` this plan records), the `/agree` comments that do not count, and whether
// the reminder went out. The baseline is agreed once, by a named contact of the client side: the
// vendor's side proposed it by opening the kickoff. Once recorded, the record is the truth: editing or
// deleting the agreeing comment changes nothing, like every other agreement (agreements.ts).
import type { PlanContext } from '../core/context';
import { botCommentMarkers, isBot, type Marker } from '../core/markers';
import { issuesOpenedAbout, lowestNumber } from '../core/opened-issues';
import type { SnapshotComment, SnapshotIssue } from '../core/snapshot';
import { writtenAt } from './agreements';
import { parseCommand } from './commands';
import type { Locale } from '../engagement/schema';
import { speakerSide } from './people';
import { languageOfWords } from '../messages/written-language';
import type { DeadlineWorld } from './state';

/** The subject of the one kickoff of an engagement. */
export const KICKOFF_SUBJECT = 'engagement';

export interface Baseline {
  readonly agreer: string;
  readonly agreedAt: string;
  readonly agreeCommentId: number;
  readonly agreeUrl: string;
  /** Each milestone's due date (as written) when it was agreed, in the order of the file. */
  readonly schedule: ReadonlyArray<{ readonly id: string; readonly due: string }>;
  /** Read from the action's own record (false: this plan records it). */
  readonly recorded: boolean;
}

export interface KickoffReply {
  readonly commentId: number;
  readonly author: string;
  /** `stranger`: not a party; `vendor`: the side that proposed the kickoff. */
  readonly reason: 'stranger' | 'vendor';
  /** The language the `/agree` comment was written in, when its words tell (the reply is written in it). */
  readonly writtenIn?: Locale | undefined;
}

export interface KickoffNote {
  readonly comment: SnapshotComment;
  readonly marker: Marker;
  readonly at: Date;
}

export interface KickoffState {
  readonly issue: SnapshotIssue | undefined;
  readonly notes: readonly KickoffNote[];
  readonly baseline: Baseline | null;
  readonly replies: readonly KickoffReply[];
}

export function kickoffMarker(): Marker {
  return { kind: 'kickoff', subject: KICKOFF_SUBJECT };
}

/** `brand-assets=2026-11-27;design=2026-12-11T12:00`: ids and dues hold neither `=` nor `;`. */
export function scheduleText(schedule: Baseline['schedule']): string {
  return schedule.map(({ id, due }) => `${id}=${due}`).join(';');
}

function parseSchedule(text: string): Baseline['schedule'] {
  return text
    .split(';')
    .map((pair) => pair.split('='))
    .filter((pair): pair is [string, string] => pair.length === 2 && Boolean(pair[0]) && Boolean(pair[1]))
    .map(([id, due]) => ({ id, due }));
}

function fromRecord(note: KickoffNote): Baseline | undefined {
  const data = note.marker.data ?? {};
  const agreeCommentId = Number(data.agreeId);
  if (!data.agreer || !data.agreedAt || !Number.isInteger(agreeCommentId)) return undefined;
  return {
    agreer: data.agreer,
    agreedAt: data.agreedAt,
    agreeCommentId,
    agreeUrl: data.agreeUrl ?? note.comment.url,
    schedule: parseSchedule(data.schedule ?? ''),
    recorded: true,
  };
}

/** The schedule of the file's milestones as it stands: what an `/agree` now agrees to. */
export function currentSchedule(world: DeadlineWorld): Baseline['schedule'] {
  return world.states
    .filter((state) => state.source === 'engagement-file')
    .map((state) => ({ id: state.id, due: state.currentDueText }));
}

export function readKickoff(ctx: PlanContext, world: DeadlineWorld): KickoffState {
  const issue = lowestNumber(issuesOpenedAbout(ctx, 'kickoff', KICKOFF_SUBJECT));
  if (!issue) return { issue, notes: [], baseline: null, replies: [] };
  const notes = botCommentMarkers(ctx.snapshot, issue).map(({ comment, marker }) => ({
    comment,
    marker,
    at: new Date(marker.data?.at ?? comment.createdAt),
  }));
  const recorded = notes
    .filter((note) => note.marker.kind === 'kickoff-baseline')
    .map(fromRecord)
    .find((baseline) => baseline !== undefined);
  if (recorded) return { issue, notes, baseline: recorded, replies: [] };

  const replies: KickoffReply[] = [];
  // People's `/agree` as written at their time (an edited comment at its edit time), oldest first.
  const agreements = issue.comments
    .filter((comment) => !isBot(ctx.snapshot, comment.author.login))
    .filter((comment) => parseCommand(comment.body)?.kind === 'agree')
    .map((comment) => ({ comment, at: writtenAt(comment) }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.comment.id - b.comment.id);
  for (const { comment, at } of agreements) {
    const side = speakerSide(ctx, comment.author);
    if (side === 'client') {
      const baseline: Baseline = {
        agreer: comment.author.login,
        agreedAt: at,
        agreeCommentId: comment.id,
        agreeUrl: comment.url,
        schedule: currentSchedule(world),
        recorded: false,
      };
      return { issue, notes, baseline, replies };
    }
    replies.push({
      commentId: comment.id,
      author: comment.author.login,
      reason: side === 'vendor' ? 'vendor' : 'stranger',
      writtenIn: languageOfWords([comment.body]),
    });
  }
  return { issue, notes, baseline: null, replies };
}
