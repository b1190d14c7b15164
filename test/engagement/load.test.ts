import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nameWithoutPing } from '../../src/deadlines/people';
import { dependencyCycles } from '../../src/engagement/checks';
import { formatEngagementError, loadEngagement, type LoadResult } from '../../src/engagement/load';
import { dateSchema, dueSchema, type Engagement, type Milestone } from '../../src/engagement/schema';

const ROOT = join(import.meta.dirname, '../..');

function engagementOf(result: LoadResult): Engagement {
  if (!result.ok) throw new Error(result.errors.map(formatEngagementError).join('\n'));
  return result.engagement;
}

function loadExample(name: string): Engagement {
  const file = `examples/${name}`;
  return engagementOf(loadEngagement(readFileSync(join(ROOT, file), 'utf8'), file));
}

const TEN_LINES = `engagement:
  name: Acme landing page
  time_zone: Europe/Berlin
contacts:
  client: { primary: '@acme-jane' }
  vendor: { primary: '@studio-sam' }
milestones:
  - id: copy
    title: Final copy and images
    owner: client
`;

function errorsOf(text: string): string[] {
  const result = loadEngagement(text, 'e.yml');
  return result.ok ? [] : result.errors.map(formatEngagementError);
}

describe('the realistic example', () => {
  const engagement = loadExample('engagement.yml');

  it('reads the engagement, calendar and contacts as written', () => {
    expect(engagement.engagement).toEqual({
      name: 'Bếp Xanh website rebuild',
      client: 'Bếp Xanh Coffee JSC',
      vendor: 'Sông Hàn Digital',
      time_zone: 'Asia/Ho_Chi_Minh',
      locale: 'en',
      client_locale: 'vi',
      voice: 'chúng tôi',
      client_sees: { fees: false, dispute: false, root_causes: false },
    });
    expect(engagement.calendar.work_hours).toEqual({ start: '08:30', end: '17:30' });
    expect(engagement.calendar.holidays).toBe('VN');
    expect(engagement.calendar.closed_days[0]).toEqual({ date: '2027-02-05', name: 'Tết (29 tháng Chạp)' });
    expect(engagement.calendar.open_days).toEqual([]);
    expect(engagement.contacts.client.primary).toEqual({ handle: 'lan-bepxanh', name: 'Chị Lan' });
    expect(engagement.contacts.client.alternates).toEqual([{ handle: 'minh-bepxanh' }]);
    expect(engagement.contacts.vendor.account_manager).toEqual({ handle: 'hoa-songhan' });
  });

  it('keeps dates as written, date-times unshifted, dependencies in order', () => {
    expect(
      engagement.milestones.map((milestone) => [milestone.id, milestone.due, milestone.depends_on]),
    ).toEqual([
      ['brand-assets', '2026-11-27', []],
      ['design', '2026-12-11', ['brand-assets']],
      ['design-approval', '2026-12-16', ['design']],
      ['build', '2027-01-22', ['design-approval']],
      ['uat', '2027-02-19T17:00', ['build']],
      ['launch', '2027-03-01', ['uat']],
    ]);
    expect(engagement.milestones[0]!.deliverables).toHaveLength(4);
  });

  it('parses contract terms and durations', () => {
    expect(engagement.contract.late_fee).toEqual({
      amount: 500000,
      currency: 'VND',
      per: 'business_day',
      grace: { value: 2, unit: 'business_days', text: '2 business days' },
      cap: 10000000,
    });
    expect(engagement.contract.dispute_ladder).toHaveLength(4);
    expect(engagement.feedback.sla.urgent.first_response).toEqual({
      value: 4,
      unit: 'business_hours',
      text: '4 business hours',
    });
    expect(engagement.feedback.business_hours).toBe(true);
    expect(engagement.feedback.roles.triage).toEqual(['quang-songhan']);
    expect(engagement.feedback.topics.map((topic) => topic.id)).toEqual([
      'quality',
      'delivery',
      'design',
      'support',
      'other',
    ]);
    expect(engagement.feedback.topics[4]!.keywords).toEqual([]);
  });

  it('fills what the file leaves out with the defaults', () => {
    expect(engagement.reminders.early_warning.window.text).toBe('5 business days');
    expect(engagement.feedback.warn_at).toBe(0.75);
    expect(engagement.labels.overdue).toBe('deadline: overdue');
    expect(engagement.summary).toEqual({
      enabled: true,
      day: 'mon',
      time: '09:00',
      labels: ['engagement-summary'],
      title: '{engagement} — week {week}',
    });
  });
});

