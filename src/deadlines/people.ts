// Who is who: the contacts of each side, who may agree a change (authorised), and which side a
// commenter speaks for. Only configured contacts are ever mentioned.
import type { PlanContext } from '../core/context';
import { sideOf } from '../core/sides';
import type { SnapshotAuthor } from '../core/snapshot';
import type { Contact, Engagement, Locale, Side } from '../engagement/schema';
import { inlineSafely, mention } from '../messages/format';
import { sideContacts } from '../engagement/contacts';
import { addressOf, nameInSentence, nameWithHandle, type Address, type NamedAs } from '../messages/address';

export function otherSide(side: Side): Side {
  return side === 'client' ? 'vendor' : 'client';
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The side a person speaks for and may agree for: core's one rule (named contacts, write access). */
export function speakerSide(ctx: PlanContext, author: SnapshotAuthor): Side | undefined {
  return sideOf(ctx, author.login);
}

/**
 * `chị Lan (@lan-bepxanh)` in Vietnamese, `Lan (@lan-bepxanh)` in English: a configured contact named
 * in a message in `locale` (it pings them).
 */
export function addressContact(contact: Contact, locale: Locale): string {
  return contact.name
    ? `${nameInSentence(contact.name, locale)} (${mention(contact.handle)})`
    : mention(contact.handle);
}

/**
 * `chị Lan (@lan-bepxanh)` / `Lan (@lan-bepxanh)` / `anh/chị @lan`: a contact as a message to them
 * names them, in the form of address of the message's language (it pings them).
 */
export function mentionedAddress(
  ctx: PlanContext,
  contact: Contact,
  locale: Locale,
  as: NamedAs = 'named',
): string {
  return nameWithHandle(addressOf(ctx, contact, locale), mention(contact.handle), as);
}

/**
 * A person named without pinging them (for lists and timelines), as inside a sentence of the message
 * in `locale` that lists them: `chị Lan (@lan-bepxanh)` / `bà Smith (@smith)` in Vietnamese, `Lan
 * (@lan-bepxanh)` / `Mrs Smith (@smith)` in English; the word of address in lower case (a template
 * that opens with it capitalises it).
 */
export function nameWithoutPing(engagement: Engagement, login: string, locale: Locale): string {
  const contact = [...sideContacts(engagement, 'client'), ...sideContacts(engagement, 'vendor')].find((c) =>
    same(c.handle, login),
  );
  const handle = inlineSafely(`@${login}`);
  const name = contact?.address ?? contact?.name;
  return name ? `${inlineSafely(nameInSentence(name, locale))} (${handle})` : handle;
}

/** The configured contact of either side with this login, if any. */
export function contactOfLogin(engagement: Engagement, login: string): Contact | undefined {
  return [...sideContacts(engagement, 'client'), ...sideContacts(engagement, 'vendor')].find((c) =>
    same(c.handle, login),
  );
}

/**
 * `chị Lan (@lan-bepxanh)` without a ping, for a reply that says whom it answers: the form of address
 * of the reply's language, else the handle alone.
 */
export function addressedWithoutPing(
  ctx: PlanContext,
  login: string,
  locale: Locale,
  as: NamedAs = 'named',
): string {
  const address = addressOf(ctx, contactOfLogin(ctx.engagement, login), locale);
  const handle = inlineSafely(`@${login.replace(/^@/u, '')}`);
  return nameWithHandle(address, handle, as);
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

/**
 * A person as a message to them names them, in the form of address the file gives (`chị Lan
 * (@lan-bepxanh)`), with the words for the rest of the message (`you`, `we`: the team's voice).
 */
export function personAddress(
  ctx: PlanContext,
  login: string,
  locale: Locale,
): { who: string; words: Address['words'] } {
  const contact = [...sideContacts(ctx.engagement, 'client'), ...sideContacts(ctx.engagement, 'vendor')].find(
    (candidate) => same(candidate.handle, login),
  );
  const address = addressOf(ctx, contact, locale);
  const handle = mention(login);
  // Someone the file does not name is spoken to as the neutral `anh/chị @login` in Vietnamese.
  return {
    who: nameWithHandle(address, handle, 'reader'),
    words: address.words,
  };
}

/**
 * The language a person reads: their own setting, else the language the words they are answered
 * about were written in (`writtenIn`, when those words tell), else their side's, else the client's.
 */
export function personLocale(
  ctx: PlanContext,
  login: string,
  side: Side | undefined,
  writtenIn?: Locale,
): Locale {
  const contact = [...sideContacts(ctx.engagement, 'client'), ...sideContacts(ctx.engagement, 'vendor')].find(
    (candidate) => same(candidate.handle, login),
  );
  return contact?.language ?? writtenIn ?? localeFor(ctx, side ?? 'client');
}
