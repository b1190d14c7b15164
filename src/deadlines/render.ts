// Pieces every deadline message shares: who it is addressed to, the due date in words, the missing
// deliverables, the impact on other milestones and the fee.
import type { PlanContext } from '../core/context';
import { mayShow, type Place } from '../core/places';
import type { Duration } from '../engagement/duration';
import type { ExtensionPolicy, Locale } from '../engagement/schema';
import { formatDate, formatDateTime, inlineSafely } from '../messages/format';
import { feeAccrued } from './fee';
import { counted, messageText, type Translate } from '../messages/catalogue';
import { addressOf, groupAddressOf, type Address } from '../messages/address';
import type { Contact } from '../engagement/schema';
import { localeFor, mentionedAddress } from './people';
import { dependantsOf, type DeadlineState, type DeadlineWorld } from './state';
import { languageOfWords } from '../messages/written-language';

export interface Voice {
  readonly locale: Locale;
  /** A template filled with the reader's words (`{you}`, `{we}`) unless the values give their own. */
  readonly t: Translate;
  readonly words: Address['words'];
}

/**
 * The words of a message in `locale` to `reader` (one contact, several, or nobody known: the neutral
 * form), in the team's one voice: every `{you}` and `{we}` of the message agree with its greeting.
 */
export function voiceFor(
  ctx: PlanContext,
  locale: Locale,
  reader?: Contact | readonly Contact[] | undefined,
): Voice {
  const address = Array.isArray(reader)
    ? groupAddressOf(ctx, reader, locale)
    : addressOf(ctx, reader as Contact | undefined, locale);
  const words = address.words;
  return {
    locale,
    words,
    t: (key, values = {}) => messageText(ctx.engagement, locale, key, { ...words, ...values }),
  };
}

/** The voice for messages addressed to the primary contact of the side that owns a deadline. */
export function ownerVoice(ctx: PlanContext, state: DeadlineState): Voice {
  const primary = ctx.engagement.contacts[state.owner].primary;
  return voiceFor(ctx, primary.language ?? localeFor(ctx, state.owner), primary);
}

/** `chị Lan (@lan-bepxanh)`: the owner's primary contact, as the greeting names them (it pings). */
export function recipient(ctx: PlanContext, state: DeadlineState, voice: Voice): string {
  return mentionedAddress(ctx, ctx.engagement.contacts[state.owner].primary, voice.locale, 'reader');
}

export function when(ctx: PlanContext, instant: Date, voice: Voice): string {
  return formatDateTime(instant, ctx.calendar.zone, voice.locale);
}

/**
 * Words the action did not write — the engagement file's extension policy, the reason or the scope a
 * person gave with a command — as a message shows them: quoted as theirs, and said to be in another
 * language when they are (`“Extensions are …” (nguyên văn tiếng Anh)`), so that a Vietnamese message
 * never runs on into an English sentence as if the team had written it.
 */
export function theirWords(text: string, voice: Voice, maxLength = 300): string {
  const quoted = inlineSafely(text, maxLength);
  const language = languageOfWords([text]);
  return language && language !== voice.locale
    ? voice.t('their_words.other_language', { text: quoted, language: voice.t(`language.${language}`) })
    : voice.t('their_words', { text: quoted });
}

/**
 * The extension policy as a message quotes it: the text written in the reader's language when the
 * file gives one per language, else the one there is, quoted with the language it is in.
 */
export function policyWords(policy: ExtensionPolicy, voice: Voice): string {
  if (typeof policy === 'string') return theirWords(policy, voice, 600);
  const text = policy[voice.locale] ?? policy.en ?? policy.vi ?? '';
  return theirWords(text, voice, 600);
}

/** The due date a message shows: the one every surface states (`DeadlineState.statedDue`). */
export function shownDue(state: DeadlineState): Date {
  return state.statedDue;
}

/**
 * `due`: the date in words; `moved`: why it differs from the agreed date (` (moved from … because …)`),
 * or empty when the agreed date governs.
 */
export function dueWords(
  ctx: PlanContext,
  state: DeadlineState,
  voice: Voice,
): { due: string; moved: string } {
  const due = when(ctx, shownDue(state), voice);
  const shift = state.shift;
  if (!shift) return { due, moved: '' };
  return {
    due,
    moved: voice.t(`due.moved_${shift.cause}`, {
      from: formatDate(ctx.calendar.localDate(state.currentDue), voice.locale),
      upstream: inlineSafely(shift.upstream.title),
    }),
  };
}