describe('the minimal example', () => {
  const engagement = loadExample('engagement.minimal.yml');

  it('is a complete engagement with every default applied', () => {
    expect(engagement.engagement).toEqual({
      name: 'Acme landing page',
      time_zone: 'Europe/Berlin',
      locale: 'en',
      voice: 'chúng tôi',
      client_sees: { fees: false, dispute: false, root_causes: false },
    });
    expect(engagement.calendar).toEqual({
      work_days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      work_hours: { start: '09:00', end: '18:00' },
      closed_days: [],
      open_days: [],
    });
    expect(engagement.contacts.client).toEqual({ primary: { handle: 'acme-jane' }, alternates: [] });
    expect(engagement.milestones).toEqual([
      {
        id: 'copy',
        title: 'Final copy and images',
        owner: 'client',
        due: '2026-12-04',
        deliverables: [],
        depends_on: [],
        ask_rating: true,
      },
    ]);
    expect(engagement.retrospective).toEqual({
      at_end: true,
      every_weeks: null,
      label: 'engagement: retrospective',
    });
    expect(engagement.contract.day_for_day_shift).toBe(true);
    expect(engagement.contract.late_fee).toBeUndefined();
    // No ladder written: the default steps, worded by the message catalogue in each reader's language
    // (src/deadlines/dispute-ladder.ts), never English words put in the file's place.
    expect(engagement.contract.dispute_ladder).toBeUndefined();
    expect(engagement.reminders.before).toEqual([7, 3, 1]);
    expect(engagement.reminders.after).toEqual({ friendly: 1, formal_notice: 3, escalation: 5 });
    expect(engagement.reminders.unresponsive_after).toEqual({
      value: 3,
      unit: 'business_days',
      text: '3 business days',
    });
    expect(engagement.feedback.sla.urgent.first_response).toEqual({ value: 24, unit: 'hours', text: '24h' });
    expect(engagement.feedback.sla.important.first_response.text).toBe('48h');
    expect(engagement.feedback.topics.map((topic) => topic.id)).toEqual([
      'quality',
      'delivery',
      'support',
      'communication',
      'other',
    ]);
    expect(engagement.feedback.priority_matrix.urgent).toEqual({ high: 'P1', normal: 'P1', low: 'P2' });
    expect(engagement.messages).toEqual({});
  });
});

describe('a ten-line file', () => {
  it('with name, time zone, contacts and one milestone is valid', () => {
    const text = `${TEN_LINES.trimEnd()}\n    due: 2026-12-04\n`;
    expect(text.trimEnd().split('\n')).toHaveLength(11);
    const short = text.replace(
      '  - id: copy\n    title: Final copy and images\n    owner: client\n    due: 2026-12-04\n',
      '  - { id: copy, title: Final copy and images, owner: client, due: 2026-12-04 }\n',
    );
    expect(short.trimEnd().split('\n')).toHaveLength(8);
    expect(engagementOf(loadEngagement(text, 'e.yml'))).toEqual(engagementOf(loadEngagement(short, 'e.yml')));
  });
});

