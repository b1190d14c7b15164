// Reaching out to the owner side: reminders before the date, the early warning, the alternates when
// the owner is silent, and the ladder after the date (friendly reminder, formal notice, escalation).
// Each step happens once per due date. When the action was off and several reminders were missed, only
// the latest one is posted, so people never get a burst of messages; the ladder climbs one step at a
// time from the friendly reminder however it starts (after a gap, at adoption, after the file moved the
// date into the past): a formal notice or an escalation is never its first word.
import { isDayOff } from '../../calendar/days-off';
import type { PlanContext } from '../../core/context';
import { isLadderStage, LADDER_STAGES, type LadderStage } from '../../core/marker-kinds';
import type { Marker } from '../../core/markers';
import { notesTakenBackAt } from '../../core/taken-back';
import type { Contact } from '../../engagement/schema';
import { markedComment, refOf, type Write } from '../../core/plan';
import { addressedWithoutPing, ladderManagers, mentionedAddress } from '../people';
import {
  impactBlock,
  missingBlock,
  dueWords,
  ownerVoice,
  recipient,
  remaining,
  sideName,
  policyWords,
  when,
  businessDays,
  voiceFor,
  type Voice,
} from '../render';
import { firstPingSince, PING_KINDS, readDeadlines, type DeadlineState, type DeadlineWorld } from '../state';
import { businessDaysLate, hasElapsed, isLate, isWithinBefore } from '../timing';
import { hasNote, noteMarker, trackingRef } from './common';
import { escalationMention, findEscalationIssue, openEscalation } from './escalation';
import { formatDate, inlineSafely } from '../../messages/format';

export type LadderStep = LadderStage;
const rank = (stage: string | undefined): number => (isLadderStage(stage) ? LADDER_STAGES[stage].rank : 0);

export interface DueNudges {
  /** The reminder stage (business days before) to post, if any. */
  readonly reminderStage: number | undefined;
  readonly earlyWarning: boolean;
  readonly alternates: boolean;
  readonly ladder: LadderStep | undefined;
}

const NOTHING: DueNudges = {
  reminderStage: undefined,
  earlyWarning: false,
  alternates: false,
  ladder: undefined,
};

/**
 * What reaches out to the owner now. A note a person deleted is their decision, not a note lost: a
 * step that was already due when someone deleted one of the action's comments on the issue is taken
 * as that note and not posted again. GitHub keeps no text of a deleted comment, only when it was
 * deleted (`notesDeletedAt`), so the step is recognised by being due then; a step that falls due
 * later (the next reminder, the next ladder step) goes as usual. A note edited by a person so that it
 * no longer carries the action's marker counts as taken back at that edit.
 */
export function dueNudges(ctx: PlanContext, state: DeadlineState): DueNudges {
  if (heldToday(ctx)) return NOTHING;
  const due = nudgesAt(ctx, state);
  const deletions = state.issue ? notesTakenBackAt(ctx.snapshot, state.issue, ctx.now) : [];
  if (deletions.length === 0 || !anyNudge(due)) return due;
  let { reminderStage, earlyWarning, alternates, ladder } = due;
  for (const deletedAt of deletions) {
    const then = nudgesAt({ ...ctx, now: deletedAt }, state);
    if (reminderStage !== undefined && then.reminderStage === reminderStage) reminderStage = undefined;
    if (ladder !== undefined && then.ladder === ladder) ladder = undefined;
    if (then.earlyWarning) earlyWarning = false;
    if (then.alternates) alternates = false;
  }
  return { reminderStage, earlyWarning, alternates, ladder };
}

/**
 * Nobody is chased on a day off (calendar/days-off.ts): what falls due then — often at 07:00 on a
 * Saturday, once Friday's working hours have been counted — waits for the first run of the next
 * working day. Only sending waits: a note a person deleted on a Sunday was still due then (nudgesAt),
 * so it is not posted again.
 */
const heldToday = (ctx: PlanContext): boolean => isDayOff(ctx.calendar, ctx.now);

const anyNudge = (due: DueNudges): boolean =>
  due.ladder !== undefined || due.earlyWarning || due.alternates || due.reminderStage !== undefined;

/**
 * The deadline issues whose deletions of the action's comments the shell reads (for these only): the
 * ones about to get a reminder, an early warning, the alternates or a ladder step.
 */
