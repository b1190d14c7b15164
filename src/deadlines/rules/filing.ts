// Answers about filed deadlines the action does not track: the filer of a deadline who is not a party
// is told it waits for a party's `/confirm`, and whom it waits for; a date already past when filed is
// refused with what to do instead; a `/confirm` that confirms nothing gets one short reply. Once a
// party confirms, the confirmation is recorded once, and that record is what every later run reads.
import type { PlanContext } from '../../core/context';
import { botCommentMarkers, issueSubject, type Marker } from '../../core/markers';
import { markedComment, type Write } from '../../core/plan';
import { sideOf } from '../../core/sides';
import type { SnapshotIssue } from '../../core/snapshot';
import { sideContacts } from '../../engagement/contacts';
import type { Contact, Locale } from '../../engagement/schema';
import { inlineSafely, mention } from '../../messages/format';
import type { CommandReply } from '../agreements';
import { confirmationData } from '../filing';
import { localeFor, nameWithoutPing } from '../people';
import { sideName, voiceFor, when, type Voice } from '../render';
import type { DeadlineState, DeadlineWorld } from '../state';
import { filedItems } from '../sources';
import { writtenLanguage } from '../written-language';
import { answering, boundedReplies } from './agreements';
import { noteMarker } from './common';

/** Vietnamese words of address that also serve as the pronoun for the rest of a sentence. */
const KINSHIP = new Set(['anh', 'chị', 'cô', 'chú', 'bác', 'em', 'ông', 'bà', 'bạn']);
const NEUTRAL_VI = 'anh/chị';

interface Form {
  /** How the message names the person: `chị Lan (@lan-bepxanh)`, `anh/chị @khach-moi`, `Lan (@lan)`. */
  readonly name: string;
  /** The word that stands for them later in a Vietnamese sentence: `chị`, `anh/chị`. */
  readonly you: string;
}

/**
 * A person's form of address in `locale`: a named contact by their `address` (else their name, the
 * kinship word kept in Vietnamese and dropped in English); anyone else by their login, with `anh/chị`
 * in Vietnamese. `ping` mentions them; otherwise the login is written so it notifies no one.
 */
function formOf(contact: Contact | undefined, login: string, locale: Locale, ping: boolean): Form {
  const handle = ping ? mention(login) : inlineSafely(`@${login.replace(/^@/u, '')}`);
  const written = contact?.address ?? contact?.name;
  if (!written)
    return locale === 'vi'
      ? { name: `${NEUTRAL_VI} ${handle}`, you: NEUTRAL_VI }
      : { name: handle, you: 'you' };
  const [first = '', ...rest] = written.trim().split(/\s+/u);
  const kinship =
    KINSHIP.has(first.toLocaleLowerCase('vi')) && rest.length > 0 ? first.toLocaleLowerCase('vi') : null;
  const shown =
    locale === 'vi'
      ? kinship
        ? `${kinship} ${rest.join(' ')}`
        : written
      : kinship
        ? rest.join(' ')
        : written;
  return {
    name: `${inlineSafely(shown)} (${handle})`,
    you: locale === 'vi' ? (kinship ?? inlineSafely(shown)) : 'you',
  };
}

const contactOf = (ctx: PlanContext, login: string): Contact | undefined =>
  [...sideContacts(ctx.engagement, 'client'), ...sideContacts(ctx.engagement, 'vendor')].find(
    (contact) => contact.handle.replace(/^@/u, '').toLowerCase() === login.replace(/^@/u, '').toLowerCase(),
  );

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
    const voice = voiceFor(ctx, locale);
    const filer = formOf(contactOf(ctx, issue.author.login), issue.author.login, locale, false);
    const due = when(ctx, ctx.calendar.dueInstant(filing.due), voice);
    const kind = filing.status === 'past-date' ? 'deadline-past' : 'deadline-unconfirmed';
    if (!answered(issue, ctx, kind)) {
      const marker: Marker = { kind, subject, data: { at: ctx.now.toISOString(), due: filing.due } };
      const primary = ctx.engagement.contacts[owner].primary;
      const contact = formOf(primary, primary.handle, locale, true);
      const text =
        kind === 'deadline-past'
          ? voice.t('filing.past', { filer: filer.name, you: filer.you, due })
          : voice.t('filing.unconfirmed', {
              filer: filer.name,
              due,
              contact: contact.name,
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
    const replies: CommandReply[] = filing.refusals.map(({ comment, side, reason }) => ({
      commentId: comment.id,
      author: comment.author.login,
      command: '/confirm',
      side,
      reason: { kind: reason },
      dueText: filing.due,
    }));
    const notes = botCommentMarkers(ctx.snapshot, issue).map(({ comment, marker }) => ({
      marker,
      at: new Date(marker.data?.at ?? comment.createdAt),
    }));
    writes.push(
      ...boundedReplies(ctx, notes, replies, (reply, person) => {
        // The filer is answered in their own language; anyone else as the side they speak for.
        const replyVoice =
          reply.author.toLowerCase() === issue.author.login.toLowerCase()
            ? voice
            : voiceFor(ctx, reply.side ? localeFor(ctx, reply.side) : ctx.clientLocale);
        const marker: Marker = {
          kind: 'command-reply',
          subject,
          stage: String(reply.commentId),
          data: { at: ctx.now.toISOString(), person },
        };
        return markedComment(
          { number: issue.number },
          answering(ctx, reply, replyVoice),
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
        by: nameWithoutPing(ctx.engagement, confirmation.by),
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
