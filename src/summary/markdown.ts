// Small markdown builders for the summary. Text written by people goes through inlineSafely (no
// mentions, no HTML) and is escaped for table cells and link text, so a `|` or `]` in a title cannot
// break the layout.
import { issueMention } from '../core/plan';
import { inlineSafely } from '../messages/format';

/** Inline text from a person, safe in a table cell or a link text. */
export function safeText(text: string, maxLength = 80): string {
  return (
    inlineSafely(noPlaceholders(text), maxLength)
      // inlineSafely escapes backticks for running text; the escapes below do it for cells and links.
      .replace(/\\`/gu, '`')
      .replace(/\\/gu, '\\\\')
      .replace(/\|/gu, '\\|')
      .replace(/([[\]*_`~])/gu, '\\$1')
  );
}

export function link(text: string, url: string | null): string {
  return url ? `[${text}](${url})` : text;
}

/** `#12 Title`, linked to the issue (one this run opens is named by its placeholder until it exists). */
export function issueLink(number: number, url: string, title?: string): string {
  const mention = issueMention(number, url);
  return title === undefined ? `[${mention}](${url})` : `[${mention} ${safeText(title, 60)}](${url})`;
}

export function table(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const align = columns.map((_, index) => (index === 0 ? '---' : ':---:'));
  return [row(columns), row(align), ...rows.map(row)];
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
}

/** A link to the repository's issue list filtered by a search query, for the rows a table leaves out. */
export function issueSearchUrl(base: string, query: string): string {
  return `${base}/issues?q=${encodeURIComponent(query)}`;
}

/** `label:"name"` for a search query (one label: the plainest query every GitHub version reads alike). */
export function labelQuery(label: string): string {
  return `label:"${label.replace(/"/gu, '')}"`;
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** One decimal, trailing `.0` dropped. */
export function decimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * The executor turns `{{ref:KEY}}` in a body into an issue number: text from people must not contain
 * one, or the stored body would never match the rendered one and every run would edit it again.
 */
export function noPlaceholders(text: string): string {
  return text.replace(/\{\{/gu, '{\u200b{');
}

/** The first `cap` items, comma-separated, then `+N` for the rest: a list that fits a table cell. */
export function cappedList(items: readonly string[], cap: number): string {
  const shown = items.slice(0, cap);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')}, +${more}` : shown.join(', ');
}

/** `[#12](url)`: a feedback issue named by its number. */
export const feedbackLink = (f: { readonly number: number; readonly url: string }): string =>
  `[#${f.number}](${f.url})`;
