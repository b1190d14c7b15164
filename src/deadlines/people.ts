// Who is who: the contacts of each side, who may agree a change (authorised), and which side a
// commenter speaks for. Only configured contacts are ever mentioned.
import type { PlanContext } from '../core/context';
import { sideOf } from '../core/sides';
import type { SnapshotAuthor } from '../core/snapshot';
import type { Contact, Engagement, Locale, Side } from '../engagement/schema';
import { inlineSafely, mention } from '../messages/format';
import { sideContacts } from '../engagement/contacts';

export function otherSide(side: Side): Side {
  return side === 'client' ? 'vendor' : 'client';
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The side a person speaks for and may agree for: core's one rule (named contacts, write access). */
export function speakerSide(ctx: PlanContext, author: SnapshotAuthor): Side | undefined {
  return sideOf(ctx, author.login);
}

/** `Chị Lan (@lan-bepxanh)`: the way a message addresses a configured contact (it pings them). */
export function addressContact(contact: Contact): string {
  return contact.name ? `${contact.name} (${mention(contact.handle)})` : mention(contact.handle);
}

/** A person named without pinging them (for lists and timelines). */
export function nameWithoutPing(engagement: Engagement, login: string): string {
  const contact = [...sideContacts(engagement, 'client'), ...sideContacts(engagement, 'vendor')].find((c) =>
    same(c.handle, login),
  );
  const handle = inlineSafely(`@${login}`);
  return contact?.name ? `${inlineSafely(contact.name)} (${handle})` : handle;
}

/** The language of messages addressed to a side. */
export function localeFor(ctx: PlanContext, side: Side): Locale {
  return side === 'client' ? ctx.clientLocale : ctx.locale;
}

/** The account manager who receives escalations: the vendor's, else the vendor's primary contact. */
export function escalationOwner(engagement: Engagement): Contact {
  return engagement.contacts.vendor.account_manager ?? engagement.contacts.vendor.primary;
}

/**
 * The account managers the ladder involves, as the README documents them: the vendor's (else the
 * vendor primary) owns the escalation; the client's, when the file names one, is copied on the formal
 * notice and named in the escalation issue beside it. Never the same person twice.
 */
export function ladderManagers(engagement: Engagement): { owner: Contact; client: Contact | undefined } {
  const owner = escalationOwner(engagement);
  const client = engagement.contacts.client.account_manager;
  return { owner, client: client && !same(client.handle, owner.handle) ? client : undefined };
}
