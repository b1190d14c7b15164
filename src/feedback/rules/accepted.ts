// Unclear feedback is accepted once the client has answered the questions: the analysis role takes it
// (assigned), and the client hears, in one short note, who has it, how the report is now read (topic,
// importance, priority: the acknowledgement that asked told none of them) and the two dates that
// follow from it, which the acknowledgement could not give yet. Once per issue (its marker).
import type { PlanContext } from '../../core/context';
import type { Marker } from '../../core/markers';
import { markedComment, type Write } from '../../core/plan';
import { greetingFor, sayTo, viewAddress } from '../address';
import { feedbackClock } from '../clocks';
import { findMarker } from '../issue';
import { KIND } from '../kinds';
import { dueAt } from '../sla';
import { isWaiting, tookBack, type FeedbackView } from '../view';
import {
  analysisRole,
  importanceName,
  itemWords,
  namedMentions,
  topicName,
  when,
  workingHoursValues,
  workingTimeKey,
} from '../words';

export function planAccepted(ctx: PlanContext, view: FeedbackView, waiting: boolean): Write[] {
  const { issue, triage } = view;
  const ack = findMarker(view.found, KIND.ack);
  if (issue.state !== 'open' || !ack || ack.marker.data?.waiting !== 'yes') return [];
  if (triage.type === 'positive' || waiting || isWaiting(view) || findMarker(view.found, KIND.accepted))
    return [];
  // The action's own questions must have been answered (not only a later `/waiting` of the team).
  const asked = Date.parse(ack.comment.createdAt);
  const answered = view.pauses.find((pause) => pause.from.getTime() === asked && pause.to !== null)?.to;
  // A note a person took back after the client answered is not posted again.
  if (!answered || tookBack(view, answered)) return [];

  const roles = analysisRole(ctx.engagement);
  const address = viewAddress(ctx, view);
  const say = sayTo(ctx, address);
  // The first-response date only while nobody of the team has answered yet; the working-hours
  // sentence names exactly the dates stated here whose clocks count working time.
  const firstResponse = view.firstResponse ? null : feedbackClock(ctx, view, 'first_response').clock;
  const resolution = feedbackClock(ctx, view, 'resolution').clock;
  const item = itemWords(say, triage);
  // A date already passed (the answer came late, or raised the importance) is never said as a promise.
  const date = (
    clock: typeof resolution,
    ahead: 'feedback.ack.first_response' | 'feedback.ack.resolution',
  ) => {
    const due = dueAt(ctx, clock, ctx.now);
    const passed = due.getTime() <= ctx.now.getTime();
    return say(passed ? (`${ahead}_passed` as const) : ahead, {
      ...item,
      due: when(ctx, due, address.locale),
    });
  };
  const dates = [
    ...(firstResponse ? [date(firstResponse, 'feedback.ack.first_response')] : []),
    date(resolution, 'feedback.ack.resolution'),
  ];
  const workingTime = workingTimeKey(firstResponse, resolution);
  if (workingTime) dates.push(say(workingTime, workingHoursValues(ctx, address.locale)));
  // The triage as the answer left it, recorded: later runs keep its root-cause decision (triage.ts).
  const marker: Marker = {
    kind: KIND.accepted,
    subject: view.subject,
    data: {
      analysis: roles.join(' '),
      priority: triage.priority,
      likelyPriority: triage.likelyPriority,
      ...(triage.answerReading
        ? {
            answerTopic: triage.answerReading.topic,
            answerImportance: triage.answerReading.importance,
            answerType: triage.answerReading.type,
            answerUrgency: triage.answerReading.urgency,
          }
        : {}),
    },
  };
  // The acknowledgement that asked told no topic or priority (the report was too thin to read), so
  // this is where the client first hears what their answer made of it, with the times that follow.
  const understood = say('feedback.accepted.understood', {
    ...item,
    topic: topicName(ctx.engagement, triage.topic, address.locale),
    importance: importanceName(ctx.engagement, triage.importance, address.locale),
    priority: triage.priority,
  });
  const writes: Write[] = [
    markedComment(
      view.ref,
      [
        greetingFor(ctx, address),
        say('feedback.accepted', { ...item, who: namedMentions(ctx.engagement, roles, address.locale) }),
        [understood, ...dates].join(' '),
      ].join('\n\n'),
      [marker],
      `The client answered the questions on feedback #${issue.number}: it is accepted; the analysis role takes it and the client is told what the answer made of it (${triage.topic}, ${triage.importance}, ${triage.priority}) and the response dates that follow.`,
    ),
  ];
  const assignees = roles.filter(
    (handle) => !issue.assignees.some((login) => login.toLowerCase() === handle.toLowerCase()),
  );
  if (assignees.length > 0) {
    writes.push({
      kind: 'assign',
      issue: view.ref,
      assignees,
      reason: `Feedback #${issue.number} is accepted now that the client answered: it goes to the analysis role.`,
    });
  }
  return writes;
}
