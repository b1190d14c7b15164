// Values a file can hold that look like data but cannot be planned with: numbers YAML reads as
// infinity, tags that turn text into bytes, handles that name no one, bytes that are not UTF-8, due
// times the clocks skip, and due dates on days the calendar closes. Found by a hostile reviewer
// (nineteenth session); each is refused (or, for a closed day, warned about) at its line and column.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readEngagementText } from '../../src/action/config-file';
import { runCli } from '../../src/cli/run';
import type { GitHubClient } from '../../src/github/client';
import { formatEngagementError, loadEngagement } from '../../src/engagement/load';

const BASE = `engagement:
  name: Acme landing page
  time_zone: Europe/Berlin
contacts:
  client: { primary: '@acme-jane' }
  vendor: { primary: '@studio-sam' }
`;

function errorsOf(text: string): string[] {
  const result = loadEngagement(text, 'e.yml');
  return result.ok ? [] : result.errors.map(formatEngagementError);
}

function warningsOf(text: string): string[] {
  const result = loadEngagement(text, 'e.yml');
  if (!result.ok) throw new Error(result.errors.map(formatEngagementError).join('\n'));
  return result.warnings.map(formatEngagementError);
}

const NUMBER_HINT =
  "(write the number in full, within the field's bounds (docs/engagement-file.md, Bounds); if it is text, put it in quotes)";

describe('numbers that cannot be counted with', () => {
  it('refuses one YAML reads as infinity, where it is written', () => {
    expect(errorsOf(`${BASE}contract:\n  late_fee: { amount: 1e400, currency: VND }\n`)).toEqual([
      `e.yml:8:23  contract.late_fee.amount  \`1e400\` is too large to be a number: YAML reads it as infinity ${NUMBER_HINT}`,
    ]);
  });

  it('refuses .inf, -.inf and .nan in any field', () => {
    const text =
      `${BASE}reminders:\n  before: [.inf, 3]\n` +
      `  early_warning: { missing_ratio: .nan }\nfeedback:\n  warn_at: -.inf\n`;
    expect(errorsOf(text)).toEqual([
      `e.yml:8:12  reminders.before[0]  \`.inf\` is too large to be a number: YAML reads it as infinity ${NUMBER_HINT}`,
      `e.yml:9:35  reminders.early_warning.missing_ratio  \`.nan\` is not a number: YAML reads it as "not a number" ${NUMBER_HINT}`,
      `e.yml:11:12  feedback.warn_at  \`-.inf\` is too large to be a number: YAML reads it as minus infinity ${NUMBER_HINT}`,
    ]);
  });

  it('leaves a large finite number to the bound of its field, which names the bound', () => {
    expect(
      errorsOf(`${BASE}contract:\n  late_fee: { amount: 99999999999999999999999, currency: VND }\n`),
    ).toEqual([
      'e.yml:8:23  contract.late_fee.amount  must be at most 1,000,000,000,000: larger sums lose precision',
    ]);
    expect(errorsOf(`${BASE}reminders:\n  before: [99999999999999999999999]\n`)).toEqual([
      'e.yml:8:12  reminders.before[0]  must be at most 260 business days (about a working year)',
    ]);
  });

  it('still reads ordinary numbers', () => {
    expect(errorsOf(`${BASE}contract:\n  late_fee: { amount: 5e5, currency: VND, cap: 1000000 }\n`)).toEqual(
      [],
    );
  });
});

