import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/core/memo';

describe('a pure function remembered per text', () => {
  it('works a text out once, remembers undefined too, and answers the same after starting over', () => {
    const asked: string[] = [];
    const length = memoByText(2, (text) => {
      asked.push(text);
      return text === 'none' ? undefined : text.length;
    });
    expect([length('ab'), length('ab'), length('none'), length('none')]).toEqual([
      2,
      2,
      undefined,
      undefined,
    ]);
    expect(asked).toEqual(['ab', 'none']);
    // A third text passes the limit: the table starts over, and the answers stay the same.
    expect(length('abc')).toBe(3);
    expect(length('ab')).toBe(2);
    expect(asked).toEqual(['ab', 'none', 'abc', 'ab']);
  });
});
