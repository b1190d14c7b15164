// The escalation issue: one per deadline, assigned to the vendor's account manager, holding the
// evidence (every reminder and every reply, with links and times), the impact, the options and the
// dispute ladder. Updated in place only when its text would change; closed when the handoff completes.
import type { PlanContext } from '../../core/context';
import type { DeadlineEventKind } from '../../core/facts';
import { MARKER_KINDS, markerEvent } from '../../core/marker-kinds';
import { botCommentMarkers, markedBody, sameMarkedBody, type Marker } from '../../core/markers';
import { issuesOpenedAbout, lowestNumber } from '../../core/opened-issues';
import { markedComment, markedIssue, refOf, refPlaceholder, type Write } from '../../core/plan';
import { mayShow, vendorPlace, writtenIn, type Place } from '../../core/places';
import type { SnapshotIssue } from '../../core/snapshot';
import type { Contact } from '../../engagement/schema';
import { formatDate, inlineSafely, titleSafely } from '../../messages/format';
import { keepTicksById, renderChecklist } from '../checklist';
import { disputeLadder } from '../dispute-ladder';
import {
  addressedWithoutPing,
  escalationOwner,
  mentionedAddress,
  ladderManagers,
  nameWithoutPing,
} from '../people';
import {
  bulletList,
  businessDays,
  impactBlock,
  dueWords,
  shownDue,
  sideName,
  voiceFor,
  when,
  type Voice,
} from '../render';
import { sideAtTheTime, type DeadlineState, type DeadlineWorld } from '../state';
import type { ContactNote } from '../contact-notes';
import { escalationKey, escalationMarker, noteMarker, trackingMention } from './common';
import { businessDaysLate, isLate } from '../timing';

/** The escalation issue of a deadline: the lowest number, if a person duplicated it. */
export function findEscalationIssue(ctx: PlanContext, subject: string): SnapshotIssue | undefined {
  return lowestNumber(issuesOpenedAbout(ctx, 'escalation', subject));
}

/**
 * The ref used in client-facing messages: `#N`, or the placeholder of the escalation issue this plan
 * opens; in words only when the escalation lives in the internal repository, which the client cannot
 * open and the client repository never links to.
 */
export function escalationMention(ctx: PlanContext, state: DeadlineState, voice: Voice): string {
  if (vendorPlace(ctx.snapshot) === 'internal') return voice.t('escalation.internal_ref');
  const issue = findEscalationIssue(ctx, state.subject);
  return issue ? `#${issue.number}` : refPlaceholder(escalationKey(state.subject));
}

/**
 * How the timeline words each deadline event a note stands for, told from the note's own marker: its
 * stage, and how many business days before or after the date it was written for (`data.due`) it was
 * sent — a reminder of the 7-day stage first sent 4 business days before says 4, as it was. Keyed on
 * every event, so a new event is a compile error here until it has its words; `null` for the events
 * that are not notes on the tracking issue.
 */
type NoteWords = (note: { marker: Marker; at: Date }, ctx: PlanContext, voice: Voice) => string;

const TIMELINE_WORDS: Readonly<Record<DeadlineEventKind, NoteWords | null>> = {
  reminder: (note, ctx, voice) => voice.t('timeline.reminder', { days: daysFromDue(note, ctx, voice, -1) }),
  'early-warning': (_, __, voice) => voice.t('timeline.early_warning'),
  alternates: (_, __, voice) => voice.t('timeline.alternates'),
  friendly: (note, ctx, voice) => voice.t('timeline.friendly', { days: daysFromDue(note, ctx, voice, 1) }),
  'formal-notice': (note, ctx, voice) =>
    voice.t('timeline.formal_notice', { days: daysFromDue(note, ctx, voice, 1) }),
  amendment: (_, __, voice) => voice.t('timeline.amendment'),
  completed: null,
  'escalation-opened': null,
  'escalation-closed': null,
};

/**
 * Business days between the note and its due date: after it (1), counted as the note itself counted
 * how late it was (the one lateness rule), or before it (-1), in business days of the calendar.
 */
