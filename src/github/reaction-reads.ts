// Which comments' reactions the read asks for. Reactions mean something on one kind of comment only:
// the action's request to confirm and rate a resolved feedback (a 👍 or ❤️ there is a rating). Once the
// rating is recorded in the action's marker, the reactions are no longer needed, so a settled run
// asks for none; asking for every comment's reactions would cost 100 points a page (see queries.ts).
import { botCommentMarkers } from '../core/markers';
import type { Snapshot } from '../core/snapshot';
import { KIND } from '../feedback/kinds';
import { closingStage } from '../feedback/rules/loop';

/** REST ids of the requests for the current closing of an issue whose rating is not recorded yet. */
export function commentsAwaitingReactions(snapshot: Pick<Snapshot, 'botLogin' | 'issues'>): number[] {
  const ids: number[] = [];
  for (const issue of snapshot.issues) {
    if (issue.state !== 'closed' || !issue.closedAt) continue;
    const current = closingStage(issue.closedAt);
    const found = botCommentMarkers(snapshot, issue);
    const rated = new Set(
      found.filter(({ marker }) => marker.kind === KIND.rating).map(({ marker }) => marker.stage ?? ''),
    );
    for (const { comment, marker } of found) {
      if (marker.kind === KIND.confirm && marker.stage === current && !rated.has(current))
        ids.push(comment.id);
    }
  }
  return ids;
}
