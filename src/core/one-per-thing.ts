// Which of the action's own comments and issues exist once per thing, and what "the same thing" is
// for each kind. Two runs at once (a schedule and an event) can both write the same note or open the
// same issue; the next run keeps the earliest and removes the rest (core/duplicates.ts). Keyed on
// every marker kind, so a new kind is a compile error here until someone decides what a repeat of it is.
import type { MarkerKind } from './marker-kinds';
import type { Marker } from './markers';

/**
 * - `subject`: one per kind and subject, whatever its stage (the rules look it up without a stage);
 * - `stage`: one per kind, subject and stage (the stage names the step, the comment or the week);
 * - `stage-and-due`: as `stage`, once for each due date the deadline had (a new date is a new round);
 * - `repeat`: an event that may happen again (a milestone leaves the file, comes back, leaves again):
 *   only a note repeating the action's previous note about the same subject, with nothing between, is
 *   a repeat.
 */
export type OnePer = 'subject' | 'stage' | 'stage-and-due' | 'repeat';

export const ONE_PER: Readonly<Record<MarkerKind, OnePer>> = {
  // Issues: one tracking issue per milestone, one escalation per deadline (or per feedback), one
  // summary per week; the weekly summary's closing comments are one per stage.
  tracking: 'stage',
  escalation: 'stage',
  summary: 'stage',
  portfolio: 'stage',
  // Reaching out, once per step for each due date the deadline had.
  reminder: 'stage-and-due',
  'early-warning': 'stage-and-due',
  alternates: 'stage-and-due',
  ladder: 'stage-and-due',
  'escalation-closed': 'stage-and-due',
  completion: 'stage-and-due',
  // Answers to a person's comment: the stage is that comment's id. The amendment record is the one
  // an agreement rests on: the earliest is kept, and it is the one every run reads.
  'command-reply': 'stage',
  proposal: 'stage',
  'proposal-closed': 'stage',
  amendment: 'stage',
  'contact-note': 'stage',
  'contact-note-refused': 'stage',
  // One kickoff issue per engagement, agreed once as the baseline, reminded once.
  kickoff: 'subject',
  'kickoff-baseline': 'subject',
  'kickoff-reminder': 'subject',
  'kickoff-reply': 'stage',
  'not-delivery': 'subject',
  'deadline-invalid': 'subject',
  'deadline-unconfirmed': 'subject',
  'deadline-past': 'subject',
  // A filed deadline rests on one confirmation: the earliest record is kept and read.
  'deadline-confirmed': 'subject',
  // The client is asked once how a handoff went, and the first rating they give is the record.
  'handoff-rating-request': 'subject',
  retrospective: 'subject',
  // One check-in a month, and the first rating given on it is the record.
  pulse: 'subject',
  'pulse-rating': 'subject',
  'handoff-rating': 'subject',
  removed: 'repeat',
  restored: 'repeat',
  // Feedback: one acknowledgement, one triage check, one 5 whys, one nudge per issue; the SLA notes
  // once per SLA; confirmation and rating once per closing; contradiction once per pair.
  'feedback-ack': 'subject',
  'feedback-triage-review': 'subject',
  'feedback-5whys': 'subject',
  'feedback-nudge': 'subject',
  'feedback-sla-warning': 'stage',
  'feedback-sla-breach': 'stage',
  'feedback-escalation-closed': 'stage',
  'feedback-escalation-again': 'stage',
  'feedback-contradiction': 'stage',
  'feedback-confirm': 'stage',
  'feedback-rating': 'stage',
  'feedback-reopened': 'stage',
  // The roles' note once unclear feedback is answered: once per issue. Solutions: one record per
  // /propose, /implemented comment; one agreement record per proposal (the earliest is the one read).
  'feedback-accepted': 'subject',
  'feedback-proposal': 'stage',
  'feedback-agreement': 'stage',
  'feedback-implemented': 'stage',
  'duplicate-closed': 'stage',
};

/** What makes two markers the same thing; undefined for `repeat` kinds, which are judged in sequence. */
export function thingKey(marker: Marker): string | undefined {
  const rule = ONE_PER[marker.kind];
  switch (rule) {
    case 'subject':
      return `${marker.kind}|${marker.subject}`;
    case 'stage':
      return `${marker.kind}|${marker.subject}|${marker.stage ?? ''}`;
    case 'stage-and-due':
      return `${marker.kind}|${marker.subject}|${marker.stage ?? ''}|${marker.data?.due ?? ''}`;
    case 'repeat':
      return undefined;
  }
}
