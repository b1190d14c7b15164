// Picks a feedback message in a language, with the engagement file's overrides (`messages.<locale>`)
// taking precedence by key, and fills its placeholders.
import type { Engagement, Locale } from '../../engagement/schema';
import { fillTemplate } from '../../messages/format';
import { en, type FeedbackMessageKey } from './en';
import { vi } from './vi';

export type { FeedbackMessageKey } from './en';

const DEFAULTS: Record<Locale, Record<FeedbackMessageKey, string>> = { en, vi };

export function feedbackMessage(
  engagement: Engagement,
  locale: Locale,
  key: FeedbackMessageKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const template = engagement.messages[locale]?.[key] ?? DEFAULTS[locale][key];
  return fillTemplate(template, values);
}
