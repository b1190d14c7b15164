// Intake: the first time the action sees a piece of feedback it labels it (topic, importance, type,
// priority, kudos), assigns the triage role and posts one acknowledgement in the client's language.
// The acknowledgement's marker records what was decided and which labels the action applied, so that
// nothing here ever runs twice and a person's later change of a label is never undone.
import type { PlanContext } from '../../core/context';
import type { Marker } from '../../core/markers';
import { trackingIssueOf } from '../../core/milestone-tracking';
import { markedComment, type Write } from '../../core/plan';
import { KIND } from '../kinds';
import { importanceLabel, priorityLabel, topicLabel, typeLabel } from '../labels';
import type { Dimension } from '../classifier/model';
import type { FeedbackType, Importance, Urgency } from '../../engagement/schema';
import { translator } from '../../messages/catalogue';
import { dueAt, slaClock } from '../sla';
import { isAcknowledged, type FeedbackView } from '../view';
import {
  analysisRole,
  importanceName,
  itemWords,
  mentions,
  topicName,
  triageRole,
  when,
  workingHoursValues,
  workingTimeKey,
} from '../words';
import { greetingFor, sayTo, viewAddress, type Address } from '../address';

export interface IntakeResult {
  readonly writes: Write[];
  /** True when the acknowledgement was planned now. */
  readonly acknowledged: boolean;
  /** True when the feedback is unclear and now waits for the client's answers. */
  readonly waiting: boolean;
}

const NOTHING: IntakeResult = { writes: [], acknowledged: false, waiting: false };

export function planIntake(ctx: PlanContext, view: FeedbackView): IntakeResult {
  const { engagement } = ctx;
  const { issue, triage } = view;
  // Feedback closed before the action ever saw it is history, not something to acknowledge. An
  // acknowledgement a person took back (deleted, or edited to drop its marker) is not posted again,
  // nor are the labels and assignees that came with it put back.
  if (issue.state !== 'open' || isAcknowledged(view)) return NOTHING;

  const labels = engagement.labels;
  const has = (prefix: string): boolean =>
    issue.labels.some((name) => name.toLowerCase().startsWith(prefix.toLowerCase()));
  const toAdd: string[] = [];
  // A dimension someone already labelled (the form's default labels, a quick teammate) is theirs.
  if (!has(labels.topic_prefix)) toAdd.push(topicLabel(engagement, triage.topic));
  if (!has(labels.importance_prefix)) toAdd.push(importanceLabel(engagement, triage.importance));
  if (!has(labels.type_prefix)) toAdd.push(typeLabel(engagement, triage.type));
  if (!has(labels.priority_prefix)) toAdd.push(priorityLabel(engagement, triage.priority));
  if (triage.type === 'positive' && !has(labels.kudos)) toAdd.push(labels.kudos);

  // Doubts only about what the action labels now: a dimension a person labelled is settled. (Asked in
  // this order so that a fully labelled issue needs no classifier details: see triage.ts.)
  const prefixOf = {
    topic: labels.topic_prefix,
    importance: labels.importance_prefix,
    type: labels.type_prefix,
    urgency: labels.priority_prefix,
  } as const;
  const unlabelled = Object.values(prefixOf).some((prefix) => !has(prefix));
  const doubts = unlabelled ? triage.unsure.filter((dimension) => !has(prefixOf[dimension])) : [];
  const noTopic = !has(labels.topic_prefix) && triage.topicFallback;
  const review = !has(labels.needs_review) && (doubts.length > 0 || noTopic);
  if (review) toAdd.push(labels.needs_review);
  const writes: Write[] = [];
  if (toAdd.length > 0) {
    writes.push({
      kind: 'add-labels',
      issue: view.ref,
      labels: toAdd,
      reason: `Triage of feedback #${issue.number}: topic ${triage.topic}, ${triage.importance}, ${triage.type}, ${triage.priority}${triage.fromForm ? ' (from the issue form)' : triage.model ? ` (from GitHub Models (${triage.model}))` : ' (from the local classifier)'}${view.fromBeforeAdoption ? '; filed before the adoption date, so labelled only, with no backdated acknowledgement' : ''}.`,
    });
  }
  // Filed before the action took over: triaged and labelled, but an acknowledgement now would be
  // backdated, and assigning hundreds of old issues would flood the triage role.
  if (view.fromBeforeAdoption) return { writes, acknowledged: false, waiting: false };
  const unclear = triage.missing.length > 0;
  // Clear feedback that asks for action is accepted at once: the analysis role takes it with the
  // triage role. Unclear feedback is accepted when the client answers (rules/accepted.ts).
  const accepted = !unclear && triage.type !== 'positive';
  const roles = [...triageRole(engagement), ...(accepted ? analysisRole(engagement) : [])];
  const assignees = [...new Set(roles.map((handle) => handle.toLowerCase()))]
    .map((lower) => roles.find((handle) => handle.toLowerCase() === lower) ?? lower)
    .filter((handle) => !issue.assignees.some((login) => login.toLowerCase() === handle.toLowerCase()));
  if (assignees.length > 0) {
    writes.push({
      kind: 'assign',
      issue: view.ref,
      assignees,
      reason: accepted
        ? `New feedback #${issue.number} goes to the triage role, and to the analysis role, who looks into its cause.`
        : `New feedback #${issue.number} goes to the triage role.`,
    });
  }

  const firstResponseDue = dueAt(
    ctx,
    slaClock(ctx, 'first_response', triage.importance, issue.createdAt, view.pauses),
    ctx.now,
  );
  const address = viewAddress(ctx, view);
  const marker: Marker = {
    kind: KIND.ack,
    subject: view.subject,
    stage: unclear ? 'unclear' : triage.type,
    data: {
      topic: triage.topic,
      importance: triage.importance,
      type: triage.type,
      urgency: triage.urgency,
      priority: triage.priority,
      // The most likely reading's priority, which gates the root-cause prompt: recorded so that a
      // retrained model does not change the decision later (triage.ts).
      likelyPriority: triage.likelyPriority,
      labels: toAdd.join('\n'),
      waiting: unclear ? 'yes' : 'no',
      // The thread's language: every later message on this issue follows it.
      lang: address.locale,
      ...(unclear || triage.type === 'positive' ? {} : { firstResponseDue: firstResponseDue.toISOString() }),
    },
  };
  writes.push(
    markedComment(
      view.ref,
      acknowledgement(ctx, view, address, unclear, firstResponseDue),
      [marker],
      unclear
        ? `Feedback #${issue.number} lacks ${triage.missing.join(', ')}: acknowledge it and ask for exactly that.`
        : `Acknowledge feedback #${issue.number} at once, with the time of the first response.`,
    ),
  );
  if (review) writes.push(reviewRequest(ctx, view, doubts, noTopic, unclear));
  return { writes, acknowledged: true, waiting: unclear };
}

