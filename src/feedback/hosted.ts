// Which feedback a hosted model (GitHub Models) may be asked to triage: only when the engagement file
// enables it and allows the client's text to leave the repository, only feedback not acknowledged
// yet (a later run reads the labels the acknowledgement applied, never the model again), oldest
// first, and no more than the file's `max_calls_per_run`. The shell makes the calls; the core only
// says which issues and what their text is.
import { isFromBeforeAdoption } from '../core/adoption';
import type { PlanContext } from '../core/context';
import { feedbackIssues, feedbackMarkers, findMarker } from './issue';
import { KIND } from './kinds';

export function issuesForModelTriage(ctx: PlanContext): number[] {
  const settings = ctx.engagement.feedback.model_triage;
  if (!settings.enabled || !settings.send_client_text) return [];
  return feedbackIssues(ctx)
    .filter(
      (issue) =>
        issue.state === 'open' &&
        issue.modelTriage === undefined &&
        !isFromBeforeAdoption(ctx, issue) &&
        !findMarker(feedbackMarkers(ctx, issue), KIND.ack),
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number)
    .slice(0, settings.max_calls_per_run)
    .map((issue) => issue.number);
}
