// How a message addresses one reader and how the team speaks of itself, in either language, worked
// out once per message so that the greeting and every sentence after it agree ("Chào chị Lan, … cảm
// ơn chị …", never "Chào Chị Lan, cảm ơn anh/chị …"). Every domain writes to people: it lives here.
import type { PlanContext } from '../core/context';
import type { Contact, Locale } from '../engagement/schema';
import { inlineSafely } from './format';

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

export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** `chị Lan` → { pronoun: 'chị', rest: 'Lan' }; a form without a kinship word has no pronoun. */
function splitAddress(text: string): { pronoun: string | null; rest: string } {
  const [first = '', ...rest] = text.trim().split(/\s+/u);
  const word = first.toLocaleLowerCase('vi');
  return KINSHIP.has(word) && rest.length > 0
    ? { pronoun: word, rest: rest.join(' ') }
    : { pronoun: null, rest: text.trim() };
}

/**
 * A name as it stands inside a sentence: a leading word of address is lower case (`Chị Lan` →
 * `chị Lan`), as Vietnamese writes it after the first word; any other name is left as written.
 */
export function inSentence(name: string): string {
  const parts = splitAddress(name);
  return parts.pronoun ? `${parts.pronoun} ${parts.rest}` : name;
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

/**
 * How one message to several people (the alternates) addresses them together: one person as
 * `addressOf` would; in Vietnamese `các chị` / `các anh` when they share a kinship word, else
 * `anh chị` (a group, not the `anh/chị` that stands for one unknown reader).
 */
export function groupAddressOf(ctx: PlanContext, contacts: readonly Contact[], locale: Locale): Address {
  const [only] = contacts;
  if (contacts.length <= 1) return addressOf(ctx, only, locale);
  const single = addressOf(ctx, undefined, locale);
  if (locale === 'en') return { ...single, name: null };
  const pronouns = new Set(
    contacts.map((contact) => splitAddress(contact.address ?? contact.name ?? '').pronoun ?? NEUTRAL_VI),
  );
  const [shared] = pronouns;
  const you = pronouns.size === 1 && shared !== NEUTRAL_VI ? `các ${shared}` : 'anh chị';
  return { ...single, name: null, words: { ...single.words, you, you_cap: capitalise(you) } };
}
