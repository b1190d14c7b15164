// Answers to commands: one short reply to each unauthorised or malformed command, an acknowledgement
// of each open proposal, and the record of each agreed change (what, why, who agreed, when).
import { isBeforeAdoption } from '../../core/adoption';
import type { PlanContext } from '../../core/context';
import type { Marker } from '../../core/markers';
import { markedComment, type Write } from '../../core/plan';
import type { Locale, Side } from '../../engagement/schema';
import { formatDate, inlineSafely } from '../../messages/format';
import { recordData, type Amendment, type CommandReply, type Proposal } from '../agreements';
import { sideContacts } from '../../engagement/contacts';
import {
  addressedWithoutPing,
  contactOfLogin,
  localeFor,
  mentionedAddress,
  nameWithoutPing,
  otherSide,
} from '../people';
import { dueWords, sideName, theirWords, voiceFor, when, type Voice } from '../render';
import { dependantsOf, readDeadlines, type DeadlineState, type DeadlineWorld } from '../state';
import { dailyReplyGate, hasNote, noteMarker, trackingRef } from './common';
import { portfolioLoadNote } from '../portfolio-load-note';
import { yearWords } from '../years';

/** What a proposal changes, in words; an undo names the agreed change it takes back. */
export function summaryOf(
  ctx: PlanContext,
  proposal: Proposal,
  voice: Voice,
  agreed: readonly Amendment[],
): string {
  switch (proposal.kind) {
    case 'extend':
      return voice.t('summary.extend', {
        date: when(ctx, ctx.calendar.dueInstant(proposal.due ?? ''), voice),
      });
    case 'rescope':
      return voice.t('summary.rescope', { what: theirWords(proposal.what ?? '', voice) });
    case 'undo': {
      const undone = agreed.find((amendment) => amendment.commentId === proposal.undoes);
      return voice.t('summary.undo', {
        at: undone ? formatDate(ctx.calendar.localDate(new Date(undone.agreedAt)), voice.locale) : '',
        change: undone ? summaryOf(ctx, undone, voice, agreed) : '',
      });
    }
  }
}

function replyText(ctx: PlanContext, reply: CommandReply, voice: Voice): string {
  const reason = reply.reason;
  const due = when(ctx, ctx.calendar.dueInstant(reply.dueText), voice);
  switch (reason.kind) {
    case 'unauthorised':
      return voice.t('command.unauthorised', { contacts: namedContacts(ctx, voice.locale) });
    case 'malformed':
      return voice.t('command.malformed', {
        hint: voice.t(
          reason.hint === 'extend' ? 'hint.extend' : reason.hint === 'rescope' ? 'hint.rescope' : 'hint.done',
          {
            due,
          },
        ),
      });
    case 'closed-day':
      return voice.t('command.malformed', {
        hint: voice.t('hint.extend_closed_day', {
          date: formatDate(reason.date, voice.locale),
          why:
            reason.why === 'weekend'
              ? voice.locale === 'vi'
                ? 'ngày nghỉ cuối tuần'
                : 'weekend'
              : inlineSafely(reason.why),
        }),
      });
    case 'out-of-years':
      return voice.t('command.malformed', {
        hint: voice.t('hint.extend_out_of_years', {
          date: `\`${reason.date.replace('T', ' ')}\``,
          ...yearWords(),
        }),
      });
    case 'dependant-out-of-years':
      return voice.t('command.malformed', {
        hint: voice.t('hint.extend_dependant_out_of_years', {
          date: formatDate(reason.date.slice(0, 10), voice.locale),
          dependant: inlineSafely(reason.dependant),
          ...yearWords(),
        }),
      });
    case 'nothing-pending':
      return voice.t('command.nothing_pending');
    case 'nothing-to-undo':
      return voice.t('command.nothing_to_undo', { due });
    case 'same-side':
      return voice.t('command.same_side', {
        side: sideName(ctx, reason.side, voice),
        other: sideName(ctx, otherSide(reason.side), voice),
      });
    case 'confirm-not-a-party':
      return voice.t('command.confirm_not_a_party', { contacts: namedContacts(ctx, voice.locale) });
    case 'confirm-past':
      return voice.t('command.confirm_past', { due });
  }
}

/** Every named contact of both sides, without pinging them, as the reply in `locale` names them. */
function namedContacts(ctx: PlanContext, locale: Locale): string {
  const named = (['client', 'vendor'] as const)
    .flatMap((side) => sideContacts(ctx.engagement, side))
    .map((contact) => nameWithoutPing(ctx.engagement, contact.handle, locale));
  return [...new Set(named)].join(', ');
}