describe('holiday regions', () => {
  const withHolidays = (region: string): string =>
    TEN_LINES.replace(
      '  time_zone: Europe/Berlin\n',
      `  time_zone: Europe/Berlin\ncalendar:\n  holidays: ${region}\n`,
    ) + '    due: 2026-12-04\n';

  it('accepts a subdivision the calendar knows (DE-BY, as docs/deadlines.md documents)', () => {
    expect(errorsOf(withHolidays('DE-BY'))).toEqual([]);
    expect(errorsOf(withHolidays('VN'))).toEqual([]);
  });

  it('refuses a subdivision the calendar does not know, at its line', () => {
    const errors = errorsOf(withHolidays('DE-ZZ'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('calendar.holidays');
    expect(errors[0]).toContain('`DE-ZZ` is not a country the holiday data knows');
  });
});

describe('dates', () => {
  const withDue = (due: string) => `${TEN_LINES}    due: ${due}\n`;
  const dueOf = (due: string) => engagementOf(loadEngagement(withDue(due), 'e.yml')).milestones[0]!.due;

  it('loads an unquoted date and a quoted one the same', () => {
    expect(dueOf('2026-12-04')).toBe('2026-12-04');
    expect(dueOf("'2026-12-04'")).toBe('2026-12-04');
    expect(dueOf('"2026-12-04"')).toBe('2026-12-04');
  });

  it('keeps a date-time without a zone as the wall time written, for the engagement time zone', () => {
    expect(dueOf('2026-12-04T15:00')).toBe('2026-12-04T15:00');
    expect(dueOf("'2026-12-04 15:00'")).toBe('2026-12-04 15:00');
  });

  it('takes a Date from a YAML 1.1 parser back to the text that was written, without a zone shift', () => {
    const yaml11 = parse('a: 2026-12-04\nb: 2026-12-04T15:00:00\n', { version: '1.1' }) as {
      a: unknown;
      b: unknown;
    };
    expect(yaml11.a).toBeInstanceOf(Date);
    expect(dateSchema.parse(yaml11.a)).toBe('2026-12-04');
    expect(dueSchema.parse(yaml11.a)).toBe('2026-12-04');
    expect(dueSchema.parse(yaml11.b)).toBe('2026-12-04T15:00');
  });

  it('refuses dates that are not on the calendar', () => {
    expect(errorsOf(withDue('2028-02-29'))).toEqual([]);
    expect(errorsOf(withDue('2026-04-31'))).toEqual([
      'e.yml:11:10  milestones[0].due  `2026-04-31` is not on the calendar: April 2026 has 30 days',
    ]);
    expect(errorsOf(withDue('2026-12-04T12:60'))[0]).toContain('there is no such minute');
  });
});

describe('errors', () => {
  it('are all reported at once, sorted by position, with their ranges', () => {
    const result = loadEngagement(
      `engagement:\n  name: ''\n  time_zone: Mars/Olympus\ncontacts:\n  client: { primary: '@a' }\n  vendor: { primary: 7 }\n`,
      'e.yml',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.line, error.column, error.path])).toEqual([
      [2, 9, 'engagement.name'],
      [6, 22, 'contacts.vendor.primary'],
    ]);
    expect(result.errors[0]).toMatchObject({
      endLine: 2,
      endColumn: 11,
      message: 'must not be empty: name the engagement',
    });
  });

  it('are formatted as file:line:column  path  message (hint)', () => {
    expect(
      formatEngagementError({
        file: 'f.yml',
        line: 3,
        column: 5,
        path: 'a.b',
        message: 'is wrong',
        hint: 'do this',
      }),
    ).toBe('f.yml:3:5  a.b  is wrong (do this)');
    expect(
      formatEngagementError({ file: 'f.yml', line: 1, column: 1, path: '(file)', message: 'is empty' }),
    ).toBe('f.yml:1:1  (file)  is empty');
  });

  it('refuse anchors and aliases where they are written, before anything is expanded', () => {
    const text = `${TEN_LINES}    due: &day 2026-02-30\n  - { id: more, title: More, owner: client, due: *day }\n`;
    expect(errorsOf(text)).toEqual([
      'e.yml:11:10  milestones[0].due  YAML anchors are not supported: `&day` names a value for reuse (remove the anchor and write each value out in full; if `&` starts plain text, put the text in quotes)',
      'e.yml:12:50  milestones[1].due  YAML aliases are not supported: `*day` refers to another part of the file (write the value out in full; if `*` starts plain text, put the text in quotes)',
    ]);
  });

  it('run the cross-field checks of every section that passes the schema, beside the schema errors', () => {
    // The milestones section is broken (an unknown owner), so its checks wait; the time zone is checked.
    const text =
      TEN_LINES.replace('Europe/Berlin', 'Europe/Berln') +
      '    due: 2026-12-04\n    depends_on: [copy]\n  - { id: x, title: X, owner: nobody, due: 2026-12-05 }\n';
    expect(errorsOf(text)).toEqual([
      'e.yml:3:14  engagement.time_zone  `Europe/Berln` is not an IANA time zone (did you mean `Europe/Berlin`?)',
      'e.yml:13:31  milestones[1].owner  must be `client` or `vendor`: the side that hands this over',
    ]);
  });
});

