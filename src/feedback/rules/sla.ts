// Response-time agreements: a warning to the triage role at `warn_at` of an SLA, and on breach a
// breach label and an escalation comment to the vendor's primary contact and account manager; for
// urgent feedback, an escalation issue for the account manager too. Each happens once.
import type { PlanContext } from '../../core/context';
import { botCommentMarkers, issueSubject, markerKey, type Marker } from '../../core/markers';
import {
  markedComment,
  markedIssue,
  refOf,
  refPlaceholder,
  type IssueRef,
  type Write,
} from '../../core/plan';
import { quoteSafely } from '../../messages/format';
import { parseFeedbackForm, quoteAnswers } from '../form';
import { findMarker } from '../issue';
import { ESCALATION_STAGE, KIND } from '../kinds';
import { messageText } from '../../messages/catalogue';
import { issueOpenedFor } from '../../core/opened-issues';
import { vendorPlace, writtenIn } from '../../core/places';
import { feedbackClock } from '../clocks';
import { readSla, type SlaKind } from '../sla';
import { tookBack, type FeedbackView } from '../view';
import { escalationContacts, importanceName, mentions, topicName, triageRole, when } from '../words';

export interface SlaPlanInput {
  /** The issue waits for the client after this run (its clocks stand still). */
  readonly waiting: boolean;
}

export function planSla(ctx: PlanContext, view: FeedbackView, input: SlaPlanInput): Write[] {
  const { issue, triage } = view;
  // Kudos need no answer by a deadline; a waiting issue's clocks stand still.
  if (issue.state !== 'open' || triage.type === 'positive' || input.waiting) return [];
  const writes: Write[] = [];
  const clocks: Array<[SlaKind, Date | null]> = [
    ['first_response', view.firstResponse ? new Date(view.firstResponse.createdAt) : null],
    ['resolution', null],
  ];
  for (const [kind, stoppedAt] of clocks) {
    if (stoppedAt) continue;
    const { clock, stage } = feedbackClock(ctx, view, kind);
    const reading = readSla(ctx, clock, null, ctx.now);
    // A warning or breach note a person took back after it fell due is not posted again.
    if (reading.met === false) {
      if (!findMarker(view.found, KIND.breach, stage) && !tookBack(view, reading.due))
        writes.push(...breach(ctx, view, kind, stage, reading.due, writes));
      writes.push(...escalationAgain(ctx, view, kind, stage, reading.due, writes));
    } else if (ctx.now.getTime() >= reading.warnAt.getTime()) {
      if (
        !findMarker(view.found, KIND.warning, stage) &&
        !findMarker(view.found, KIND.breach, stage) &&
        !tookBack(view, reading.warnAt)
      ) {
        writes.push(warning(ctx, view, kind, stage, reading.due));
      }
    }
  }
  return writes;
}

function slaName(ctx: PlanContext, kind: SlaKind): string {
  return messageText(ctx.engagement, ctx.locale, `feedback.sla.${kind}`);
}

function warning(ctx: PlanContext, view: FeedbackView, kind: SlaKind, stage: string, due: Date): Write {
  const marker: Marker = {
    kind: KIND.warning,
    subject: view.subject,
    stage,
    data: { due: due.toISOString() },
  };
  // Each clock is met by something different: a reply for the first response, the fix (or a new
  // date agreed with the client) for the resolution.
  const body = messageText(ctx.engagement, ctx.locale, `feedback.warning.${kind}`, {
    mentions: mentions(triageRole(ctx.engagement)),
    due: when(ctx, due, ctx.locale),
  });
  return markedComment(
    view.ref,
    body,
    [marker],
    `The ${kind.replace('_', '-')} time of feedback #${view.issue.number} is ${Math.round(ctx.engagement.feedback.warn_at * 100)}% used; it ends ${due.toISOString()}.`,
  );
}

/** Whether the writes planned so far open the issue that carries `marker`. */
function opensIn(planned: readonly Write[], marker: Marker): boolean {
  const key = markerKey(marker);
  return planned.some((write) => write.kind === 'open-issue' && write.key === key);
}

export function escalationMarker(number: number): Marker {
  return { kind: KIND.escalation, subject: issueSubject(number), stage: ESCALATION_STAGE };
}

function breach(
  ctx: PlanContext,
  view: FeedbackView,
  kind: SlaKind,
  stage: string,
  due: Date,
  planned: readonly Write[],
): Write[] {
  const { engagement } = ctx;
  const { issue, triage } = view;
  const writes: Write[] = [];
  const anyBreachBefore = view.found.some(({ marker }) => marker.kind === KIND.breach);
  const breachLabel = engagement.labels.sla_breach;
  const alreadyLabelled = planned.some(
    (write) => write.kind === 'add-labels' && write.labels.includes(breachLabel),
  );
  // The label is the action's to add once: a person who removed it meant it.
  if (
    !anyBreachBefore &&
    !alreadyLabelled &&
    !issue.labels.some((name) => name.toLowerCase() === breachLabel.toLowerCase())
  ) {
    writes.push({
      kind: 'add-labels',
      issue: view.ref,
      labels: [breachLabel],
      reason: `Feedback #${issue.number} passed its ${kind.replace('_', '-')} time (${due.toISOString()}).`,
    });
  }

  const escalation = escalationMarker(issue.number);
  const existing = issueOpenedFor(ctx, escalation);
  const openingNow = opensIn(planned, escalation);
  let escalationRef: string | null = existing
    ? `#${existing.number}`
    : openingNow
      ? refPlaceholder(markerKey(escalation))
      : null;
  if (!existing && !openingNow && triage.importance === 'urgent') {
    writes.push(escalationIssue(ctx, view, kind, due, escalation));
    escalationRef = refPlaceholder(markerKey(escalation));
  }

  const marker: Marker = {
    kind: KIND.breach,
    subject: view.subject,
    stage,
    data: { due: due.toISOString() },
  };
  const text = messageText(engagement, ctx.locale, 'feedback.breach', {
    mentions: mentions(escalationContacts(engagement)),
    sla: slaName(ctx, kind),
    due: when(ctx, due, ctx.locale),
  });
  // The client never reads a pointer to the internal repository: the breach note says who was told.
  const shownRef = vendorPlace(ctx.snapshot) === 'internal' ? null : escalationRef;
  const link = shownRef
    ? ` ${messageText(engagement, ctx.locale, 'feedback.breach.escalation', { ref: shownRef })}`
    : '';
  writes.push(
    markedComment(
      view.ref,
      `${text}${link}`,
      [marker],
      `Feedback #${issue.number} passed its ${kind.replace('_', '-')} time (${due.toISOString()}): escalate to the vendor's primary contact and account manager.`,
    ),
  );
  return writes;
}

