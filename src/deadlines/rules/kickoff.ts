// The kickoff issue: one per engagement (unless `kickoff.enabled: false`), pinned, in the client's
// language and form of address. It shows the schedule with owners and deliverables, the contacts and
// channels, the response times per importance, the commands, and the contract terms on lateness and
// extensions; it asks the client primary to `/agree`, records the agreed baseline once, lists every
// later agreed change against it, and reminds the client primary once when the baseline waits too long.
import { isDayOff } from '../../calendar/days-off';
import type { PlanContext } from '../../core/context';
import { markerKey, type Marker } from '../../core/markers';
import { markedComment, markedIssue, type Write } from '../../core/plan';
import { markedBody, sameMarkedBody } from '../../core/markers';
import { sideContacts } from '../../engagement/contacts';
import { mayShow } from '../../core/places';
import type { Contact, Side } from '../../engagement/schema';
import { addressOf, capitalise, type Address } from '../../messages/address';
import { formatDate, inlineSafely, mention } from '../../messages/format';
import { disputeLadder } from '../dispute-ladder';
import { KICKOFF_SUBJECT, kickoffMarker, readKickoff, scheduleText, type Baseline } from '../kickoff';
import type { KickoffReply, KickoffState } from '../kickoff';
import { ladderManagers, nameWithoutPing, personAddress, personLocale } from '../people';
import {
  businessDays,
  durationWords,
  money,
  sideName,
  policyWords,
  voiceFor,
  when,
  type Voice,
} from '../render';
import type { DeadlineState, DeadlineWorld } from '../state';
import { hasElapsed } from '../timing';
import { summaryOf } from './agreements';
import { dailyReplyGate } from './common';

export function planKickoff(ctx: PlanContext, world: DeadlineWorld): Write[] {
  if (!ctx.engagement.kickoff.enabled) return [];
  const kickoff = readKickoff(ctx, world);
  const reader = clientReader(ctx);
  const { title, text } = renderKickoff(ctx, world, kickoff.baseline, reader);
  const marker = kickoffMarker();
  if (!kickoff.issue) {
    // An engagement whose every handoff is made (one adopting the action at its end) has nothing left
    // to agree: no kickoff for it.
    if (allHandedOver(world)) return [];
    const open = markedIssue({
      title,
      text,
      marker,
      labels: [ctx.engagement.kickoff.label],
      assignees: [],
      reason:
        'The engagement has no kickoff issue yet: one page with the schedule, contacts, channels, response times, commands and terms, for the client to agree as the baseline.',
    });
    return [
      open,
      {
        kind: 'pin-issue',
        issue: { created: markerKey(marker) },
        reason: 'The kickoff is pinned so that both sides find it first (once, when it opens).',
      },
    ];
  }
  const issue = kickoff.issue;
  const ref = { number: issue.number };
  const writes: Write[] = [];
  const body = markedBody(text, [marker]);
  const titleChanged = title !== issue.title;
  const bodyChanged = !sameMarkedBody(issue.body, body);
  if (titleChanged || bodyChanged) {
    writes.push({
      kind: 'edit-issue',
      issue: ref,
      ...(titleChanged ? { title } : {}),
      ...(bodyChanged ? { body } : {}),
      reason:
        "The kickoff is kept true in place: the schedule, the baseline, the changes agreed since and this version's wording.",
    });
  }
  writes.push(...baselineRecord(ctx, world, kickoff, reader), ...kickoffReplies(ctx, kickoff));
  writes.push(...reminder(ctx, kickoff, reader));
  return writes;
}

/** The client primary, in their language and form of address. */
interface Reader {
  readonly contact: Contact;
  readonly voice: Voice;
  readonly address: Address;
}

function clientReader(ctx: PlanContext): Reader {
  const contact = ctx.engagement.contacts.client.primary;
  const locale = contact.language ?? ctx.clientLocale;
  return { contact, voice: voiceFor(ctx, locale, contact), address: addressOf(ctx, contact, locale) };
}