describe('YAML tags', () => {
  it('refuses !!binary at the tag, instead of calling the bytes a mapping', () => {
    expect(
      errorsOf(
        `${BASE}milestones:\n  - { id: a, title: !!binary aGVsbG8=, owner: client, due: 2026-11-27 }\n`,
      ),
    ).toEqual([
      'e.yml:8:21  milestones[0].title  YAML tags are not supported: `!!binary` asks for a kind of value the file has no use for (remove `!!binary` and write the text itself, not encoded)',
    ]);
  });

  it('refuses custom, unknown and non-core tags, each where it is written', () => {
    const text =
      `${BASE}milestones:\n  - id: a\n    title: !secret Launch\n    owner: client\n    due: !!timestamp 2026-11-27\n` +
      `    deliverables: !!set { Copy }\n`;
    expect(errorsOf(text)).toEqual([
      'e.yml:9:12  milestones[0].title  YAML tags are not supported: `!secret` asks for a kind of value the file has no use for (remove `!secret` and write the value itself; if `!` starts plain text, put the text in quotes)',
      'e.yml:11:10  milestones[0].due  YAML tags are not supported: `!!timestamp` asks for a kind of value the file has no use for (remove `!!timestamp` and write the value itself; if `!` starts plain text, put the text in quotes)',
      'e.yml:12:19  milestones[0].deliverables  YAML tags are not supported: `!!set` asks for a kind of value the file has no use for (remove `!!set` and write the value itself; if `!` starts plain text, put the text in quotes)',
    ]);
  });

  it('accepts the core tags, which only say what the value already is', () => {
    const text = `${BASE}milestones:\n  - { id: a, title: !!str 2026, owner: client, due: 2026-11-27, deliverables: !!seq [Copy] }\n`;
    const result = loadEngagement(text, 'e.yml');
    expect(result.ok && result.engagement.milestones[0]!.title).toBe('2026');
  });
});

describe('handles that name no one', () => {
  it.each([
    ["''", 'e.yml:5:22  contacts.client.primary  names no one: the GitHub handle is empty'],
    ["'@'", 'e.yml:5:22  contacts.client.primary  `@` names no one: a GitHub handle has letters or digits'],
    [
      "'`@`'",
      'e.yml:5:22  contacts.client.primary  ``@`` names no one: a GitHub handle has letters or digits',
    ],
    [
      "'@--'",
      'e.yml:5:22  contacts.client.primary  `@--` names no one: a GitHub handle has letters or digits',
    ],
  ])('refuses %s, and says what to write', (written, expected) => {
    expect(errorsOf(BASE.replace("'@acme-jane'", written))).toEqual([
      `${expected} (write the person's GitHub login after \`@\`, e.g. \`'@lan-bepxanh'\`)`,
    ]);
  });

  it('refuses an empty handle in a contact mapping and in a role list too', () => {
    const text = `${BASE.replace("'@studio-sam'", "{ handle: '@' }")}feedback:\n  roles: { triage: [''] }\n`;
    expect(errorsOf(text).map((line) => line.split(' (')[0]!.split('  ').slice(1).join('  '))).toEqual([
      'contacts.vendor.primary.handle  `@` names no one: a GitHub handle has letters or digits',
      'feedback.roles.triage[0]  names no one: the GitHub handle is empty',
    ]);
  });

  it('keeps the message for a handle with characters a login cannot have', () => {
    expect(errorsOf(BASE.replace("'@acme-jane'", "'@acme_jane!'"))).toEqual([
      'e.yml:5:22  contacts.client.primary  `@acme_jane!` is not a GitHub handle (write `@login`: letters, digits and single hyphens, at most 39 characters)',
    ]);
  });
});

describe('bytes that are not UTF-8', () => {
  const [head, tail] = BASE.split('anding page');
  const bytes = Buffer.concat([
    Buffer.from(head!),
    Buffer.from([0xff, 0xfe]),
    Buffer.from(`nding page${tail}`),
  ]);
  // Line 2 is `  name: Acme l` + the two bad bytes: the first is at column 15.
  const expected = (file: string) =>
    `${file}:2:15  engagement.name  holds \`\uFFFD\` (U+FFFD), the mark left where bytes of the file are not valid UTF-8: a character written here is lost (save the file as UTF-8 (in most editors: Save with Encoding → UTF-8) and retype the text here)`;
  let dir: string;
  let out: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ek-utf8-'));
    out = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('are refused at the line and column of the first bad byte, not read as other text', () => {
    expect(errorsOf(bytes.toString('utf8'))).toEqual([expected('e.yml')]);
  });

  it('are refused by `validate`, which reads the file from disk', async () => {
    const file = join(dir, 'engagement.yml');
    writeFileSync(file, bytes);
    expect(await runCli(['validate', file])).toBe(1);
    expect(out[0]).toBe(expected(file));
  });

  it('are refused by the action, which reads the file from the workspace', async () => {
    writeFileSync(join(dir, 'engagement.yml'), bytes);
    const read = await readEngagementText(
      {} as GitHubClient,
      { owner: 'o', name: 'r' },
      dir,
      'engagement.yml',
    );
    const result = loadEngagement(read!.text, read!.source);
    expect(result.ok ? [] : result.errors.map(formatEngagementError)).toEqual([expected('engagement.yml')]);
  });
});

