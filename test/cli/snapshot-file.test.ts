// `plan --snapshot`: the snapshot file is checked before the planner sees it. A valid one passes as it
// is; malformed JSON, wrong types, missing fields, repeated issue numbers and times that are not times
// are reported at file:line:column with the field and what to do, and the command exits 1 without a
// stack trace. A body far over GitHub's limit plans without overflowing the stack.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../src/cli/json-scan';
import { formatSnapshotErrors, loadSnapshot } from '../../src/cli/snapshot-file';
import type { LocatedError } from '../../src/engagement/load-yaml';
import { run } from './console';

const DEMO = readFileSync('demo/snapshot.json', 'utf8');
const FILE = 'snap.json';
const ENGAGEMENT = 'examples/engagement.yml';

type Json = Record<string, unknown> & { issues: Array<Record<string, unknown>> };

function demo(): Json {
  return JSON.parse(DEMO) as Json;
}

function text(snapshot: unknown): string {
  return JSON.stringify(snapshot, null, 2);
}

/** Line and column (both from 1) of an offset in a text. */
function place(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Where a text is written in a source, which must hold it once. */
function placeOf(source: string, written: string): { line: number; column: number } {
  const offset = source.indexOf(written);
  expect(offset, `${written} is in the text`).toBeGreaterThanOrEqual(0);
  expect(source.indexOf(written, offset + 1), `${written} is in the text once`).toBe(-1);
  return place(source, offset);
}

function errorsOf(source: string): LocatedError[] {
  const loaded = loadSnapshot(source, FILE);
  if (loaded.ok) throw new Error('the snapshot was expected to have problems');
  return loaded.errors;
}

function onlyError(source: string): LocatedError {
  const errors = errorsOf(source);
  expect(errors.map((error) => error.path)).toHaveLength(1);
  return errors[0]!;
}

function withBody(size: number): Json {
  const snapshot = demo();
  // Short words, no punctuation: one clause of 200,000 words at 400 KB, more than a call takes as arguments.
  const unit = 'no ';
  const feedback = snapshot.issues.find((issue) => issue.number === 16)!;
  feedback.body = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return snapshot;
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ek-snapshot-file-'));

describe('a valid snapshot', () => {
  it('passes unchanged (demo/snapshot.json)', () => {
    const loaded = loadSnapshot(DEMO, 'demo/snapshot.json');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.snapshot).toEqual(JSON.parse(DEMO));
  });

  it('keeps keys a newer version may write, and takes a byte order mark', () => {
    const snapshot = { ...demo(), recordedBy: { version: '9.0.0', extras: [1, 2] } };
    snapshot.issues[0]!.futureField = { anything: true };
    const loaded = loadSnapshot(`\uFEFF${text(snapshot)}`, FILE);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.snapshot).toEqual(snapshot);
  });
});