/** Asks the triage role to confirm an unsure triage, in the team's language; the client need not act. */
function reviewRequest(
  ctx: PlanContext,
  view: FeedbackView,
  doubts: readonly Dimension[],
  noTopic: boolean,
  unclear: boolean,
): Write {
  const { engagement, locale } = ctx;
  const say = translator(engagement, locale);
  const { triage } = view;
  // Words a person reads, in the team's language, and the label to change — never raw ids.
  const nameOf = (dimension: Dimension, value: string): string =>
    dimension === 'topic'
      ? topicName(engagement, value, locale)
      : dimension === 'importance'
        ? importanceName(engagement, value as Importance, locale)
        : say(
            dimension === 'type'
              ? `feedback.type.${value as FeedbackType}`
              : `feedback.urgency.${value as Urgency}`,
          );
  const label: Record<Dimension, string> = {
    topic: topicLabel(engagement, triage.topic),
    importance: importanceLabel(engagement, triage.importance),
    type: typeLabel(engagement, triage.type),
    urgency: priorityLabel(engagement, triage.priority),
  };
  const lines = doubts
    .filter((dimension) => !(dimension === 'topic' && noTopic))
    .map((dimension) =>
      say('feedback.review.unsure', {
        dimension: say(`feedback.review.dimension.${dimension}`),
        reading: nameOf(dimension, triage[dimension]),
        label: label[dimension],
        ranking: (triage.ranking[dimension] ?? [])
          .slice(0, 3)
          .map((entry) => `${nameOf(dimension, entry.label)} ${Math.round(entry.probability * 100)}%`)
          .join(', '),
      }),
    );
  if (noTopic)
    lines.unshift(
      say('feedback.review.no_topic', { topic: nameOf('topic', triage.topic), label: label.topic }),
    );
  const marker: Marker = { kind: KIND.review, subject: view.subject };
  const client = clientStanding(view, unclear);
  const text = say('feedback.review', {
    mentions: mentions(triageRole(engagement)),
    client: say(`feedback.review.client.${client}`, {
      importance: nameOf('importance', triage.importance),
      likely: `${nameOf('importance', triage.likelyImportance)}, ${triage.likelyPriority}`,
    }),
    doubts: lines.join('\n'),
    label: engagement.labels.needs_review,
  });
  return markedComment(
    view.ref,
    text,
    [marker],
    `The triage of feedback #${view.issue.number} is unsure (${[...(noTopic ? ['no topic'] : []), ...doubts].join(', ')}): the triage role confirms it; ${CLIENT_STANDING_REASON[client]}.`,
  );
}

