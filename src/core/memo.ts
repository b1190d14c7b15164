// A pure function of a text remembered per text: for work a run asks of the same texts again and
// again (a comment's command lines, a login, a word's token, an instant). Bounded: past `limit`
// entries the table starts over, so a long-lived process (the CLI, a portfolio) does not grow
// without limit; the answers stay the same, only their cost changes.
export function memoByText<T>(limit: number, work: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const found = known.get(text);
    // One look-up for a known text; `has` only for a remembered `undefined`.
    if (found !== undefined || known.has(text)) return found as T;
    if (known.size >= limit) known.clear();
    const value = work(text);
    known.set(text, value);
    return value;
  };
}
