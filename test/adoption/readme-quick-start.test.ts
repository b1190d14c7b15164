// The README's quick start, run as a new team would: its commands, in a fresh directory, with the
// bundled command line standing in for `npx github:OWNER/engagement-keeper#v1` (the same dist/cli
// that npx fetches). And `demo`, which must work from any directory.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('dist/cli/index.js');
const NPX = 'npx github:OWNER/engagement-keeper#v1';

function quickStartCommands(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('<!-- quick-start');
  expect(start, 'the README marks its quick start').toBeGreaterThan(0);
  const block = /```sh\n([\s\S]*?)```/u.exec(readme.slice(start));
  return (block?.[1] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

describe('the README quick start', () => {
  it('runs as written in an empty directory and leaves a valid, complete setup', () => {
    const commands = quickStartCommands();
    expect(commands.length).toBeGreaterThanOrEqual(2);
    const dir = mkdtempSync(path.join(tmpdir(), 'ek-readme-'));
    for (const command of commands) {
      expect(command.startsWith(NPX), command).toBe(true);
      const output = execFileSync('bash', ['-c', command.replace(NPX, `node ${JSON.stringify(CLI)}`)], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      });
      expect(output.length, command).toBeGreaterThan(0);
    }
    for (const file of [
      '.github/engagement.yml',
      '.github/workflows/engagement.yml',
      '.github/ISSUE_TEMPLATE/feedback.yml',
      '.github/ISSUE_TEMPLATE/deadline.yml',
      '.github/ISSUE_TEMPLATE/config.yml',
    ]) {
      expect(existsSync(path.join(dir, file)), file).toBe(true);
    }
  });
});

describe('demo', () => {
  it('works from any directory, not only from a clone', () => {
    const output = execFileSync(process.execPath, [CLI, 'demo'], {
      cwd: mkdtempSync(path.join(tmpdir(), 'ek-demo-')),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(output).toContain('writes planned; nothing was written.');
  });
});