describe('malformed JSON', () => {
  it('points at the line and column where a missing comma belongs', () => {
    const lines = DEMO.split('\n');
    const at = lines.findIndex((line) => line.includes('"botLogin"'));
    expect(lines[at]!.endsWith(',')).toBe(true);
    lines[at] = lines[at]!.slice(0, -1);
    const error = onlyError(lines.join('\n'));
    expect(error).toMatchObject({ line: at + 1, column: lines[at]!.length + 1, path: 'botLogin' });
    expect(error.message).toBe('JSON: a `,` is missing after this value');
    expect(error.hint).toMatch(/add `,` here/u);
  });

  it.each([
    ['{"a": 1,}', 1, 8, /a `,` after the last member/u],
    ['{\n  "issues": [1, 2,]\n}', 2, 18, /a `,` after the last item of a list/u],
    ['{\n  "a": \'x\'\n}', 2, 8, /double quotes, not single quotes/u],
    ['{ readAt: "x" }', 1, 3, /the key `readAt` is not in double quotes/u],
    ['{"a": "b" "c": 1}', 1, 10, /a `,` is missing/u],
    ['{"a" 1}', 1, 5, /a `:` is missing after the key `a`/u],
    ['{"a": [1, 2}', 1, 12, /`\}` closes the list opened with `\[`/u],
    ['{"a": [1, 2', 1, 7, /this `\[` is never closed: the file ends first/u],
    ['{"a": "open', 1, 7, /this string is never closed/u],
    ['{"a": "tab\there"}', 1, 11, /control character \(U\+0009\)/u],
    ['{"a": "\\x"}', 1, 8, /`\\x` is not an escape JSON knows/u],
    ['{"a": 01}', 1, 7, /`01` is not a JSON number/u],
    ['{"a": NaN}', 1, 7, /`NaN` is not a JSON value/u],
    ['{"a": 1, "a": 2}', 1, 10, /the key `a` is written twice/u],
    ['// recorded\n{}', 1, 1, /comments are not allowed/u],
    ['{}\n{}', 2, 1, /more text follows the end/u],
    ['', 1, 1, /is empty/u],
  ])('%j: line %i, column %i', (source, line, column, message) => {
    const error = onlyError(source);
    expect(error).toMatchObject({ file: FILE, line, column });
    expect(error.message).toMatch(message);
    expect(error.hint).toBeTruthy();
  });

  it('refuses nesting deeper than a snapshot has, before anything recurses', () => {
    const deep = `{"extra": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const error = onlyError(deep);
    expect(error.message).toBe(`JSON: nests objects and lists more than ${MAX_NESTING} levels deep`);
    expect(error).toMatchObject({ line: 1, column: 10 + MAX_NESTING });
  });
});

describe('values the planner cannot use', () => {
  it('gives the path, line and column of wrong types at three depths', () => {
    const snapshot = demo();
    snapshot.botLogin = 424242;
    snapshot.issues[2]!.state = 434343;
    const comments = snapshot.issues[0]!.comments as Array<{ author: { login: unknown } }>;
    comments[1]!.author.login = 454545;
    const source = text(snapshot);
    const errors = errorsOf(source);
    expect(errors).toEqual([
      {
        file: FILE,
        ...placeOf(source, '424242'),
        endLine: expect.any(Number),
        endColumn: expect.any(Number),
        path: 'botLogin',
        message: 'must be text in double quotes, not the number 424242',
        hint: 'put it in double quotes: "424242"',
      },
      expect.objectContaining({
        ...placeOf(source, '454545'),
        path: 'issues[0].comments[1].author.login',
        message: 'must be text in double quotes, not the number 454545',
      }),
      expect.objectContaining({
        ...placeOf(source, '434343'),
        path: 'issues[2].state',
        message: 'must be "open" or "closed", not the number 434343',
      }),
    ]);
  });

  it('says where a required field is missing and what to add', () => {
    const snapshot = demo();
    delete snapshot.issues[4]!.title;
    const source = text(snapshot);
    const opening = source.lastIndexOf(
      '{',
      source.indexOf(`"number": ${String(snapshot.issues[4]!.number)},`),
    );
    const error = onlyError(source);
    expect(error).toMatchObject({ ...place(source, opening), path: 'issues[4].title' });
    expect(formatSnapshotErrors([error])).toEqual([
      `${FILE}:${error.line}:${error.column}  issues[4].title  is required but missing (add "title": "Checkout fails on Safari" to issues[4])`,
    ]);
  });

  it('refuses an issue number written twice, at the second one', () => {
    const snapshot = demo();
    snapshot.issues[3]!.number = 2;
    const source = text(snapshot);
    const first = source.indexOf('"number": 2,');
    const second = source.indexOf('"number": 2,', first + 1);
    const error = onlyError(source);
    expect(error).toMatchObject({ ...place(source, second + '"number": '.length), path: 'issues[3].number' });
    expect(error.message).toBe('is 2 again: issues[1] has the same number');
    expect(error.hint).toMatch(/^each issue is in a snapshot once: remove one of them/u);
  });

  it.each([
    [
      '30/11/2026 09:00',
      /^`30\/11\/2026 09:00` is not a time$/u,
      /^write an ISO 8601 time such as 2026-11-30T09:00:00Z$/u,
    ],
    ['2026-02-30T09:00:00Z', /is not on the calendar/u, /ISO 8601/u],
    ['2026-11-30T09:00:00', /has no time zone/u, /end it with Z/u],
    ['0001-01-01T00:00:00Z', /outside the years a snapshot holds \(2000 to 2199\)/u, /2008/u],
  ])('refuses the time %j in a comment', (written, message, hint) => {
    const snapshot = demo();
    const comments = snapshot.issues[0]!.comments as Array<{ createdAt: string }>;
    comments[0]!.createdAt = written;
    const source = text(snapshot);
    const error = onlyError(source);
    expect(error).toMatchObject({
      ...placeOf(source, `"${written}"`),
      path: 'issues[0].comments[0].createdAt',
    });
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(hint);
  });

  it('formats a time error the way the engagement file does', () => {
    const snapshot = demo();
    snapshot.readAt = 'yesterday';
    const source = text(snapshot);
    const { line, column } = placeOf(source, '"yesterday"');
    expect(formatSnapshotErrors(errorsOf(source))).toEqual([
      `${FILE}:${line}:${column}  readAt  \`yesterday\` is not a time (write an ISO 8601 time such as 2026-11-30T09:00:00Z)`,
    ]);
  });

  it.each([
    ['null', '`null`'],
    ['[]', 'a list'],
    ['"text"', 'the text `text`'],
  ])('refuses %s as the whole file', (source, what) => {
    const error = onlyError(source);
    expect(error).toMatchObject({ line: 1, column: 1, path: '(file)' });
    expect(error.message).toBe(`the file must be a JSON object, not ${what}`);
    expect(error.hint).toMatch(/engagement-keeper snapshot/u);
  });

  it('reports every problem, lists 20 and counts the rest', () => {
    const snapshot = demo();
    for (const issue of snapshot.issues) issue.updatedAt = 'soon';
    for (const issue of snapshot.issues) issue.state = 'opened';
    const errors = errorsOf(text(snapshot));
    expect(errors).toHaveLength(snapshot.issues.length * 2);
    const lines = formatSnapshotErrors(errors);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe(`…and ${errors.length - 20} more`);
    expect(lines[0]).toMatch(
      /issues\[0\]\.state {2}must be "open" or "closed", not the text `opened` \(did you mean `open`\?\)$/u,
    );
  });

  it('locates the same way in a file too large for the YAML document', () => {
    const snapshot = demo();
    snapshot.scope = { kind: 'issues' };
    delete snapshot.issues[7]!.url;
    snapshot.issues[9]!.milestone = { title: 'M', dueOn: 'soon' };
    snapshot.labels = [...(snapshot.labels as unknown[]), 'bug'];
    const source = text(snapshot);
    const byYaml = loadSnapshot(source, FILE);
    expect(byYaml.ok).toBe(false);
    expect(loadSnapshot(source, FILE, 0)).toEqual(byYaml);
  });
});

