// Answers about filed deadlines the action does not track: the filer of a deadline who is not a party
// is told it waits for a party's `/confirm`, and whom it waits for; a date already past when filed is
// refused with what to do instead; a `/confirm` that confirms nothing gets one short reply. Once a
// party confirms, the confirmation is recorded once, and that record is what every later run reads.
import { isBeforeAdoption, isFromBeforeAdoption } from '../../core/adoption';
import type { PlanContext } from '../../core/context';
import { botCommentMarkers, issueSubject, type Marker } from '../../core/markers';
import { markedComment, type Write } from '../../core/plan';
import { sideOf } from '../../core/sides';
import type { SnapshotIssue } from '../../core/snapshot';
import type { Contact, Locale } from '../../engagement/schema';
import type { CommandReply } from '../agreements';
import { confirmationData } from '../filing';
import {
  addressedWithoutPing,
  contactOfLogin,
  localeFor,
  mentionedAddress,
  nameWithoutPing,
} from '../people';
import { sideName, voiceFor, when, type Voice } from '../render';
import type { DeadlineState, DeadlineWorld } from '../state';
import { filedItems } from '../sources';
import { languageOfWords, writtenLanguage } from '../../messages/written-language';
import { answering, boundedReplies, replyVoice } from './agreements';
import { noteMarker } from './common';

const contactOf = (ctx: PlanContext, login: string): Contact | undefined =>
  contactOfLogin(ctx.engagement, login);

/** The language of replies to the filer: their contact setting, else the language they wrote in. */
function filerLocale(ctx: PlanContext, issue: SnapshotIssue): Locale {
  const contact = contactOf(ctx, issue.author.login);
  if (contact?.language) return contact.language;
  const side = sideOf(ctx, issue.author.login);
  const fallback = side ? localeFor(ctx, side) : ctx.clientLocale;
  return writtenLanguage([issue.title, ...filedItems(issue.body).map((item) => item.text)], fallback);
}

const answered = (issue: SnapshotIssue, ctx: PlanContext, kind: Marker['kind']): boolean =>
  botCommentMarkers(ctx.snapshot, issue).some(({ marker }) => marker.kind === kind);

/** One reply to each filed deadline that is not tracked, and one to each `/confirm` that did nothing. */
export function planHeldDeadlines(ctx: PlanContext, world: DeadlineWorld): Write[] {
  const writes: Write[] = [];
  for (const held of world.held) {
    const { issue, filing, owner } = held;
    if (issue.state !== 'open') continue;
    const subject = issueSubject(issue.number);
    const locale = filerLocale(ctx, issue);
    // Written to the filer, in their words; the owner's primary is named (and pinged) to confirm.
    const voice = voiceFor(ctx, locale, contactOf(ctx, issue.author.login));
    const filer = addressedWithoutPing(ctx, issue.author.login, locale, 'reader');
    const due = when(ctx, ctx.calendar.dueInstant(filing.due), voice);
    const kind = filing.status === 'past-date' ? 'deadline-past' : 'deadline-unconfirmed';
    // Filed before the action took over: it stays untracked (a party may still `/confirm` it), but the
    // filer is not answered months later as if they had just filed it.
    if (!answered(issue, ctx, kind) && !isFromBeforeAdoption(ctx, issue)) {
      const marker: Marker = { kind, subject, data: { at: ctx.now.toISOString(), due: filing.due } };
      const primary = ctx.engagement.contacts[owner].primary;
      const text =
        kind === 'deadline-past'
          ? voice.t('filing.past', { filer, due })
          : voice.t('filing.unconfirmed', {
              filer,
              due,
              contact: mentionedAddress(ctx, primary, locale),
            });
      writes.push(
        markedComment(
          { number: issue.number },
          text,
          [marker],
          kind === 'deadline-past'
            ? `#${issue.number} files a deadline whose date (${filing.due}) had passed when it was filed: refused, not tracked.`
            : `#${issue.number} was filed by @${issue.author.login}, who is not a party to the engagement: it waits for a party's /confirm.`,
        ),
      );
    }
    const replies: CommandReply[] = filing.refusals.map(({ comment, at, side, reason }) => ({
      commentId: comment.id,
      author: comment.author.login,
      command: '/confirm',
      side,
      reason: { kind: reason },
      dueText: filing.due,
      writtenIn: languageOfWords([comment.body]),
      writtenAt: at,
    }));
    const notes = botCommentMarkers(ctx.snapshot, issue).map(({ comment, marker }) => ({
      marker,
      at: new Date(marker.data?.at ?? comment.createdAt),
    }));
    writes.push(
      ...boundedReplies(ctx, notes, replies, (reply, person) => {
        // The filer is answered in their own language; anyone else as the side they speak for.
        const toFiler = reply.author.toLowerCase() === issue.author.login.toLowerCase();
        const replyIn = toFiler ? voice : replyVoice(ctx, reply);
        const marker: Marker = {
          kind: 'command-reply',
          subject,
          stage: String(reply.commentId),
          data: { at: ctx.now.toISOString(), person },
        };
        return markedComment(
          { number: issue.number },
          answering(ctx, reply, replyIn),
          [marker],
          `A /confirm by @${reply.author} (comment ${reply.commentId}) confirmed nothing (${reply.reason.kind}); one short reply says why.`,
        );
      }),
    );
  }
  return writes;
}

/** The record of a party's confirmation, written once: from then on the deadline rests on it. */
export function planConfirmationRecord(ctx: PlanContext, state: DeadlineState): Write[] {
  const confirmation = state.confirmation;
  if (!confirmation || confirmation.recorded || !state.issue) return [];
  // A confirmation given before the action took over holds, but is not announced as new.
  if (isBeforeAdoption(ctx, confirmation.at)) return [];
  const voice: Voice = voiceFor(ctx, localeFor(ctx, state.owner));
  const marker = noteMarker(
    ctx,
    state,
    'deadline-confirmed',
    String(confirmation.commentId),
    confirmationData(confirmation),
  );
  return [
    markedComment(
      { number: state.issue.number },
      voice.t('filing.confirmed', {
        by: nameWithoutPing(ctx.engagement, confirmation.by, voice.locale),
        side: sideName(ctx, confirmation.side, voice),
        at: when(ctx, new Date(confirmation.at), voice),
        due: when(ctx, ctx.calendar.dueInstant(confirmation.due), voice),
        url: confirmation.url,
      }),
      [marker],
      `@${confirmation.by} (${confirmation.side}) confirmed the filed deadline #${state.issue.number} (comment ${confirmation.commentId}): it is tracked from now on.`,
    ),
  ];
}
