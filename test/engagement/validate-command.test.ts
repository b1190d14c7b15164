// The `validate` command, run in-process through runCli with the console captured.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run';
import { renderDeadlineForm } from '../../src/deadlines/issue-form-render';
import { engagementFileSchema } from '../../src/engagement/schema';
import { renderFeedbackForm } from '../../src/feedback/form';

const ROOT = join(import.meta.dirname, '../..');
const BROKEN = join(ROOT, 'test/fixtures/engagement/broken');
let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

describe('engagement-keeper validate', () => {
  it('exits 0 with a one-line summary for a valid file', async () => {
    expect(await runCli(['validate', join(ROOT, 'examples/engagement.yml')])).toBe(0);
    expect(out).toEqual([
      `✓ ${join(ROOT, 'examples/engagement.yml')}: "Bếp Xanh website rebuild" is valid — 6 milestones, 6 contacts, time zone Asia/Ho_Chi_Minh`,
    ]);
  });

  it('exits 1 and lists every located error of a broken file', async () => {
    const file = join(BROKEN, '56-several-errors-at-once.yml');
    expect(await runCli(['validate', file])).toBe(1);
    expect(out).toHaveLength(6);
    expect(out[0]).toBe(`${file}:4:11  engagement.locale  must be \`en\` (English) or \`vi\` (Vietnamese)`);
    expect(out[1]).toBe(
      `${file}:5:1  contacts.vendor  is required but missing (add \`vendor:\` under \`contacts\`)`,
    );
    expect(out[5]).toBe(`✗ ${file}: 5 errors`);
  });

  it('gives machine-readable errors with --json', async () => {
    const file = join(BROKEN, '47-time-zone-typo.yml');
    expect(await runCli(['validate', '--json', file])).toBe(1);
    expect(JSON.parse(out.join('\n'))).toEqual({
      ok: false,
      file,
      warnings: [],
      errors: [
        {
          file,
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 26,
          path: 'engagement.time_zone',
          message: '`Europe/Berln` is not an IANA time zone',
          hint: 'did you mean `Europe/Berlin`?',
        },
      ],
    });
  });

  it('summarises a valid file as JSON', async () => {
    expect(await runCli(['validate', join(ROOT, 'examples/engagement.minimal.yml'), '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({
      ok: true,
      errors: [],
      summary: { name: 'Acme landing page', milestones: 1, contacts: 2, timeZone: 'Europe/Berlin' },
    });
  });

  it('prints warnings under the summary and still exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ek-validate-'));
    const file = join(dir, 'e.yml');
    writeFileSync(
      file,
      "engagement: { name: Solo, time_zone: UTC }\ncontacts:\n  client: { primary: '@sam' }\n  vendor: { primary: '@sam' }\n",
    );
    expect(await runCli(['validate', file])).toBe(0);
    expect(out[0]).toBe(`✓ ${file}: "Solo" is valid — 0 milestones, 1 contact, time zone UTC`);
    expect(out[1]).toMatch(
      /^warning: .*e\.yml:4:22 {2}contacts\.vendor\.primary {2}`@sam` is the primary contact of both/,
    );
  });

  it('reads .github/engagement.yml by default and explains how to create it when it is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ek-validate-'));
    const before = process.cwd();
    process.chdir(dir);
    try {
      expect(await runCli(['validate'])).toBe(1);
      expect(out[0]).toBe(
        '.github/engagement.yml:1:1  (file)  does not exist (create it with `engagement-keeper init`, ' +
          'which writes a commented engagement file with the workflow and the issue forms. Or give the path of your file)',
      );
      mkdirSync('.github');
      writeFileSync('.github/engagement.yml', 'engagement: { name: X, time_zone: UTC }\n');
      out = [];
      expect(await runCli(['validate'])).toBe(1);
      expect(out[0]).toBe(
        '.github/engagement.yml:1:1  contacts  is required but missing (add `contacts:` at the top of the file)',
      );
    } finally {
      process.chdir(before);
    }
  });

  it('says a directory is not an engagement file', async () => {
    expect(await runCli(['validate', ROOT])).toBe(1);
    expect(out[0]).toContain('(file)  is a directory, not an engagement file');
  });

  it('has --help, and refuses unknown options with exit 2', async () => {
    expect(await runCli(['validate', '--help'])).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: engagement-keeper validate \[path\] \[--json\]/);
    out = [];
    expect(await runCli(['validate', '--strict'])).toBe(2);
    expect(err.join('\n')).toMatch(/^Unknown option --strict\./);
    expect(await runCli(['validate', 'a.yml', 'b.yml'])).toBe(2);
  });

  it('is listed in the command line help', async () => {
    await runCli(['--help']);
    expect(out.join('\n')).toMatch(/validate\s+check an engagement file/);
  });
});

