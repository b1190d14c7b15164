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
 * Titles written before a name in English (and the French ones clients use), with the Vietnamese
 * pronoun a Vietnamese writer calls that person after greeting them by it: `Ms Jane` → `chị`, `Mrs
 * Smith` → `bà` (a married woman named by her surname, as a Vietnamese office says "bà Smith"), `Mr
 * John` → `anh`. A title that says nothing of the person (`Dr`, `Prof`, `Mx`) has none: the neutral
 * `anh/chị` stands for them, as for a name without a title.
 */
const TITLE_PRONOUN: ReadonlyMap<string, string | null> = new Map([
  ['ms', 'chị'],
  ['mrs', 'bà'],
  ['miss', 'chị'],
  ['madam', 'chị'],
  ['madame', 'chị'],
  ['mme', 'chị'],
  ['mlle', 'chị'],
  ['mr', 'anh'],
  ['sir', 'anh'],
  ['monsieur', 'anh'],
  ['dr', null],
  ['prof', null],
  ['mx', null],
]);

/**
 * A name written with a title (`Ms Jane`, `Mr. John`, `Dr Smith`): the pronoun its title implies, or
 * null when the title implies none; undefined when the text does not start with a title.
 */
function titlePronoun(text: string): string | null | undefined {
  const [first = '', ...rest] = text.trim().split(/\s+/u);
  if (rest.length === 0) return undefined;
  return TITLE_PRONOUN.get(first.toLocaleLowerCase('en').replace(/\.$/u, ''));
}

/** A name without its leading title: `Ms Jane` → `Jane`. */
function afterTitle(text: string): string {
  return text.trim().split(/\s+/u).slice(1).join(' ');
}

/**
 * The word that stands for a person in a Vietnamese sentence after the greeting: the kinship word of
 * a Vietnamese form (`chị Lan` → `chị`), the pronoun an English title implies (`Ms Jane` → `chị`),
 * else the neutral `anh/chị`. Never the name itself: a Vietnamese writer greets by name once and
 * does not repeat "Ms Jane" where a pronoun stands.
 */
function pronounOf(configured: string | undefined): string {
  if (!configured) return NEUTRAL_VI;
  return splitAddress(configured).pronoun ?? titlePronoun(configured) ?? NEUTRAL_VI;
}

/**
 * A person's name as it stands inside a sentence of `locale` that speaks of them (a list, a timeline,
 * a record), so that it agrees with how the greeting of the same message names people. Vietnamese:
 * the word of address in lower case (`Chị Lan` → `chị Lan`), an English title turned into the
 * pronoun it implies (`Mrs Smith` → `bà Smith`), anything else as written: the neutral `anh/chị` is a
 * way to speak to someone, and before a name in a list it would read as a guess. English: a
 * Vietnamese word of address dropped (`chị Lan` → `Lan`), as an English sentence has no place for it.
 */
export function nameInSentence(name: string, locale: Locale): string {
  const parts = splitAddress(name);
  if (locale === 'en') return parts.rest;
  if (parts.pronoun) return `${parts.pronoun} ${parts.rest}`;
  const titled = titlePronoun(name);
  return titled ? `${titled} ${afterTitle(name)}` : parts.rest;
}

/** How a message in `locale` addresses `contact` (or an unnamed client), and how the team speaks. */
export function addressOf(ctx: PlanContext, contact: Contact | undefined, locale: Locale): Address {
  const configured = contact?.address ?? contact?.name;
  const named = configured ? nameInSentence(configured, locale) : null;
  if (locale === 'en') {
    return {
      locale,
      name: named ? inlineSafely(named) : null,
      words: { you: 'you', you_cap: 'You', we: 'we', we_cap: 'We' },
    };
  }
  const voice = ctx.engagement.engagement.voice;
  // Speaking to someone, a Vietnamese writer needs a word of address: a plain name the file gives
  // without one is greeted `anh/chị Jane Doe`. An address the file sets, or a title that implies no
  // pronoun (`Dr Smith`), is greeted as it stands.
  const plain =
    configured !== undefined &&
    !contact?.address &&
    splitAddress(configured).pronoun === null &&
    titlePronoun(configured) === undefined;
  const name = named && plain ? `${NEUTRAL_VI} ${named}` : named;
  // The greeting names the reader; every other sentence says the pronoun that goes with that name.
  const you = pronounOf(configured);
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
  const pronouns = new Set(contacts.map((contact) => pronounOf(contact.address ?? contact.name)));
  const [shared] = pronouns;
  const you = pronouns.size === 1 && shared !== NEUTRAL_VI ? `các ${shared}` : 'anh chị';
  return { ...single, name: null, words: { ...single.words, you, you_cap: capitalise(you) } };
}

/**
 * `reader`: the person a sentence speaks to (`Chào anh/chị @login`, `Cảm ơn anh/chị @login`), who gets
 * the neutral word before a bare handle in Vietnamese; `named`: someone the sentence names (copied,
 * asked to confirm), shown by handle alone.
 */
export type NamedAs = 'reader' | 'named';

/**
 * `chị Lan (@lan-bepxanh)` / `Lan (@lan-bepxanh)` / `anh/chị @lan`: a person named by the form of
 * address worked out for them, with their handle as `handle` writes it (a mention that pings, or a
 * handle that does not).
 */
export function nameWithHandle(address: Address, handle: string, as: NamedAs = 'named'): string {
  if (address.name) return `${address.name} (${handle})`;
  return address.locale === 'vi' && as === 'reader' ? `${address.words.you} ${handle}` : handle;
}
