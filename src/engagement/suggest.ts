// "Did you mean …?" for misspelt keys, enum values, milestone ids and time zones.

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i += 1) {
    for (let j = 1; j <= t.length; j += 1) {
      const row = rows[i]!;
      const above = rows[i - 1]!;
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = best;
    }
  }
  return rows[s.length]![t.length]!;
}

/** Separators people mix up: `time-zone`, `timeZone`, `time zone` all mean `time_zone`. */
function normalised(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Longer input is no typo of a key, value or zone name; comparing it would only cost time. */
export const MAX_SUGGESTION_INPUT = 64;

/** The candidate closest to `input`, when it is close enough to be a plausible typo. */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > MAX_SUGGESTION_INPUT) return undefined;
  const wanted = normalised(input);
  const allowed = Math.max(1, Math.floor(Math.max(wanted.length, 3) / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const other = normalised(candidate);
    const same = other === wanted || other.replace(/_/g, '') === wanted.replace(/_/g, '');
    // Lengths further apart than the allowed distance cannot be within it: skip the costly comparison.
    if (!same && Math.abs(other.length - wanted.length) > allowed) continue;
    const distance = same ? 0 : editDistance(wanted, other);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  // `depends` for `depends_on`, `account` for `account_manager`: a clear start of one known word.
  const extended = candidates.filter(
    (candidate) => wanted.length >= 4 && normalised(candidate).startsWith(wanted),
  );
  if ((best === undefined || best.distance > 0) && extended.length === 1) return extended[0];
  if (!best) return undefined;
  return best.distance <= allowed && best.distance < wanted.length ? best.candidate : undefined;
}

/** `did you mean `x`?` when a near candidate exists. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const match = nearest(input, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}