function daysFromDue(
  note: { marker: Marker; at: Date },
  ctx: PlanContext,
  voice: Voice,
  direction: 1 | -1,
): string {
  const { calendar } = ctx;
  const due = note.marker.data?.due;
  if (!due) return businessDays(0, voice);
  if (direction === 1) return businessDays(businessDaysLate(calendar, new Date(due), note.at), voice);
  const days = calendar.businessDaysBetween(calendar.localDate(note.at), calendar.localDate(new Date(due)));
  return businessDays(Math.max(0, days), voice);
}

function describeNote(ctx: PlanContext, marker: Marker, at: Date, voice: Voice): string | undefined {
  if (!MARKER_KINDS[marker.kind].timeline) return undefined;
  const event = markerEvent(marker);
  return event ? (TIMELINE_WORDS[event]?.({ marker, at }, ctx, voice) ?? undefined) : undefined;
}

/** Every reminder and every reply of either side, oldest first; notes planned in this run included. */
function timeline(ctx: PlanContext, state: DeadlineState, planned: readonly Marker[], voice: Voice): string {
  const entries: Array<{ at: number; text: string }> = [];
  const botEntries = new Map<number, string[]>();
  const markers = [
    ...state.notes.map((note) => ({ marker: note.marker, at: note.at })),
    ...planned.map((marker) => ({ marker, at: new Date(marker.data?.at ?? ctx.now.toISOString()) })),
  ];
  // Calls, e-mails and meetings stand at the day they happened, in the words of their record; the
  // `/note` comment they came from is not listed again as a reply.
  // The state holds them recorded or about to be, so an escalation opened in the same run has them.
  const noted = new Set<number>();
  for (const note of state.contactNotes.notes) {
    noted.add(note.commentId);
    entries.push(contactEntry(ctx, state, note, voice));
  }
  for (const { marker, at } of markers) {
    const text = describeNote(ctx, marker, at, voice);
    if (!text) continue;
    const list = botEntries.get(at.getTime()) ?? [];
    list.push(text);
    botEntries.set(at.getTime(), list);
  }
  const tracking = trackingMention(state);
  for (const [at, texts] of botEntries) {
    entries.push({ at, text: `- ${when(ctx, new Date(at), voice)} — ${texts.join('; ')} (${tracking})` });
  }
  for (const comment of state.issue?.comments ?? []) {
    // As it stood when written: a contact the file has since replaced still answered for their side.
    const side = sideAtTheTime(ctx, state.owner, state.notes, comment);
    if (!side || noted.has(comment.id)) continue;
    const who = voice.t('timeline.reply', {
      who: nameWithoutPing(ctx.engagement, comment.author.login, voice.locale),
      side: sideName(ctx, side, voice),
    });
    entries.push({
      at: new Date(comment.createdAt).getTime(),
      text: `- ${when(ctx, new Date(comment.createdAt), voice)} — [${who}](${comment.url})`,
    });
  }
  if (entries.length === 0) return voice.t('timeline.empty');
  const lines = entries.sort((a, b) => a.at - b.at).map((entry) => entry.text);
  if (lines.length <= TIMELINE_FIRST + TIMELINE_LAST) return lines.join('\n');
  // A long escalation keeps how it began and where it stands; the middle is one click away.
  const more = voice.t('timeline.more', { count: lines.length - TIMELINE_FIRST - TIMELINE_LAST, tracking });
  return [...lines.slice(0, TIMELINE_FIRST), more, ...lines.slice(-TIMELINE_LAST)].join('\n');
}

function contactEntry(
  ctx: PlanContext,
  state: DeadlineState,
  note: ContactNote,
  voice: Voice,
): { at: number; text: string } {
  const text = voice.t('timeline.contact', {
    channel: voice.t(`channel.${note.channel}`),
    who: nameWithoutPing(ctx.engagement, note.by, voice.locale),
    side: sideName(ctx, note.side, voice),
    text: inlineSafely(note.text, 200),
  });
  const answer = note.ownerAnswer
    ? voice.t('timeline.contact_answer', { owner: sideName(ctx, state.owner, voice) })
    : '';
  return {
    at: new Date(note.at).getTime(),
    text: `- ${formatDate(note.on, voice.locale)} — ${text}${answer}`,
  };
}

