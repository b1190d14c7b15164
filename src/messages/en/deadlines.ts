// English message templates. `{placeholders}` are filled by the rules; an engagement file may override
// any template by key under `messages.en`. Blocks such as `{missing}` arrive already rendered.
export const DEADLINES_EN = {
  'side.client': 'the client team',
  'side.vendor': 'the delivery team',
  'remaining.days': '{count} to go',
  'remaining.today': 'due today',
  'remaining.last_working_day': 'today is the last working day before it',
  'remaining.no_working_day': 'no working day is left before it',
  'unit.business_day': 'business day',
  'unit.business_days': 'business days',
  'duration.minutes.one': '{count} minute',
  'duration.minutes.other': '{count} minutes',
  'duration.hours.one': '{count} hour',
  'duration.hours.other': '{count} hours',
  'duration.days.one': '{count} day',
  'duration.days.other': '{count} days',
  'duration.weeks.one': '{count} week',
  'duration.weeks.other': '{count} weeks',
  'duration.business_hours.one': '{count} business hour',
  'duration.business_hours.other': '{count} business hours',
  'late.less_than_a_day': 'less than a business day',
  'missing.list':
    'Not yet ticked as received:\n{items}\n\nIf one of these has already been handed over, just tick it in the list at the top of this issue; the next reminder leaves it out.',
  'missing.list_client':
    'Not yet ticked as received:\n{items}\n\nIf one of these has already been handed over, tick it in the list at the top of this issue, or simply reply here with what you have sent and {we} will tick it off; the next reminder leaves it out.',
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
    '_{how_to_tick} To move the date or change the scope, comment `/extend YYYY-MM-DD reason` or `/rescope what changes`; the change takes effect when a named contact of each side has agreed with `/agree`._',
  ].join('\n'),
  'tracking.how_to_tick':
    'Tick each item as it is handed over; when every item is ticked, or this issue is closed, the handoff is recorded as complete.',
  'tracking.how_to_tick_client':
    'Tick each item as it is handed over — or, if you cannot tick here, reply with what you have sent and the team will tick it; when every item is ticked, or this issue is closed, the handoff is recorded as complete.',
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
    'Is anything blocking on your side? If it helps, we can set up a short call, share templates or examples, or split the handoff into smaller parts — just tell us what works. If the date no longer fits, it is better to agree a realistic one now: comment `/extend YYYY-MM-DD reason` and we will get back to you here.',
  ].join('\n'),
  alternates: [
    'Hi {alternates},',
    '',
    'We are reaching out to you as well: since our message of {since}, we have had no reply from {primary} about **{title}** (due **{due}**){moved}. Could one of you let us know where things stand, or who is best placed to help?',
    '',
    '{missing}',
  ].join('\n'),
  'alternates.cc':
    'cc {alternates} — we have had no reply since our message of {since}, so we are including you as well.',
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
    '- **Extra help**: tell us what would help — a working session, templates, help preparing the content — and we will see what we can arrange; record what both sides agree with `/rescope`.',
    '- **A compromise**: any mix of the above, proposed with `/extend` or `/rescope`.',
    '',
    'A change takes effect once a named contact of each side has agreed with `/agree`; the side that proposes a change is taken to agree to it.{policy}',
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
    '{manager}, **{title}** ({tracking}) needs your attention: it was due on **{due}**{moved} and is **{days_late}** late. Due from: {owner}.{copied}',
    '',
    '### Impact',
    '{impact}',
    '',
    '### Deliverables not yet ticked as received',
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
  // The default dispute ladder (a file that writes none), inside a sentence; a checklist capitalises it.
  'dispute.step.contract_review': 'contract review',
  'dispute.step.negotiation': 'negotiation',
  'dispute.step.mediation': 'mediation',
  'dispute.step.arbitration': 'arbitration or court, as the contract provides',
  'escalation.copied':
    '\n\ncc {manager}, account manager for {side}: copied so that both sides work from the same facts.',
  'escalation.copied_internal':
    '\n\n{manager}, account manager for {side}, is named here without a notification: this issue is internal. Share with them what both sides need to work from the same facts.',
  'escalation.internal_ref': 'an internal escalation',
  'names.two': '{first} and {second}',
  'escalation.closed':
    'The handoff of **{title}** is complete ({outcome}), so this escalation is closed. Thank you all for working it through.',
  'escalation.closed_moved':
    '**{title}** is now due on **{due}**{moved}, as recorded on {tracking}, so it is no longer late and this escalation is closed. If the new date passes without the handoff, the reminders start again, and this issue reopens should it come to an escalation.',
  'escalation.closed_removed':
    '**{title}** is no longer in the engagement file, so this escalation is closed, as its tracking issue {tracking} is. The evidence stays here; if the milestone comes back to the file still not handed over, this issue will be reopened.',
  'escalation.reopened_restored':
    '**{title}** is back in the engagement file ({tracking}) and is still not handed over, so this escalation is open again with the latest timeline and impact.',
  'timeline.reminder': 'reminder, {days} before the due date',
  'timeline.early_warning': 'early warning',
  'timeline.alternates': 'alternate contacts asked',
  'timeline.friendly': 'friendly reminder, {days} after the due date',
  'timeline.formal_notice': 'formal notice, {days} after the due date',
  'timeline.amendment': 'agreed change recorded',
  'timeline.reply': 'reply from {who} of {side}',
  'timeline.empty': '_Nothing yet._',
  'timeline.more':
    '- … {count} more entries in between; every reminder and reply is in the comments of {tracking}',

  'completion.on_time':
    'Handed over on time — thank you! **{title}** was completed on {done_at} (due {due}).',
  'completion.late': [
    '**{title}** is handed over — thank you! It was completed on {done_at}, {days_late} after the due date ({due}).',
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
  'command.malformed': 'Thank you — we could not act on that command, so nothing has changed. {hint}',
  'hint.extend':
    'Please write it as `/extend YYYY-MM-DD reason`, with a date later than the current due date ({due}) and before 2100.',
  'hint.extend_closed_day': '{date} is not a working day ({why}); please pick a working day.',
  'hint.extend_out_of_years':
    '{date} is outside the years the schedule can hold ({first}–{last}). Please propose a date up to 31 December {last}: `/extend YYYY-MM-DD reason`.',
  'hint.extend_dependant_out_of_years':
    'Moving this date to {date} would move **{dependant}**, which depends on it, past 31 December {last}, the last day the schedule can hold ({first}–{last}). Please propose an earlier date; if the later one is needed, the dates or dependencies of the milestones that follow can be changed in the engagement file first.',
  'hint.rescope': 'Please write it as `/rescope what changes`.',
  'hint.done': 'This handoff is already complete.',
  'command.nothing_pending':
    'Thank you — there is no open proposal here to agree to or decline, so nothing has changed. To make one, comment `/extend YYYY-MM-DD reason` or `/rescope what changes`.',
  'command.nothing_to_undo':
    'Thank you — there is no agreed change on this handoff to undo, so nothing has changed; the due date is still {due}. To propose a new date, comment `/extend YYYY-MM-DD reason`.',
  'command.same_side':
    'Thank you — this proposal already counts as agreed by {side}; it takes effect when a named contact of {other} replies `/agree`.',
  'command.confirm_not_a_party':
    'Thank you. A filed deadline is tracked once a named contact of the engagement or a member of the team confirms it, so nothing has changed yet. Named contacts: {contacts}.',
  'command.confirm_past':
    'Thank you — the due date of this deadline, {due}, has already passed, so confirming it would only count it as late, and it is not tracked. Please change the date in the issue to one that is still ahead and reply `/confirm` again, or file the deadline again with a future date.',
  'filing.unconfirmed': [
    'Thank you for filing this deadline, {filer}. A deadline filed here is tracked once a named contact of the engagement or a member of the team confirms it, so it is not tracked yet: no reminders or notices go out for it for now.',
    '',
    '{contact}, this deadline is due {due}. If it should be tracked, could you reply `/confirm` on a line of its own? From then on it is tracked like the other milestones, and the confirmation is recorded here.',
  ].join('\n'),
  'filing.past': [
    'Thank you for filing this deadline, {filer}. Its due date, {due}, had already passed when it was filed, so it is not tracked: no reminders go out, and no lateness is counted from it.',
    '',
    'What to do instead: to set a new deadline, please file it again with a date that is still ahead; to move the date of a milestone that is already tracked, comment `/extend YYYY-MM-DD reason` on its tracking issue — it takes effect once both sides agree.',
  ].join('\n'),
  'filing.confirmed': [
    '**Deadline confirmed**: {by} of {side} confirmed this deadline on {at}. It is due **{due}** and is tracked from now on like the other milestones.',
    '',
    '_This record is kept as confirmed: later edits or deletions of the [confirmation]({url}), or of the date above, do not change it. To move the date, comment `/extend YYYY-MM-DD reason`; it takes effect once both sides agree._',
  ].join('\n'),
  'proposal.recorded':
    'Proposal noted: {summary} — proposed by {proposer} of {side}. It takes effect when a named contact of {other} replies `/agree` (or `/decline`). {other_contact}, could you take a look when you have a moment?',
  'proposal.portfolio_load.one':
    'For {vendor} to weigh before agreeing: in this new window, other engagements already count on {people} for 1 handoff (due {dates}). Figures as of {as_of}.',
  'proposal.portfolio_load.other':
    'For {vendor} to weigh before agreeing: in this new window, other engagements already count on {people} for {count} handoffs (due {dates}). Figures as of {as_of}.',
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
  // Words the action did not write (the engagement file's extension policy, the reason or scope of a
  // proposal), quoted as theirs; `.other_language` when they are not in the message's language.
  their_words: '“{text}”',
  'their_words.other_language': '“{text}” (in {language}, as written)',
  'language.en': 'English',
  'language.vi': 'Vietnamese',
  'deadline.invalid':
    'Thank you for filing this deadline. We could not read {what}, so it is not tracked yet: please edit the issue and fill in **Due date** as `YYYY-MM-DD` (or set a GitHub milestone with a due date){owner_hint}.',
  'deadline.invalid_due': 'a due date between 2000 and 2099',
  'deadline.out_of_years':
    'Thank you for filing this deadline. Its due date, {date}, is outside the years the schedule can hold ({first}–{last}), so it is not tracked yet: please edit the issue and set **Due date** to a date up to 31 December {last}, as `YYYY-MM-DD`{owner_hint}.',
  'deadline.milestone_out_of_years':
    "Thank you for filing this deadline. Its due date comes from the GitHub milestone {milestone}, due {date}, which is outside the years the schedule can hold ({first}–{last}), so it is not tracked yet: please fill in **Due date** in the issue as `YYYY-MM-DD` (up to 31 December {last}), or change the milestone's due date{owner_hint}.",
  'deadline.invalid_owner_hint': ', and choose who hands it over under **Owner side**',
  'note.recorded': [
    '**{channel} on {on}**, noted by {who} of {side}:',
    '{text}',
    '{effect}',
    '_This record is kept as written: later edits or deletions of [the note]({url}) do not change it._',
  ].join('\n'),
  'note.answer':
    '\nThis counts as the reply from {owner} about **{title}**; further reminders count from {on}.\n',
  'note.evidence':
    '\nKept as evidence for **{title}**; it appears in the escalation timeline if there is one.\n',
  'handoff_rating.request':
    '{who}, **{title}** has been handed over — thank you for working through it with us. How did this handoff go for you? Reply here with `/rate` and a score from 1 (poor) to 5 (excellent), and, if you like, a sentence on what worked and what we should do differently next time. It takes a minute and helps us plan the next handoffs better.',
  'handoff_rating.recorded':
    'Thank you, {who}: your rating of **{rating}/5** for the handoff of **{title}** is recorded. We will go through it, with your words, at our next review.',
  'note.refused':
    '{who}, thank you — we could not record this note, so nothing has been added to the record. {hint}',
  'note.hint_format':
    'Please write it as `/note call|email|meeting|chat [YYYY-MM-DD] what was said`, for example `/note call 2026-11-27 answer: the photos come on Friday` (start with `answer:` when the note records a reply from the side handing over).',
  'note.hint_future':
    '{date} is later than the day the note was written ({written}): a note records a contact that has already happened.',
  'note.hint_years':
    '{date} is outside the years the schedule can hold ({first}–{last}): please give the day the contact happened, as `YYYY-MM-DD`.',
  'note.unauthorised':
    'Notes are kept for the named contacts of each side and the delivery team. Named contacts: {contacts}.',
  'channel.call': 'Call',
  'channel.email': 'E-mail',
  'channel.meeting': 'Meeting',
  'channel.chat': 'Chat',
  'timeline.contact': '{channel} noted by {who} of {side}: “{text}”',
  'timeline.contact_answer': ' — the answer from {owner}',
  'kickoff.title': 'Kickoff: {engagement} — schedule, contacts and how we work together',
  'kickoff.greeting_named': 'Hello {name},',
  'kickoff.greeting_anonymous': 'Hello {mention},',
  'kickoff.body': [
    '{greeting}',
    '',
    '{intro}',
    '',
    '### Schedule',
    '| Milestone | Handed over by | Due | Deliverables | After |',
    '|---|---|---|---|---|',
    '{schedule}',
    '',
    '### Contacts',
    '{contacts}',
    '',
    '### Channels',
    '- **Handoffs**: each milestone has its own tracking issue (label `{milestone_label}`); tick the deliverables there as they are handed over, or reply there with what you have sent and {we} will tick them.',
    '- **Feedback, questions and problems**: open a new issue with the feedback form (label `{feedback_label}`); {we} answer within the times below.',
    '- **Calls, e-mails, meetings and chats**: note them on the tracking issue with `/note`, so that both sides keep the same record.',
    '',
    '### Response times',
    '| Importance | First answer | Resolution |',
    '|---|---|---|',
    '{sla}',
    '{hours}',
    '',
    '### Commands',
    'Write a command on its own line in a comment; commands in quotes or code blocks do not count.',
    '- `/agree` — agree to a proposal (here: to this kickoff as the baseline). `/decline` — decline it.',
    '- `/extend YYYY-MM-DD reason` — on a tracking issue: propose a new due date.',
    '- `/rescope what changes` — on a tracking issue: propose a change of scope.',
    '- `/undo reason` — on a tracking issue: take back the latest agreed change.',
    '- `/note call|email|meeting|chat [YYYY-MM-DD] what was said` — on a tracking issue: keep a contact outside GitHub on the record.',
    '',
    'A change of date or scope takes effect once a named contact of each side has agreed; the side that proposes a change is taken to agree to it.',
    '',
    '### Contract terms on lateness and extensions',
    '{terms}',
    '',
    '### Baseline',
    '{baseline}',
    '{changes}',
  ].join('\n'),
  'kickoff.your': 'your',
  'kickoff.row': '| **{title}** | {owner}: {primary} | {due} | {deliverables} | {after} |',
  'kickoff.contacts_line': '- **{side}**: {primary} (primary contact){alternates}{manager}',
  'kickoff.contacts_alternates': '; alternates: {names}',
  'kickoff.contacts_manager': '; account manager: {name}',
  'kickoff.sla_row': '| {importance} | {first} | {resolution} |',
  'kickoff.importance.urgent': 'Urgent',
  'kickoff.importance.important': 'Important',
  'kickoff.importance.not_important': 'Low',
  'kickoff.hours_business': '_Hours count working hours only ({start}–{end}, on business days)._',
  'kickoff.hours_clock': '_Hours count around the clock; business days skip weekends and holidays._',
  'kickoff.term_reference': '- Contract: {reference}.',
  'kickoff.term_shift':
    '- When a handoff is late, the milestones that depend on it move by the same number of business days.',
  'kickoff.term_no_shift':
    '- A late handoff does not move other dates by itself; a new date is agreed with `/extend`.',
  'kickoff.term_ladder':
    '- After a due date without the handoff: a friendly reminder after {friendly}, a formal notice with the impact and the options after {formal}, and an escalation to {managers} after {escalation}.',
  'kickoff.term_policy': '- Extensions: {policy}',
  'kickoff.term_policy_default':
    '- Extensions: proposed on the tracking issue with `/extend`, in effect once a named contact of each side agrees.',
  'kickoff.term_fee': '- Late fee: {rate} per {per} after a grace period of {grace}{cap}.',
  'kickoff.term_disputes': '- If a disagreement cannot be settled: {steps}.',
  'kickoff.intro_proposed':
    '{we_cap} have put in one place what {we} set out for **{engagement}**: the schedule and who hands over what, how to reach each other, how quickly {we} answer, the commands, and the contract terms on lateness and extensions. Please read it through. If it matches {your} understanding, reply `/agree` here and it becomes the baseline both sides work from; if anything is not right, just say so in a comment and {we} will correct it first.',
  'kickoff.intro_agreed':
    'This is where **{engagement}** stands today: the schedule and who hands over what, how to reach each other, how quickly {we} answer, the commands, and the contract terms on lateness and extensions. The kickoff has been agreed: the schedule shows the dates as they stand today; the baseline agreed then, and every change to it since, are at the end, and the record of the agreement is in the comments below.',
  'kickoff.waiting': '_Waiting for the `/agree` of {primary}._',
  'kickoff.agreed':
    'Agreed as the baseline by {who} of {side} on {at} ([comment]({url})). The record of it is kept in the comments below and does not change if that comment is edited or deleted.',
  'kickoff.changes': '\n### Changes since the baseline\n{items}',
  'kickoff.changes_none': '\n### Changes since the baseline\n_None so far._',
  'kickoff.change_line': '- **{title}**: baseline {baseline}, now {now}{agreed}.',
  'kickoff.change_line_same_due': '- **{title}**: still due {now}, as in the baseline{agreed}.',
  'kickoff.change_agreed': '; {summary} (proposed by {proposed_by}, agreed by {agreed_by} on {at})',
  'kickoff.change_extended': 'extended',
  'kickoff.change_file': '; changed in the engagement file',
  'kickoff.change_shift_late': '; moved day for day because {upstream} was handed over late',
  'kickoff.change_shift_moved': '; moved day for day because the date of {upstream} moved',
  'kickoff.change_added': '- **{title}**: added after the baseline, due {now}.',
  'kickoff.none': '—',
  'kickoff.due_handed_over': '{due} · handed over {on}',
  'kickoff.baseline_record': [
    '**Baseline agreed**: {who} of {side} agreed this kickoff on {at}. The schedule agreed:',
    '{items}',
    '',
    '_This record is kept as agreed: later edits or deletions of [the agreement]({url}) do not change it. Later changes are agreed on each tracking issue (`/extend`, `/rescope`, `/agree`) and listed in the kickoff against this baseline._',
  ].join('\n'),
  'kickoff.baseline_item': '- **{title}**: {due}',
  'kickoff.reminder': [
    '{greeting}',
    '',
    '{we_cap} opened this kickoff on {opened} so that both sides work from the same schedule and terms. When {you} have a moment, could {you} read it through and reply `/agree` if it matches {your} understanding? If something needs changing, a comment here is enough and {we} will correct it first.',
  ].join('\n'),
  'kickoff.reply_stranger':
    '{who}, thank you. The kickoff becomes the baseline when a named contact of {client} agrees, so nothing has changed. Named contacts: {contacts}.',
  'kickoff.reply_vendor':
    '{who}, thank you — {vendor} proposed this kickoff, so it already counts as agreed by {vendor}. It becomes the baseline when {primary} replies `/agree`.',
} as const;

export type DeadlineMessageKey = keyof typeof DEADLINES_EN;
