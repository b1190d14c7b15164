import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { formCommand } from '../../src/cli/commands/form';

describe('engagement-keeper form', () => {
  it('writes the form for the engagement file to --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'form-')), 'feedback.yml');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await formCommand.run(['--config', 'examples/engagement.yml', '--out', out])).toBe(0);
    log.mockRestore();
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('examples/ISSUE_TEMPLATE/feedback.yml', 'utf8'));
  });

  it('fails with exit code 1 when the engagement file cannot be read', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await formCommand.run(['--config', 'does-not-exist.yml'])).toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('does-not-exist.yml'));
    error.mockRestore();
  });
});
