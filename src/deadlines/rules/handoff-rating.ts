// Asking the client how a vendor handoff went, once, and recording the rating they give, once.
import type { PlanContext } from '../../core/context';
import { markedComment, type Write } from '../../core/plan';
import { inlineSafely } from '../../messages/format';
import { asksForRating, handoffRating, ratingRequest } from '../handoff-rating';
import { personAddress, personLocale } from '../people';
import { voiceFor } from '../render';
import type { DeadlineState } from '../state';
import { noteMarker, trackingRef } from './common';

export function planHandoffRating(ctx: PlanContext, state: DeadlineState): Write[] {
  if (!asksForRating(ctx, state)) return [];
  const title = inlineSafely(state.title);
  if (!ratingRequest(state)) {
    const client = ctx.engagement.contacts.client.primary.handle.replace(/^@/u, '');
    const voice = voiceFor(ctx, personLocale(ctx, client, 'client'));
    const { who, words } = personAddress(ctx, client, voice.locale);
    return [
      markedComment(
        trackingRef(state),
        voice.t('handoff_rating.request', { ...words, who, title }),
        [noteMarker(ctx, state, 'handoff-rating-request')],
        `"${state.title}" was handed over by the vendor: the client is asked once how the handoff went (1–5).`,
      ),
    ];
  }
  const rating = handoffRating(ctx, state);
  if (!rating || rating.recorded || !rating.comment) return [];
  const voice = voiceFor(ctx, personLocale(ctx, rating.by, 'client'));
  const { who, words } = personAddress(ctx, rating.by, voice.locale);
  return [
    markedComment(
      trackingRef(state),
      voice.t('handoff_rating.recorded', { ...words, who, title, rating: rating.value }),
      [
        noteMarker(ctx, state, 'handoff-rating', String(rating.comment.id), {
          rating: String(rating.value),
          by: rating.by,
          ratedAt: rating.at,
          words: rating.words.slice(0, 500),
        }),
      ],
      `${rating.by} rated the handoff of "${state.title}" ${rating.value}/5: record it once, so later edits change nothing.`,
    ),
  ];
}
