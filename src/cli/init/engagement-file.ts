// The commented engagement file `init` writes for a new team: the answers it was given, every other
// field left to its default and named in a comment, so the file teaches what can be set.
import { stringify } from 'yaml';
import type { Locale } from '../../engagement/schema';

export interface InitAnswers {
  readonly name: string;
  readonly timeZone: string;
  /** GitHub logins, without `@`. */
  readonly clientContact: string;
  readonly vendorContact: string;
  readonly locale: Locale;
  /** `YYYY-MM-DD` in the engagement's time zone: issues from before it are not written to as if new. */
  readonly adoptedOn: string;
  /** `ref` of the action in the schema URL (`v1`, or a full commit SHA). */
  readonly version: string;
  /** `owner/repo` the action is taken from (`OWNER/engagement-keeper` until `--uses` names it). */
  readonly repository: string;
}

/** A YAML scalar exactly as `yaml` would write it (quoted when it must be). */
function scalar(value: string): string {
  return stringify(value, { singleQuote: true }).trimEnd();
}

export function renderEngagementFile(answers: InitAnswers): string {
  const sameLocaleNote =
    answers.locale === 'vi'
      ? 'client_locale: vi # messages to the client; defaults to locale'
      : 'client_locale: vi # uncomment if the client reads Vietnamese (defaults to locale)';
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/${answers.repository}/${answers.version}/schema/engagement.schema.json
# The engagement file of engagement-keeper, written by \`engagement-keeper init\`. Every field not set
# here has a default; the commented lines show the most useful ones. Reference:
# https://github.com/${answers.repository}/blob/${answers.version}/README.md#reference
# Check it after every edit: npx github:${answers.repository}#${answers.version} validate

engagement:
  name: ${scalar(answers.name)}
  time_zone: ${scalar(answers.timeZone)} # every date below is read in this zone
  locale: ${answers.locale} # language of messages to the team and of the weekly summary (en or vi)
  # ${sameLocaleNote}
  # client: Client Company Ltd
  # vendor: Your Agency
  # The day the action took over: issues filed before it are labelled, never answered as if new.
  adopted_on: ${answers.adoptedOn}
  # Escalations and the weekly summary in a repository the client cannot read; the token must then
  # reach both repositories (docs/internal-repository.md):
  # internal_repository: your-org/engagements-internal

# calendar:
#   work_days: [mon, tue, wed, thu, fri]
#   work_hours: { start: '09:00', end: '18:00' }
#   holidays: VN # a country's public holidays are closed days
#   closed_days: [] # company holidays, the exact Tết days announced each year

contacts:
  client:
    primary: ${scalar(`@${answers.clientContact}`)} # or { handle: '@login', name: Chị Lan }
    # alternates: ['@someone-else'] # reached when the primary contact does not answer
    # account_manager: '@their-manager'
  vendor:
    primary: ${scalar(`@${answers.vendorContact}`)}
    # alternates: []
    # account_manager: '@your-account-manager' # receives escalations and formal notices

# contract:
#   reference: CONTRACT-NUMBER
#   late_fee: { amount: 100, currency: USD, per: business_day, grace: 2 business days }
#   day_for_day_shift: true

# The handoffs, in any order; add one per date the two sides agreed (and remove the \`[]\` below when
# you add the first: the handoffs are the list under \`milestones:\`). Then regenerate the issue forms,
# whose milestone lists are made from them: npx github:${answers.repository}#${answers.version} form --write
milestones: []
#  - id: content
#    title: Final copy and images
#    owner: client # or vendor
#    due: 2026-12-04 # end of that working day; or 2026-12-04T15:00
#    deliverables: [Home page copy, Product photos]
#    depends_on: []
#    # handed_over_on: 2026-11-20 # already handed over before today: recorded, never chased

# reminders:
#   before: [7, 3, 1] # business days before a due date

# feedback:
#   label: feedback # the label the feedback form applies (regenerate the forms after changing it)
#   business_hours: false # count SLA time on the wall clock (false) or the business calendar (true)
#   sla:
#     urgent: { first_response: 24h, resolution: 3 business days }
#     important: { first_response: 48h, resolution: 5 business days }

# summary:
#   day: mon
#   time: '09:00'

# One pinned kickoff issue in the client's language (schedule, contacts, response times, commands,
# contract terms) for the client's primary contact to \`/agree\` as the baseline (docs/kickoff.md).
# On by default; \`enabled: false\` opts out.
# kickoff:
#   agree_within: 3 business days # then the client's primary contact is reminded once
`;
}