export function issuesNeedingDeletedNotes(ctx: PlanContext): number[] {
  if (heldToday(ctx)) return [];
  return readDeadlines(ctx)
    .states.filter((state) => state.issue !== undefined && anyNudge(nudgesAt(ctx, state)))
    .map((state) => state.issue!.number);
}

/** The steps due at `ctx.now` and not posted yet, as the action's notes on the issue show them. */
function nudgesAt(ctx: PlanContext, state: DeadlineState): DueNudges {
  // A tracking issue this run reopens (back in the file) reads open already (state.ts).
  if (state.completion || state.issue?.state === 'closed') return NOTHING;
  // While a dependency is past its date and not handed over, this date moves on every business day:
  // chasing it now would repeat the same step daily, so the action waits until the date settles.
  if (state.shift?.provisional) return NOTHING;
  const { calendar, now, engagement } = ctx;
  const reminders = engagement.reminders;
  const today = calendar.localDate(now);
  const dueDate = calendar.localDate(state.effectiveDue);
  const beforeDue = now.getTime() <= state.effectiveDue.getTime();
  const currentNotes = state.notes.filter((note) => note.marker.data?.due === state.dueKey);

  let reminderStage: number | undefined;
  let earlyWarning = false;
  if (beforeDue) {
    const applicable = reminders.before.filter((days) => today >= calendar.addBusinessDays(dueDate, -days));
    const latest = applicable.length > 0 ? Math.min(...applicable) : undefined;
    const posted = currentNotes
      .filter((note) => note.marker.kind === 'reminder')
      .map((note) => Number((note.marker.stage ?? '').replace('before-', '')));
    if (latest !== undefined && !posted.some((days) => days <= latest)) reminderStage = latest;
    earlyWarning =
      state.status === 'at_risk' &&
      isWithinBefore(calendar, now, state.effectiveDue, reminders.early_warning.window) &&
      !hasNote(state, 'early-warning', { forCurrentDue: true });
  }

  const alternatesConfigured = engagement.contacts[state.owner].alternates.length > 0;
  const silentSince = firstPingSince(state.notes, state.lastOwnerReplyAt);
  const unresponsive =
    silentSince !== null && hasElapsed(calendar, silentSince, now, reminders.unresponsive_after);
  const alternates =
    alternatesConfigured && unresponsive && !hasNote(state, 'alternates', { forCurrentDue: true });

  let ladder: LadderStep | undefined;
  // Late once working time has passed since the due time, as a handoff is judged (completionOf in
  // state.ts): the evening of the due day, the weekend after it, or 07:00 on the next working day is not
  // late yet, and no ladder step goes out then.
  if (!beforeDue && isLate(calendar, state.effectiveDue, now)) {
    // Offsets count the business days late, as every message states them (timing.ts): the evening of
    // the due day is day 0, and a working day counts once its working time has begun.
    const days = businessDaysLate(calendar, state.effectiveDue, now);
    const after = reminders.after;
    const askedAlternates = state.notes
      .filter((note) => note.marker.kind === 'alternates')
      .filter((note) => !state.lastOwnerReplyAt || note.at.getTime() > state.lastOwnerReplyAt.getTime())
      .map((note) => note.at);
    // Still nothing after the alternates were asked (or after a reminder, when there are none): formal notice.
    const stillSilent = alternatesConfigured
      ? askedAlternates.some((at) => hasElapsed(calendar, at, now, reminders.unresponsive_after))
      : unresponsive;
    // The ladder climbs one step at a time, whenever it starts — on time, after the action was off for a
    // while, when the action was adopted on a handoff already late, or when the file moved the date into
    // the past: the first word about a missed date is the friendly reminder, the formal notice comes no
    // sooner than `formal_notice − friendly` business days after it, and the escalation no sooner than
    // `escalation − formal_notice` after the formal notice. Never a formal notice or an escalation as the
    // first word, and never an escalation the owner side was not formally told about. Only the formal
    // notice to an owner side already silent after a reminder and the alternates skips the friendly
    // step (docs/deadlines.md). A note a person took back counts, at the time it was taken back (the
    // comment's own time is gone with it).
    const takenBack = state.issue
      ? notesTakenBackAt(ctx.snapshot, state.issue, now).filter(
          (at) => at.getTime() > state.effectiveDue.getTime(),
        )
      : [];
    const climbed = (from: LadderStep, gap: number): boolean =>
      currentNotes
        .filter((note) => note.marker.kind === 'ladder' && rank(note.marker.stage) >= rank(from))
        .map((note) => note.at)
        .concat(takenBack)
        .some((at) => calendar.businessDaysBetween(calendar.localDate(at), today) >= gap);
    const applicable: LadderStep[] = [];
    if (days >= after.friendly) applicable.push('friendly');
    if (
      (days >= after.formal_notice && climbed('friendly', after.formal_notice - after.friendly)) ||
      stillSilent
    )
      applicable.push('formal-notice');
    if (days >= after.escalation && climbed('formal-notice', after.escalation - after.formal_notice))
      applicable.push('escalation');
    const latest = applicable.sort((a, b) => rank(b) - rank(a))[0];
    const postedRank = Math.max(
      0,
      ...currentNotes.filter((note) => note.marker.kind === 'ladder').map((note) => rank(note.marker.stage)),
    );
    if (latest && rank(latest) > postedRank) ladder = latest;
  }

  // While a proposal is open, asking "when can we expect it?" talks past it: the friendly reminder and
  // the reminders before the date wait for the answer, up to `reminders.unresponsive_after`.
  const pending = state.agreements.pending;
  if (pending && !hasElapsed(calendar, new Date(pending.at), now, reminders.unresponsive_after)) {
    if (ladder === 'friendly') ladder = undefined;
    reminderStage = undefined;
  }

  // Gentle nudges wait for another day when the owner side already heard from us today.
  const pingedToday = state.notes.some(
    (note) => PING_KINDS.has(note.marker.kind) && calendar.localDate(note.at) === today,
  );
  if (!ladder && pingedToday) return NOTHING;
  return { reminderStage, earlyWarning, alternates, ladder };
}