describe('message overrides', () => {
  it('report an unknown key in `messages:` at its line and column, with the nearest known key', () => {
    const text =
      TEN_LINES +
      '    due: 2026-12-04\n' +
      'messages:\n' +
      '  vi:\n' +
      '    reminder.before: "Chào {recipient}"\n' +
      '    reminder.befor: "Chào {recipient}"\n' +
      '  en:\n' +
      '    feedback.ack.thanks.postive: Thanks!\n' +
      '    weekly.health.ontrack: Fine\n' +
      '    nothing.like.any.key.at.all: x\n';
    expect(errorsOf(text)).toEqual([
      'e.yml:15:5  messages.vi.reminder.befor  is not a known message key (did you mean `reminder.before`?)',
      'e.yml:17:5  messages.en.feedback.ack.thanks.postive  is not a known message key (did you mean `feedback.ack.thanks.positive`?)',
      'e.yml:18:5  messages.en.weekly.health.ontrack  is not a known message key (did you mean `weekly.health.on_track`?)',
      'e.yml:19:5  messages.en.nothing.like.any.key.at.all  is not a known message key (every key is listed, with its placeholders, in docs/messages.md)',
    ]);
  });

  it('accept every key of the catalogue, in either locale', () => {
    const text =
      TEN_LINES +
      '    due: 2026-12-04\n' +
      'messages:\n' +
      '  vi:\n' +
      '    weekly.status.overdue: Trễ\n' +
      '  en:\n' +
      '    feedback.ack.thanks.positive: Thanks!\n' +
      '    early_warning: Hello\n';
    expect(errorsOf(text)).toEqual([]);
  });
});

describe('warnings', () => {
  it('flag the same person as primary contact on both sides, and the file still loads', () => {
    const text = TEN_LINES.replace("'@studio-sam'", "'@Acme-Jane'") + '    due: 2026-12-04\n';
    const result = loadEngagement(text, 'e.yml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatEngagementError)).toEqual([
      'e.yml:6:22  contacts.vendor.primary  `@Acme-Jane` is the primary contact of both the client and the vendor ' +
        '(reminders and escalations go to each side separately: give each side its own primary contact)',
    ]);
  });
});

