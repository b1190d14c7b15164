// Unclear feedback waits for the client's answers. If none comes within `feedback.unclear.nudge_after`,
// one polite nudge — never a second one.
import type { PlanContext } from '../../core/context';
import type { Marker } from '../../core/markers';
import { markedComment, type Write } from '../../core/plan';
import { findMarker } from '../issue';
import { KIND } from '../kinds';
import { tookBack, type FeedbackView } from '../view';
import { greetingFor, sayTo, viewAddress } from '../address';
import { sayAbout } from '../words';
import { isDayOff } from '../../calendar/days-off';

export function planNudge(ctx: PlanContext, view: FeedbackView): Write[] {
  if (view.issue.state !== 'open' || findMarker(view.found, KIND.nudge)) return [];
  const waiting = view.pauses.find((pause) => pause.to === null);
  if (!waiting) return [];
  const nudgeAt = ctx.calendar.addDuration(waiting.from, ctx.engagement.feedback.unclear.nudge_after);
  // A nudge a person took back after it fell due is not posted again.
  if (ctx.now.getTime() < nudgeAt.getTime() || tookBack(view, nudgeAt)) return [];
  // A gentle nudge waits for a working day, like every reminder (calendar/days-off.ts).
  if (isDayOff(ctx.calendar, ctx.now)) return [];
  const marker: Marker = {
    kind: KIND.nudge,
    subject: view.subject,
    data: { waitingSince: waiting.from.toISOString() },
  };
  const address = viewAddress(ctx, view);
  const body = `${greetingFor(ctx, address)}\n\n${sayAbout(sayTo(ctx, address), view.triage)('feedback.nudge')}`;
  return [
    markedComment(
      view.ref,
      body,
      [marker],
      `Feedback #${view.issue.number} has waited for the client's answer since ${waiting.from.toISOString()} (${ctx.engagement.feedback.unclear.nudge_after.text}): one polite nudge.`,
    ),
  ];
}
