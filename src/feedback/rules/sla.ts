// Response-time agreements: a warning to the triage role at `warn_at` of an SLA, and on breach a
// breach label and an escalation comment to the vendor's primary contact and account manager; for
// urgent feedback, an escalation issue for the account manager too. Each happens once.
import type { PlanContext } from '../../core/context';
import type { Locale } from '../../engagement/schema';
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
import { isWaiting, tookBack, type FeedbackView } from '../view';
import { escalationContacts, importanceName, mentions, topicName, triageRole, when } from '../words';

export interface SlaPlanInput {
  /** The issue waits for the client after this run (its clocks stand still). */
  readonly waiting: boolean;
}

/** A clock that passed its due time in this run's reading (or, for a warning, its warning time). */
interface Passed {
  readonly kind: SlaKind;
  readonly stage: string;
  readonly due: Date;
}

export function planSla(ctx: PlanContext, view: FeedbackView, input: SlaPlanInput): Write[] {
  const { issue, triage } = view;
  // Kudos need no answer by a deadline; a waiting issue's clocks stand still, whether it waits from
  // this run's questions or from before (the rerun reads this run's questions as a wait).
  if (issue.state !== 'open' || triage.type === 'positive' || input.waiting || isWaiting(view)) return [];
  const clocks: Array<[SlaKind, Date | null]> = [
    ['first_response', view.firstResponse ? new Date(view.firstResponse.createdAt) : null],
    ['resolution', null],
  ];
  const passed: Passed[] = [];
  const warned: Passed[] = [];
  for (const [kind, stoppedAt] of clocks) {
    if (stoppedAt) continue;
    const { clock, stage } = feedbackClock(ctx, view, kind);
    const reading = readSla(ctx, clock, null, ctx.now);
    if (reading.met === false) {
      passed.push({ kind, stage, due: reading.due });
    } else if (ctx.now.getTime() >= reading.warnAt.getTime()) {
      // A warning or breach note a person took back after it fell due is not posted again.
      if (
        !findMarker(view.found, KIND.warning, stage) &&
        !findMarker(view.found, KIND.breach, stage) &&
        !tookBack(view, reading.warnAt)
      ) {
        warned.push({ kind, stage, due: reading.due });
      }
    }
  }
  // Each breach is told once. Both times passed before a run saw them (the action was off, or
  // adopted late): one note names both, and the escalation issue opened for them says both. A
  // warning that falls due in the same run goes in that note too: one note, not two at once.
  const fresh = passed.filter(
    ({ stage, due }) => !findMarker(view.found, KIND.breach, stage) && !tookBack(view, due),
  );
  const opened = fresh.length > 0 ? breach(ctx, view, fresh, passed, warned) : [];
  const writes: Write[] = [...opened];
  if (opened.length === 0) {
    for (const { kind, stage, due } of warned) writes.push(warning(ctx, view, kind, stage, due));
  }
  if (!opensIn(opened, escalationMarker(issue.number))) {
    for (const one of passed) writes.push(...escalationAgain(ctx, view, one));
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
  const body = warningText(ctx, kind, due, triageRole(ctx.engagement));
  return markedComment(
    view.ref,
    body,
    [marker],
    `The ${kind.replace('_', '-')} time of feedback #${view.issue.number} is ${Math.round(ctx.engagement.feedback.warn_at * 100)}% used; it ends ${due.toISOString()}.`,
  );
}

/**
 * What a warning says, to the people named. Each clock is met by something different: a reply for
 * the first response, the fix (or a new date agreed with the client) for the resolution.
 */
function warningText(ctx: PlanContext, kind: SlaKind, due: Date, handles: readonly string[]): string {
  return messageText(ctx.engagement, ctx.locale, `feedback.warning.${kind}`, {
    mentions: handles.length > 0 ? mentions(handles) : '',
    due: when(ctx, due, ctx.locale),
  }).trim();
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
  fresh: readonly Passed[],
  passed: readonly Passed[],
  warned: readonly Passed[],
): Write[] {
  const { engagement } = ctx;
  const { issue, triage } = view;
  const writes: Write[] = [];
  const first = fresh[0] as Passed;
  const anyBreachBefore = view.found.some(({ marker }) => marker.kind === KIND.breach);
  const breachLabel = engagement.labels.sla_breach;
  // The label is the action's to add once: a person who removed it meant it.
  if (!anyBreachBefore && !issue.labels.some((name) => name.toLowerCase() === breachLabel.toLowerCase())) {
    writes.push({
      kind: 'add-labels',
      issue: view.ref,
      labels: [breachLabel],
      reason: `Feedback #${issue.number} passed its ${first.kind.replace('_', '-')} time (${first.due.toISOString()}).`,
    });
  }

  const escalation = escalationMarker(issue.number);
  const existing = issueOpenedFor(ctx, escalation);
  let escalationRef: string | null = existing ? `#${existing.number}` : null;
  if (!existing && triage.importance === 'urgent') {
    writes.push(escalationIssue(ctx, view, passed, escalation));
    escalationRef = refPlaceholder(markerKey(escalation));
  }

  const markers = [
    ...fresh.map(({ stage, due }): Marker => ({
      kind: KIND.breach,
      subject: view.subject,
      stage,
      data: { due: due.toISOString() },
    })),
    ...warned.map(({ stage, due }): Marker => ({
      kind: KIND.warning,
      subject: view.subject,
      stage,
      data: { due: due.toISOString() },
    })),
  ] as [Marker, ...Marker[]];
  const text = breachText(ctx, ctx.locale, 'feedback.breach', fresh, {
    mentions: mentions(escalationContacts(engagement)),
  });
  // The client never reads a pointer to the internal repository: the breach note says who was told.
  const shownRef = vendorPlace(ctx.snapshot) === 'internal' ? null : escalationRef;
  const link = shownRef
    ? ` ${messageText(engagement, ctx.locale, 'feedback.breach.escalation', { ref: shownRef })}`
    : '';
  // A warning told in the same note names only the people the breach does not already name.
  const told = new Set(escalationContacts(engagement).map((handle) => handle.toLowerCase()));
  const others = triageRole(engagement).filter((handle) => !told.has(handle.toLowerCase()));
  const warnings = warned.map(({ kind, due }) => `\n\n${warningText(ctx, kind, due, others)}`).join('');
  const times = fresh
    .map(({ kind, due }) => `${kind.replace('_', '-')} time (${due.toISOString()})`)
    .join(' and its ');
  const alsoWarned = warned
    .map(({ kind, due }) => `; its ${kind.replace('_', '-')} time ends ${due.toISOString()}`)
    .join('');
  writes.push(
    markedComment(
      view.ref,
      `${text}${link}${warnings}`,
      markers,
      `Feedback #${issue.number} passed its ${times}: escalate to the vendor's primary contact and account manager${alsoWarned}.`,
    ),
  );
  return writes;
}

/**
 * A message about one passed time (`{sla}`, `{due}`), or its `.both` form about the first-response
 * and the resolution time together (`{first_response}`, `{resolution}`).
 */
function breachText(
  ctx: PlanContext,
  locale: Locale,
  key: 'feedback.breach' | 'feedback.escalation.body' | 'feedback.escalation.title',
  times: readonly Passed[],
  values: Record<string, string | number>,
): string {
  const both = times.length > 1;
  if (!both) {
    const [one] = times as [Passed];
    return messageText(ctx.engagement, locale, key, {
      ...values,
      sla: slaName(ctx, one.kind),
      due: when(ctx, one.due, locale),
    });
  }
  const dueOf = (kind: SlaKind): string => {
    const found = times.find((time) => time.kind === kind) as Passed;
    return when(ctx, found.due, locale);
  };
  return messageText(ctx.engagement, locale, `${key}.both` as const, {
    ...values,
    first_response: dueOf('first_response'),
    resolution: dueOf('resolution'),
  });
}

function escalationIssue(
  ctx: PlanContext,
  view: FeedbackView,
  passed: readonly Passed[],
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
  const body = breachText(ctx, locale, 'feedback.escalation.body', passed, {
    mentions: mentions(escalationContacts(engagement)),
    ref: `#${issue.number}`,
    topic: topicName(engagement, triage.topic, locale),
    importance: importanceName(engagement, triage.importance, locale),
    priority: triage.priority,
    filed: when(ctx, new Date(issue.createdAt), locale),
    quote: quoted || quoteSafely(issue.body.trim() || issue.title),
  });
  const times = passed.map(({ kind }) => kind.replace('_', '-')).join(' and ');
  return markedIssue({
    title: breachText(ctx, locale, 'feedback.escalation.title', passed, { number: issue.number }),
    place,
    text: writtenIn(ctx, place, body),
    marker,
    labels: [engagement.labels.escalation],
    assignees: [owner],
    reason: `Urgent feedback #${issue.number} passed its ${times} time${passed.length > 1 ? 's' : ''}: open an escalation issue for the account manager.`,
  });
}

/**
 * An urgent feedback's escalation issue was opened for the times that had passed then. A later breach
 * — the resolution time after the first response, or the time agreed with the client under
 * `feedback.resolution_from_agreement` — is news for it: one note on the escalation issue naming that
 * time, and the issue reopened if it had been closed (its own steps say to close it once the client
 * has a date; a breach of that date puts it back on the table). Once per breach; a person who closes
 * it again after the note keeps it closed. A time the issue already covers is never told again: one
 * that had passed when it was opened (its body names it), whether or not the feedback's breach note
 * is still there (a person may delete it), or one it was told of since.
 */
function escalationAgain(ctx: PlanContext, view: FeedbackView, passed: Passed): Write[] {
  if (view.triage.importance !== 'urgent') return [];
  const { kind, stage, due } = passed;
  const escalation = issueOpenedFor(ctx, escalationMarker(view.issue.number));
  // No escalation yet: the breach that opens it is this one (or the feedback is not urgent).
  if (!escalation) return [];
  // Passed before the escalation issue was opened: it is what the issue was opened for.
  if (due.getTime() <= Date.parse(escalation.createdAt)) return [];
  // The breach the issue was opened for, as earlier versions recorded it (the first breach note).
  if (findMarker(view.found, KIND.breach)?.marker.stage === stage) return [];
  const noted = botCommentMarkers(ctx.snapshot, escalation).some(
    ({ marker }) => marker.kind === KIND.escalationAgain && marker.stage === stage,
  );
  if (noted) return [];
  const ref: IssueRef = refOf(escalation);
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
  if (escalation.state !== 'open') {
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
