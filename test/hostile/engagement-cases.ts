// Hostile and careless engagement files, each as the text written and the exact outcome expected:
// the located errors `validate` prints, or `runs` (the file is accepted and a plan is made without
// throwing). Shared by the hostile suite and by the action-level tests.

const HEAD = `engagement:
  name: Acme
  time_zone: Europe/Berlin
contacts:
  client: { primary: '@acme-jane' }
  vendor: { primary: '@studio-sam' }
`;
const MILESTONE = `milestones:
  - { id: copy, title: Final copy, owner: client, due: 2026-12-04 }
`;

/** The minimal file with `extra` appended (and the milestone line replaced when `milestones` is given). */
export function fileWith(extra: string, milestones = MILESTONE): string {
  return `${HEAD}${milestones}${extra}`;
}

const dueOn = (due: string) =>
  `milestones:\n  - { id: copy, title: Final copy, owner: client, due: ${due} }\n`;
const dayList = (count: number, from = Date.UTC(2026, 0, 1)) =>
  Array.from(
    { length: count },
    (_, i) => `    - ${new Date(from + i * 86_400_000).toISOString().slice(0, 10)}`,
  ).join('\n');

export interface HostileFile {
  readonly name: string;
  readonly text: string;
  /** `runs`, or the exact `file:line:column  path  message (hint)` lines. */
  readonly expected: 'runs' | readonly string[];
}

