// What the README's quick start and docs/install.md tell a new team about the issue forms: regenerate
// them with `form --write` once the milestones are in, never with `init --force` (which would reset
// the engagement file and the workflow).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const install = readFileSync('docs/install.md', 'utf8');
const NPX = 'npx github:OWNER/engagement-keeper#v1';

describe('the docs on regenerating the issue forms', () => {
  it('has the README quick start regenerate the forms after the milestones are added', () => {
    const start = readme.indexOf('<!-- quick-start');
    const quickStart = readme.slice(start, readme.indexOf('\n## ', start));
    const added = quickStart.indexOf('add your\nmilestones');
    expect(added).toBeGreaterThan(0);
    const regenerate = quickStart.indexOf(`${NPX} form --write`);
    expect(regenerate).toBeGreaterThan(added);
    expect(quickStart.indexOf('Commit')).toBeGreaterThan(regenerate);
    // The block the quick-start test runs is still the first one: init, then validate.
    const firstBlock = /```sh\n([\s\S]*?)```/u.exec(quickStart)?.[1] ?? '';
    expect(firstBlock).toContain(`${NPX} init `);
    expect(firstBlock).not.toContain('form --write');
  });

  it('never advises init --force to refresh the forms, and documents form --write', () => {
    expect(install).not.toMatch(/or `init --force` from scratch/u);
    expect(install).toContain(`${NPX} form --write`);
    expect(install).toContain('## Setting up a repository: `init`');
    expect(install).toMatch(/### Regenerating the issue forms/u);
    expect(install).toMatch(/never the engagement file or the workflow/u);
    expect(install).toMatch(/`form --write --force`/u);
    expect(readme).toContain('docs/install.md#regenerating-the-issue-forms');
  });

  it('suggests no copy of an example file that a client repository does not have', () => {
    for (const text of [readme, install]) expect(text).not.toMatch(/cp examples\//u);
  });
});
