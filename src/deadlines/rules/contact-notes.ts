// The record of each `/note` (a call, an e-mail, a meeting, a chat), written once as the action's own
// comment holding everything it says, and one short reply to a note that cannot be recorded.
import { isBeforeAdoption } from '../../core/adoption';
import type { PlanContext } from '../../core/context';
import { markedComment, type Write } from '../../core/plan';
import { yearWords } from '../years';
import { formatDate, inlineSafely, quoteSafely } from '../../messages/format';
import { sideContacts } from '../../engagement/contacts';
import { contactRecordData, type RefusedNote } from '../contact-notes';
import { nameWithoutPing, personAddress, personLocale } from '../people';
import { sideName, voiceFor, type Voice } from '../render';
import type { DeadlineState } from '../state';
import { dailyReplyGate, hasNote, noteMarker, trackingRef } from './common';

export function planContactNotes(ctx: PlanContext, state: DeadlineState): Write[] {
  if (!state.issue) return [];
  const writes: Write[] = [];
  for (const note of state.contactNotes.notes) {
    if (note.recorded || hasNote(state, 'contact-note', { stage: String(note.commentId) })) continue;
    // A contact noted before the action took over is read from its comment, not recorded as new.
    if (note.writtenAt !== undefined && isBeforeAdoption(ctx, note.writtenAt)) continue;
    const locale = personLocale(ctx, note.by, note.side, note.writtenIn);
    const voice = voiceFor(ctx, locale);
    const marker = noteMarker(ctx, state, 'contact-note', String(note.commentId), contactRecordData(note));
    writes.push(
      markedComment(
        trackingRef(state),
        voice.t('note.recorded', {
          channel: voice.t(`channel.${note.channel}`),
          on: formatDate(note.on, locale),
          who: nameWithoutPing(ctx.engagement, note.by, locale),
          side: sideName(ctx, note.side, voice),
          text: quoteSafely(note.text, 500),
          effect: voice.t(note.ownerAnswer ? 'note.answer' : 'note.evidence', {
            owner: sideName(ctx, state.owner, voice),
            title: inlineSafely(state.title),
            on: formatDate(note.on, locale),
          }),
          url: note.url,
        }),
        [marker],
        `@${note.by} noted a ${note.channel} of ${note.on} (comment ${note.commentId}): it is kept as the action's own record${note.ownerAnswer ? ", as the owner side's answer" : ''}.`,
      ),
    );
  }

  const mayReply = dailyReplyGate(ctx, state.notes, 'contact-note-refused');
  for (const refused of state.contactNotes.refused) {
    if (hasNote(state, 'contact-note-refused', { stage: String(refused.commentId) })) continue;
    if (isBeforeAdoption(ctx, refused.writtenAt)) continue;
    if (!mayReply(refused.author)) continue;
    const person = refused.author.toLowerCase();
    const marker = noteMarker(ctx, state, 'contact-note-refused', String(refused.commentId), { person });
    writes.push({
      ...markedComment(
        trackingRef(state),
        refusalText(ctx, refused),
        [marker],
        `A /note by @${refused.author} (comment ${refused.commentId}) was not recorded (${refused.reason}); one short reply says why.`,
      ),
      priority: 'low',
    });
  }
  return writes;
}

function refusalText(ctx: PlanContext, refused: RefusedNote): string {
  const locale = personLocale(ctx, refused.author, refused.side, refused.writtenIn);
  const voice = voiceFor(ctx, locale);
  const { who, words } = personAddress(ctx, refused.author, locale);
  return voice.t('note.refused', { ...words, who, hint: hint(ctx, refused, voice, words) });
}

function hint(
  ctx: PlanContext,
  refused: RefusedNote,
  voice: Voice,
  words: Readonly<Record<string, string>>,
): string {
  switch (refused.reason) {
    case 'unauthorised': {
      const named = (['client', 'vendor'] as const)
        .flatMap((side) => sideContacts(ctx.engagement, side))
        .map((contact) => nameWithoutPing(ctx.engagement, contact.handle, voice.locale));
      return voice.t('note.unauthorised', { ...words, contacts: [...new Set(named)].join(', ') });
    }
    case 'format':
      return voice.t('note.hint_format', words);
    case 'future':
      return voice.t('note.hint_future', {
        ...words,
        date: formatDate(refused.date ?? '', voice.locale),
        written: formatDate(refused.writtenOn ?? '', voice.locale),
      });
    case 'years':
      return voice.t('note.hint_years', { ...words, date: `\`${refused.date ?? ''}\``, ...yearWords() });
  }
}
