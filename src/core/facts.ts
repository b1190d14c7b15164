// Facts derived from (engagement, snapshot, now) by the domain modules. The planners act on them and the
// weekly summary reports them, so both read the world the same way.
import type { FeedbackType, Importance, Priority, RootCause, Side } from '../engagement/schema';

export const MILESTONE_STATUSES = [
  'upcoming',
  'due_soon',
  'at_risk',
  'overdue',
  'done_on_time',
  'done_late',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export type DeadlineEventKind =
  | 'reminder'
  | 'early-warning'
  | 'alternates'
  | 'friendly'
  | 'formal-notice'
  | 'escalation-opened'
  | 'escalation-closed'
  | 'amendment'
  | 'completed';

/** Where each event stands when the summary counts and lists them: every event must have a place. */
const EVENT_PLACE: Readonly<Record<DeadlineEventKind, number>> = {
  reminder: 1,
  'early-warning': 2,
  alternates: 3,
  friendly: 4,
  'formal-notice': 5,
  'escalation-opened': 6,
  'escalation-closed': 7,
  amendment: 8,
  completed: 9,
};

/** Every deadline event, in the order the weekly summary counts them. */
export const DEADLINE_EVENT_KINDS: readonly DeadlineEventKind[] = (
  Object.keys(EVENT_PLACE) as DeadlineEventKind[]
).sort((a, b) => EVENT_PLACE[a] - EVENT_PLACE[b]);

export interface DeadlineEvent {
  readonly kind: DeadlineEventKind;
  readonly at: string;
  readonly url: string;
  readonly stage?: string;
}

export interface PendingAgreement {
  readonly kind: 'extend' | 'rescope' | 'undo';
  readonly summary: string;
  readonly proposedBy: string;
  readonly at: string;
  readonly url: string;
  /** The side whose agreement is still missing. */
  readonly waitingFor: Side;
}

/**
 * How an agreed extension turned out: `met` when the milestone was handed over by the agreed date,
 * `slipped` when it was late again or moved again, `open` while the new date is still ahead.
 */
export const EXTENSION_OUTCOMES = ['met', 'slipped', 'open'] as const;
export type ExtensionOutcome = (typeof EXTENSION_OUTCOMES)[number];

export interface ExtensionFacts {
  /** The due the extension moved away from (ISO). */
  readonly from: string;
  /** The new due both sides agreed (ISO). */
  readonly to: string;
  readonly agreedAt: string;
  /** The comment that recorded the agreement. */
  readonly url: string;
  readonly proposedBy: Side;
  readonly outcome: ExtensionOutcome;
}

export interface MilestoneFacts {
  readonly id: string;
  readonly title: string;
  readonly owner: Side;
  /** Where it came from: the engagement file, or a deadline issue filed by a person. */
  readonly source: 'engagement-file' | 'issue';
  readonly issueNumber: number | null;
  readonly issueUrl: string | null;
  /** Due instant as first written (ISO). */
  readonly baselineDue: string;
  /**
   * The due instant every surface states (ISO): after agreed amendments and, once settled, the
   * day-for-day shift of an upstream delay — the same date the tracking issue and the reminders show.
   */
  readonly currentDue: string;
  /** Projected due instant after upstream delays move it (ISO); equals currentDue when nothing upstream is late. */
  readonly projectedDue: string;
  /**
   * The instant the status, lateness and fee are measured against (ISO): the agreed date, or under
   * `contract.day_for_day_shift` the date an upstream delay moved it to.
   */
  readonly governingDue: string;
  readonly status: MilestoneStatus;
  /** Business days late: so far when open and overdue, final when done late; 0 otherwise. */
  readonly businessDaysLate: number;
  readonly deliverablesDone: number;
  readonly deliverablesTotal: number;
  readonly missingDeliverables: readonly string[];
  readonly completedAt: string | null;
  readonly rootCauses: readonly RootCause[];
  readonly escalation: { readonly issueNumber: number; readonly url: string; readonly open: boolean } | null;
  readonly events: readonly DeadlineEvent[];
  readonly pendingAgreements: readonly PendingAgreement[];
  readonly feeAccrued: { readonly amount: number; readonly currency: string } | null;
  readonly dependsOn: readonly string[];
  /** The client's 1–5 rating of a vendor handoff, and when they gave it. */
  readonly handoffRating: { readonly value: number; readonly at: string } | null;
  /** Every extension agreed and still in effect, oldest first, with how it turned out. */
  readonly extensions: readonly ExtensionFacts[];
}

export type FeedbackProcessState =
  | 'received'
  | 'acknowledged'
  | 'waiting_for_client'
  | 'in_progress'
  | 'analysed'
  | 'solution_proposed'
  | 'implemented'
  | 'resolved'
  | 'confirmed';

export interface SlaOutcome {
  /** When the SLA falls due (ISO), after pauses while waiting for the client. */
  readonly dueAt: string;
  /** null while still running; true when met; false when breached. */
  readonly met: boolean | null;
  /** Minutes taken (calendar or business as configured), once met or breached. */
  readonly minutesTaken: number | null;
}

/** What the week's summary reports: the facts the deadline and feedback domains derived. */
export interface WeeklyFacts {
  readonly milestones: readonly MilestoneFacts[];
  readonly feedback: readonly FeedbackFacts[];
  /** The monthly check-ins with the client (the optional pulse), oldest month first. */
  readonly pulses: readonly PulseFacts[];
}

/** One monthly check-in and the client's answer, as the action recorded it. */
export interface PulseFacts {
  /** `YYYY-MM`: the month it asked about. */
  readonly month: string;
  readonly askedAt: string;
  readonly answer: {
    readonly value: number;
    readonly by: string;
    /** How reports name them without a ping: their configured name, else their login. */
    readonly byName: string;
    readonly at: string;
    readonly words: string;
  } | null;
}

export interface FeedbackFacts {
  readonly number: number;
  readonly title: string;
  readonly url: string;
  readonly author: string;
  readonly createdAt: string;
  readonly closedAt: string | null;
  readonly open: boolean;
  readonly topic: string;
  readonly importance: Importance;
  readonly type: FeedbackType;
  readonly priority: Priority;
  readonly processState: FeedbackProcessState;
  readonly firstResponseAt: string | null;
  readonly resolvedAt: string | null;
  readonly firstResponse: SlaOutcome;
  readonly resolution: SlaOutcome;
  readonly rating: number | null;
  /** The client's words for positive feedback, to quote (safely) as kudos. */
  readonly kudos: string | null;
  readonly contradicts: readonly number[];
  readonly escalated: boolean;
  /** Root causes the team labelled after its 5 whys: the same list as late handoffs'. */
  readonly rootCauses: readonly RootCause[];
  /** The milestone the client's form named as related, if it is one of the engagement's. */
  readonly milestone: string | null;
}