/** Entries of the timeline shown from its start and from its end: a body stays far below GitHub's limit. */
const TIMELINE_FIRST = 20;
const TIMELINE_LAST = 80;

/**
 * The dispute ladder and where the engagement stands on it. Each step's line carries its item id, so
 * the boxes people ticked are kept whatever words the step had (another language, an earlier
 * version's English, a person's own edit, which stays): `formerItems` names the lines without an id.
 */
function disputeSection(
  ctx: PlanContext,
  voice: Voice,
  place: Place,
  existingBody: string | undefined,
): { text: string; formerItems: Readonly<Record<string, string>> } {
  // Each step's words as this place writes them (an internal repository rewrites links and names):
  // the stamp on a line is of the words written there, so only a person's edit ever differs from it.
  const shown = (text: string): string => writtenIn(ctx, place, text);
  const steps = disputeLadder(ctx.engagement, voice).map((step) => ({
    ...step,
    text: shown(step.text),
    formerTexts: step.formerTexts.map(shown),
  }));
  const { items: ladder, formerItems } = keepTicksById(steps, existingBody);
  const reached = ladder.filter((item) => item.done);
  const managers = ladderManagers(ctx.engagement);
  const named = (contact: Contact): string => addressedWithoutPing(ctx, contact.handle, voice.locale);
  const stand =
    reached.length > 0
      ? (reached[reached.length - 1]?.text ?? '')
      : voice.t('escalation.stand_none', {
          managers: managers.client
            ? voice.t('names.two', { first: named(managers.owner), second: named(managers.client) })
            : named(managers.owner),
        });
  return {
    text: voice.t('escalation.dispute', { stand: inlineSafely(stand), ladder: renderChecklist(ladder) }),
    formerItems,
  };
}

export function renderEscalation(
  ctx: PlanContext,
  world: DeadlineWorld,
  state: DeadlineState,
  planned: readonly Marker[],
  existingBody: string | undefined,
): { title: string; text: string; formerItems: Readonly<Record<string, string>> } {
  const place = vendorPlace(ctx.snapshot);
  const managers = ladderManagers(ctx.engagement);
  // Written to the account manager who owns it, in their words and the team's one voice.
  const voice = voiceFor(ctx, ctx.locale, managers.owner);
  const dispute = mayShow(ctx.engagement, place, 'dispute')
    ? disputeSection(ctx, voice, place, existingBody)
    : { text: '', formerItems: {} };
  const body = voice.t('escalation.body', {
    manager: mentionedAddress(ctx, managers.owner, voice.locale),
    copied: managers.client
      ? voice.t(place === 'internal' ? 'escalation.copied_internal' : 'escalation.copied', {
          manager: mentionedAddress(ctx, managers.client, voice.locale),
          side: sideName(ctx, 'client', voice),
        })
      : '',
    title: inlineSafely(state.title),
    tracking: trackingMention(state),
    ...dueWords(ctx, state, voice),
    days_late: businessDays(state.businessDaysLate, voice),
    owner: sideName(ctx, state.owner, voice),
    impact: impactBlock(ctx, world, state, voice, place),
    missing: state.missing.length > 0 ? bulletList(state) : voice.t('none'),
    timeline: timeline(ctx, state, planned, voice),
    dispute: dispute.text,
  });
  return {
    title: voice.t('escalation.title', {
      // A filed deadline's title is the filer's words.
      title: titleSafely(state.title),
      due_date: formatDate(ctx.calendar.localDate(shownDue(state)), voice.locale),
    }),
    text: writtenIn(ctx, place, body),
    formerItems: dispute.formerItems,
  };
}

