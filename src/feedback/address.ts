// Who a client message speaks to, in which language, and how the team speaks of itself. Worked out
// once per message so that the greeting and every sentence after it use the same form of address
// ("Chào chị Lan, … cảm ơn chị …", never "Chào Chị Lan, cảm ơn anh/chị …") and the same voice.
import type { PlanContext } from '../core/context';
import type { SnapshotIssue } from '../core/snapshot';
import { sideContacts } from '../engagement/contacts';
import type { Contact, Locale } from '../engagement/schema';
import { inlineSafely } from '../messages/format';
import type { Classification } from './classify';
import { findMarker, type Found } from './issue';
import { KIND } from './kinds';
import { messageText, type FeedbackMessageKey, type MessageValues } from '../messages/catalogue';
import type { FeedbackView } from './view';

/** The placeholders every client-facing template may use for the reader and the team. */
export const ADDRESS_PLACEHOLDERS = ['you', 'you_cap', 'we', 'we_cap'] as const;
type AddressWord = (typeof ADDRESS_PLACEHOLDERS)[number];

export interface Address {
  readonly locale: Locale;
  /** How the greeting names the reader (`chị Lan`, `Ms Jane`); null: a greeting without a name. */
  readonly name: string | null;
  readonly words: Readonly<Record<AddressWord, string>>;
}

/** Vietnamese words of address that also serve as the pronoun for the rest of the message. */
const KINSHIP = new Set(['anh', 'chị', 'cô', 'chú', 'bác', 'em', 'ông', 'bà', 'bạn', 'thầy']);
const NEUTRAL_VI = 'anh/chị';

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** `chị Lan` → { pronoun: 'chị', rest: 'Lan' }; a form without a kinship word has no pronoun. */
function splitAddress(text: string): { pronoun: string | null; rest: string } {
  const [first = '', ...rest] = text.trim().split(/\s+/u);
  const word = first.toLocaleLowerCase('vi');
  return KINSHIP.has(word) && rest.length > 0
    ? { pronoun: word, rest: rest.join(' ') }
    : { pronoun: null, rest: text.trim() };
}

/** The configured client contact who wrote the issue, if any. */
export function authorContact(ctx: PlanContext, issue: SnapshotIssue): Contact | undefined {
  const login = issue.author.login.toLowerCase();
  return sideContacts(ctx.engagement, 'client').find((contact) => contact.handle.toLowerCase() === login);
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

/** How a message in `locale` addresses `contact` (or an unnamed client), and how the team speaks. */
export function addressOf(ctx: PlanContext, contact: Contact | undefined, locale: Locale): Address {
  const configured = contact?.address ?? contact?.name;
  const parts = configured ? splitAddress(configured) : null;
  if (locale === 'en') {
    // A Vietnamese form of address reads oddly in English: `chị Lan` becomes `Lan`.
    const name = parts ? (parts.pronoun ? parts.rest : configured) : null;
    return {
      locale,
      name: name ? inlineSafely(name) : null,
      words: { you: 'you', you_cap: 'You', we: 'we', we_cap: 'We' },
    };
  }
  const voice = ctx.engagement.engagement.voice;
  const pronoun = parts?.pronoun ?? NEUTRAL_VI;
  // A set address is used as written; a plain name gets the neutral `anh/chị` before it.
  const name = !parts
    ? null
    : parts.pronoun
      ? `${parts.pronoun} ${parts.rest}`
      : contact?.address
        ? parts.rest
        : `${NEUTRAL_VI} ${parts.rest}`;
  // A set address without a kinship word (`Ms Jane`) is repeated where a pronoun would stand.
  const you = parts && !parts.pronoun && contact?.address ? parts.rest : pronoun;
  return {
    locale,
    name: name ? inlineSafely(name) : null,
    words: {
      you: inlineSafely(you),
      you_cap: capitalise(inlineSafely(you)),
      we: voice,
      we_cap: capitalise(voice),
    },
  };
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
  const contact = authorContact(ctx, issue);
  return addressOf(ctx, contact, replyLocale(ctx, contact, found, triage));
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