function escalationIssue(
  ctx: PlanContext,
  view: FeedbackView,
  kind: SlaKind,
  due: Date,
  marker: Marker,
): Write {
  const { engagement } = ctx;
  const { issue, triage } = view;
  const locale = ctx.locale;
  const form = parseFeedbackForm(issue.body, engagement);
  const quoted = form.isForm
    ? quoteAnswers({ what_happened: form.whatHappened, expected: form.expected }, locale)
    : '';
  const vendor = engagement.contacts.vendor;
  const owner = (vendor.account_manager ?? vendor.primary).handle;
  const place = vendorPlace(ctx.snapshot);
  const body = messageText(engagement, locale, 'feedback.escalation.body', {
    mentions: mentions(escalationContacts(engagement)),
    ref: `#${issue.number}`,
    sla: slaName(ctx, kind),
    due: when(ctx, due, locale),
    topic: topicName(engagement, triage.topic, locale),
    importance: importanceName(engagement, triage.importance, locale),
    priority: triage.priority,
    filed: when(ctx, new Date(issue.createdAt), locale),
    quote: quoted || quoteSafely(issue.body.trim() || issue.title),
  });
  return markedIssue({
    title: messageText(engagement, locale, 'feedback.escalation.title', {
      number: issue.number,
      sla: slaName(ctx, kind),
    }),
    place,
    text: writtenIn(ctx, place, body),
    marker,
    labels: [engagement.labels.escalation],
    assignees: [owner],
    reason: `Urgent feedback #${issue.number} passed its ${kind.replace('_', '-')} time: open an escalation issue for the account manager.`,
  });
}

/**
 * An urgent feedback's escalation issue was opened for its first breach. A later breach — the
 * resolution time after the first response, or the time agreed with the client under
 * `feedback.resolution_from_agreement` — is news for it too: one note on the escalation issue naming
 * that time, and the issue reopened if it had been closed (its own steps say to close it once the
 * client has a date; a breach of that date puts it back on the table). Once per breach; a person who
 * closes it again after the note keeps it closed. When both times passed before the first run that saw
 * them (the action was off), the issue opened for the first gets the note in the same run.
 */
function escalationAgain(
  ctx: PlanContext,
  view: FeedbackView,
  kind: SlaKind,
  stage: string,
  due: Date,
  planned: readonly Write[],
): Write[] {
  if (view.triage.importance !== 'urgent') return [];
  const escalationKind = escalationMarker(view.issue.number);
  const key = markerKey(escalationKind);
  const escalation = issueOpenedFor(ctx, escalationKind);
  const openingNow = opensIn(planned, escalationKind);
  // No escalation yet: the breach that opens it is this one (or the feedback is not urgent).
  if (!escalation && !openingNow) return [];
  const firstStage =
    findMarker(view.found, KIND.breach)?.marker.stage ??
    planned.find(
      (write): write is Extract<Write, { kind: 'comment' }> =>
        write.kind === 'comment' &&
        write.marker.kind === KIND.breach &&
        write.marker.subject === view.subject,
    )?.marker.stage;
  if (firstStage === undefined || firstStage === stage) return [];
  const noted =
    escalation !== undefined &&
    botCommentMarkers(ctx.snapshot, escalation).some(
      ({ marker }) => marker.kind === KIND.escalationAgain && marker.stage === stage,
    );
  if (noted) return [];
  const ref: IssueRef = escalation ? refOf(escalation) : { created: key };
  const marker: Marker = {
    kind: KIND.escalationAgain,
    subject: view.subject,
    stage,
    data: { due: due.toISOString() },
  };
  const text = writtenIn(
    ctx,
    vendorPlace(ctx.snapshot),
    messageText(ctx.engagement, ctx.locale, 'feedback.escalation.again', {
      mentions: mentions(escalationContacts(ctx.engagement)),
      ref: `#${view.issue.number}`,
      sla: slaName(ctx, kind),
      due: when(ctx, due, ctx.locale),
    }),
  );
  const writes: Write[] = [];
  if (escalation && escalation.state !== 'open') {
    writes.push({
      kind: 'reopen-issue',
      issue: ref,
      reason: `Urgent feedback #${view.issue.number} passed its ${kind.replace('_', '-')} time (${due.toISOString()}) after its escalation was closed.`,
    });
  }
  writes.push(
    markedComment(
      ref,
      text,
      [marker],
      `Urgent feedback #${view.issue.number} passed another of its times (${stage}, ${due.toISOString()}): its escalation issue is told.`,
    ),
  );
  return writes;
}