export const HOSTILE_FILES: readonly HostileFile[] = [
  {
    name: 'due 9999-12-31',
    text: fileWith('', dueOn('9999-12-31')),
    expected: [
      'e.yml:8:56  milestones[0].due  `9999-12-31` is outside the years engagement-keeper plans for (2000–2099) (check the year)',
    ],
  },
  {
    name: 'due 0001-01-01',
    text: fileWith('', dueOn('0001-01-01')),
    expected: [
      'e.yml:8:56  milestones[0].due  `0001-01-01` is outside the years engagement-keeper plans for (2000–2099) (check the year)',
    ],
  },
  {
    name: 'due 1999-12-31 (just before the bounds)',
    text: fileWith('', dueOn('1999-12-31')),
    expected: [
      'e.yml:8:56  milestones[0].due  `1999-12-31` is outside the years engagement-keeper plans for (2000–2099) (check the year)',
    ],
  },
  {
    name: 'due 2100-01-01 (just after the bounds)',
    text: fileWith('', dueOn('2100-01-01')),
    expected: [
      'e.yml:8:56  milestones[0].due  `2100-01-01` is outside the years engagement-keeper plans for (2000–2099) (check the year)',
    ],
  },
  {
    name: 'due 2099-12-31 (the last day planned)',
    text: fileWith('', dueOn('2099-12-31')),
    expected: 'runs',
  },
  { name: 'due 2000-01-03 (26 years late)', text: fileWith('', dueOn('2000-01-03')), expected: 'runs' },
  {
    name: 'due date-time in 9999',
    text: fileWith('', dueOn('9999-12-31T10:00')),
    expected: [
      'e.yml:8:56  milestones[0].due  `9999-12-31T10:00` is outside the years engagement-keeper plans for (2000–2099) (check the year)',
    ],
  },
  {
    name: 'closed day in 9999',
    text: fileWith('calendar:\n  closed_days: [9999-01-01]\n'),
    expected: [
      'e.yml:10:17  calendar.closed_days[0]  `9999-01-01` is outside the years engagement-keeper plans for (2000–2099) (check the year)',
    ],
  },
  {
    name: 'open day in 1900',
    text: fileWith('calendar:\n  open_days: [{ date: 1900-01-06 }]\n'),
    expected: [
      'e.yml:10:23  calendar.open_days[0].date  `1900-01-06` is outside the years engagement-keeper plans for (2000–2099) (check the year)',
    ],
  },
  {
    name: 'before: [5000]',
    text: fileWith('reminders:\n  before: [5000]\n'),
    expected: ['e.yml:10:12  reminders.before[0]  must be at most 260 business days (about a working year)'],
  },
  {
    name: 'before: [260] (the largest offset)',
    text: fileWith('reminders:\n  before: [260]\n'),
    expected: 'runs',
  },
  {
    name: 'before: 21 reminders',
    text: fileWith(`reminders:\n  before: [${Array.from({ length: 21 }, (_, i) => i + 1).join(', ')}]\n`),
    expected: ['e.yml:10:11  reminders.before  must have at most 20 items'],
  },
  {
    name: 'before: [1.5]',
    text: fileWith('reminders:\n  before: [1.5]\n'),
    expected: ['e.yml:10:12  reminders.before[0]  must be a whole number, not the number 1.5'],
  },
  {
    name: 'after ladder of 100,000 days',
    text: fileWith('reminders:\n  after: { friendly: 100000, formal_notice: 100001, escalation: 100002 }\n'),
    expected: [
      'e.yml:10:22  reminders.after.friendly  must be at most 260 business days (about a working year)',
      'e.yml:10:45  reminders.after.formal_notice  must be at most 260 business days (about a working year)',
      'e.yml:10:65  reminders.after.escalation  must be at most 260 business days (about a working year)',
    ],
  },
  {
    name: 'after ladder of 260 days',
    text: fileWith('reminders:\n  after: { friendly: 260, formal_notice: 260, escalation: 260 }\n'),
    expected: 'runs',
  },
  {
    name: 'SLA of 100,000 business hours',
    text: fileWith(
      'feedback:\n  sla:\n    urgent: { first_response: 100000 business hours, resolution: 200000 business hours }\n',
    ),
    expected: [
      'e.yml:11:31  feedback.sla.urgent.first_response  `100000 business hours` is longer than engagement-keeper plans for: at most 2,080 business hours (one year) (write the time the contract really gives; an engagement is planned a year ahead)',
      'e.yml:11:66  feedback.sla.urgent.resolution  `200000 business hours` is longer than engagement-keeper plans for: at most 2,080 business hours (one year) (write the time the contract really gives; an engagement is planned a year ahead)',
    ],
  },
  {
    name: 'SLA of 10^20 hours',
    text: fileWith(
      'feedback:\n  sla:\n    urgent: { first_response: 100000000000000000000h, resolution: 100000000000000000000h }\n',
    ),
    expected: [
      'e.yml:11:31  feedback.sla.urgent.first_response  `100000000000000000000h` is longer than engagement-keeper plans for: at most 8,784 hours (one year) (write the time the contract really gives; an engagement is planned a year ahead)',
      'e.yml:11:67  feedback.sla.urgent.resolution  `100000000000000000000h` is longer than engagement-keeper plans for: at most 8,784 hours (one year) (write the time the contract really gives; an engagement is planned a year ahead)',
    ],
  },
  {
    name: 'SLA of 2,080 business hours (the largest)',
    text: fileWith(
      'feedback:\n  business_hours: true\n  sla:\n    urgent: { first_response: 2080 business hours, resolution: 260 business days }\n',
    ),
    expected: 'runs',
  },
  {
    name: 'SLA of 1e400 minutes',
    text: fileWith(
      'feedback:\n  sla:\n    urgent: { first_response: 1e400 minutes, resolution: 3 business days }\n',
    ),
    expected: [
      'e.yml:11:31  feedback.sla.urgent.first_response  `1e400 minutes` is not a duration (write e.g. `24h`, `2d`, `90 minutes`, `3 business days`, `16 business hours`, `1w`)',
    ],
  },
  {
    name: 'grace of 100,000 business days',
    text: fileWith('contract:\n  late_fee: { amount: 10, currency: USD, grace: 100000 business days }\n'),
    expected: [
      'e.yml:10:49  contract.late_fee.grace  `100000 business days` is longer than engagement-keeper plans for: at most 260 business days (one year) (write the time the contract really gives; an engagement is planned a year ahead)',
    ],
  },
  {
    name: 'grace of 260 business days',
    text: fileWith('contract:\n  late_fee: { amount: 10, currency: USD, grace: 260 business days }\n'),
    expected: 'runs',
  },
  {
    name: 'unresponsive_after of 53 weeks',
    text: fileWith('reminders:\n  unresponsive_after: 53 weeks\n'),
    expected: [
      'e.yml:10:23  reminders.unresponsive_after  `53 weeks` is longer than engagement-keeper plans for: at most 52 weeks (one year) (write the time the contract really gives; an engagement is planned a year ahead)',
    ],
  },
  {
    name: 'nudge_after of 367 days',
    text: fileWith('feedback:\n  unclear: { nudge_after: 367 days }\n'),
    expected: [
      'e.yml:10:27  feedback.unclear.nudge_after  `367 days` is longer than engagement-keeper plans for: at most 366 days (one year) (write the time the contract really gives; an engagement is planned a year ahead)',
    ],
  },
  {
    name: 'a fee of 1e300',
    text: fileWith('contract:\n  late_fee: { amount: 1e300, currency: USD }\n'),
    expected: [
      'e.yml:10:23  contract.late_fee.amount  must be at most 1,000,000,000,000: larger sums lose precision',
    ],
  },
  {
    name: 'a fee of .inf',
    text: fileWith('contract:\n  late_fee: { amount: .inf, currency: USD }\n'),
    expected: [
      "e.yml:10:23  contract.late_fee.amount  `.inf` is too large to be a number: YAML reads it as infinity (write the number in full, within the field's bounds (docs/engagement-file.md, Bounds); if it is text, put it in quotes)",
    ],
  },
  {
    name: '11 years of closed days',
    text: fileWith(`calendar:\n  closed_days:\n${dayList(11 * 365)}\n`),
    expected: ['e.yml:11:5  calendar.closed_days  must have at most 1000 items'],
  },
  {
    name: '1,000 closed days in a row (the most allowed)',
    text: fileWith(`calendar:\n  closed_days:\n${dayList(1000, Date.UTC(2026, 10, 1))}\n`),
    expected: 'runs',
  },
  {
    name: 'an empty label name',
    text: fileWith("labels:\n  overdue: ''\n"),
    expected: ['e.yml:10:12  labels.overdue  must not be empty: GitHub needs a label name'],
  },
  {
    name: 'a label name of spaces',
    text: fileWith("labels:\n  overdue: '   '\n"),
    expected: ['e.yml:10:12  labels.overdue  must not be empty: GitHub needs a label name'],
  },
  {
    name: 'a 51-character label name',
    text: fileWith(`labels:\n  overdue: '${'x'.repeat(51)}'\n`),
    expected: [
      'e.yml:10:12  labels.overdue  must be at most 50 characters: GitHub refuses longer label names',
    ],
  },
  {
    name: 'a 50-character label name',
    text: fileWith(`labels:\n  overdue: '${'x'.repeat(50)}'\n`),
    expected: 'runs',
  },
  {
    name: 'a prefix that makes a root-cause label too long',
    text: fileWith(`labels:\n  root_cause_prefix: '${'r'.repeat(31)}'\n`),
    expected: [
      'e.yml:10:22  labels.root_cause_prefix  makes the label `rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrunclear-expectations` 51 characters long; GitHub refuses label names over 50 (shorten the prefix to at most 30 characters)',
    ],
  },
  {
    name: 'a 50-character feedback label',
    text: fileWith(`feedback:\n  label: '${'f'.repeat(51)}'\n`),
    expected: [
      'e.yml:10:10  feedback.label  must be at most 50 characters: GitHub refuses longer label names',
    ],
  },
  {
    name: 'an empty summary label',
    text: fileWith("summary:\n  labels: ['']\n"),
    expected: ['e.yml:10:12  summary.labels[0]  must not be empty: GitHub needs a label name'],
  },
  {
    name: 'title: *Final*',
    text: fileWith('', 'milestones:\n  - { id: copy, title: *Final*, owner: client, due: 2026-12-04 }\n'),
    expected: [
      'e.yml:8:24  milestones[0].title  YAML aliases are not supported: `*Final*` refers to another part of the file (write the value out in full; if `*` starts plain text, put the text in quotes)',
    ],
  },
  {
    name: 'an anchor and its alias',
    text: fileWith(
      '',
      'milestones:\n  - &m { id: copy, title: x, owner: client, due: 2026-12-04 }\n  - *m\n',
    ),
    expected: [
      'e.yml:8:5  milestones  YAML anchors are not supported: `&m` names a value for reuse (remove the anchor and write each value out in full; if `&` starts plain text, put the text in quotes)',
      'e.yml:9:5  milestones[1]  YAML aliases are not supported: `*m` refers to another part of the file (write the value out in full; if `*` starts plain text, put the text in quotes)',
    ],
  },
  {
    name: 'billion laughs',
    text: `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n${HEAD}`,
    expected: [
      'e.yml:1:4  a  YAML anchors are not supported: `&a` names a value for reuse (remove the anchor and write each value out in full; if `&` starts plain text, put the text in quotes)',
      'e.yml:2:4  b  YAML anchors are not supported: `&b` names a value for reuse (remove the anchor and write each value out in full; if `&` starts plain text, put the text in quotes)',
      'e.yml:2:8  b[0]  YAML aliases are not supported: `*a` refers to another part of the file (write the value out in full; if `*` starts plain text, put the text in quotes)',
      'e.yml:3:4  c  YAML anchors are not supported: `&c` names a value for reuse (remove the anchor and write each value out in full; if `&` starts plain text, put the text in quotes)',
      'e.yml:3:8  c[0]  YAML aliases are not supported: `*b` refers to another part of the file (write the value out in full; if `*` starts plain text, put the text in quotes)',
      'e.yml:4:4  d  YAML anchors are not supported: `&d` names a value for reuse (remove the anchor and write each value out in full; if `&` starts plain text, put the text in quotes)',
      'e.yml:4:8  d[0]  YAML aliases are not supported: `*c` refers to another part of the file (write the value out in full; if `*` starts plain text, put the text in quotes)',
    ],
  },
  {
    name: 'a merge key',
    text: fileWith('base: &base { owner: client }\nmore:\n  <<: *base\n'),
    expected: [
      'e.yml:9:7  base  YAML anchors are not supported: `&base` names a value for reuse (remove the anchor and write each value out in full; if `&` starts plain text, put the text in quotes)',
      'e.yml:11:7  more  YAML aliases are not supported: `*base` refers to another part of the file (write the value out in full; if `*` starts plain text, put the text in quotes)',
    ],
  },
  {
    name: 'a quoted star is plain text',
    text: fileWith('', "milestones:\n  - { id: copy, title: '*Final*', owner: client, due: 2026-12-04 }\n"),
    expected: 'runs',
  },
  {
    name: '10,000 nested brackets',
    text: fileWith(`x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    expected: [
      'e.yml:9:36  (file)  nests lists and mappings more than 32 levels deep (an engagement file needs only a few levels: start from examples/engagement.yml)',
    ],
  },
  {
    name: '10,000 nested dashes',
    text: fileWith(`x:\n  ${'- '.repeat(10_000)}y\n`),
    expected: [
      'e.yml:10:67  (file)  nests lists and mappings more than 32 levels deep (an engagement file needs only a few levels: start from examples/engagement.yml)',
    ],
  },
  {
    name: 'a file over 512 KB',
    text: fileWith(`contract:\n  reference: '${'a'.repeat(600_000)}'\n`),
    expected: [
      'e.yml:1:1  (file)  is 600,241 characters long, more than an engagement file may be (524,288) (an engagement file describes one engagement: keep long texts in the issues, not in the file)',
    ],
  },
  {
    name: 'a 400 KB time zone',
    text: HEAD.replace('Europe/Berlin', 'E'.repeat(400_000)) + MILESTONE,
    expected: ['e.yml:3:14  engagement.time_zone  must be at most 64 characters'],
  },
  {
    name: 'a 60-character misspelt time zone',
    text: HEAD.replace('Europe/Berlin', `Europe/${'B'.repeat(53)}`) + MILESTONE,
    expected: [
      'e.yml:3:14  engagement.time_zone  `Europe/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB` is not an IANA time zone (write a zone name such as `Asia/Ho_Chi_Minh` or `Europe/Berlin`)',
    ],
  },
  {
    name: 'a 100 KB unknown key',
    text: fileWith(`${'k'.repeat(100_000)}: 1\n`),
    expected: [
      'e.yml:9:1  kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…  YAML: the : indicator must be at most 1024 chars after the start of an implicit block mapping key',
    ],
  },
  {
    name: 'a 10 KB milestone title',
    text: fileWith(
      '',
      `milestones:\n  - { id: copy, title: '${'T'.repeat(10_000)}', owner: client, due: 2026-12-04 }\n`,
    ),
    expected: ['e.yml:8:24  milestones[0].title  must be at most 200 characters'],
  },
  {
    name: 'a 41-character milestone id',
    text: fileWith(
      '',
      `milestones:\n  - { id: ${'m'.repeat(41)}, title: x, owner: client, due: 2026-12-04 }\n`,
    ),
    expected: ['e.yml:8:11  milestones[0].id  must be at most 40 characters'],
  },
  {
    name: 'work hours of one minute a day',
    text: fileWith("calendar:\n  work_hours: { start: '09:00', end: '09:01' }\n"),
    expected: 'runs',
  },
  {
    name: 'one working day a week, every holiday closed',
    text: fileWith('calendar:\n  work_days: [sun]\n  holidays: VN\n'),
    expected: 'runs',
  },
  {
    name: 'a NUL byte in a title',
    text: fileWith(
      '',
      'milestones:\n  - { id: copy, title: "Final\\0copy", owner: client, due: 2026-12-04 }\n',
    ),
    expected: 'runs',
  },
  { name: 'a byte-order mark at the start', text: `\uFEFF${fileWith('')}`, expected: 'runs' },
  {
    name: 'a !!binary tag',
    text: fileWith('contract:\n  reference: !!binary aGVsbG8=\n'),
    expected: [
      'e.yml:10:14  contract.reference  YAML tags are not supported: `!!binary` asks for a kind of value the file has no use for (remove `!!binary` and write the text itself, not encoded)',
    ],
  },
  {
    name: 'two documents in one file',
    text: `${fileWith('')}---\n${fileWith('')}`,
    expected: [
      'e.yml:9:1  (file)  YAML: the file holds more than one document (`---`) (keep a single document)',
    ],
  },
];
