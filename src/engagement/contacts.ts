// The people the engagement file names for one side. Deadlines and feedback both ask "is this person
// a contact of the client / the vendor?", and only these people are ever mentioned.
import type { Contact, Engagement, Side } from './schema';

/** The side's primary contact, its alternates and its account manager, in that order. */
export function sideContacts(engagement: Engagement, side: Side): Contact[] {
  const group = engagement.contacts[side];
  return [group.primary, ...group.alternates, ...(group.account_manager ? [group.account_manager] : [])];
}
