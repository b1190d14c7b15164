// A command's words are quoted in the record and carried in its marker: a 50,000-character reason made
// a record GitHub refuses (over 65,536 characters) on every run while the change showed as agreed.
// The words are kept to COMMAND_WORDS_MAX characters, cut between whole characters and marked.
import { describe, expect, it } from 'vitest';
import { COMMAND_WORDS_MAX, parseCommand } from '../../src/deadlines/commands';

describe('the words of a command', () => {
  it('are kept whole when short, cut and marked when long, never inside a character', () => {
    expect(parseCommand('/extend 2026-12-18 ảnh chụp lại')).toEqual({
      kind: 'extend',
      due: '2026-12-18',
      reason: 'ảnh chụp lại',
    });
    const long = parseCommand(`/extend 2026-12-18 ${'ảnh 😀 '.repeat(10_000)}`);
    expect(long?.kind).toBe('extend');
    const reason = long?.kind === 'extend' ? long.reason : '';
    expect([...reason].length).toBeLessThanOrEqual(COMMAND_WORDS_MAX + 1);
    expect(reason.endsWith('…')).toBe(true);
    expect(reason).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    const scope = parseCommand(`/rescope ${'bỏ trang blog, '.repeat(5_000)}`);
    expect(scope?.kind === 'rescope' && [...scope.what].length).toBe(COMMAND_WORDS_MAX + 1);
  });
});
