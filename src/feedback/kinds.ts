// The marker kinds of what the action writes about a piece of feedback. The subject is always
// `issue:<number>` of the feedback issue, so an event run on that issue keeps these writes.
import type { MarkerKind } from '../core/marker-kinds';

export const KIND = {
  ack: 'feedback-ack',
  review: 'feedback-triage-review',
  fiveWhys: 'feedback-5whys',
  warning: 'feedback-sla-warning',
  breach: 'feedback-sla-breach',
  escalation: 'escalation',
  escalationClosed: 'feedback-escalation-closed',
  escalationAgain: 'feedback-escalation-again',
  nudge: 'feedback-nudge',
  contradiction: 'feedback-contradiction',
  confirm: 'feedback-confirm',
  rating: 'feedback-rating',
  reopened: 'feedback-reopened',
  accepted: 'feedback-accepted',
  proposal: 'feedback-proposal',
  agreement: 'feedback-agreement',
  implemented: 'feedback-implemented',
  // The calm reply to a client's command given by the team member who filed the feedback (`/agree`,
  // `/rate`): who can give it. The registry's one kind for replies to a person's command (stage: the
  // comment), shared with the deadlines.
  commandReply: 'command-reply',
} as const satisfies Record<string, MarkerKind>;

export const ESCALATION_STAGE = 'feedback';