function greeting(reader: Reader): string {
  const { voice, address, contact } = reader;
  return address.name
    ? voice.t('kickoff.greeting_named', { name: `${address.name} (${mention(contact.handle)})` })
    : // The one issue the client primary must answer: named or not, the greeting notifies them.
      voice.t('kickoff.greeting_anonymous', { ...address.words, mention: mention(contact.handle) });
}

const fileStates = (world: DeadlineWorld): DeadlineState[] =>
  world.states.filter((state) => state.source === 'engagement-file');

function allHandedOver(world: DeadlineWorld): boolean {
  const states = fileStates(world);
  return states.length > 0 && states.every((state) => state.completion !== null);
}

export function renderKickoff(
  ctx: PlanContext,
  world: DeadlineWorld,
  baseline: Baseline | null,
  reader: Reader,
): { title: string; text: string } {
  const { voice, address } = reader;
  const words = address.words;
  const engagement = ctx.engagement;
  const name = inlineSafely(engagement.engagement.name);
  const text = voice.t('kickoff.body', {
    ...words,
    greeting: greeting(reader),
    // Once agreed, the body no longer asks for the `/agree` it has, nor calls today's dates the baseline.
    intro: voice.t(baseline ? 'kickoff.intro_agreed' : 'kickoff.intro_proposed', {
      ...words,
      engagement: name,
      your: voice.t('kickoff.your', words),
    }),
    engagement: name,
    your: voice.t('kickoff.your', words),
    schedule: scheduleRows(ctx, world, voice),
    contacts: (['client', 'vendor'] as const).map((side) => contactsLine(ctx, side, voice)).join('\n'),
    milestone_label: engagement.labels.milestone,
    feedback_label: engagement.feedback.label,
    sla: slaRows(ctx, voice),
    hours: engagement.feedback.business_hours
      ? voice.t('kickoff.hours_business', {
          start: engagement.calendar.work_hours.start,
          end: engagement.calendar.work_hours.end,
        })
      : voice.t('kickoff.hours_clock'),
    terms: terms(ctx, voice),
    baseline: baseline
      ? voice.t('kickoff.agreed', {
          // The sentence opens with the name: its word of address capitalised.
          who: capitalise(nameWithoutPing(engagement, baseline.agreer, voice.locale)),
          side: sideName(ctx, 'client', voice),
          at: when(ctx, new Date(baseline.agreedAt), voice),
          url: baseline.agreeUrl,
        })
      : voice.t('kickoff.waiting', {
          primary: nameWithoutPing(engagement, reader.contact.handle, voice.locale),
        }),
    changes: baseline ? changes(ctx, world, baseline, voice) : '',
  });
  return { title: voice.t('kickoff.title', { engagement: engagement.engagement.name }), text };
}

function scheduleRows(ctx: PlanContext, world: DeadlineWorld, voice: Voice): string {
  const none = voice.t('kickoff.none');
  return fileStates(world)
    .map((state) =>
      voice.t('kickoff.row', {
        title: inlineSafely(state.title),
        owner: sideName(ctx, state.owner, voice),
        primary: nameWithoutPing(
          ctx.engagement,
          ctx.engagement.contacts[state.owner].primary.handle,
          voice.locale,
        ),
        // An engagement under way: what is already handed over says so, with the day it was.
        due: state.completion
          ? voice.t('kickoff.due_handed_over', {
              due: when(ctx, state.statedDue, voice),
              on: formatDate(ctx.calendar.localDate(state.completion.at), voice.locale),
            })
          : when(ctx, state.statedDue, voice),
        deliverables:
          state.checklist.length > 0
            ? state.checklist.map((item) => inlineSafely(item.text, 80).replace(/\|/gu, '\\|')).join('; ')
            : none,
        after:
          state.dependsOn.length > 0
            ? state.dependsOn
                .map((id) => inlineSafely(world.byId.get(id)?.title ?? id, 60).replace(/\|/gu, '\\|'))
                .join('; ')
            : none,
      }),
    )
    .join('\n');
}