describe('text typed in decomposed Unicode (NFD)', () => {
  it('is read as the same text in composed form, so a word of address is still recognised', () => {
    const nfd = TEN_LINES.replace(
      "client: { primary: '@acme-jane' }",
      `client: { primary: { handle: '@acme-jane', name: '${'Chị Lan'.normalize('NFD')}' } }`,
    );
    const result = loadEngagement(nfd + '    due: 2026-12-04\n', 'e.yml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const name = result.engagement.contacts.client.primary.name!;
    expect(name).toBe('Chị Lan'.normalize('NFC'));
    // In English the Vietnamese word of address is left out: it has to be recognised first.
    expect(nameWithoutPing(result.engagement, 'acme-jane', 'en')).toBe('Lan (@\u200dacme-jane)');
  });
});

describe('milestones due before the adoption', () => {
  const adopted = TEN_LINES.replace(
    '  time_zone: Europe/Berlin\n',
    '  time_zone: Europe/Berlin\n  adopted_on: 2026-11-25\n',
  );

  it('warn when the file does not say they were handed over, and say how to record it', () => {
    const result = loadEngagement(adopted + '    due: 2026-03-10\n', 'e.yml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatEngagementError)).toEqual([
      'e.yml:12:10  milestones[0].due  `2026-03-10` is before `engagement.adopted_on` (`2026-11-25`) and the file ' +
        'does not say `copy` was handed over: the action will treat it as late, remind the client side about it and ' +
        'shift any milestone that depends on it (if it was handed over, add `handed_over_on: YYYY-MM-DD` to this ' +
        'milestone with the day it was; if it is still outstanding, leave it: the reminders start from a friendly one, and once it is handed over, `handed_over_on` quiets this warning)',
    ]);
  });

  it('say nothing once the handover is recorded, or for a milestone due on the adoption day or later', () => {
    for (const tail of [
      '    due: 2026-03-10\n    handed_over_on: 2026-03-12\n',
      '    due: 2026-11-25\n',
      '    due: 2026-11-25T09:00\n',
    ]) {
      const result = loadEngagement(adopted + tail, 'e.yml');
      expect(result.ok && result.warnings, tail).toEqual([]);
    }
  });

  it('refuse a handover date that is not one, at its line', () => {
    expect(errorsOf(adopted + '    due: 2026-03-10\n    handed_over_on: last spring\n')).toEqual([
      'e.yml:13:21  milestones[0].handed_over_on  is not a handover date: write `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (in the engagement time zone)',
    ]);
  });
});

describe('retired message keys', () => {
  it('warn, name the entry to delete, and the file still loads', () => {
    const text =
      TEN_LINES +
      '    due: 2026-12-04\n' +
      'messages:\n' +
      '  vi:\n' +
      '    feedback.question.topic: "Góp ý này thuộc phần nào?"\n' +
      '    reminder.before: "Chào {recipient}"\n';
    const result = loadEngagement(text, 'e.yml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatEngagementError)).toEqual([
      'e.yml:14:5  messages.vi.feedback.question.topic  is no longer used (the client is no longer asked ' +
        'which topic their feedback concerns: the triage role is told instead), so this wording is never shown (delete this entry)',
    ]);
  });
});

describe('SLA comparison', () => {
  const withSla = (first: string, resolution: string, extra = '') =>
    `${TEN_LINES}    due: 2026-12-04\n${extra}feedback:\n  sla:\n    urgent: { first_response: ${first}, resolution: ${resolution} }\n`;

  it.each([
    ['24h', '3 business days', true],
    ['48h', '5 business days', true],
    ['48h', '1 business day', false],
    ['24h', '1 business day', true],
    ['4 business hours', '2 business days', true],
    ['9 business hours', '1 business day', true],
    ['10 business hours', '1 business day', false],
    ['16 business hours', '24h', false],
    ['8 business hours', '24h', true],
    ['90 minutes', '1h', false],
  ])('first response %s, resolution %s → valid: %s', (first, resolution, valid) => {
    expect(errorsOf(withSla(first, resolution)).length === 0).toBe(valid);
  });

  it('counts a business day as the configured working hours', () => {
    const shortDays = 'calendar:\n  work_hours: { start: "09:00", end: "13:00" }\n';
    expect(errorsOf(withSla('5 business hours', '1 business day', shortDays))).toHaveLength(1);
    expect(errorsOf(withSla('4 business hours', '1 business day', shortDays))).toEqual([]);
  });
});

describe('dependencyCycles', () => {
  const milestone = (id: string, depends_on: string[]): Milestone => ({
    id,
    title: id,
    owner: 'client',
    due: '2026-12-04',
    deliverables: [],
    ask_rating: true,
    depends_on,
  });

  it('names each cycle once, from the milestone written first', () => {
    expect(
      dependencyCycles([
        milestone('a', ['b']),
        milestone('b', ['c']),
        milestone('c', ['a']),
        milestone('d', ['d']),
        milestone('e', ['a']),
      ]).map((cycle) => cycle.join(' → ')),
    ).toEqual(['a → b → c', 'd']);
  });

  it('finds none in a chain', () => {
    expect(dependencyCycles([milestone('a', []), milestone('b', ['a']), milestone('c', ['a', 'b'])])).toEqual(
      [],
    );
  });
});
