// English words of the portfolio issue. The reader is the agency's leadership and its account managers,
// in the agency's internal ops repository: calm and factual, never blaming a client or a colleague, each
// problem with what to do next. The portfolio file has no `messages:` of its own yet: these are the
// words, listed here so both languages stay key for key.
export const PORTFOLIO_EN = {
  'portfolio.default_title': '{portfolio} — week {week}',
  'portfolio.intro.one': 'Week {week} · figures as of {as_of} · 1 engagement.',
  'portfolio.intro.other': 'Week {week} · figures as of {as_of} · {count} engagements.',
  'portfolio.status.on_track': '🟢 on track',
  'portfolio.status.at_risk': '🟠 at risk',
  'portfolio.status.late': '🔴 late',
  'portfolio.status.failed': '⚪ not updated',
  'portfolio.counts': '**{counts}**',
  'portfolio.count': '{count} {status}',
  'portfolio.behind.heading': 'Handoffs furthest behind',
  'portfolio.behind.none': 'Handoffs furthest behind: none — no handoff is overdue across the portfolio.',
  'portfolio.behind.item_under_a_day':
    '{engagement}: {milestone} — less than a business day past due ({side})',
  'portfolio.behind.item.one': '{engagement}: {milestone} — 1 business day past due ({side})',
  'portfolio.behind.item.other': '{engagement}: {milestone} — {count} business days past due ({side})',
  'portfolio.more': '… and {count} more',
  'portfolio.breaches.some': 'SLA breaches this week: **{total}** ({list}).',
  'portfolio.breaches.item': '{engagement}: {count}',
  'portfolio.breaches.none': 'SLA breaches this week: none.',
  'portfolio.lowest.one': 'Lowest satisfaction: {engagement}, {average} / 5 from 1 rating.',
  'portfolio.lowest.other': 'Lowest satisfaction: {engagement}, {average} / 5 from {count} ratings.',
  'portfolio.lowest.none': 'Lowest satisfaction: no client has rated a resolution yet.',
  'portfolio.side.client': 'client side',
  'portfolio.side.vendor': 'our side',
  'portfolio.rows.heading': 'Engagements',
  'portfolio.column.engagement': 'Engagement',
  'portfolio.column.status': 'Status',
  'portfolio.column.next': 'Next handoff',
  'portfolio.column.late': 'Late handoffs',
  'portfolio.column.open_feedback': 'Open feedback',
  'portfolio.column.sla': 'First-response SLA',
  'portfolio.column.rating': 'Rating',
  'portfolio.column.summary': 'Weekly summary',
  'portfolio.next': '{milestone} · {due} ({side})',
  'portfolio.late_cell': '{now} overdue · {done_late} handed over late',
  'portfolio.failed_cell': 'Not updated this run: {why}.',
  'portfolio.failure.first_at': ', the first at {at} ({path})',
  'portfolio.failure.at': ' at {at} ({path})',
  'portfolio.failure.status': ' ({status})',
  'portfolio.failure.inputs.one': 'the workflow gives the action 1 input it cannot use; the job log names it',
  'portfolio.failure.inputs.other':
    'the workflow gives the action {count} inputs it cannot use; the job log names them',
  'portfolio.failure.no_engagement_file':
    'there is no engagement file at the path the portfolio file gives; add it to the repository, or correct `config` in the portfolio file',
  'portfolio.failure.engagement_file.one':
    'its engagement file has 1 error{where}; `engagement-keeper validate` shows it with what to write',
  'portfolio.failure.engagement_file.other':
    'its engagement file has {count} errors{where}; `engagement-keeper validate` lists them all with what to write',
  'portfolio.failure.unplannable':
    'its engagement file cannot be planned{where}; `engagement-keeper validate` says why',
  'portfolio.failure.rate_limit':
    "GitHub's rate limit was spent before the run could read the repository; the next run picks it up",
  'portfolio.failure.token':
    "GitHub did not accept the App's token; check the App id and private key secrets",
  'portfolio.failure.permission':
    'GitHub refused access{status}; check that the App is installed on this repository with Issues read and write, and Contents read',
  'portfolio.failure.write_permission':
    "the run read the repository and planned, but GitHub refused its writes{status} in {repository}, so part of this run's work is not there yet; check that the App has Issues read and write on {repository}, and the next run makes what is left",
  'portfolio.failure.not_found':
    'GitHub did not find the repository or its engagement file (404); check the name in the portfolio file and that the App is installed on it',
  'portfolio.failure.github':
    'GitHub answered with an error{status}; the next run tries again, and the job log has the details',
  'portfolio.failure.no_answer': 'GitHub did not answer; the next run tries again',
  'portfolio.failure.internal':
    'the run stopped on an unexpected error in the action; please report it with the job log',
  'portfolio.failure.no_facts':
    'no facts arrived from its job, which stopped before the action ran; check the App installation and the job log',
  'portfolio.failure.unknown': '{reason}{where}',
  'portfolio.none': '—',
  'portfolio.across.heading': 'Across projects (last {weeks} weeks)',
  'portfolio.causes.heading': 'Root causes of late handoffs',
  'portfolio.causes.column.cause': 'Root cause',
  'portfolio.causes.column.count': 'Late handoffs',
  'portfolio.causes.unrecorded': 'Not recorded yet',
  'portfolio.causes.none': 'No handoff was late in these weeks.',
  'portfolio.topics.heading': 'Negative feedback by topic',
  'portfolio.topics.column.topic': 'Topic',
  'portfolio.topics.column.count': 'Negative feedback',
  'portfolio.topics.none': 'No negative feedback in these weeks.',
  'portfolio.clients.heading': 'Client-side handoffs that slipped most',
  'portfolio.clients.column.client': 'Client',
  'portfolio.clients.column.late': 'Late handoffs',
  'portfolio.clients.column.days': 'Business days late',
  'portfolio.clients.none': 'No client-side handoff slipped in these weeks.',
  'portfolio.managers.heading': 'By account manager',
  'portfolio.teams.heading': 'By team',
  'portfolio.group.column.manager': 'Account manager',
  'portfolio.group.column.team': 'Team',
  'portfolio.group.column.engagements': 'Engagements',
  'portfolio.group.column.on_time': 'On-time rate',
  'portfolio.group.column.first_response': 'First response (median / p90)',
  'portfolio.group.column.resolution': 'Resolution (median / p90)',
  'portfolio.load.heading': "Our people's handoffs — the next {days} business days (to {until})",
  'portfolio.load.column.person': 'Person',
  'portfolio.load.column.count': 'Handoffs',
  'portfolio.load.column.due': 'What is due',
  'portfolio.load.none': 'Nothing of ours falls due in this window.',
  'portfolio.load.item': '{engagement}: {milestone} ({due})',
  'portfolio.load.past_due': '{due} — past due',
  'portfolio.charts.heading': 'Charts',
  'portfolio.chart.status': 'Engagements by status',
  'portfolio.chart.breaches': 'SLA breaches per week',
  'portfolio.strays': 'Facts files that match no engagement of the portfolio file were left out: {files}.',
  'portfolio.footer':
    'Kept up to date by the portfolio workflow from the facts each engagement run leaves. It lives only in this internal repository, reads no client repository, and is closed when next week’s issue opens.',
  'portfolio.closing':
    "The portfolio issue for week {next_week} is now {link}; this week's figures stay here as they were. Closing this issue.",
  'portfolio.duplicate':
    'Two runs opened a portfolio issue for week {week} at the same moment. {kept} is the one kept up to date; closing this copy.',
};

export type PortfolioMessageKey = keyof typeof PORTFOLIO_EN;