function contactsLine(ctx: PlanContext, side: Side, voice: Voice): string {
  const group = ctx.engagement.contacts[side];
  const named = (contact: Contact): string => nameWithoutPing(ctx.engagement, contact.handle, voice.locale);
  return voice.t('kickoff.contacts_line', {
    side: sideName(ctx, side, voice),
    primary: named(group.primary),
    alternates:
      group.alternates.length > 0
        ? voice.t('kickoff.contacts_alternates', { names: group.alternates.map(named).join(', ') })
        : '',
    manager: group.account_manager
      ? voice.t('kickoff.contacts_manager', { name: named(group.account_manager) })
      : '',
  });
}

function slaRows(ctx: PlanContext, voice: Voice): string {
  const sla = ctx.engagement.feedback.sla;
  return (['urgent', 'important', 'not_important'] as const)
    .map((importance) =>
      voice.t('kickoff.sla_row', {
        importance: voice.t(`kickoff.importance.${importance}`),
        first: durationWords(sla[importance].first_response, voice),
        resolution: durationWords(sla[importance].resolution, voice),
      }),
    )
    .join('\n');
}

function terms(ctx: PlanContext, voice: Voice): string {
  const { contract, reminders } = ctx.engagement;
  const managers = ladderManagers(ctx.engagement);
  const named = (contact: Contact): string => nameWithoutPing(ctx.engagement, contact.handle, voice.locale);
  const lines: string[] = [];
  if (contract.reference)
    lines.push(voice.t('kickoff.term_reference', { reference: inlineSafely(contract.reference) }));
  lines.push(voice.t(contract.day_for_day_shift ? 'kickoff.term_shift' : 'kickoff.term_no_shift'));
  lines.push(
    voice.t('kickoff.term_ladder', {
      friendly: businessDays(reminders.after.friendly, voice),
      formal: businessDays(reminders.after.formal_notice, voice),
      escalation: businessDays(reminders.after.escalation, voice),
      managers: managers.client
        ? voice.t('names.two', { first: named(managers.owner), second: named(managers.client) })
        : named(managers.owner),
    }),
  );
  lines.push(
    contract.extension_policy
      ? voice.t('kickoff.term_policy', { policy: policyWords(contract.extension_policy, voice) })
      : voice.t('kickoff.term_policy_default'),
  );
  const fee = contract.late_fee;
  // The kickoff is read by the client: fees and dispute steps only where `client_sees` allows them.
  if (fee && mayShow(ctx.engagement, 'client', 'fees')) {
    lines.push(
      voice.t('kickoff.term_fee', {
        rate: money(fee.amount, fee.currency, voice),
        per: voice.t(`per.${fee.per}`),
        grace: durationWords(fee.grace, voice),
        cap: fee.cap ? voice.t('impact.fee_cap', { cap: money(fee.cap, fee.currency, voice) }) : '',
      }),
    );
  }
  // The default steps in the client's language; steps the file writes quoted as the team's words.
  const steps = disputeLadder(ctx.engagement, voice).map((step) => step.inSentence);
  if (steps.length > 0 && mayShow(ctx.engagement, 'client', 'dispute'))
    lines.push(voice.t('kickoff.term_disputes', { steps: steps.join(' → ') }));
  return lines.join('\n');
}

/**
 * Each milestone whose date or scope moved since the baseline, with the agreed changes that moved it.
 * The date in force is said once: "baseline X, now Y; extended (…)", never "now Y; move the due date
 * to Y"; a milestone whose date did not move says so ("still due X") rather than "baseline X, now X".
 */
