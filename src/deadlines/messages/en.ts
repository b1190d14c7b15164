// English message templates. `{placeholders}` are filled by the rules; an engagement file may override
// any template by key under `messages.en`. Blocks such as `{missing}` arrive already rendered.
export const MESSAGES_EN = {
  'side.client': 'the client team',
  'side.vendor': 'the delivery team',
  'remaining.days': '{count} to go',
  'remaining.today': 'due today',
  'unit.business_day': 'business day',
  'unit.business_days': 'business days',
  'late.less_than_a_day': 'less than a business day',
  'missing.list': 'Still to come:\n{items}',
  'missing.all_ticked':
    'Everything on the checklist is ticked — thank you! If the handoff is complete, please close this issue.',
  'missing.no_checklist':
    'There is no checklist for this handoff; please close this issue once it is handed over.',
  'signal.missing': '{done} of {total} deliverables are in so far.',
  'signal.silence': 'We have not heard from your side since {since}.',
  none: 'none',

  'tracking.title': 'Handoff: {title}',
  'tracking.body': [
    '**{title}**{description}',
    '',
    '| | |',
    '|---|---|',
    '| Due | {due}{moved} |',
    '| Handed over by | {owner} |',
    '| Contacts | {contacts} |',
    '| Depends on | {depends} |',
    '',
    '### Deliverables',
    '{checklist}',
    '{amendments}',
    '---',
    '_Tick each item as it is handed over; when every item is ticked, or this issue is closed, the handoff is recorded as complete. To move the date or change the scope, comment `/extend YYYY-MM-DD reason` or `/rescope what changes`; the change takes effect when a named contact of each side has agreed with `/agree`._',
  ].join('\n'),
  'tracking.amendments': '### Agreed changes\n{items}\n',
  'tracking.no_deliverables': '_No deliverables listed._',

  'reminder.before': [
    'Hi {recipient},',
    '',
    'A friendly reminder: **{title}** is due on **{due}**{moved} ({remaining}).',
    '',
    '{missing}',
    '',
    'If anything is unclear, or you would like a hand preparing any of it, just reply here — we are glad to help.',
  ].join('\n'),
  early_warning: [
    'Hi {recipient},',
    '',
    '**{title}** is due on **{due}**{moved} ({remaining}), and we would like to make sure nothing is in the way. {signal}',
    '',
    '{missing}',
    '',
    'Is anything blocking on your side? If it helps, we can set up a short call, share templates or examples, or split the handoff into smaller parts — just tell us what works. If the date no longer fits, it is better to agree a realistic one now: comment `/extend YYYY-MM-DD reason` and we will confirm.',
  ].join('\n'),
  alternates: [
    'Hi {alternates},',
    '',
    'We are reaching out to you as well, as we have not yet heard back from {primary} about **{title}** (due **{due}**){moved}. Could one of you let us know where things stand, or who is best placed to help?',
    '',
    '{missing}',
  ].join('\n'),
  'alternates.cc': 'cc {alternates} — we have not heard back yet, so we are including you as well.',
  'ladder.friendly': [
    'Hi {recipient},',
    '',
    '**{title}** was due on **{due}**{moved} and has not been handed over yet. No problem if something came up — could you let us know when we can expect it?',
    '',
    '{missing}',
    '',
    'If any of it is holding things up, tell us and we will help find a way through.',
  ].join('\n'),
  'ladder.formal_notice': [
    'Hi {recipient},',
    '',
    'This is a formal notice about **{title}**{contract}: it was due on **{due}**{moved} and is now **{days_late}** late.',
    '',
    '{missing}',
    '',
    '**What this changes**',
    '{impact}',
    '',
    '**Options** — any of these can be agreed right here:',
    '- **Extend the date**: comment `/extend YYYY-MM-DD reason`.',
    '- **Change the scope**: comment `/rescope what changes` (for example, hand over part now and the rest later).',
    '- **Add resources**: tell us what would help — extra hands on our side, a working session, templates — and record it with `/rescope`.',
    '- **A compromise**: any mix of the above, proposed with `/extend` or `/rescope`.',
    '',
    'A change takes effect once a named contact of each side has agreed with `/agree`; whoever proposes it counts for their side.{policy}',
    '',
    'We would like to keep the project on track together and are happy to talk it through.',
  ].join('\n'),
  'ladder.formal_notice_cc_one': 'cc {manager}, account manager for {side}, for information.',
  'ladder.formal_notice_cc_both':
    'cc {client_manager} and {vendor_manager}, the account managers of both sides, so that everyone works from the same facts.',
  'ladder.escalation_link':
    'We have opened {escalation} so that {manager} can look at **{title}**, with the full timeline and the options. It will be kept up to date as things move.',
  'ladder.escalation_link_both':
    'We have opened {escalation} so that the account managers of both sides, {vendor_manager} and {client_manager}, can look at **{title}** together, with the full timeline and the options. It will be kept up to date as things move.',
  'impact.dependants_shift':
    'Milestones that depend on this one move by the same number of business days:\n{items}',
  'impact.dependants_projected':
    'The contract does not move other dates automatically; if nothing changes, these milestones are projected to move:\n{items}',
  'impact.dependant': '- **{title}**: from {from} to {to}',
  'impact.no_dependants': 'No other milestone depends on this one.',
  'impact.fee':
    'Late fee under the contract: **{amount}** so far ({rate} per {per} after a grace period of {grace}{cap}).',
  'impact.fee_cap': '; at most {cap}',
  'impact.fee_none_yet':
    'Late fee under the contract: nothing yet — the grace period of {grace} is still running.',
  'per.business_day': 'business day',
  'per.day': 'day',
  'per.week': 'week',
  'contract.reference': ' (contract {reference})',
  'contract.policy': ' Extension policy: {policy}',

  'escalation.title': 'Escalation: {title} (due {due_date})',
  'escalation.body': [
    '{manager}, **{title}** ({tracking}) needs your attention: it was due on **{due}**{moved} and is **{days_late}** late. Handed over by: {owner}.{copied}',
    '',
    '### Impact',
    '{impact}',
    '',
    '### Missing deliverables',
    '{missing}',
    '',
    '### Timeline',
    '{timeline}',
    '',
    '### Options',
    '- Extend the date: `/extend YYYY-MM-DD reason` on {tracking}.',
    '- Change the scope: `/rescope what changes` on {tracking}.',
    '- Add resources or agree a compromise: settle it with the other side, then record it with `/rescope` on {tracking}.',
    '',
    'A change takes effect once a named contact of each side has agreed with `/agree`.',
    '',
    '{dispute}_engagement-keeper keeps this issue up to date and closes it when the handoff is complete._',
  ].join('\n'),
  'escalation.dispute': [
    '### Dispute ladder',
    'Where the engagement stands: **{stand}**. Tick a step when it starts.',
    '{ladder}',
    '',
    '',
  ].join('\n'),
  'escalation.stand_none': 'escalated to {managers}; the dispute ladder has not started',
  'escalation.copied':
    '\n\ncc {manager}, account manager for {side}: copied so that both sides work from the same facts.',
  'names.two': '{first} and {second}',
  'escalation.closed':
    'The handoff of **{title}** is complete ({outcome}), so this escalation is closed. Thank you all for working it through.',
  'timeline.reminder': 'reminder, {days} before the due date',
  'timeline.early_warning': 'early warning',
  'timeline.alternates': 'alternate contacts asked',
  'timeline.friendly': 'friendly reminder, {days} after the due date',
  'timeline.formal_notice': 'formal notice, {days} after the due date',
  'timeline.amendment': 'agreed change recorded',
  'timeline.reply': 'reply from {who} ({side})',
  'timeline.empty': '_Nothing yet._',
  'timeline.more':
    '- … {count} more entries in between; every reminder and reply is in the comments of {tracking}',

  'completion.on_time': 'Handed over on time — thank you! **{title}** was complete on {done_at} (due {due}).',
  'completion.late': [
    '**{title}** is handed over — thank you! It was complete on {done_at}, {days_late} after the due date ({due}).',
    '',
    'To help us plan better next time, could someone add the label that best describes the main cause? It is for learning, not for blame:',
    '{causes}',
  ].join('\n'),
  'outcome.on_time': 'on time',
  'outcome.late': '{days_late} late',
  'cause.unclear-expectations': 'expectations were not clear',
  'cause.changed-priorities': 'priorities changed',
  'cause.lack-of-resources': 'not enough people or time',
  'cause.late-information': 'information arrived late',
  'cause.changed-requirements': 'requirements changed',
  'cause.internal-issues': 'internal issues',
  'cause.forgotten': 'it slipped through',
  'cause.relationship': 'communication between the teams',

  removed:
    '**{title}** is no longer in the engagement file, so this tracking issue is closed. Its history stays here; if the milestone comes back to the file, this issue will be reopened.',
  restored: '**{title}** is back in the engagement file, so this tracking issue is open again.',
  not_delivery:
    'This tracking issue was closed as {how}, which does not record a handoff of **{title}**, so it is open again (only this once). To record a real change, an authorised person on each side can agree a new scope with `/rescope …` and `/agree`, or a new date with `/extend YYYY-MM-DD reason`; when the deliverables are handed over, tick them above and the handoff is recorded. If it should stay closed, close it again: it will be left as you decide.',
  'not_delivery.not_planned': '"not planned"',
  'not_delivery.not_a_party':
    'completed by {who}, who is not a party to this engagement (neither a named contact nor a member of the team)',

  'command.answering': '{who}, about your `{command}`: {text}',
  'command.unauthorised':
    'Thank you for the suggestion. Changes to dates or scope are recorded when a named contact of each side agrees, so nothing has changed yet. Named contacts: {contacts}.',
  'command.malformed': 'Thank you — I could not act on that command, so nothing has changed. {hint}',
  'hint.extend':
    'Please write it as `/extend YYYY-MM-DD reason`, with a date later than the current due date ({due}).',
  'hint.extend_closed_day': '{date} is not a working day ({why}); please pick a working day.',
  'hint.rescope': 'Please write it as `/rescope what changes`.',
  'hint.done': 'This handoff is already complete.',
  'command.nothing_pending':
    'Thank you — there is no open proposal here to agree to or decline, so nothing has changed. To make one, comment `/extend YYYY-MM-DD reason` or `/rescope what changes`.',
  'command.nothing_to_undo':
    'Thank you — there is no agreed change on this handoff to undo, so nothing has changed; the due date is still {due}. To propose a new date, comment `/extend YYYY-MM-DD reason`.',
  'command.same_side':
    'Thank you — this proposal already counts as agreed by {side}; it takes effect when a named contact of {other} replies `/agree`.',
  'proposal.recorded':
    'Proposal noted: {summary} — proposed by {proposer} ({side}). It takes effect when a named contact of {other} replies `/agree` (or `/decline`). {other_contact}, could you take a look when you have a moment?',
  'proposal.declined':
    'Noted: {who} declined the proposal ({summary}), so the current plan stands (due {due}){moved}. We are happy to look at other options together.',
  'summary.extend': 'move the due date to {date}',
  'summary.rescope': 'change the scope: {what}',
  'summary.undo': 'undo the change agreed on {at} ({change})',
  'amendment.recorded': [
    '**Agreed change recorded**: {summary}.',
    '- Why: {reason}',
    '- Proposed by {proposer} ({proposer_side}) on {proposed_at}',
    '- Agreed by {agreer} ({agreer_side}) on {agreed_at}',
    '',
    '{effect}',
  ].join('\n'),
  'due.moved_late': ' (moved from {from} because {upstream} was handed over late)',
  'due.moved_waiting':
    ' (this date moves day for day while we wait for {upstream}, which is past its date; the new date is set once it is handed over)',
  'due.moved_moved': ' (moved from {from} because the date of {upstream} moved)',
  'amendment.effect_extend': 'From now on the due date is **{due}**.{dependants}',
  'amendment.effect_rescope':
    'The change is recorded in the tracking issue; the due date stays **{due}**{moved}.',
  'amendment.effect_undo':
    'That earlier change no longer applies: the due date is **{due}**{moved}, as it was before it.{dependants}',
  'amendment.sources':
    '_This record is kept as agreed: later edits or deletions of the [proposal]({proposal}) or the [agreement]({agreement}) do not change it. Any further change is a new proposal that both sides agree to._',
  'amendment.dependants': ' Dependent milestones move with it:\n{items}',
  'amendment.dependants_back': ' Dependent milestones move back with it:\n{items}',
  'amendment.line': '- {at}: {summary} — agreed by {agreed_by}. Why: {reason}',
  'reason.none': 'not given',
  'deadline.invalid':
    'Thank you for filing this deadline. I could not read {what}, so it is not tracked yet: please edit the issue and fill in **Due date** as `YYYY-MM-DD` (or set a GitHub milestone with a due date){owner_hint}.',
  'deadline.invalid_due': 'a due date',
  'deadline.invalid_owner_hint': ', and choose who hands it over under **Owner side**',
} as const;

export type MessageKey = keyof typeof MESSAGES_EN;
