// High-priority negative feedback gets a "5 whys" root-cause prompt for the team, once. It follows
// the triage as it stands, so a teammate who raises the priority later gets the prompt then. While
// the classifier is unsure, the response time follows the more urgent reading but the prompt follows
// the most likely one: a probable typo gets a quick answer, not a root-cause analysis.
import type { PlanContext } from '../../core/context';
import type { Marker } from '../../core/markers';
import { markedComment, type Write } from '../../core/plan';
import { findMarker } from '../issue';
import { KIND } from '../kinds';
import { messageText } from '../../messages/catalogue';
import { mayShow } from '../../core/places';
import { isWaiting, tookBack, type FeedbackView } from '../view';
import { analysisRole, mentions } from '../words';

const HIGH_PRIORITIES = new Set(['P1', 'P2']);

export function planFiveWhys(ctx: PlanContext, view: FeedbackView, waiting: boolean): Write[] {
  const { triage, issue } = view;
  if (issue.state !== 'open' || triage.type !== 'negative' || !HIGH_PRIORITIES.has(triage.likelyPriority)) {
    return [];
  }
  // Root causes are looked for once the feedback is clear, not while its questions are open.
  if (waiting || isWaiting(view)) return [];
  // A prompt a person took back is not posted again. When it fell due is not known (a teammate may
  // raise the priority later): a note of the action taken back since the filing counts as it.
  if (findMarker(view.found, KIND.fiveWhys) || tookBack(view, issue.createdAt)) return [];
  const marker: Marker = { kind: KIND.fiveWhys, subject: view.subject, data: { priority: triage.priority } };
  // The prompt stands on the client's issue: the team's answers (root causes) are written there only
  // when the client may read root causes (`client_sees.root_causes`); otherwise it asks for the
  // analysis in the team's own notes and `/analysed` here.
  const key = mayShow(ctx.engagement, 'client', 'root_causes')
    ? 'feedback.five_whys'
    : 'feedback.five_whys.private';
  const body = messageText(ctx.engagement, ctx.locale, key, {
    mentions: mentions(analysisRole(ctx.engagement)),
    priority: triage.priority,
  });
  return [
    markedComment(
      view.ref,
      body,
      [marker],
      `Feedback #${issue.number} is negative with priority ${triage.priority}: prompt a "5 whys" root-cause analysis.`,
    ),
  ];
}
