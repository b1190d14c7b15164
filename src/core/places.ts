// Where the action writes, and what may be read there. The client repository is read by the client:
// tracking issues, reminders, formal notices, acknowledgements, and (without an internal repository)
// escalation issues and the weekly summary. An internal repository, when the engagement file names
// one, is read by the vendor team only.
import type { ClientTopic, Engagement } from '../engagement/schema';

/** `client`: the repository the engagement runs in. `internal`: `engagement.internal_repository`. */
export type Place = 'client' | 'internal';

/**
 * Whether text written in `place` may carry a topic: anything may go in the internal repository; in
 * the client repository only what `engagement.client_sees` allows (all off by default).
 */
export function mayShow(
  engagement: Pick<Engagement, 'engagement'>,
  place: Place,
  topic: ClientTopic,
): boolean {
  return place === 'internal' || engagement.engagement.client_sees[topic];
}

/** Where the vendor's own issues go (escalations, the weekly summary). */
export function internalPlace(): Place {
  return 'client';
}

/** The place of the escalation issues. */
export const escalationPlace = internalPlace;