/** Where the client stands while the team checks the triage: the review note says exactly this. */
type ClientStanding = 'acknowledged' | 'more_urgent' | 'asked' | 'thanked';

const CLIENT_STANDING_REASON: Record<ClientStanding, string> = {
  acknowledged: "the client was acknowledged with the labelled importance's response time",
  more_urgent: "the client was acknowledged with the more urgent reading's response time",
  asked: 'the client was asked for the details the report lacks, and the clock waits for the reply',
  thanked: 'the client was thanked; praise has no response time',
};

function clientStanding(view: FeedbackView, unclear: boolean): ClientStanding {
  const { triage } = view;
  if (triage.type === 'positive') return 'thanked';
  if (unclear) return 'asked';
  // The response time follows importance alone: a more urgent urgency with the same importance
  // changes the priority label, not what the client was told.
  return triage.importance === triage.likelyImportance ? 'acknowledged' : 'more_urgent';
}

function acknowledgement(
  ctx: PlanContext,
  view: FeedbackView,
  address: Address,
  unclear: boolean,
  firstResponseDue: Date,
): string {
  const { engagement } = ctx;
  const { locale } = address;
  const say = sayTo(ctx, address);
  const { triage } = view;
  // An urgent problem is thanked for as the disruption it is, not as a remark.
  const thanks =
    triage.type === 'negative' && triage.importance === 'urgent'
      ? 'feedback.ack.thanks.urgent'
      : (`feedback.ack.thanks.${triage.type}` as const);
  const paragraphs = [greetingFor(ctx, address), say(thanks)];
  const item = itemWords(say, triage);
  if (triage.type === 'positive') {
    // What really happens to praise: the kudos label, and a quote in the weekly summary when there is one.
    const kudos = say(engagement.summary.enabled ? 'feedback.ack.kudos.summary' : 'feedback.ack.kudos.noted');
    paragraphs[1] = `${paragraphs[1]} ${kudos}`;
    paragraphs.push(say('feedback.ack.positive_next'));
    return paragraphs.join('\n\n');
  }
  // A report too thin to act on is not yet understood: no topic or priority is told back, only the
  // questions (the guess is in the labels, and in the review note when the triage is unsure).
  if (!unclear)
    paragraphs.push(
      say('feedback.ack.understood', {
        ...item,
        topic: topicName(engagement, triage.topic, locale),
        importance: importanceName(engagement, triage.importance, locale),
        priority: triage.priority,
      }),
    );
  const related = relatedMilestone(ctx, triage.milestone);
  if (related) paragraphs.push(say('feedback.ack.related_milestone', { ...item, milestone: related }));
  if (unclear) {
    const questions = triage.missing.map((detail) => `- ${say(`feedback.question.${detail}`)}`);
    paragraphs.push(
      `${say('feedback.ack.unclear_intro')}\n\n${questions.join('\n')}`,
      say('feedback.ack.unclear_paused'),
    );
    return paragraphs.join('\n\n');
  }
  // Everything that asks for action gets both dates, and the working-hours note names exactly the
  // clocks that count working hours.
  const resolution = slaClock(ctx, 'resolution', triage.importance, view.issue.createdAt, view.pauses);
  const firstResponse = slaClock(ctx, 'first_response', triage.importance, view.issue.createdAt, view.pauses);
  // An acknowledgement posted late (the action was off, or a run failed) never promises a time that
  // has already passed: it says sorry for it instead, and the team's breach note goes out beside it.
  const resolutionDue = dueAt(ctx, resolution, ctx.now);
  const passed = (due: Date): boolean => due.getTime() <= ctx.now.getTime();
  const next = [
    say(passed(firstResponseDue) ? 'feedback.ack.first_response_passed' : 'feedback.ack.first_response', {
      due: when(ctx, firstResponseDue, locale),
    }),
    say(passed(resolutionDue) ? 'feedback.ack.resolution_passed' : 'feedback.ack.resolution', {
      ...item,
      due: when(ctx, resolutionDue, locale),
    }),
  ];
  const workingTime = workingTimeKey(firstResponse, resolution);
  if (workingTime) next.push(say(workingTime, workingHoursValues(ctx, locale)));
  paragraphs.push(next.join(' '), say('feedback.ack.correct_us'));
  return paragraphs.join('\n\n');
}

/**
 * The milestone the client's form named, with its tracking issue: writing `#N` here is what links the
 * feedback to the handoff on GitHub (the tracking issue lists it among its references).
 */
function relatedMilestone(ctx: PlanContext, id: string | null): string | null {
  const milestone = id ? ctx.engagement.milestones.find((candidate) => candidate.id === id) : undefined;
  if (!milestone) return null;
  const tracking = trackingIssueOf(ctx, milestone.id);
  return tracking ? `**${milestone.title}** (#${tracking.number})` : `**${milestone.title}**`;
}
