import { describe, expect, it } from 'vitest';
import { inlineSafely, quoteSafely } from '../../src/messages/format';

describe('quoting client text safely', () => {
  it('never mentions, cross-references, injects HTML or triggers the ref placeholder', () => {
    const hostile =
      'Hi @quang-songhan see other/repo#12 <img src=x onerror=alert(1)> {{ref:summary|week:2026-W48|}}';
    for (const safe of [quoteSafely(hostile), inlineSafely(hostile)]) {
      expect(safe).not.toMatch(/@[A-Za-z0-9]/u);
      expect(safe).not.toMatch(/\w#\d/u);
      expect(safe).not.toContain('<img');
      expect(safe).not.toContain('{{ref:');
    }
  });

  it('quotes every line and shortens long text', () => {
    expect(quoteSafely('a\nb')).toBe('> a\n> b');
    expect(inlineSafely('x'.repeat(200), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('inlineSafely, for what people wrote', () => {
  it('escapes a backtick, so a code span cannot run on into the action’s own words', () => {
    expect(inlineSafely('drop the `checkout page')).toBe('drop the \\`checkout page');
  });
  it('cuts between whole characters, never inside an emoji', () => {
    const cut = inlineSafely('ảnh😀'.repeat(100), 7);
    expect([...cut]).toHaveLength(8);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
  });
});