function changes(ctx: PlanContext, world: DeadlineWorld, baseline: Baseline, voice: Voice): string {
  const agreed = new Map(baseline.schedule.map((entry) => [entry.id, entry.due]));
  const lines: string[] = [];
  for (const state of fileStates(world)) {
    // The date in force, as the schedule above shows it: moved day for day by a late dependency too.
    const current = state.statedDue;
    const agreedDue = ctx.calendar.dueInstant(state.currentDueText);
    const now = when(ctx, current, voice);
    const was = agreed.get(state.id);
    if (was === undefined) {
      lines.push(voice.t('kickoff.change_added', { title: inlineSafely(state.title), now }));
      continue;
    }
    const since = state.agreements.amendments.filter((amendment) => amendment.agreedAt > baseline.agreedAt);
    const sameDue = ctx.calendar.dueInstant(was).getTime() === current.getTime();
    if (since.length === 0 && sameDue) continue;
    const agreedMoved = ctx.calendar.dueInstant(was).getTime() !== agreedDue.getTime();
    const shift = state.shift && !state.shift.provisional ? state.shift : null;
    const byAgreement =
      since.length > 0
        ? since
            .map((amendment) =>
              voice.t('kickoff.change_agreed', {
                // An extension to the date in force is the line's "now": not said a second time.
                summary:
                  amendment.kind === 'extend' &&
                  amendment.due !== undefined &&
                  ctx.calendar.dueInstant(amendment.due).getTime() === current.getTime()
                    ? voice.t('kickoff.change_extended')
                    : summaryOf(ctx, amendment, voice, state.agreements.amendments),
                // Who asked for the change as well as who agreed: a date the client asked to move
                // must not read as if the agency moved it.
                proposed_by: nameWithoutPing(ctx.engagement, amendment.proposer, voice.locale),
                agreed_by: nameWithoutPing(ctx.engagement, amendment.agreer, voice.locale),
                at: when(ctx, new Date(amendment.agreedAt), voice),
              }),
            )
            .join('')
        : agreedMoved || !shift
          ? voice.t('kickoff.change_file')
          : '';
    // Moved by the contract's day-for-day shift: no one agreed this date, a late dependency set it.
    const byShift = shift
      ? voice.t(shift.cause === 'late' ? 'kickoff.change_shift_late' : 'kickoff.change_shift_moved', {
          upstream: inlineSafely(shift.upstream.title),
        })
      : '';
    const explained = byAgreement + byShift;
    lines.push(
      sameDue
        ? voice.t('kickoff.change_line_same_due', {
            title: inlineSafely(state.title),
            now,
            agreed: explained,
          })
        : voice.t('kickoff.change_line', {
            title: inlineSafely(state.title),
            baseline: when(ctx, ctx.calendar.dueInstant(was), voice),
            now,
            agreed: explained,
          }),
    );
  }
  return lines.length > 0
    ? voice.t('kickoff.changes', { items: lines.join('\n') })
    : voice.t('kickoff.changes_none');
}

/** The record of the baseline, written once when the client's `/agree` is first seen. */
function baselineRecord(
  ctx: PlanContext,
  world: DeadlineWorld,
  kickoff: KickoffState,
  reader: Reader,
): Write[] {
  const baseline = kickoff.baseline;
  if (!baseline || baseline.recorded || !kickoff.issue) return [];
  const { voice } = reader;
  const titles = new Map(fileStates(world).map((state) => [state.id, state.title]));
  const marker: Marker = {
    kind: 'kickoff-baseline',
    subject: KICKOFF_SUBJECT,
    data: {
      at: ctx.now.toISOString(),
      agreer: baseline.agreer,
      agreedAt: baseline.agreedAt,
      agreeId: String(baseline.agreeCommentId),
      agreeUrl: baseline.agreeUrl,
      schedule: scheduleText(baseline.schedule),
    },
  };
  return [
    markedComment(
      { number: kickoff.issue.number },
      voice.t('kickoff.baseline_record', {
        who: nameWithoutPing(ctx.engagement, baseline.agreer, voice.locale),
        side: sideName(ctx, 'client', voice),
        at: when(ctx, new Date(baseline.agreedAt), voice),
        url: baseline.agreeUrl,
        items: baseline.schedule
          .map(({ id, due }) =>
            voice.t('kickoff.baseline_item', {
              title: inlineSafely(titles.get(id) ?? id),
              due: when(ctx, ctx.calendar.dueInstant(due), voice),
            }),
          )
          .join('\n'),
      }),
      [marker],
      `@${baseline.agreer} (client) agreed the kickoff (comment ${baseline.agreeCommentId}): the baseline is recorded.`,
    ),
  ];
}

