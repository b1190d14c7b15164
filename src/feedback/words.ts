// Small pieces of wording shared by the feedback messages: names of topics and importance levels in
// a language, and whom to mention (configured contacts only).
import type { PlanContext } from '../core/context';
import type { Contact, Engagement, Importance, Locale } from '../engagement/schema';
import { formatDateTime, formatWorkingWeek, inlineSafely, mention } from '../messages/format';
import { capitalise, nameInSentence } from '../messages/address';
import type { FeedbackType } from '../engagement/schema';
import { messageText, type FeedbackMessageKey } from '../messages/catalogue';
import { languageOfWords } from '../messages/written-language';
import type { SlaClock } from './sla';
import type { Say } from './address';
import { sideContact } from '../engagement/contacts';

export function topicName(engagement: Engagement, topic: string, locale: Locale): string {
  const found = engagement.feedback.topics.find((candidate) => candidate.id === topic);
  if (!found) return topic;
  return (locale === 'vi' ? (found.name_vi ?? found.name) : (found.name ?? found.name_vi)) ?? found.id;
}

export function importanceName(engagement: Engagement, importance: Importance, locale: Locale): string {
  return messageText(engagement, locale, `feedback.importance.${importance}`);
}

export function allTopicNames(engagement: Engagement, locale: Locale): string {
  return engagement.feedback.topics.map((topic) => topicName(engagement, topic.id, locale)).join(', ');
}

export function mentions(handles: readonly string[]): string {
  return [...new Set(handles.map((handle) => handle.toLowerCase()))].map(mention).join(' ');
}

/**
 * How a message names what the client sent, by its type: a problem is a report (`phản ánh này`), an
 * urgent one an incident (`sự cố này`), anything else feedback (`góp ý này`) — never an outage called
 * a suggestion. `{item}` and `{item_cap}` (at the start of a sentence).
 */
export function itemWords(
  say: (key: FeedbackMessageKey) => string,
  triage: { readonly type: FeedbackType; readonly importance: Importance },
): { item: string; item_cap: string } {
  const key: FeedbackMessageKey =
    triage.type === 'negative'
      ? triage.importance === 'urgent'
        ? 'feedback.item.urgent'
        : 'feedback.item.negative'
      : 'feedback.item.neutral';
  const item = say(key);
  return { item, item_cap: capitalise(item) };
}

/**
 * `say` with `{item}` and `{item_cap}` filled for this feedback's type, for every message that names
 * what the client sent after the acknowledgement (resolved, reopened, implemented, the nudge).
 */
export function sayAbout(
  say: Say,
  triage: { readonly type: FeedbackType; readonly importance: Importance },
): Say {
  const item = itemWords((key) => say(key), triage);
  return (key, values = {}) => say(key, { ...item, ...values });
}

/**
 * Who gives the client's decisions (`/agree`, a rating) when the team filed the feedback: the client's
 * primary contact, named as a sentence of `locale` names them, and mentioned (`chị Lan (@lan-bepxanh)`).
 */
export function clientDecider(engagement: Engagement, locale: Locale): string {
  const primary = engagement.contacts.client.primary;
  return namedMention(primary.handle, primary, locale);
}

/** `chị Lan (@lan-bepxanh)`: a person named as a sentence of `locale` names them, and mentioned. */
function namedMention(handle: string, contact: Contact | undefined, locale: Locale): string {
  const name = contact?.address ?? contact?.name;
  return name ? `${inlineSafely(nameInSentence(name, locale))} (${mention(handle)})` : mention(handle);
}

/**
 * People of the team named to the client as a sentence of `locale` names them, and mentioned: `anh
 * Quang (@quang-songhan)`; a login the file gives no name is its mention alone. A bare login as the
 * subject of a Vietnamese sentence reads cold where the kickoff named the same person warmly.
 */
export function namedMentions(engagement: Engagement, handles: readonly string[], locale: Locale): string {
  const unique = [...new Map(handles.map((handle) => [handle.toLowerCase(), handle])).values()];
  return unique
    .map((handle) => {
      const contact = sideContact(engagement, 'vendor', handle) ?? sideContact(engagement, 'client', handle);
      return namedMention(handle, contact, locale);
    })
    .join(', ');
}

/** Who triages feedback: `feedback.roles.triage`, else the vendor's primary contact. */
export function triageRole(engagement: Engagement): string[] {
  const triage = engagement.feedback.roles.triage;
  return triage.length > 0 ? [...triage] : [engagement.contacts.vendor.primary.handle];
}

/** Who analyses root causes: `feedback.roles.analysis`, else the triage role. */
export function analysisRole(engagement: Engagement): string[] {
  const analysis = engagement.feedback.roles.analysis;
  return analysis.length > 0 ? [...analysis] : triageRole(engagement);
}

/** Who resolves it once a solution is agreed: `feedback.roles.resolution`, else the triage role. */
export function resolutionRole(engagement: Engagement): string[] {
  const resolution = engagement.feedback.roles.resolution;
  return resolution.length > 0 ? [...resolution] : triageRole(engagement);
}

/** The vendor's primary contact and account manager: who a breach escalates to. */
export function escalationContacts(engagement: Engagement): string[] {
  const vendor = engagement.contacts.vendor;
  return [vendor.primary.handle, ...(vendor.account_manager ? [vendor.account_manager.handle] : [])];
}

/**
 * `nguyên văn tiếng Anh` / `in Vietnamese, as written` when the team's words a message quotes (a pull
 * request's or a commit's title, an `/implemented` note) are in another language than the message,
 * as the deadlines quote the team's other words (`their_words.other_language`): a Vietnamese message
 * never runs on into English as if it had been written for the client. Null when the words are in
 * the message's language or do not tell.
 */
export function otherLanguageNote(engagement: Engagement, text: string, locale: Locale): string | null {
  const language = languageOfWords([text]);
  if (!language || language === locale) return null;
  return messageText(engagement, locale, 'feedback.as_written', {
    language: messageText(engagement, locale, `language.${language}`),
  });
}

export function when(ctx: PlanContext, instant: Date, locale: Locale): string {
  return formatDateTime(instant, ctx.engagement.engagement.time_zone, locale);
}

const WORKING_TIME: Readonly<Record<`${boolean}-${boolean}`, FeedbackMessageKey | null>> = {
  'true-true': 'feedback.ack.working_time',
  'true-false': 'feedback.ack.working_time_first',
  'false-true': 'feedback.ack.working_time_resolution',
  'false-false': null,
};

/**
 * The sentence that says which of the dates a message states count working time — exactly those
 * whose clock really counts working hours — or null when none does. A date the message does not
 * state is passed as null.
 */
export function workingTimeKey(
  firstResponse: Pick<SlaClock, 'business'> | null,
  resolution: Pick<SlaClock, 'business'> | null,
): FeedbackMessageKey | null {
  return WORKING_TIME[`${firstResponse?.business === true}-${resolution?.business === true}`];
}

/** The values of a working-time sentence: the engagement's working hours and days, as a client reads them. */
export function workingHoursValues(ctx: PlanContext, locale: Locale): { hours: string } {
  const { work_days: days, work_hours: hours } = ctx.engagement.calendar;
  return { hours: formatWorkingWeek(days, hours, locale) };
}
