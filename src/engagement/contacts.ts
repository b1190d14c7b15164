// The people the engagement file names for one side. Deadlines and feedback both ask "is this person
// a contact of the client / the vendor?", and only these people are ever mentioned.
import type { Contact, Engagement, Side } from './schema';

/** The contact of the side with this login, if the file names them (logins compare case-insensitively). */
export function sideContact(engagement: Engagement, side: Side, login: string): Contact | undefined {
  const wanted = login.replace(/^@/u, '').toLowerCase();
  return sideContacts(engagement, side).find((contact) => contact.handle.toLowerCase() === wanted);
}

/** The side's primary contact, its alternates and its account manager, in that order. */
export function sideContacts(engagement: Engagement, side: Side): Contact[] {
  const group = engagement.contacts[side];
  return [group.primary, ...group.alternates, ...(group.account_manager ? [group.account_manager] : [])];
}