export function openEscalation(
  ctx: PlanContext,
  world: DeadlineWorld,
  state: DeadlineState,
  planned: readonly Marker[],
): Write {
  const { title, text } = renderEscalation(ctx, world, state, planned, undefined);
  return markedIssue({
    place: vendorPlace(ctx.snapshot),
    title,
    text,
    marker: escalationMarker(state.subject),
    labels: [ctx.engagement.labels.escalation],
    assignees: [escalationOwner(ctx.engagement).handle],
    reason: `"${state.title}" is ${state.businessDaysLate} business day(s) late, past the escalation step of the ladder.`,
  });
}

/** Keeps an open escalation issue up to date, and closes it once the handoff is complete. */
export function planEscalationUpkeep(
  ctx: PlanContext,
  world: DeadlineWorld,
  state: DeadlineState,
  planned: readonly Marker[],
): Write[] {
  const issue = findEscalationIssue(ctx, state.subject);
  // The ladder reopens a closed escalation in this plan (late again for a new date): its text is
  // brought up to date in the same run, so the next run has nothing to add.
  const reopening = planned.some((marker) => marker.kind === 'ladder' && marker.stage === 'escalation');
  if (!issue) return [];
  const restoring = reopening ? [] : reopenRestoredEscalation(ctx, state, issue);
  if (issue.state !== 'open' && !reopening && restoring.length === 0) return [];
  const ref = refOf(issue);
  if (state.completion) {
    const voice = voiceFor(ctx, ctx.locale);
    const outcome = state.completion.late
      ? voice.t('outcome.late', { days_late: businessDays(state.completion.businessDaysLate, voice) })
      : voice.t('outcome.on_time');
    return endEscalation(
      ctx,
      issue,
      {
        text: voice.t('escalation.closed', { title: inlineSafely(state.title), outcome }),
        marker: noteMarker(ctx, state, 'escalation-closed'),
        why: `The handoff of "${state.title}" is complete, so its escalation ends.`,
      },
      { stateReason: 'completed', why: `The handoff of "${state.title}" is complete.` },
    );
  }
  // Not late (the date moved past now, or no working time has passed since it): the escalation ends
  // rather than telling the account manager it is "late less than a business day".
  if (!isLate(ctx.calendar, state.effectiveDue, ctx.now)) return closeAsNoLongerLate(ctx, state, issue);
  const { title, text, formerItems } = renderEscalation(ctx, world, state, planned, issue.body);
  const body = markedBody(text, [escalationMarker(state.subject)]);
  const titleChanged = title !== issue.title;
  const bodyChanged = !sameMarkedBody(issue.body, body);
  if (!titleChanged && !bodyChanged) return restoring;
  return [
    ...restoring,
    {
      kind: 'edit-issue',
      issue: ref,
      ...(titleChanged ? { title } : {}),
      ...(bodyChanged ? { body } : {}),
      ...(bodyChanged && Object.keys(formerItems).length > 0 ? { formerItems } : {}),
      reason: `The escalation of "${state.title}" is updated in place with the latest timeline and impact.`,
    },
  ];
}

/**
 * The date moved past now (an agreed extension, a day-for-day shift): the handoff is not late, so the
 * escalation ends with a note saying why, rather than telling the account manager it is "late less
 * than a business day". If a person reopened it after that note, it is theirs: left as it is.
 */
function closeAsNoLongerLate(ctx: PlanContext, state: DeadlineState, issue: SnapshotIssue): Write[] {
  const closedForThisDate = botCommentMarkers(ctx.snapshot, issue).some(
    ({ marker }) =>
      marker.kind === 'escalation-closed' && marker.stage === 'moved' && marker.data?.due === state.dueKey,
  );
  if (closedForThisDate) return [];
  const voice = voiceFor(ctx, ctx.locale);
  return endEscalation(
    ctx,
    issue,
    {
      text: voice.t('escalation.closed_moved', {
        title: inlineSafely(state.title),
        ...dueWords(ctx, state, voice),
        tracking: trackingMention(state),
      }),
      marker: noteMarker(ctx, state, 'escalation-closed', 'moved'),
      why: `"${state.title}" is now due ${state.dueKey}, after now: it is no longer late, so its escalation ends.`,
    },
    {
      stateReason: 'completed',
      why: `"${state.title}" is no longer late: its date moved to ${state.dueKey}.`,
    },
  );
}