function since(ctx: PlanContext, state: DeadlineState, voice: Voice): string {
  const silent = firstPingSince(state.notes, state.lastOwnerReplyAt);
  return silent ? formatDate(ctx.calendar.localDate(silent), voice.locale) : '';
}

export function planNudges(ctx: PlanContext, world: DeadlineWorld, state: DeadlineState): Write[] {
  const due = dueNudges(ctx, state);
  if (!due.ladder && !due.earlyWarning && !due.alternates && due.reminderStage === undefined) return [];
  const voice = ownerVoice(ctx, state);
  const contacts = ctx.engagement.contacts[state.owner];
  const alternatesText = contacts.alternates
    .map((contact) => mentionedAddress(ctx, contact, voice.locale))
    .join(', ');
  const values = {
    recipient: recipient(ctx, state, voice),
    title: inlineSafely(state.title),
    ...dueWords(ctx, state, voice),
    remaining: remaining(ctx, state, voice),
    missing: missingBlock(state, voice),
    alternates: alternatesText,
    primary: mentionedAddress(ctx, contacts.primary, voice.locale),
    days_late: businessDays(state.businessDaysLate, voice),
    // Since when the owner side has been silent: the first note to them after their last reply. The
    // alternates are told that, not that the primary "never replied" (they may have, before it).
    since: since(ctx, state, voice),
  };
  const markers: Marker[] = [];
  const reasons: string[] = [];
  let text: string;
  const writes: Write[] = [];
  const cc = (): string => (due.alternates ? `\n\n${voice.t('alternates.cc', values)}` : '');

  if (due.ladder) {
    markers.push(noteMarker(ctx, state, 'ladder', due.ladder));
    reasons.push(
      `"${state.title}" is ${state.businessDaysLate} business day(s) late: ladder step "${due.ladder}"`,
    );
    // Exhaustive over the ladder's stages: a new stage is a compile error here until it has its words.
    switch (due.ladder) {
      case 'friendly':
        text = voice.t('ladder.friendly', values) + cc();
        break;
      case 'formal-notice': {
        const contract = ctx.engagement.contract;
        text =
          voice.t('ladder.formal_notice', {
            ...values,
            contract: contract.reference
              ? voice.t('contract.reference', { reference: inlineSafely(contract.reference) })
              : '',
            impact: impactBlock(ctx, world, state, voice, 'client'),
            policy: contract.extension_policy
              ? voice.t('contract.policy', { policy: policyWords(contract.extension_policy, voice) })
              : '',
          }) +
          managersCc(ctx, state, voice) +
          cc();
        break;
      }
      case 'escalation':
        text =
          escalationLink(ctx, voice, { ...values, escalation: escalationMention(ctx, state, voice) }) + cc();
        break;
    }
  } else if (due.earlyWarning) {
    markers.push(noteMarker(ctx, state, 'early-warning'));
    reasons.push(`"${state.title}" is at risk inside the early-warning window`);
    const signals: string[] = [];
    if (state.atRiskBecause.missing) {
      signals.push(
        voice.t('signal.missing', {
          done: state.checklist.length - state.missing.length,
          total: state.checklist.length,
        }),
      );
    }
    if (state.atRiskBecause.silentSince) {
      signals.push(voice.t('signal.silence', { since: when(ctx, state.atRiskBecause.silentSince, voice) }));
    }
    text = voice.t('early_warning', { ...values, signal: signals.join(' ') }) + cc();
  } else if (due.alternates) {
    // Written to the alternates together, in the same language as the owner's primary reads; every
    // sentence speaks to them, the list of missing items too ("anh có thể đánh dấu", not the primary's "chị").
    const toAlternates = voiceFor(ctx, voice.locale, contacts.alternates);
    text = toAlternates.t('alternates', { ...values, missing: missingBlock(state, toAlternates) });
  } else {
    text = voice.t('reminder.before', values);
  }
  if (due.alternates) {
    markers.push(noteMarker(ctx, state, 'alternates'));
    reasons.push(
      `the ${state.owner} side has not replied for ${ctx.engagement.reminders.unresponsive_after.text} after a reminder: alternates are asked`,
    );
  }
  if (due.reminderStage !== undefined) {
    markers.push(noteMarker(ctx, state, 'reminder', `before-${due.reminderStage}`));
    reasons.push(
      `"${state.title}" is due in ${due.reminderStage} business day(s) or less: reminder stage before-${due.reminderStage}`,
    );
  }

  const escalationPlanned = markers.filter(
    (marker) => !(marker.kind === 'ladder' && marker.stage === 'escalation'),
  );
  if (due.ladder === 'escalation') {
    const existing = findEscalationIssue(ctx, state.subject);
    if (!existing) writes.push(openEscalation(ctx, world, state, escalationPlanned));
    else if (existing.state === 'closed') {
      writes.push({
        kind: 'reopen-issue',
        issue: refOf(existing),
        reason: `"${state.title}" is late again past the escalation step.`,
      });
    }
  }
  const [primary, ...more] = markers;
  if (primary)
    writes.push(markedComment(trackingRef(state), text, [primary, ...more], `${reasons.join('; ')}.`));
  return writes;
}

