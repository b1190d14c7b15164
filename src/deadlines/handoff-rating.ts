// The client's rating of a vendor handoff (handoff article §6, feedback article §3: ask how it went,
// not only after a fix). Once a vendor-owned milestone is complete the action asks the client primary
// once; the first `/rate 1-5` a client-side person writes after that question is the rating, recorded
// by the action as its own note, so editing or deleting the comment later changes nothing.
import type { PlanContext } from '../core/context';
import { findCommand, RATE_COMMAND, writtenAt } from '../core/command-lines';
import type { SnapshotComment } from '../core/snapshot';
import { speakerSide } from './people';
import type { BotNote, DeadlineState } from './state';

export interface HandoffRating {
  readonly value: number;
  readonly by: string;
  readonly at: string;
  /** The client's words after the score, as written. */
  readonly words: string;
  /** Read from the action's own record (true) or from the comment this run is about to record. */
  readonly recorded: boolean;
  readonly comment: SnapshotComment | null;
}

/** Whether the client is asked to rate this deadline's handoff at all. */
export function asksForRating(ctx: PlanContext, state: DeadlineState): boolean {
  if (state.source !== 'engagement-file' || state.owner !== 'vendor' || !state.issue) return false;
  if (state.milestone?.ask_rating === false || !state.completion) return false;
  // A handoff completed before the action took over is history: nobody is asked about it now.
  const adoptedAt = ctx.adoptedAt?.getTime();
  return adoptedAt === undefined || state.completion.at.getTime() >= adoptedAt;
}

export function ratingRequest(state: DeadlineState): BotNote | undefined {
  return state.notes.find((note) => note.marker.kind === 'handoff-rating-request');
}

export function handoffRating(ctx: PlanContext, state: DeadlineState): HandoffRating | null {
  const record = state.notes.find((note) => note.marker.kind === 'handoff-rating');
  const value = Number(record?.marker.data?.rating);
  if (record && Number.isInteger(value)) {
    return {
      value,
      by: record.marker.data?.by ?? '',
      at: record.marker.data?.ratedAt ?? record.at.toISOString(),
      words: record.marker.data?.words ?? '',
      recorded: true,
      comment: null,
    };
  }
  const request = ratingRequest(state);
  if (!request || !state.issue) return null;
  const after = request.at.getTime();
  for (const comment of state.issue.comments) {
    if (Date.parse(writtenAt(comment)) < after) continue;
    if (speakerSide(ctx, comment.author) !== 'client') continue;
    const match = findCommand(comment.body, RATE_COMMAND);
    if (!match) continue;
    return {
      value: Number(match[1]),
      by: comment.author.login,
      at: writtenAt(comment),
      words: (match[2] ?? '').trim(),
      recorded: false,
      comment,
    };
  }
  return null;
}