/** How an escalation ends, whatever the reason: a note in the vendor's place saying why, then closed. */
function endEscalation(
  ctx: PlanContext,
  issue: SnapshotIssue,
  note: { readonly text: string; readonly marker: Marker; readonly why: string },
  close: { readonly stateReason: 'completed' | 'not_planned'; readonly why: string },
): Write[] {
  const ref = refOf(issue);
  return [
    markedComment(ref, writtenIn(ctx, vendorPlace(ctx.snapshot), note.text), [note.marker], note.why),
    { kind: 'close-issue', issue: ref, stateReason: close.stateReason, reason: close.why },
  ];
}

/**
 * Where the escalation issue stands on the milestone's presence in the engagement file: `removed` once
 * the action closed it because the milestone left the file, `restored` once it reopened it for the
 * milestone's return (the last of the action's notes on it that say so), else null.
 */
function fileLifecycle(ctx: PlanContext, issue: SnapshotIssue): 'removed' | 'restored' | null {
  const notes = botCommentMarkers(ctx.snapshot, issue)
    .map(({ marker }) => marker)
    .filter(
      (marker) =>
        (marker.kind === 'escalation-closed' && marker.stage === 'removed') || marker.kind === 'restored',
    );
  const last = notes.at(-1);
  return last ? (last.kind === 'restored' ? 'restored' : 'removed') : null;
}

/**
 * A milestone left the engagement file while its escalation was open: the escalation ends with it, as
 * its tracking issue does — closed as not planned with a short note in the team's language, never
 * deleted. Once per removal: a person who reopens it afterwards keeps it open.
 */
export function closeRemovedEscalation(
  ctx: PlanContext,
  subject: string,
  title: string,
  tracking: SnapshotIssue,
): Write[] {
  const issue = findEscalationIssue(ctx, subject);
  if (!issue || issue.state !== 'open' || fileLifecycle(ctx, issue) === 'removed') return [];
  const voice = voiceFor(ctx, ctx.locale);
  return endEscalation(
    ctx,
    issue,
    {
      text: voice.t('escalation.closed_removed', {
        title: inlineSafely(title),
        tracking: `#${tracking.number}`,
      }),
      marker: { kind: 'escalation-closed', subject, stage: 'removed', data: { at: ctx.now.toISOString() } },
      why: `${subject} left the engagement file: its escalation ends with its tracking issue.`,
    },
    {
      stateReason: 'not_planned',
      why: `${subject} left the engagement file: its escalation is closed, not deleted.`,
    },
  );
}

/**
 * The milestone came back to the file while its escalation was closed for its removal: still late past
 * the escalation step for the same date, the escalation opens again, in the run that reopens the
 * tracking issue, with a short note; otherwise it stays closed (a later escalation reopens it as usual).
 */
function reopenRestoredEscalation(ctx: PlanContext, state: DeadlineState, issue: SnapshotIssue): Write[] {
  if (issue.state !== 'closed' || fileLifecycle(ctx, issue) !== 'removed') return [];
  const escalated = state.notes.some(
    (note) =>
      note.marker.kind === 'ladder' &&
      note.marker.stage === 'escalation' &&
      note.marker.data?.due === state.dueKey,
  );
  if (state.completion || !escalated || !isLate(ctx.calendar, state.effectiveDue, ctx.now)) return [];
  const ref = refOf(issue);
  const voice = voiceFor(ctx, ctx.locale);
  return [
    {
      kind: 'reopen-issue',
      issue: ref,
      reason: `"${state.title}" is back in the engagement file and still late past the escalation step.`,
    },
    markedComment(
      ref,
      writtenIn(
        ctx,
        vendorPlace(ctx.snapshot),
        voice.t('escalation.reopened_restored', {
          title: inlineSafely(state.title),
          tracking: trackingMention(state),
        }),
      ),
      [noteMarker(ctx, state, 'restored')],
      `"${state.title}" is back in the engagement file: its escalation, closed when it left, is open again.`,
    ),
  ];
}