function kickoffReplies(ctx: PlanContext, kickoff: KickoffState): Write[] {
  if (!kickoff.issue) return [];
  const mayReply = dailyReplyGate(ctx, kickoff.notes, 'kickoff-reply');
  const writes: Write[] = [];
  for (const reply of kickoff.replies) {
    const stage = String(reply.commentId);
    if (kickoff.notes.some((note) => note.marker.kind === 'kickoff-reply' && note.marker.stage === stage))
      continue;
    if (!mayReply(reply.author)) continue;
    const marker: Marker = {
      kind: 'kickoff-reply',
      subject: KICKOFF_SUBJECT,
      stage,
      data: { at: ctx.now.toISOString(), person: reply.author.toLowerCase() },
    };
    writes.push({
      ...markedComment(
        { number: kickoff.issue.number },
        replyText(ctx, reply),
        [marker],
        `An /agree on the kickoff by @${reply.author} (comment ${reply.commentId}) does not make the baseline (${reply.reason}); one short reply says why.`,
      ),
      priority: 'low',
    });
  }
  return writes;
}

function replyText(ctx: PlanContext, reply: KickoffReply): string {
  const side = reply.reason === 'vendor' ? 'vendor' : undefined;
  const locale = personLocale(ctx, reply.author, side, reply.writtenIn);
  const voice = voiceFor(ctx, locale);
  const { who, words } = personAddress(ctx, reply.author, locale);
  if (reply.reason === 'vendor') {
    return voice.t('kickoff.reply_vendor', {
      ...words,
      who,
      vendor: sideName(ctx, 'vendor', voice),
      primary: nameWithoutPing(ctx.engagement, ctx.engagement.contacts.client.primary.handle, locale),
    });
  }
  const contacts = sideContacts(ctx.engagement, 'client').map((contact) =>
    nameWithoutPing(ctx.engagement, contact.handle, locale),
  );
  return voice.t('kickoff.reply_stranger', {
    ...words,
    who,
    client: sideName(ctx, 'client', voice),
    contacts: [...new Set(contacts)].join(', '),
  });
}

/** Once, when the baseline is still not agreed `kickoff.agree_within` after the kickoff opened. */
function reminder(ctx: PlanContext, kickoff: KickoffState, reader: Reader): Write[] {
  const issue = kickoff.issue;
  if (!issue || issue.state !== 'open' || kickoff.baseline) return [];
  if (kickoff.notes.some((note) => note.marker.kind === 'kickoff-reminder')) return [];
  const opened = new Date(issue.createdAt);
  if (!hasElapsed(ctx.calendar, opened, ctx.now, ctx.engagement.kickoff.agree_within)) return [];
  if (isDayOff(ctx.calendar, ctx.now)) return [];
  const { voice, address } = reader;
  const marker: Marker = {
    kind: 'kickoff-reminder',
    subject: KICKOFF_SUBJECT,
    data: { at: ctx.now.toISOString() },
  };
  return [
    markedComment(
      { number: issue.number },
      voice.t('kickoff.reminder', {
        ...address.words,
        greeting: greeting(reader),
        your: voice.t('kickoff.your', address.words),
        opened: when(ctx, opened, voice),
      }),
      [marker],
      `The kickoff baseline is not agreed ${ctx.engagement.kickoff.agree_within.text} after the kickoff opened: the client primary is reminded once.`,
    ),
  ];
}
