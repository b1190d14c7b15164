// The message catalogue: built-in English and Vietnamese templates, overridable per key by the
// engagement file's `messages` section (e.g. `messages: { vi: { reminder.before: "..." } }`).
import type { Engagement, Locale } from '../../engagement/schema';
import { fillTemplate } from '../../messages/format';
import { MESSAGES_EN, type MessageKey } from './en';
import { MESSAGES_VI } from './vi';

export type { MessageKey } from './en';

const BUILT_IN: Record<Locale, Record<MessageKey, string>> = { en: MESSAGES_EN, vi: MESSAGES_VI };

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function translator(engagement: Pick<Engagement, 'messages'>, locale: Locale): Translate {
  const overrides = engagement.messages[locale] ?? {};
  return (key, values = {}) => fillTemplate(overrides[key] ?? BUILT_IN[locale][key], values);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in MESSAGES_EN;
}