/**
 * Replies to refused commands on one issue: one per comment, and at most one a day to each person
 * whatever the number of their refused commands (three hundred `/agree` from strangers get one reply
 * each day per stranger), each last in the plan so it never takes the budget of what matters more.
 */
export function boundedReplies(
  ctx: PlanContext,
  notes: ReadonlyArray<{ readonly marker: Marker; readonly at: Date }>,
  replies: readonly CommandReply[],
  write: (reply: CommandReply, person: string) => Write,
): Write[] {
  const answered = new Set(
    notes.filter((note) => note.marker.kind === 'command-reply').map((note) => note.marker.stage),
  );
  const mayReply = dailyReplyGate(ctx, notes, 'command-reply');
  const writes: Write[] = [];
  for (const reply of replies) {
    if (answered.has(String(reply.commentId))) continue;
    // A command written before the action took over was left as it was then: no late answer now.
    if (isBeforeAdoption(ctx, reply.writtenAt)) continue;
    if (!mayReply(reply.author)) continue;
    writes.push({ ...write(reply, reply.author.toLowerCase()), priority: 'low' });
  }
  return writes;
}

/**
 * The voice of a reply to a command: to its author, in their words; in their own language when the
 * file sets it, else in the language the command was written in, else in their side's.
 */
export function replyVoice(ctx: PlanContext, reply: CommandReply): Voice {
  const contact = contactOfLogin(ctx.engagement, reply.author);
  const locale = contact?.language ?? reply.writtenIn ?? localeFor(ctx, reply.side ?? 'client');
  return voiceFor(ctx, locale, contact);
}

/** A reply that says whom and which command it answers, so no one reads it as meant for them. */
export function answering(ctx: PlanContext, reply: CommandReply, voice: Voice): string {
  return voice.t('command.answering', {
    who: addressedWithoutPing(ctx, reply.author, voice.locale),
    command: reply.command,
    text: replyText(ctx, reply, voice),
  });
}

function voiceOfSide(ctx: PlanContext, side: Side | undefined): Voice {
  return voiceFor(ctx, localeFor(ctx, side ?? 'client'));
}

/**
 * The dependent milestones (not yet handed over) whose projected date differs from `before`, each as
 * `**title**: from … to …`.
 */
function dependantMoves(
  ctx: PlanContext,
  world: DeadlineWorld,
  state: DeadlineState,
  voice: Voice,
  before: (dependant: DeadlineState) => Date | undefined,
): string[] {
  return dependantsOf(world, state.id)
    .filter((dependant) => !dependant.completion)
    .flatMap((dependant) => {
      const from = before(dependant);
      const to = world.projections.get(dependant.id)?.projectedDue;
      if (!from || !to || from.getTime() === to.getTime()) return [];
      return [
        voice.t('impact.dependant', {
          title: inlineSafely(dependant.title),
          from: when(ctx, from, voice),
          to: when(ctx, to, voice),
        }),
      ];
    });
}

/** What an agreed undo moves back: the dependants' dates with the undo left out, against with it. */
function movedBackByUndo(
  ctx: PlanContext,
  world: DeadlineWorld,
  state: DeadlineState,
  voice: Voice,
  undo: Amendment,
): string[] {
  const before = readDeadlines(ctx, { without: new Set([undo.commentId]) });
  return dependantMoves(
    ctx,
    world,
    state,
    voice,
    (dependant) => before.projections.get(dependant.id)?.projectedDue,
  );
}

const movesText = (
  voice: Voice,
  key: 'amendment.dependants' | 'amendment.dependants_back',
  moves: readonly string[],
): string => (moves.length > 0 ? voice.t(key, { items: moves.join('\n') }) : '');

