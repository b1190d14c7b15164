// English wording of every feedback message. Placeholders in braces are filled by fillTemplate();
// the engagement file's `messages.en` section may replace any of these by key.
export const FEEDBACK_EN = {
  'feedback.greeting.named': 'Hello {name},',
  'feedback.greeting.anonymous': 'Hello,',
  'feedback.importance.urgent': 'urgent',
  'feedback.importance.important': 'important',
  'feedback.importance.not_important': 'low',
  'feedback.type.negative': 'negative',
  'feedback.type.neutral': 'neutral',
  'feedback.type.positive': 'positive',
  'feedback.urgency.high': 'high',
  'feedback.urgency.normal': 'normal',
  'feedback.urgency.low': 'low',

  'feedback.ack.thanks.positive': 'Thank you so much for these kind words; they mean a lot to us.',
  'feedback.ack.kudos.summary': 'We will pass them on to the whole team in the team’s weekly summary.',
  'feedback.ack.kudos.noted': 'We have noted them for the team.',
  'feedback.ack.thanks.negative':
    'Thank you for telling us about this, and we are sorry for the trouble it has caused. It is with our team now.',
  'feedback.ack.thanks.urgent':
    'Thank you for letting us know, and we are sorry for the disruption this is causing. It is with our team now, as a priority.',
  'feedback.ack.thanks.neutral': 'Thank you for your feedback. We have received it and it is with our team.',
  // How the acknowledgement names what the client sent, by its type: a problem is a report, never a
  // suggestion. `urgent`: negative and urgent.
  'feedback.item.negative': 'your report',
  'feedback.item.urgent': 'your report',
  'feedback.item.neutral': 'your feedback',
  'feedback.ack.understood':
    'What we understood from {item}: **{topic}**, importance **{importance}** (priority {priority}).',
  'feedback.ack.first_response': 'A member of our team will reply by **{due}** at the latest.',
  'feedback.ack.working_time': 'Both times are counted in working hours ({hours}).',
  'feedback.ack.related_milestone':
    'We have linked {item} to the milestone {milestone}, so that it is followed up together with that handoff.',
  'feedback.ack.working_time_first': 'The reply time is counted in working hours ({hours}).',
  'feedback.ack.working_time_resolution': 'The time to resolve it is counted in working hours ({hours}).',
  'feedback.ack.resolution':
    'We commit to resolving it by **{due}**, and we will keep you updated here along the way.',
  'feedback.ack.first_response_passed':
    'We are sorry not to have answered within the time we committed to (**{due}**); the team has been asked to reply to you here as soon as possible.',
  'feedback.ack.resolution_passed':
    '{item_cap} should have been resolved by **{due}**: we will tell you here, with a date, when it will be.',
  'feedback.ack.positive_next': 'If you would like to add anything, just reply here.',
  'feedback.ack.correct_us': 'If we misunderstood anything, just reply here and we will adjust.',
  'feedback.ack.unclear_intro':
    'To make sure we act on exactly the right thing, could you tell us a little more?',
  'feedback.ack.unclear_paused':
    'As soon as you answer here, we will tell you when to expect our response and the resolution.',

  'feedback.question.details': 'What happened, in a sentence or two? Where did you see it, and when?',
  'feedback.question.expected': 'What outcome would you like? What did you expect to happen instead?',

  'feedback.review':
    '{mentions} Could you confirm the triage of this feedback? {client}\n\n{doubts}\n\nIf the labels are right, just remove `{label}`; if not, change them and the action follows your labels.',
  'feedback.review.client.acknowledged':
    'Nothing is asked of the client: they have been acknowledged already, with the response time for importance **{importance}**.',
  'feedback.review.client.more_urgent':
    'Nothing is asked of the client: they have been acknowledged already, with the response time of the more urgent reading (importance **{importance}**; the most likely reading is {likely}), so that checking does not make them wait longer.',
  'feedback.review.client.asked':
    'The client has been acknowledged and asked for the details the report lacks; the response clock resumes when they reply. Nothing about the triage is asked of them.',
  'feedback.review.client.thanked':
    'The client has been thanked; praise has no response time, and nothing is asked of them.',
  'feedback.review.unsure':
    '- **{dimension}**: {reading}, labelled `{label}` — the classifier is not sure ({ranking}).',
  'feedback.review.dimension.topic': 'topic',
  'feedback.review.dimension.importance': 'importance',
  'feedback.review.dimension.type': 'type',
  'feedback.review.dimension.urgency': 'urgency',
  'feedback.review.no_topic':
    '- **topic**: no topic could be read from the text, so it is filed under **{topic}**, labelled `{label}`.',
  'feedback.nudge':
    'A gentle follow-up on the questions above. Whenever you have a moment, a short reply here is enough for us to move ahead. If nothing more is needed on {item}, just tell us and we will close it.',

  'feedback.contradiction.ask':
    'This feedback and {other} are both about **{topic}**, and they ask for different things, so we would like to check with you before we change anything:\n\n- {other}: “{older_request}”\n- This one ({this}): “{newer_request}”',
  'feedback.contradiction.options':
    'Which would you prefer? A short reply here is enough:\n\n1. Keep {other}, and we close this one.\n2. Keep this one, and we close {other}.\n3. Combine them: tell us what matters most in each, and we will propose a solution that takes both into account.',
  'feedback.contradiction.clocks':
    'Asking this delays neither request: the times we gave you for both still stand.',
  'feedback.contradiction.cc': 'cc {contacts}, so that everyone decides from the same facts.',
  'feedback.contradiction.linked':
    '{other}, also about **{topic}**, asks for the opposite of this feedback. We have asked on {other} which one you would like us to follow; meanwhile the times we gave you for this feedback still stand.',

  'feedback.confirm.resolved': 'We have marked {item} as resolved.',
  'feedback.confirm.change.pull_request':
    'What changed: “{title}” ({as_written}pull request [#{number}]({url})).',
  'feedback.confirm.change.commit': 'What changed: “{title}” ({as_written}commit [`{sha}`]({url})).',
  // Said of the team's words a message quotes when they are in another language than the message.
  'feedback.as_written': 'in {language}, as written',
  'feedback.confirm.change.noted': 'What changed is described in our note above.',
  'feedback.confirm.change.elsewhere':
    'It was closed by a change in another of our repositories, which is not linked here; if you would like to know exactly what was done, just ask here and we will explain.',
  'feedback.confirm.change.none':
    'The team marked it done without attaching the details of the change; if you would like to know exactly what was done, just ask here and we will explain.',
  'feedback.confirm.ask':
    'Could you check that it works for you and rate how we handled it? Reply `/rate 1` to `/rate 5` (5 = very satisfied), or react to this comment (👍 satisfied, 👎 not satisfied). If it is not resolved, reply “not resolved” or `/reopen` and we will pick it up again right away.',
  'feedback.rating.thanks': 'Thank you for your rating: {rating}/5.',
  'feedback.rating.high': 'We are glad it works for you.',
  'feedback.rating.middle': 'We will use it to keep improving how we work with you.',
  'feedback.rating.low':
    'We are sorry it was not better. We have let {manager} know, to get in touch with you and understand what we could do differently.',
  'feedback.reopened':
    'Thank you for telling us, and we are sorry {item} is not resolved yet. We have reopened it so that the team looks at it again as a priority, and we will update you here.',
  'feedback.reopened.rating_held':
    'You also wrote a rating in the same message: as something is still not right, we have not recorded it, and we will ask you again once it is resolved. If it is in fact resolved already, just tell us here and we will close it again.',
  'feedback.rating.client_only':
    'A rating is for the client to give: {client} can reply `/rate 1` to `/rate 5` here, or react to the request above. As this feedback was filed by our team, a rating from our side is not recorded as the client’s.',

  'feedback.accepted':
    'Thank you for the details. {item_cap} has gone to {who}, who will look into it; if anything more is needed, we will ask you here.',
  'feedback.accepted.understood':
    'With your details, we now read {item} as **{topic}**, importance **{importance}** (priority {priority}), and the times below follow from that.',
  'feedback.proposal':
    'After looking into this, here is the solution the team proposes{as_written}:\n\n{quote}\n\nIf it works for you, just reply `/agree` and we will go ahead. If you would like something different, tell us here and we will adjust the proposal.',
  'feedback.proposal.client_decides':
    'As a member of our team wrote this down for you, the agreement comes from you: their `/agree` does not count.',
  'feedback.confirm.client_decides':
    'As a member of our team wrote this down for you, the rating comes from you: theirs does not count.',
  'feedback.agree.client_only':
    'Agreeing to a proposed solution is for the client to decide: {client} can reply `/agree` here to accept it, or tell us what to change. As this feedback was filed by our team, a `/agree` from our side is not recorded as the client’s agreement.',
  'feedback.agreed':
    'Thank you for agreeing to this solution on {date}. This is what we agreed, and it stays on record here{as_written}:\n\n{quote}\n\n{who} will carry it out and keep you updated here.',
  'feedback.agreed.due_restarted':
    'As the engagement provides, the time to resolve it now counts from your agreement: we commit to having it in place by **{due}**.',
  'feedback.agreed.due_kept': 'We keep to the resolution date we committed to: **{due}**.',
  'feedback.agreed.due_passed':
    'The resolution date we had committed to, **{due}**, has already passed. We are sorry for the wait, and we will agree a new date with you here.',
  'feedback.implemented': 'The solution for {item} is now in place.',
  'feedback.implemented.change': 'What changed{as_written}:\n\n{quote}',
  'feedback.implemented.check':
    'Could you have a look when you have a moment and tell us whether it looks right? When the team closes {item}, we will ask you to rate the result.',

  'feedback.sla.first_response': 'first-response',
  'feedback.sla.resolution': 'resolution',
  'feedback.five_whys':
    '{mentions} This is priority {priority}. Before proposing a fix, please find its root cause with a short “5 whys” and note it here:\n\n1. Why did this happen?\n2. Why did that happen?\n3. Why …?\n4. Why …?\n5. Why …?\n\n**Root cause:** …\n**What we change so it does not happen again:** …',
  'feedback.five_whys.private':
    '{mentions} This is priority {priority}. Before proposing a fix, please find its root cause with a short “5 whys” in the team’s internal notes, and write `/analysed` here once it is done.',
  'feedback.warning.first_response':
    '{mentions} A reminder: the agreed first-response time for this feedback ends at **{due}**. A short, specific reply to the client is enough to meet it.',
  'feedback.warning.resolution':
    '{mentions} A reminder: the agreed resolution time for this feedback ends at **{due}**. To meet it, resolve it and close the issue as completed; if that is not realistic, agree a new date with the client here before then.',
  'feedback.breach':
    '{mentions} The agreed {sla} time for this feedback passed at **{due}**. Could you take it over and reply to the client with a next step and a date?',
  'feedback.breach.both':
    '{mentions} The agreed first-response time for this feedback passed at **{first_response}**, and its resolution time at **{resolution}**. Could you take it over and reply to the client with a next step and a date?',
  'feedback.breach.escalation': 'The escalation is tracked in {ref}.',
  'feedback.escalation.title': 'Escalation: feedback #{number} passed its {sla} time',
  'feedback.escalation.title.both':
    'Escalation: feedback #{number} passed its first-response and resolution times',
  'feedback.escalation.body':
    '{mentions} Urgent client feedback {ref} passed its agreed {sla} time at **{due}**.\n\n- Topic: {topic}\n- Importance: {importance} (priority {priority})\n- Filed: {filed}\n\n**What the client wrote**\n\n{quote}\n\n**Suggested next steps**\n\n1. Reply to the client on {ref} today with what we know and a date for the next update.\n2. Agree who resolves it and by when.\n3. Close this issue once the client has a resolution date.',
  'feedback.escalation.body.both':
    '{mentions} Urgent client feedback {ref} passed its agreed first-response time at **{first_response}**, and its resolution time at **{resolution}**.\n\n- Topic: {topic}\n- Importance: {importance} (priority {priority})\n- Filed: {filed}\n\n**What the client wrote**\n\n{quote}\n\n**Suggested next steps**\n\n1. Reply to the client on {ref} today with what we know and a date for the next update.\n2. Agree who resolves it and by when.\n3. Close this issue once the client has a resolution date.',
  'feedback.escalation.again':
    '{mentions} Feedback {ref} has now also passed its {sla} time, at **{due}**, and is not resolved yet. Could you reply to the client on {ref} today with a next step and a date, and keep this issue open until they have a resolution they can rely on?',
  'feedback.escalation.resolved':
    'Feedback {ref} has been resolved and closed, so this escalation is closed too. Thank you for seeing it through.',
} as const;

export type FeedbackMessageKey = keyof typeof FEEDBACK_EN;