/**
 * The account managers copied on a formal notice: the client's and the vendor's, each when the file
 * names one, never the person it is addressed to. The wording names exactly who is copied.
 */
function managersCc(ctx: PlanContext, state: DeadlineState, voice: Voice): string {
  const { client, vendor } = ctx.engagement.contacts;
  const recipient = ctx.engagement.contacts[state.owner].primary.handle.toLowerCase();
  const copied = (['client', 'vendor'] as const)
    .map((side) => ({ side, contact: (side === 'client' ? client : vendor).account_manager }))
    .filter(
      (entry): entry is { side: 'client' | 'vendor'; contact: Contact } =>
        entry.contact !== undefined && entry.contact.handle.toLowerCase() !== recipient,
    );
  const [first, second] = copied;
  if (!first) return '';
  const line = second
    ? voice.t('ladder.formal_notice_cc_both', {
        client_manager: mentionedAddress(ctx, first.contact, voice.locale),
        vendor_manager: mentionedAddress(ctx, second.contact, voice.locale),
      })
    : voice.t('ladder.formal_notice_cc_one', {
        manager: mentionedAddress(ctx, first.contact, voice.locale),
        side: sideName(ctx, first.side, voice),
      });
  return `\n\n${line}`;
}

/** The note linking the escalation issue, naming the account managers it involves (one or both). */
function escalationLink(ctx: PlanContext, voice: Voice, values: Readonly<Record<string, string>>): string {
  // Named without a ping: the escalation issue itself assigns and mentions them.
  const { owner, client } = ladderManagers(ctx.engagement);
  const named = (contact: Contact): string => addressedWithoutPing(ctx, contact.handle, voice.locale);
  return client
    ? voice.t('ladder.escalation_link_both', {
        ...values,
        vendor_manager: named(owner),
        client_manager: named(client),
      })
    : voice.t('ladder.escalation_link', { ...values, manager: named(owner) });
}
