// `form --write`: regenerates the two issue forms beside the engagement file after the milestones are
// added, touching neither the engagement file nor the workflow, and refuses to overwrite a form edited
// by hand unless given --force.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDeadlineForm } from '../../src/deadlines/issue-form-render';
import { loadEngagement } from '../../src/engagement/load';
import { renderFeedbackForm } from '../../src/feedback/form';
import { initArgs, run } from './console';

const MILESTONES = `milestones:
  - { id: copy, title: Final copy and images, owner: client, due: 2026-12-18 }
  - { id: design, title: Design, owner: vendor, due: 2026-12-22, depends_on: [copy] }
`;

let dir: string;
let before: string;
const file = (name: string) => path.join(dir, name);
const read = (name: string) => readFileSync(file(name), 'utf8');

/** A repository set up by init, the milestones then added to its engagement file. */
async function repositoryWithMilestones(): Promise<void> {
  dir = mkdtempSync(path.join(tmpdir(), 'ek-cli-form-'));
  const init = await run(...initArgs(dir));
  expect(init.code, init.err).toBe(0);
  const text = read('.github/engagement.yml');
  expect(text).toContain('\nmilestones: []\n');
  writeFileSync(file('.github/engagement.yml'), text.replace('\nmilestones: []\n', `\n${MILESTONES}`));
}