describe('engagement-keeper validate, issue forms beside the engagement file', () => {
  /** A repository's `.github/` with the engagement file and the forms `init` generated for `label`. */
  function repositoryWithForms(engagementYaml: string, formsFor: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'ek-forms-'));
    const github = join(dir, '.github');
    mkdirSync(join(github, 'ISSUE_TEMPLATE'), { recursive: true });
    writeFileSync(join(github, 'engagement.yml'), engagementYaml);
    const generatedFor = engagementFileSchema.parse(parse(formsFor));
    writeFileSync(join(github, 'ISSUE_TEMPLATE', 'feedback.yml'), renderFeedbackForm(generatedFor));
    writeFileSync(join(github, 'ISSUE_TEMPLATE', 'deadline.yml'), renderDeadlineForm(generatedFor));
    // Not one of the action's forms: never judged.
    writeFileSync(
      join(github, 'ISSUE_TEMPLATE', 'bug.yml'),
      'name: Bug\ndescription: A bug\nlabels: [bug]\nbody:\n  - type: textarea\n    id: what\n    attributes: { label: What }\n',
    );
    return join(github, 'engagement.yml');
  }
  const base =
    "engagement: { name: Solo, time_zone: UTC }\ncontacts:\n  client: { primary: '@lan' }\n  vendor: { primary: '@quang' }\n";

  it("warns, at the form's labels line, when a form applies a label the engagement file does not watch", async () => {
    // The forms were generated before the team renamed both intake labels in the engagement file.
    const file = repositoryWithForms(
      `${base}feedback: { label: 'client feedback' }\nlabels: { deadline: 'client deadline' }\n`,
      base,
    );
    expect(await runCli(['validate', file])).toBe(0);
    const warnings = out.filter((line) => line.startsWith('warning:'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /deadline\.yml:\d+:1 {2}labels {2}this deadline form applies `deadline`, but the engagement file's `labels\.deadline` is `client deadline`: issues filed with it are never seen by the action \(put `client deadline` in the form's labels, or regenerate the forms with `engagement-keeper form --write --config [^`]+`\)/u,
    );
    expect(warnings[1]).toMatch(
      /feedback\.yml:\d+:1 {2}labels {2}this feedback form applies `feedback`, but the engagement file's `feedback\.label` is `client feedback`/u,
    );
    const formText = readFileSync(join(file, '..', 'ISSUE_TEMPLATE', 'feedback.yml'), 'utf8').split('\n');
    const line = Number(/feedback\.yml:(\d+):/u.exec(warnings[1]!)![1]);
    expect(formText[line - 1]).toMatch(/^labels\s*:/u);
  });

  it('says nothing when the forms apply the labels the engagement file watches (any letter case)', async () => {
    const file = repositoryWithForms(`${base}feedback: { label: 'Feedback' }\n`, base);
    expect(await runCli(['validate', file])).toBe(0);
    expect(out.filter((line) => line.startsWith('warning:'))).toEqual([]);
  });
});