describe('a body far over GitHub’s limit', () => {
  it.each([400_000, 2_000_000])(
    'plans a snapshot with a %i-character body without throwing',
    async (size) => {
      const file = path.join(tmp(), 'big.json');
      writeFileSync(file, JSON.stringify(withBody(size)));
      const result = await run(
        'plan',
        '--snapshot',
        file,
        '--config',
        ENGAGEMENT,
        '--now',
        '2026-12-02T02:00:00Z',
      );
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/\d+ writes planned; nothing was written\./u);
    },
  );
});

describe('engagement-keeper plan', () => {
  it('exits 1 with the problems at their places and no stack trace, for any of these files', async () => {
    const dir = tmp();
    const broken = demo();
    broken.readAt = '2026-13-01T00:00:00Z';
    const cases: Array<[string, string, RegExp]> = [
      [
        'wrong.json',
        text(broken),
        /wrong\.json:\d+:\d+ {2}readAt {2}`2026-13-01T00:00:00Z` is not on the calendar/u,
      ],
      [
        'cut.json',
        DEMO.split('\n').slice(0, 40).join('\n'),
        /cut\.json:\d+:\d+ {2}\S+ {2}JSON: this `[{[]` is never closed: the file ends first/u,
      ],
      ['null.json', 'null', /null\.json:1:1 {2}\(file\) {2}the file must be a JSON object, not `null`/u],
      ['list.json', '[]', /list\.json:1:1 {2}\(file\) {2}the file must be a JSON object, not a list/u],
      ['text.json', '"text"', /text\.json:1:1/u],
      ['deep.json', '['.repeat(1_000_000), /deep\.json:1:65 {2}\[0\]/u],
      [
        'binary.json',
        '\u0000\u0001\u0002',
        /binary\.json:1:1 {2}\(file\) {2}JSON: U\+0000 cannot start a value/u,
      ],
    ];
    for (const [name, source, expected] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, source);
      const result = await run('plan', '--snapshot', file, '--config', ENGAGEMENT);
      expect(result.code, name).toBe(1);
      expect(result.out, name).toBe('');
      expect(result.err, name).toMatch(expected);
      expect(result.err, name).toMatch(/The snapshot has \d+ problems?; nothing was planned\./u);
      expect(`${result.out}\n${result.err}`, name).not.toMatch(/^\s+at /mu);
    }
  });

  it('exits 1 when the snapshot cannot be read, and says how to record one', async () => {
    const file = path.join(tmp(), 'missing.json');
    const result = await run('plan', '--snapshot', file, '--config', ENGAGEMENT);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `Cannot read the snapshot ${file}: there is no such file (record one with \`engagement-keeper snapshot --repo owner/name --out ${file}\`).`,
    );
  });

  /** `plan` on the demo snapshot and the example engagement, at `now`. */
  const planDemo = (now: string, ...more: string[]) =>
    run('plan', '--snapshot', 'demo/snapshot.json', '--config', ENGAGEMENT, '--now', now, ...more);

  it('refuses a --now the planner would spend hours on', async () => {
    const result = await planDemo('0001-01-01T00:00:00Z');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^--now must be a time between 2000 and 2199/u);
  });

  it('refuses a --summary-week that has not begun or is before 2000, and takes this week and earlier ones', async () => {
    const plan = (week: string) => planDemo('2026-12-02T02:00:00Z', '--summary-week', week);
    const future = await plan('2062-W49');
    expect(future.code).toBe(2);
    expect(future.out).toBe('');
    expect(future.err).toBe(
      "--summary-week 2062-W49 has not begun: this week is 2026-W49 in Asia/Ho_Chi_Minh, and a summary reports a week that has begun. Leave it empty for this week's summary.",
    );
    const ancient = await plan('0001-W01');
    expect(ancient.code).toBe(2);
    expect(ancient.err).toBe('--summary-week must be a week from 2000 on, not 0001-W01.');
    expect((await plan('2026-W49')).code).toBe(0);
    expect((await plan('2026-W40')).code).toBe(0);
  });
});
