// What a weekly summary's text is written from besides the repository: the engagement file (as read,
// after its defaults) and the language. Its fingerprint rides in the summary issue's marker, so a week
// that is over is told again as of its end only from the file it was last written from (see
// `keepsWhatItSaid` in weekly-issue.ts): the file has no history in the snapshot, and a milestone
// removed or a date moved after the week's end must not rewrite what the week was.
import type { PlanContext } from '../core/context';
import type { Engagement, Locale } from '../engagement/schema';

// Asked by the summary's planner and its records each run: one fingerprint per file read and language.
const known = new WeakMap<Engagement, Map<Locale, string>>();

export function summarySource(ctx: Pick<PlanContext, 'engagement' | 'locale'>): string {
  let byLocale = known.get(ctx.engagement);
  if (!byLocale) known.set(ctx.engagement, (byLocale = new Map()));
  let source = byLocale.get(ctx.locale);
  if (source === undefined) {
    source = fingerprint(stableJson({ engagement: ctx.engagement, locale: ctx.locale }));
    byLocale.set(ctx.locale, source);
  }
  return source;
}

/** JSON with every object's keys in order: the same file reads the same whatever order it was written in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** Two 32-bit FNV-1a passes (different offsets) as 16 hex digits: enough to tell two files apart. */
function fingerprint(text: string): string {
  const pass = (offset: number): string => {
    let hash = offset;
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  };
  return pass(0x811c9dc5) + pass(0x050c5d1f);
}
