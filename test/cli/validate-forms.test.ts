// `validate` and the issue forms beside the engagement file: it warns when their milestones, topics or
// time zone are behind the file, and every warning about the forms (and the missing-file hint) points
// at a command that fixes it without starting the engagement file over.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initArgs, run } from './console';

const MILESTONES = `milestones:
  - { id: copy, title: Final copy and images, owner: client, due: 2026-12-18 }
  - { id: design, title: Design, owner: vendor, due: 2026-12-22 }
`;

async function initialised(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-cli-validate-'));
  const init = await run(...initArgs(dir));
  expect(init.code, init.err).toBe(0);
  return dir;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

const warnings = (out: string) => out.split('\n').filter((line) => line.startsWith('warning:'));

describe('validate, forms behind the engagement file', () => {
  it('says nothing right after init', async () => {
    const dir = await initialised();
    const result = await run('validate', path.join(dir, '.github/engagement.yml'));
    expect(result.code).toBe(0);
    expect(warnings(result.out)).toEqual([]);
  });

  it('warns once milestones are added, with the command that regenerates the forms; quiet after it ran', async () => {
    const dir = await initialised();
    const engagement = path.join(dir, '.github/engagement.yml');
    edit(engagement, '\nmilestones: []\n', `\n${MILESTONES}`);
    const before = process.cwd();
    process.chdir(dir);
    try {
      const stale = await run('validate');
      expect(stale.code).toBe(0);
      const [deadline, feedback, ...rest] = warnings(stale.out);
      expect(rest).toEqual([]);
      expect(deadline).toMatch(
        /^warning: \.github\/ISSUE_TEMPLATE\/deadline\.yml:\d+:1 {2}body {2}this deadline form is behind the engagement file: its "Depends on" field does not list the engagement file's milestone ids \(the file has 2: copy, design\) \(regenerate the forms with `engagement-keeper form --write`\)$/u,
      );
      expect(feedback).toMatch(
        /^warning: \.github\/ISSUE_TEMPLATE\/feedback\.yml:\d+:1 {2}body {2}this feedback form is behind the engagement file: its "Related milestone" dropdown does not offer the engagement file's milestones \(the form offers 0, the file has 2: copy, design\) \(regenerate the forms with `engagement-keeper form --write`\)$/u,
      );
      // The warning's line is the deadline form's "Depends on" field.
      const line = Number(/deadline\.yml:(\d+):/u.exec(deadline!)![1]);
      expect(readFileSync('.github/ISSUE_TEMPLATE/deadline.yml', 'utf8').split('\n')[line - 1]).toMatch(
        /id: depends$/u,
      );

      expect((await run('form', '--write')).code).toBe(0);
      const fresh = await run('validate');
      expect(warnings(fresh.out)).toEqual([]);
    } finally {
      process.chdir(before);
    }
  });

  it('warns about topics and the time zone too, and names --config for a file elsewhere', async () => {
    const dir = await initialised();
    const engagement = path.join(dir, '.github/engagement.yml');
    edit(engagement, 'time_zone: Europe/Berlin', 'time_zone: Asia/Ho_Chi_Minh');
    writeFileSync(
      engagement,
      `${readFileSync(engagement, 'utf8')}feedback:\n  topics:\n    - { id: content, name: Content }\n`,
    );
    const result = await run('validate', engagement);
    const lines = warnings(result.out);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(
      'its "Due date" field does not give the engagement\'s time zone, Asia/Ho_Chi_Minh',
    );
    expect(lines[1]).toContain(
      'its "Topic" dropdown does not offer the engagement file\'s topics (the form offers',
    );
    expect(lines[1]).toContain('the file has 1: content)');
    for (const line of lines) {
      expect(line).toContain(
        `regenerate the forms with \`engagement-keeper form --write --config ${engagement}\``,
      );
    }
  });

  it('adds that --force is needed when the form was also edited by hand', async () => {
    const dir = await initialised();
    const engagement = path.join(dir, '.github/engagement.yml');
    edit(engagement, '\nmilestones: []\n', `\n${MILESTONES}`);
    edit(path.join(dir, '.github/ISSUE_TEMPLATE/feedback.yml'), 'title: ', 'title: Feedback — ');
    const result = await run('validate', engagement);
    const feedback = warnings(result.out).find((line) => line.includes('feedback.yml'));
    expect(feedback).toMatch(/this form was also edited by hand, so that needs --force/u);
  });

  it('points the label warning at form --write, not init --force (which would reset the engagement file)', async () => {
    const dir = await initialised();
    const engagement = path.join(dir, '.github/engagement.yml');
    writeFileSync(engagement, `${readFileSync(engagement, 'utf8')}labels: { deadline: 'client deadline' }\n`);
    const result = await run('validate', engagement);
    const lines = warnings(result.out);
    // One warning for the deadline form: its label; no second one for the same form.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      "this deadline form applies `deadline`, but the engagement file's `labels.deadline` is `client deadline`",
    );
    expect(lines[0]).toContain(
      `or regenerate the forms with \`engagement-keeper form --write --config ${engagement}\``,
    );
    expect(result.out).not.toContain('init --force');
  });

  it('judges only forms that are YAML mappings, and says nothing of broken ones', async () => {
    const dir = await initialised();
    mkdirSync(path.join(dir, '.github/ISSUE_TEMPLATE'), { recursive: true });
    writeFileSync(path.join(dir, '.github/ISSUE_TEMPLATE/broken.yml'), 'body: [unclosed\n');
    writeFileSync(path.join(dir, '.github/ISSUE_TEMPLATE/list.yml'), '- a\n- b\n');
    writeFileSync(path.join(dir, '.github/ISSUE_TEMPLATE/odd.yml'), 'name: x\nbody: not a list\n');
    const result = await run('validate', path.join(dir, '.github/engagement.yml'));
    expect(result.code).toBe(0);
    expect(warnings(result.out)).toEqual([]);
  });
});

describe('validate, no engagement file', () => {
  it('suggests init, not a file from this repository’s examples', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ek-cli-validate-none-'));
    const before = process.cwd();
    process.chdir(dir);
    try {
      const result = await run('validate');
      expect(result.code).toBe(1);
      expect(result.out).toContain('.github/engagement.yml:1:1  (file)  does not exist');
      expect(result.out).toContain('create it with `engagement-keeper init`');
      expect(result.out).not.toContain('examples/');
    } finally {
      process.chdir(before);
    }
  });
});