export function planAgreements(ctx: PlanContext, world: DeadlineWorld, state: DeadlineState): Write[] {
  const issue = state.issue;
  if (!issue) return [];
  const ref = trackingRef(state);
  const writes: Write[] = [];
  const log = state.agreements;

  writes.push(
    ...boundedReplies(ctx, state.notes, log.replies, (reply, person) =>
      markedComment(
        ref,
        answering(ctx, reply, replyVoice(ctx, reply)),
        [noteMarker(ctx, state, 'command-reply', String(reply.commentId), { person })],
        `A command by @${reply.author} (comment ${reply.commentId}) changed nothing (${reply.reason.kind}); one short reply says why.`,
      ),
    ),
  );

  // What people agreed, proposed or declined before the action took over still holds (it is read from
  // their comments), but it is not announced now as if it had just happened.
  const pending = log.pending;
  if (
    pending &&
    !isBeforeAdoption(ctx, pending.at) &&
    !hasNote(state, 'proposal', { stage: String(pending.commentId) })
  ) {
    const other = otherSide(pending.side);
    const otherPrimary = ctx.engagement.contacts[other].primary;
    // Written to the other side's primary, who is asked to agree or decline.
    const voice = voiceFor(ctx, otherPrimary.language ?? localeFor(ctx, other), otherPrimary);
    const marker = noteMarker(ctx, state, 'proposal', String(pending.commentId));
    const recorded = voice.t('proposal.recorded', {
      summary: summaryOf(ctx, pending, voice, log.amendments),
      proposer: nameWithoutPing(ctx.engagement, pending.proposer, voice.locale),
      side: sideName(ctx, pending.side, voice),
      other: sideName(ctx, other, voice),
      other_contact: mentionedAddress(ctx, otherPrimary, voice.locale),
    });
    // In a portfolio, the vendor weighs an extension against what its people owe other clients.
    const load =
      other === 'vendor' && pending.kind === 'extend' && pending.due
        ? portfolioLoadNote(
            ctx,
            ctx.calendar.dueInstant(pending.due),
            voice,
            sideName(ctx, other, voice),
            issue.assignees,
          )
        : null;
    writes.push(
      markedComment(
        ref,
        load ? `${recorded}\n\n${load}` : recorded,
        [marker],
        `@${pending.proposer} proposed a change (${pending.kind}); it waits for the ${other} side.`,
      ),
    );
  }

  for (const decline of log.declines) {
    if (hasNote(state, 'proposal-closed', { stage: String(decline.commentId) })) continue;
    if (isBeforeAdoption(ctx, decline.at)) continue;
    const voice = voiceOfSide(ctx, decline.proposal.side);
    const marker = noteMarker(ctx, state, 'proposal-closed', String(decline.commentId));
    writes.push(
      markedComment(
        ref,
        voice.t('proposal.declined', {
          who: nameWithoutPing(ctx.engagement, decline.by, voice.locale),
          summary: summaryOf(ctx, decline.proposal, voice, log.amendments),
          ...dueWords(ctx, state, voice),
        }),
        [marker],
        `@${decline.by} declined the proposal of comment ${decline.proposal.commentId}.`,
      ),
    );
  }

  for (const amendment of log.amendments) {
    if (hasNote(state, 'amendment', { stage: String(amendment.commentId) })) continue;
    if (isBeforeAdoption(ctx, amendment.agreedAt)) continue;
    const voice = voiceFor(ctx, localeFor(ctx, state.owner));
    const newDue =
      amendment.kind === 'extend' ? ctx.calendar.dueInstant(amendment.due ?? '') : state.currentDue;
    const effect =
      amendment.kind === 'extend'
        ? voice.t('amendment.effect_extend', {
            due: when(ctx, newDue, voice),
            dependants: movesText(
              voice,
              'amendment.dependants',
              dependantMoves(ctx, world, state, voice, (dependant) => dependant.currentDue),
            ),
          })
        : amendment.kind === 'undo'
          ? voice.t('amendment.effect_undo', {
              ...dueWords(ctx, state, voice),
              dependants: movesText(
                voice,
                'amendment.dependants_back',
                movedBackByUndo(ctx, world, state, voice, amendment),
              ),
            })
          : voice.t('amendment.effect_rescope', { ...dueWords(ctx, state, voice) });
    // The record holds everything about the agreement: later runs read it, not people's comments.
    const marker = noteMarker(ctx, state, 'amendment', String(amendment.commentId), recordData(amendment));
    writes.push(
      markedComment(
        ref,
        `${voice.t('amendment.recorded', {
          summary: summaryOf(ctx, amendment, voice, log.amendments),
          reason: amendment.reason ? theirWords(amendment.reason, voice) : voice.t('reason.none'),
          proposer: nameWithoutPing(ctx.engagement, amendment.proposer, voice.locale),
          proposer_side: sideName(ctx, amendment.side, voice),
          proposed_at: when(ctx, new Date(amendment.at), voice),
          agreer: nameWithoutPing(ctx.engagement, amendment.agreer, voice.locale),
          agreer_side: sideName(ctx, amendment.agreerSide, voice),
          agreed_at: when(ctx, new Date(amendment.agreedAt), voice),
          effect,
        })}\n\n${voice.t('amendment.sources', { proposal: amendment.url, agreement: amendment.agreeUrl })}`,
        [marker],
        `Both sides agreed to ${
          amendment.kind === 'extend'
            ? `move the due date to ${amendment.due}`
            : amendment.kind === 'undo'
              ? `undo the change of proposal comment ${amendment.undoes}`
              : 'change the scope'
        } (proposal comment ${amendment.commentId}).`,
      ),
    );
  }
  return writes;
}
