// The registry of marker kinds: the vocabulary of the action's memory. Every kind the action has ever
// written into a repository is here, with what it means, which domain writes it and which weekly fact
// it feeds. The strings are stored in users' repositories, so a kind is never renamed or removed:
// test/core/marker-kinds.test.ts holds every string ever written and fails if one disappears.
// Adding a kind (or a ladder stage) is a compile error in every table below and in every exhaustive
// switch over kinds, which is how the compiler points at each place that must learn it.
import type { DeadlineEventKind } from './facts';

export type MarkerDomain = 'deadlines' | 'feedback' | 'pulse' | 'summary';

export type MarkerKind =
  // deadlines
  | 'tracking'
  | 'reminder'
  | 'early-warning'
  | 'alternates'
  | 'ladder'
  | 'escalation'
  | 'escalation-closed'
  | 'command-reply'
  | 'proposal'
  | 'proposal-closed'
  | 'amendment'
  | 'completion'
  | 'removed'
  | 'restored'
  | 'not-delivery'
  | 'deadline-invalid'
  | 'contact-note'
  | 'contact-note-refused'
  | 'kickoff'
  | 'kickoff-baseline'
  | 'kickoff-reminder'
  | 'kickoff-reply'
  | 'deadline-unconfirmed'
  | 'deadline-confirmed'
  | 'deadline-past'
  | 'handoff-rating-request'
  | 'handoff-rating'
  // feedback
  | 'feedback-ack'
  | 'feedback-triage-review'
  | 'feedback-5whys'
  | 'feedback-sla-warning'
  | 'feedback-sla-breach'
  | 'feedback-escalation-closed'
  | 'feedback-escalation-again'
  | 'feedback-nudge'
  | 'feedback-contradiction'
  | 'feedback-confirm'
  | 'feedback-rating'
  | 'feedback-reopened'
  | 'feedback-accepted'
  | 'feedback-proposal'
  | 'feedback-agreement'
  | 'feedback-implemented'
  // summary
  | 'summary'
  | 'retrospective'
  | 'pulse'
  | 'pulse-rating'
  // portfolio (the ops repository's weekly portfolio issue)
  | 'portfolio'
  // every domain: the repair of a race (core/duplicates.ts)
  | 'duplicate-closed';

/** The steps after a missed due date, in order. */
export type LadderStage = 'friendly' | 'formal-notice' | 'escalation';

export interface MarkerKindInfo {
  /** What a piece of content carrying this marker is, in plain words. */
  readonly meaning: string;
  /** The domains that write it (the escalation issue is shared: feedback marks it with stage `feedback`). */
  readonly owners: readonly MarkerDomain[];
  /**
   * The weekly deadline event a comment with this marker counts as; `by-stage` when the stage
   * decides (see LADDER_STAGES). The escalation timeline describes the same events.
   */
  readonly event: DeadlineEventKind | 'by-stage' | null;
  /** Whether the escalation issue's timeline lists it (in the words of its event). */
  readonly timeline: boolean;
}

const deadlineNote = (
  meaning: string,
  event: MarkerKindInfo['event'] = null,
  timeline = false,
): MarkerKindInfo => ({ meaning, owners: ['deadlines'], event, timeline });

const feedbackNote = (meaning: string): MarkerKindInfo => ({
  meaning,
  owners: ['feedback'],
  event: null,
  timeline: false,
});

