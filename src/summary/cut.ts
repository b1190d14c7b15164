// Long lists are cut so the issue stays under GitHub's body limit; the rest is one search away.
import { issueSearchUrl } from './markdown';
import type { View } from './view';

export interface Cut<T> {
  readonly shown: readonly T[];
  readonly more: number;
}

export function cut<T>(items: readonly T[], cap: number): Cut<T> {
  return { shown: items.slice(0, Math.max(0, cap)), more: Math.max(0, items.length - cap) };
}

/**
 * The "…and N more" line linking to an issue search (in the client repository unless `base` says
 * where), or nothing when the list was not cut.
 */
export function moreLine(view: View, more: number, query: string, base = view.repoUrl): string[] {
  if (more <= 0) return [];
  return ['', view.w.andMore(more, issueSearchUrl(base, query))];
}