describe('a due time the clocks skip', () => {
  const newYork = (due: string, extra = '') =>
    `${BASE.replace('Europe/Berlin', 'America/New_York')}milestones:\n  - { id: a, title: A, owner: client, due: '${due}'${extra} }\n`;

  it('is refused with the jump of the clocks and a time that exists', () => {
    expect(errorsOf(newYork('2026-03-08T02:30'))).toEqual([
      'e.yml:8:44  milestones[0].due  `2026-03-08T02:30` is a time the clocks skip in America/New_York: on 2026-03-08 they go forward from 02:00 to 03:00 (write a time before 02:00 or from 03:00 on, e.g. `2026-03-08T03:00`)',
    ]);
  });

  it('is refused in a handover time too, and in Berlin', () => {
    expect(errorsOf(newYork('2026-03-06', ", handed_over_on: '2026-03-08 02:00'"))).toEqual([
      'e.yml:8:74  milestones[0].handed_over_on  `2026-03-08 02:00` is a time the clocks skip in America/New_York: on 2026-03-08 they go forward from 02:00 to 03:00 (write a time before 02:00 or from 03:00 on, e.g. `2026-03-08T03:00`)',
    ]);
    expect(
      errorsOf(`${BASE}milestones:\n  - { id: a, title: A, owner: client, due: '2026-03-29T02:59' }\n`),
    ).toHaveLength(1);
  });

  it('leaves the times around the gap, and the hour shown twice in autumn, alone', () => {
    for (const due of ['2026-03-08T01:59', '2026-03-08T03:00', '2026-11-01T01:30', '2026-03-09T02:30'])
      expect(errorsOf(newYork(due)), due).toEqual([]);
  });
});

describe('a due date on a day the calendar closes', () => {
  const VN = `${BASE.replace('Europe/Berlin', 'Asia/Ho_Chi_Minh')}calendar:
  holidays: VN
  closed_days: [{ date: 2027-02-08, name: Tết mùng 2 }]
milestones:
`;
  const ACTION =
    'the action keeps the date as written, counts the reminders in business days before it (the last on the working day before) and treats the handoff as late only once the next working day has begun';

  it('is warned about, with the reason, what the action does and the working days on either side', () => {
    const text =
      VN +
      '  - { id: tet, title: Menu, owner: client, due: 2027-02-08 }\n' +
      '  - { id: sat, title: Photos, owner: client, due: 2027-01-16T10:00 }\n' +
      '  - { id: national, title: Copy, owner: client, due: 2026-09-02 }\n' +
      '  - { id: fine, title: Plan, owner: client, due: 2027-01-15 }\n';
    expect(warningsOf(text)).toEqual([
      `e.yml:11:49  milestones[0].due  \`2027-02-08\` is not a working day (Tết mùng 2, a day \`calendar.closed_days\` closes): ${ACTION} (if the handoff is meant for a working day, move it to \`2027-02-04\` (the working day before) or \`2027-02-12\` (the working day after); if this date is agreed, leave it)`,
      `e.yml:12:51  milestones[1].due  \`2027-01-16T10:00\` is on a day that is not a working day (a Saturday, not one of \`calendar.work_days\`): ${ACTION} (if the handoff is meant for a working day, move it to \`2027-01-15\` (the working day before) or \`2027-01-18\` (the working day after); if this date is agreed, leave it)`,
      expect.stringMatching(
        /^e\.yml:13:54 {2}milestones\[2\]\.due {2}`2026-09-02` is not a working day \(.+, a public holiday of `calendar\.holidays`\): /u,
      ),
    ]);
  });

  it('says nothing for a milestone the file records as handed over', () => {
    expect(
      warningsOf(
        `${VN}  - { id: tet, title: Menu, owner: client, due: 2027-02-08, handed_over_on: 2027-02-04 }\n`,
      ),
    ).toEqual([]);
  });
});