export const MARKER_KINDS: Readonly<Record<MarkerKind, MarkerKindInfo>> = {
  tracking: deadlineNote('the tracking issue of a deadline'),
  reminder: deadlineNote(
    'a reminder before the due date (stage `before-N`, N business days)',
    'reminder',
    true,
  ),
  'early-warning': deadlineNote('the early warning that a deadline is at risk', 'early-warning', true),
  alternates: deadlineNote('the message to the alternates of a silent owner', 'alternates', true),
  ladder: deadlineNote('a step of the ladder after the due date (stage: the step)', 'by-stage', true),
  escalation: {
    meaning: 'the escalation issue of a late deadline, or (stage `feedback`) of a breached feedback SLA',
    owners: ['deadlines', 'feedback'],
    event: null,
    timeline: false,
  },
  'escalation-closed': deadlineNote('the closing comment of a deadline escalation issue'),
  'command-reply': {
    meaning:
      'the reply to a /extend /rescope /undo /agree /decline /confirm command, or to a feedback /agree or /rate that is not the client’s to give (stage: its comment)',
    owners: ['deadlines', 'feedback'],
    event: null,
    timeline: false,
  },
  proposal: deadlineNote('the acknowledgement of a proposed change (stage: its comment)'),
  'proposal-closed': deadlineNote('the note that a proposed change was declined (stage: its comment)'),
  amendment: deadlineNote(
    'a documented agreement to a new date or scope (stage: its comment)',
    'amendment',
    true,
  ),
  completion: deadlineNote('the record that a handoff is complete, on time or late', 'completed'),
  removed: deadlineNote('the note that a milestone left the engagement file'),
  restored: deadlineNote('the note that a removed milestone came back'),
  'not-delivery': deadlineNote(
    'the note on a tracking issue reopened once after it was closed as not planned (stage: that closing)',
  ),
  'deadline-invalid': deadlineNote('the reply to a filed deadline without a readable due date'),
  // Listed in the escalation timeline at the day the contact happened, in its own words (not an event).
  'contact-note': deadlineNote(
    'the record of a call, e-mail, meeting or chat noted with /note (stage: its comment; data: channel, date, who, text)',
    null,
    true,
  ),
  'contact-note-refused': deadlineNote(
    'the reply to a /note that could not be recorded (stage: its comment)',
  ),
  kickoff: deadlineNote('the kickoff issue: schedule, contacts, channels, response times, commands, terms'),
  'kickoff-baseline': deadlineNote(
    'the record that the client agreed the kickoff as the baseline (data: who, when, the schedule agreed)',
  ),
  'kickoff-reminder': deadlineNote(
    'the one reminder that the kickoff baseline waits for the client agreement',
  ),
  'kickoff-reply': deadlineNote(
    'the reply to an /agree on the kickoff that does not count (stage: its comment)',
  ),
  'deadline-unconfirmed': deadlineNote(
    'the reply to a deadline filed by someone who is not a party: it waits for a party to `/confirm` it',
  ),
  'deadline-confirmed': deadlineNote(
    "the record of a party's `/confirm` of a filed deadline (stage: its comment; data: who, when, the date)",
  ),
  'deadline-past': deadlineNote(
    'the reply refusing a filed deadline whose date had passed when it was filed',
  ),
  'handoff-rating-request': deadlineNote(
    'the question to the client, once a vendor handoff is complete, on how it went (a 1–5 `/rate`)',
  ),
  'handoff-rating': deadlineNote(
    "the record of the client's rating of a handoff (data: rating, who, when, comment, and their words)",
  ),
  'feedback-ack': feedbackNote('the acknowledgement of a feedback issue (data: triage, waiting)'),
  'feedback-triage-review': feedbackNote('the triage role is asked to confirm an unsure triage'),
  'feedback-5whys': feedbackNote('the 5 whys prompt on negative feedback'),
  'feedback-sla-warning': feedbackNote('the warning that a feedback SLA is mostly used'),
  'feedback-sla-breach': feedbackNote('the notice that a feedback SLA passed'),
  'feedback-escalation-closed': feedbackNote('the closing comment of a feedback escalation issue'),
  'feedback-escalation-again': feedbackNote(
    'the note on a feedback escalation issue that the feedback passed another of its times (stage: that breach)',
  ),
  'feedback-nudge': feedbackNote('the nudge when the client has not answered a question'),
  'feedback-contradiction': feedbackNote('the question about which of two conflicting requests stands'),
  'feedback-confirm': feedbackNote('the request to confirm and rate a resolved feedback'),
  'feedback-rating': feedbackNote('the record of the rating the client gave'),
  'feedback-reopened': feedbackNote('the note that feedback was reopened at the client request'),
  'feedback-accepted': feedbackNote(
    'the note, once the client answered the questions on unclear feedback, that it is accepted (data: the roles assigned)',
  ),
  'feedback-proposal': feedbackNote(
    'the record of a solution the team proposed with /propose (stage: its comment; data: the text as proposed)',
  ),
  'feedback-agreement': feedbackNote(
    'the record that the client agreed to a proposed solution with /agree (stage: the proposal comment; data: what, who, when)',
  ),
  'feedback-implemented': feedbackNote(
    'the note that the team put the solution in place with /implemented (stage: its comment)',
  ),
  summary: {
    meaning:
      'the weekly summary issue (subject `week:YYYY-Www`), or its superseded/duplicate comment; stage `records`: the second marker of a summary issue, holding the records of closed feedback its totals to date need (src/summary/records.ts)',
    owners: ['summary'],
    event: null,
    timeline: false,
  },
  retrospective: {
    meaning:
      'a retrospective issue for the vendor team (subject `retro:end` at the end of the engagement, or `retro:YYYY-Www` every N weeks)',
    owners: ['summary'],
    event: null,
    timeline: false,
  },
  pulse: {
    meaning: 'the monthly check-in issue for the client primary (subject `pulse:YYYY-MM`)',
    owners: ['pulse'],
    event: null,
    timeline: false,
  },
  'pulse-rating': {
    meaning:
      "the record of the client's answer to a monthly check-in (data: rating, who, when, comment, and their words)",
    owners: ['pulse'],
    event: null,
    timeline: false,
  },
  portfolio: {
    meaning:
      'the weekly portfolio issue of the ops repository (subject `week:YYYY-Www`), or its superseded/duplicate comment',
    owners: ['summary'],
    event: null,
    timeline: false,
  },
  'duplicate-closed': {
    meaning:
      'the note on an issue two runs opened twice, closed in favour of the one kept (subject: the thing, stage: the kept number)',
    owners: ['deadlines', 'feedback', 'summary'],
    event: null,
    timeline: false,
  },
};

export interface LadderStageInfo {
  /** Later steps rank higher: only a step above the last one posted is taken. */
  readonly rank: number;
  /** The weekly deadline event its comment counts as (the escalation step counts as the issue it opens). */
  readonly event: DeadlineEventKind | null;
}

export const LADDER_STAGES: Readonly<Record<LadderStage, LadderStageInfo>> = {
  friendly: { rank: 1, event: 'friendly' },
  'formal-notice': { rank: 2, event: 'formal-notice' },
  escalation: { rank: 3, event: null },
};

export function isMarkerKind(value: string): value is MarkerKind {
  return Object.prototype.hasOwnProperty.call(MARKER_KINDS, value);
}

export function isLadderStage(value: string | undefined): value is LadderStage {
  return value !== undefined && Object.prototype.hasOwnProperty.call(LADDER_STAGES, value);
}

/** The weekly deadline event a marker stands for, if any. */
export function markerEvent(marker: {
  readonly kind: MarkerKind;
  readonly stage?: string | undefined;
}): DeadlineEventKind | undefined {
  const event = MARKER_KINDS[marker.kind].event;
  if (event !== 'by-stage') return event ?? undefined;
  return isLadderStage(marker.stage) ? (LADDER_STAGES[marker.stage].event ?? undefined) : undefined;
}
