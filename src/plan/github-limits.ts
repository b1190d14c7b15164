// GitHub refuses a write whose text is too long (422): a body or comment over 65,536 characters, a
// title over 256, a label name over 50. Rules keep their own lists short; this is the last line of
// defence, applied to every write of a plan, so that no body the action writes can be refused for
// its length. Markers are kept whole, so a cut body is still found and recognised by later runs.
import type { Locale } from '../engagement/schema';
import type { Translate } from '../messages/catalogue';
import type { Write } from '../core/plan';
import type { Snapshot } from '../core/snapshot';

export const GITHUB_LIMITS = {
  /** Issue bodies and comment bodies. */
  body: 65_536,
  title: 256,
  labelName: 50,
} as const;

const MARKER = /<!--\s*engagement-keeper\s+\{.*?\}\s*-->/gsu;

/** The body as GitHub takes it: whole when it fits, otherwise its first lines, a note and every marker. */
export function fitBody(body: string, words: LimitWords): string {
  if (body.length <= GITHUB_LIMITS.body) return body;
  const markers = body.match(MARKER) ?? [];
  const lines = body.replace(MARKER, '').split('\n');
  const note = (dropped: number): string =>
    words.t('limits.body_cut', {
      count: dropped.toLocaleString(words.locale),
      limit: GITHUB_LIMITS.body.toLocaleString(words.locale),
    });
  const tail = (dropped: number) =>
    `\n\n${note(dropped)}${markers.length > 0 ? '\n' : ''}${markers.join('\n')}`;
  // The note with the largest count it could show: the kept lines never push the whole over the limit.
  const budget = GITHUB_LIMITS.body - tail(lines.length).length;
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = line.length + (kept.length > 0 ? 1 : 0);
    if (used + cost > budget) break;
    kept.push(line);
    used += cost;
  }
  // One line longer than the whole budget: keep its start.
  if (kept.length === 0) kept.push(lines[0]!.slice(0, Math.max(0, budget - 1)));
  return `${kept.join('\n').trimEnd()}${tail(lines.length - kept.length)}`;
}

/**
 * A title as GitHub takes it: at most 256 characters, its start kept and "… (and N more characters)"
 * where it cuts. N counts the characters left out, so the count is exact whatever its digits.
 */
export function fitTitle(title: string, words: LimitWords): string {
  if (title.length <= GITHUB_LIMITS.title) return title;
  const chars = [...title];
  const suffix = (dropped: number): string =>
    words.t('limits.title_cut', { count: dropped.toLocaleString(words.locale) });
  // Cut by code points (never half an emoji), then grow the cut while the count's digits need room.
  let kept = chars.length;
  for (;;) {
    const head = chars.slice(0, kept).join('').trimEnd();
    const fitted = `${head}${suffix(chars.length - [...head].length)}`;
    if (fitted.length <= GITHUB_LIMITS.title || kept === 0) return fitted.slice(0, GITHUB_LIMITS.title);
    kept -= Math.max(1, fitted.length - GITHUB_LIMITS.title);
    kept = Math.max(0, kept);
  }
}

/** The words a cut note is written in: the engagement's catalogue in one locale. */
export interface LimitWords {
  readonly locale: Locale;
  readonly t: Translate;
}

function fitWrite(write: Write, words: LimitWords): Write {
  switch (write.kind) {
    case 'comment':
    case 'edit-comment':
      return { ...write, body: fitBody(write.body, words) };
    case 'open-issue':
      return { ...write, title: fitTitle(write.title, words), body: fitBody(write.body, words) };
    case 'edit-issue':
      return {
        ...write,
        ...(write.title === undefined ? {} : { title: fitTitle(write.title, words) }),
        ...(write.body === undefined ? {} : { body: fitBody(write.body, words) }),
      };
    default:
      return write;
  }
}

/** An edit that, once fitted, leaves the text as it already is on GitHub (cut the same way last run). */
function changesNothing(write: Write, snapshot: Snapshot): boolean {
  if (write.kind === 'edit-issue' && 'number' in write.issue) {
    const number = write.issue.number;
    const issue = snapshot.issues.find((candidate) => candidate.number === number);
    if (!issue) return false;
    return (write.title ?? issue.title) === issue.title && (write.body ?? issue.body) === issue.body;
  }
  if (write.kind === 'edit-comment') {
    const id = write.commentId;
    for (const issue of snapshot.issues) {
      const comment = issue.comments.find((candidate) => candidate.id === id);
      if (comment) return comment.body === write.body;
    }
  }
  return false;
}

/** Every write cut to GitHub's limits; edits that the cut turns into no change are dropped. */
export function fitToGitHub(writes: readonly Write[], snapshot: Snapshot, words: LimitWords): Write[] {
  return writes
    .map((write) => fitWrite(write, words))
    .filter((write, index) => write === writes[index] || !changesNothing(write, snapshot));
}