export function businessDays(count: number, voice: Voice): string {
  if (count === 0) return voice.t('late.less_than_a_day');
  return `${count} ${voice.t(count === 1 ? 'unit.business_day' : 'unit.business_days')}`;
}

/** A duration of the engagement file in the reader's language, whatever language the file wrote it in. */
export function durationWords(duration: Duration, voice: Voice): string {
  if (duration.unit === 'business_days') return businessDays(duration.value, voice);
  const count = new Intl.NumberFormat(voice.locale, { maximumFractionDigits: 2 }).format(duration.value);
  return counted(voice.t, `duration.${duration.unit}`, count);
}

export function remaining(ctx: PlanContext, state: DeadlineState, voice: Voice): string {
  const today = ctx.calendar.localDate(ctx.now);
  const dueDay = ctx.calendar.localDate(state.effectiveDue);
  const days = ctx.calendar.businessDaysBetween(today, dueDay);
  if (days > 0) return voice.t('remaining.days', { count: businessDays(days, voice) });
  if (dueDay <= today) return voice.t('remaining.today');
  // Due on a day off with no working day before it ("Monday 08/02" in Tết, "Saturday"): not today.
  return voice.t(
    ctx.calendar.isBusinessDay(today) ? 'remaining.last_working_day' : 'remaining.no_working_day',
  );
}

export function missingBlock(state: DeadlineState, voice: Voice): string {
  if (state.checklist.length === 0) return voice.t('missing.no_checklist');
  if (state.missing.length === 0) return voice.t('missing.all_ticked');
  // A client with read access cannot tick the action's issue: they can always reply.
  return voice.t(state.owner === 'client' ? 'missing.list_client' : 'missing.list', {
    items: bulletList(state),
  });
}

export function bulletList(state: DeadlineState): string {
  return state.missing.map((item) => `- ${inlineSafely(item, 200)}`).join('\n');
}

export function sideName(ctx: PlanContext, side: 'client' | 'vendor', voice: Voice): string {
  const organisation =
    side === 'client' ? ctx.engagement.engagement.client : ctx.engagement.engagement.vendor;
  return organisation
    ? inlineSafely(organisation)
    : voice.t(side === 'client' ? 'side.client' : 'side.vendor');
}

export function money(amount: number, currency: string, voice: Voice): string {
  return new Intl.NumberFormat(voice.locale === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'currency',
    currency,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** Dependent milestones that move, with their new projected dates; the late fee so far. */
export function impactBlock(
  ctx: PlanContext,
  world: DeadlineWorld,
  state: DeadlineState,
  voice: Voice,
  /** Where the text is written: a fee is named only where the client may read it (core/places.ts). */
  place: Place,
): string {
  const lines: string[] = [];
  const moving = dependantsOf(world, state.id)
    .filter((dependant) => !dependant.completion)
    .map((dependant) => ({ dependant, projection: world.projections.get(dependant.id) }))
    .filter(
      ({ dependant, projection }) =>
        projection && projection.projectedDue.getTime() > dependant.currentDue.getTime(),
    );
  if (moving.length === 0) lines.push(voice.t('impact.no_dependants'));
  else {
    const items = moving
      .map(({ dependant, projection }) =>
        voice.t('impact.dependant', {
          title: inlineSafely(dependant.title),
          from: when(ctx, dependant.currentDue, voice),
          to: when(ctx, projection?.projectedDue ?? dependant.currentDue, voice),
        }),
      )
      .join('\n');
    lines.push(
      voice.t(
        ctx.engagement.contract.day_for_day_shift ? 'impact.dependants_shift' : 'impact.dependants_projected',
        {
          items,
        },
      ),
    );
  }
  const fee = ctx.engagement.contract.late_fee;
  const accrued = feeAccrued(ctx, state);
  if (fee && accrued && mayShow(ctx.engagement, place, 'fees')) {
    const grace = durationWords(fee.grace, voice);
    lines.push(
      accrued.inGrace
        ? voice.t('impact.fee_none_yet', { grace })
        : voice.t('impact.fee', {
            amount: money(accrued.amount, accrued.currency, voice),
            rate: money(fee.amount, fee.currency, voice),
            per: voice.t(`per.${fee.per}`),
            grace,
            cap: fee.cap ? voice.t('impact.fee_cap', { cap: money(fee.cap, fee.currency, voice) }) : '',
          }),
    );
  }
  return lines.join('\n\n');
}
