// The one message catalogue: every text the deadlines, feedback and summary write, by typed key, in
// each locale. English defines the keys (`MessageKey`); every other locale is a table keyed on them,
// so the compiler points at a locale that lacks a key. The engagement file's `messages.<locale>`
// replaces any template by key; `validate` refuses a key that is not here (`unknownMessageKeys`).
import type { DeadlineEventKind, ExtensionOutcome, MilestoneStatus } from '../core/facts';
import type {
  DefaultDisputeStep,
  Engagement,
  FeedbackType,
  Locale,
  RootCause,
  Side,
} from '../engagement/schema';
import type { RowStatus } from '../portfolio/figures';
import { DEADLINES_EN } from './en/deadlines';
import { FEEDBACK_EN } from './en/feedback';
import { PORTFOLIO_EN } from './en/portfolio';
import { LIMITS_EN } from './en/limits';
import { WEEKLY_EN } from './en/weekly';
import { capitaliseDayAtStarts, fillTemplate } from './format';
import { nameZoneOncePerSentence } from './zones';
import { DEADLINES_VI } from './vi/deadlines';
import { FEEDBACK_VI } from './vi/feedback';
import { PORTFOLIO_VI } from './vi/portfolio';
import { LIMITS_VI } from './vi/limits';
import { WEEKLY_VI } from './vi/weekly';

export type { DeadlineMessageKey } from './en/deadlines';
export type { FeedbackMessageKey } from './en/feedback';
export type { PortfolioMessageKey } from './en/portfolio';
export type { LimitsMessageKey } from './en/limits';
export type { WeeklyMessageKey } from './en/weekly';

const EN = { ...DEADLINES_EN, ...FEEDBACK_EN, ...WEEKLY_EN, ...PORTFOLIO_EN, ...LIMITS_EN };

export type MessageKey = keyof typeof EN;

/** Families of keys spelt from another vocabulary: a new kind, cause or status must get its words. */
type Spelt =
  | `cause.${RootCause}`
  | `weekly.root_cause.${RootCause}`
  | `weekly.event.${DeadlineEventKind}`
  | `weekly.event_one.${DeadlineEventKind}`
  | `weekly.status.${MilestoneStatus}`
  | `weekly.extension_outcome.${ExtensionOutcome}`
  | `weekly.type.${FeedbackType}`
  | `weekly.side.${Side}`
  | `weekly.side_in_text.${Side}`
  | `portfolio.status.${RowStatus}`
  | `dispute.step.${DefaultDisputeStep}`
  | `language.${Locale}`;
type MustBeKeys<K extends MessageKey> = K;
export type SpeltKey = MustBeKeys<Spelt>;

const CATALOGUE: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  en: EN,
  vi: { ...DEADLINES_VI, ...FEEDBACK_VI, ...WEEKLY_VI, ...PORTFOLIO_VI, ...LIMITS_VI },
};

/** Every key, for `validate`'s "did you mean …?". */
export const MESSAGE_KEYS: readonly MessageKey[] = Object.keys(EN) as MessageKey[];

/**
 * Keys an earlier version used and this one no longer writes, with why. An engagement file that
 * still overrides one is warned, not refused: it worked yesterday, and nothing it says is lost.
 */
export const RETIRED_MESSAGE_KEYS: Readonly<Record<string, string>> = {
  'feedback.question.topic':
    'the client is no longer asked which topic their feedback concerns: the triage role is told instead',
  'feedback.question.importance':
    'the client is no longer asked how important their feedback is: the triage role is told instead',
};

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN, key);
}

/** The built-in template of a key in a locale, before the engagement file's overrides. */
export function builtInTemplate(locale: Locale, key: MessageKey): string {
  return CATALOGUE[locale][key];
}

export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * The one lookup: the engagement file's override for this locale and key, else the built-in one,
 * filled. Times filled in name their zone once per sentence (`nameZoneOncePerSentence`), whichever
 * template, built in or overridden, puts several of them in one sentence.
 */
export function messageText(
  engagement: Pick<Engagement, 'messages'>,
  locale: Locale,
  key: MessageKey,
  values: MessageValues = {},
): string {
  const override = engagement.messages[locale]?.[key];
  const text = nameZoneOncePerSentence(fillTemplate(override ?? CATALOGUE[locale][key], values));
  return locale === 'vi' ? capitaliseDayAtStarts(text) : text;
}

/** `messageText` bound to an engagement and a locale. */
export function translator(engagement: Pick<Engagement, 'messages'>, locale: Locale): Translate {
  return (key, values) => messageText(engagement, locale, key, values);
}

/** The built-in words alone, for reports that have no engagement file (the portfolio). */
export function builtInTranslator(locale: Locale): Translate {
  return translator({ messages: {} }, locale);
}

/** `.one` or `.other` of a counted phrase, with `{count}` filled. */
export function counted(
  t: Translate,
  key: CountedKey,
  count: number | string,
  values: MessageValues = {},
): string {
  const which = String(count) === '1' ? 'one' : 'other';
  return t(`${key}.${which}`, { count, ...values });
}

/** Keys with `.one` and `.other` forms. */
type CountedBase<K> = K extends `${infer Base}.one`
  ? `${Base}.other` extends MessageKey
    ? Base
    : never
  : never;
export type CountedKey = CountedBase<MessageKey>;