function expectedForms() {
  const loaded = loadEngagement(read('.github/engagement.yml'), '.github/engagement.yml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return { feedback: renderFeedbackForm(loaded.engagement), deadline: renderDeadlineForm(loaded.engagement) };
}

beforeEach(async () => {
  before = process.cwd();
  await repositoryWithMilestones();
  process.chdir(dir);
});
afterEach(() => process.chdir(before));

describe('form --write', () => {
  it('rewrites both forms with the new milestones, and nothing else', async () => {
    const engagement = read('.github/engagement.yml');
    const workflow = read('.github/workflows/engagement.yml');
    const config = read('.github/ISSUE_TEMPLATE/config.yml');
    expect(read('.github/ISSUE_TEMPLATE/feedback.yml')).not.toContain('Final copy and images (copy)');

    const result = await run('form', '--write');
    expect(result.code, result.err).toBe(0);
    expect(result.out.split('\n')).toEqual([
      `wrote ${path.join('.github', 'ISSUE_TEMPLATE', 'feedback.yml')}`,
      `wrote ${path.join('.github', 'ISSUE_TEMPLATE', 'deadline.yml')}`,
    ]);
    const expected = expectedForms();
    expect(read('.github/ISSUE_TEMPLATE/feedback.yml')).toBe(expected.feedback);
    expect(read('.github/ISSUE_TEMPLATE/feedback.yml')).toContain('Final copy and images (copy)');
    expect(read('.github/ISSUE_TEMPLATE/deadline.yml')).toBe(expected.deadline);
    expect(read('.github/ISSUE_TEMPLATE/deadline.yml')).toContain(': copy, design.');
    // The engagement file (milestones, adopted_on) and the workflow are as they were.
    expect(read('.github/engagement.yml')).toBe(engagement);
    expect(read('.github/workflows/engagement.yml')).toBe(workflow);
    expect(read('.github/ISSUE_TEMPLATE/config.yml')).toBe(config);

    const again = await run('form', '--write');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/feedback\.yml is up to date\n.*deadline\.yml is up to date$/u);
  });

  it('refuses a form edited by hand, writing neither form, until --force', async () => {
    const edited = read('.github/ISSUE_TEMPLATE/feedback.yml').replace(
      'name: Feedback / Góp ý',
      'name: Tell Studio Sam',
    );
    writeFileSync(file('.github/ISSUE_TEMPLATE/feedback.yml'), edited);
    const deadline = read('.github/ISSUE_TEMPLATE/deadline.yml');

    const refused = await run('form', '--write');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('edited by hand');
    expect(refused.err).toContain('nothing was written');
    expect(refused.err).toContain(`  ${path.join('.github', 'ISSUE_TEMPLATE', 'feedback.yml')}\n`);
    expect(refused.err).not.toContain('deadline.yml');
    expect(refused.err).toContain('--force');
    expect(read('.github/ISSUE_TEMPLATE/feedback.yml')).toBe(edited);
    expect(read('.github/ISSUE_TEMPLATE/deadline.yml')).toBe(deadline);

    const forced = await run('form', '--write', '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(read('.github/ISSUE_TEMPLATE/feedback.yml')).toBe(expectedForms().feedback);
    expect(read('.github/ISSUE_TEMPLATE/deadline.yml')).toBe(expectedForms().deadline);
  });

  it('counts a field added by hand as an edit, but not a changed label, topic or milestone list', async () => {
    const deadline = read('.github/ISSUE_TEMPLATE/deadline.yml');
    writeFileSync(
      file('.github/ISSUE_TEMPLATE/deadline.yml'),
      `${deadline}  - type: input\n    id: budget\n    attributes:\n      label: Budget\n`,
    );
    expect((await run('form', '--write')).code).toBe(1);

    // Only the parts made from the engagement file differ: rewritten without --force.
    writeFileSync(file('.github/ISSUE_TEMPLATE/deadline.yml'), deadline.replace('- deadline', '- Deadline'));
    const result = await run('form', '--write');
    expect(result.code, result.err).toBe(0);
    expect(read('.github/ISSUE_TEMPLATE/deadline.yml')).toBe(expectedForms().deadline);
  });

  it('rewrites a form of the same kind in place when it has another file name', async () => {
    renameSync(
      file('.github/ISSUE_TEMPLATE/feedback.yml'),
      file('.github/ISSUE_TEMPLATE/client-feedback.yaml'),
    );
    const result = await run('form', '--write');
    expect(result.code, result.err).toBe(0);
    expect(read('.github/ISSUE_TEMPLATE/client-feedback.yaml')).toBe(expectedForms().feedback);
    expect(existsSync(file('.github/ISSUE_TEMPLATE/feedback.yml'))).toBe(false);
  });

  it('writes into the ISSUE_TEMPLATE folder beside --config, creating it', async () => {
    mkdirSync(file('elsewhere'));
    writeFileSync(file('elsewhere/engagement.yml'), read('.github/engagement.yml'));
    const result = await run('form', '--write', '--config', 'elsewhere/engagement.yml');
    expect(result.code, result.err).toBe(0);
    expect(read('elsewhere/ISSUE_TEMPLATE/feedback.yml')).toBe(expectedForms().feedback);
    expect(read('elsewhere/ISSUE_TEMPLATE/deadline.yml')).toBe(expectedForms().deadline);
  });

  it('refuses --out with --write, and --force without --write (exit 2)', async () => {
    const both = await run('form', '--write', '--out', 'x.yml');
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/^Give --out or --write, not both\./u);
    const force = await run('form', '--force');
    expect(force.code).toBe(2);
    expect(force.err).toMatch(/^--force goes with --write/u);
    expect(existsSync(file('x.yml'))).toBe(false);
  });

  it('says to run init when there is no engagement file', async () => {
    process.chdir(mkdtempSync(path.join(tmpdir(), 'ek-cli-form-empty-')));
    const result = await run('form', '--write');
    expect(result.code).toBe(1);
    expect(result.err).toContain('`engagement-keeper init`');
  });

  it('documents --write in its help', async () => {
    const help = await run('form', '--help');
    expect(help.out).toMatch(
      /--write\s+write the feedback and the deadline form into the ISSUE_TEMPLATE folder/u,
    );
    expect(help.out).toContain('--force');
  });
});

describe('form --write, a form of the same kind written by hand', () => {
  it('counts odd field ids as an edit without failing', async () => {
    const feedback = read('.github/ISSUE_TEMPLATE/feedback.yml');
    writeFileSync(
      file('.github/ISSUE_TEMPLATE/feedback.yml'),
      `${feedback}  - type: input\n    id: constructor\n    attributes:\n      label: Odd\n`,
    );
    const result = await run('form', '--write');
    expect(result.code).toBe(1);
    expect(result.err).toContain('edited by hand');
  });
});
