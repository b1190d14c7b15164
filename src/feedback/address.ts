// Who a client message speaks to, in which language, and how the team speaks of itself. Worked out
// once per message so that the greeting and every sentence after it use the same form of address
// ("Chào chị Lan, … cảm ơn chị …", never "Chào Chị Lan, cảm ơn anh/chị …") and the same voice.
import type { PlanContext } from '../core/context';
import type { SnapshotIssue } from '../core/snapshot';
import { sideContact } from '../engagement/contacts';
import type { Contact, Locale } from '../engagement/schema';
import { addressOf, nameWithHandle, type Address } from '../messages/address';
import { mention } from '../messages/format';
import type { Classification } from './classify';
import { filedByVendor, findMarker, type Found } from './issue';
import { KIND } from './kinds';
import { messageText, type FeedbackMessageKey, type MessageValues } from '../messages/catalogue';
import type { FeedbackView } from './view';

export { ADDRESS_PLACEHOLDERS, addressOf, type Address } from '../messages/address';

/** The configured client contact who wrote the issue, if any. */
export function authorContact(ctx: PlanContext, issue: SnapshotIssue): Contact | undefined {
  return sideContact(ctx.engagement, 'client', issue.author.login);
}

/**
 * The language of replies on a feedback issue: the contact's own setting; else the language the
 * thread was started in (recorded in the acknowledgement, so one thread never switches); else the
 * language the client wrote in; else the engagement's client locale.
 */
export function replyLocale(
  ctx: PlanContext,
  contact: Contact | undefined,
  found: readonly Found[],
  triage: Pick<Classification, 'language'> | undefined,
): Locale {
  if (contact?.language) return contact.language;
  const recorded = findMarker(found, KIND.ack)?.marker.data?.lang;
  if (recorded === 'en' || recorded === 'vi') return recorded;
  if (triage) return triage.language === 'en' ? 'en' : 'vi';
  return ctx.clientLocale;
}

/** How messages on a feedback issue address its author. */
export function viewAddress(ctx: PlanContext, view: FeedbackView): Address {
  return issueAddress(ctx, view.issue, view.found, view.triage);
}

/** Everything needed to write to the author of a feedback issue, in their language. */
export function issueAddress(
  ctx: PlanContext,
  issue: SnapshotIssue,
  found: readonly Found[],
  triage?: Pick<Classification, 'language'>,
): Address {
  const author = authorContact(ctx, issue);
  if (author || !filedByVendor(ctx, issue)) {
    return addressOf(ctx, author, replyLocale(ctx, author, found, triage));
  }
  // Feedback a team member filed for the client (from a call, an email) is the client's: the messages
  // speak to the client's primary contact — in the client's language, not the colleague's — never
  // thank or apologise to the colleague who wrote it down. The client did not open the issue and is
  // not subscribed to it: the greeting mentions them, or they would never read it.
  const client = ctx.engagement.contacts.client.primary;
  const address = addressOf(ctx, client, replyLocale(ctx, client, found, undefined));
  return { ...address, name: nameWithHandle(address, mention(client.handle), 'reader') };
}

export type Say = (key: FeedbackMessageKey, values?: MessageValues) => string;

/** A feedback message for this reader: their language, their form of address, the team's voice. */
export function sayTo(ctx: PlanContext, address: Address): Say {
  return (key, values = {}) =>
    messageText(ctx.engagement, address.locale, key, { ...address.words, ...values });
}

/** `Chào chị Lan,` / `Hello Ms Jane,` / `Chào anh/chị,`. */
export function greetingFor(ctx: PlanContext, address: Address): string {
  const say = sayTo(ctx, address);
  return address.name
    ? say('feedback.greeting.named', { name: address.name })
    : say('feedback.greeting.anonymous');
}
