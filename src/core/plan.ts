// A plan is what one run intends to write to GitHub: a list of writes, each with the reason it
// exists, so that a dry run can explain itself and a reviewer can audit every comment the bot posts.
import { markedBody, markerKey, type Marker } from './markers';

/**
 * An existing issue by number (in the internal repository when `place` says so), or one that an
 * earlier write of the same plan opens (by marker key; it lives where that write opens it).
 */
export type IssueRef =
  { readonly number: number; readonly place?: 'internal' } | { readonly created: string };

/** The ref of an issue read in the snapshot, in the repository it lives in. */
export function refOf(issue: { readonly number: number; readonly place?: 'internal' }): IssueRef {
  return issue.place === 'internal' ? { number: issue.number, place: 'internal' } : { number: issue.number };
}

interface WriteBase {
  /** Why this write exists, in plain words: shown in dry runs and the job summary. */
  readonly reason: string;
  /**
   * `low`: a courtesy (a reply to a refused command) that goes after every other write, so it never
   * spends the budget that reminders, acknowledgements and escalations need. Absent: normal.
   */
  readonly priority?: 'low';
}

export type Write =
  | (WriteBase & {
      readonly kind: 'create-label';
      /** `internal`: in the internal repository. Absent: the client repository. */
      readonly place?: 'internal';
      readonly name: string;
      readonly color: string;
      readonly description: string;
    })
  | (WriteBase & {
      readonly kind: 'add-labels';
      readonly issue: IssueRef;
      readonly labels: readonly string[];
    })
  | (WriteBase & { readonly kind: 'remove-label'; readonly issue: IssueRef; readonly label: string })
  | (WriteBase & {
      readonly kind: 'comment';
      readonly issue: IssueRef;
      /** markedBody() of the text and the markers: build it with markedComment(). */
      readonly body: string;
      /** The marker this comment is known by (the race guard looks for it). */
      readonly marker: Marker;
      /** Further markers the body carries (one message may take several steps), as data. */
      readonly moreMarkers?: readonly Marker[];
    })
  | (WriteBase & {
      readonly kind: 'edit-comment';
      readonly issue: IssueRef;
      readonly commentId: number;
      readonly body: string;
      readonly marker: Marker;
    })
  | (WriteBase & {
      /** Only ever one of the action's own comments that repeats an earlier one (core/duplicates.ts). */
      readonly kind: 'delete-comment';
      readonly issue: IssueRef;
      readonly commentId: number;
      /** The marker of the comment kept in its place. */
      readonly marker: Marker;
    })
  | (WriteBase & {
      readonly kind: 'open-issue';
      /** `internal`: opened in the internal repository. Absent: the client repository. */
      readonly place?: 'internal';
      /** markerKey() of the marker in the body: later writes refer to this issue as `{ created: key }`. */
      readonly key: string;
      readonly title: string;
      readonly body: string;
      readonly marker: Marker;
      readonly labels: readonly string[];
      readonly assignees: readonly string[];
    })
  | (WriteBase & {
      readonly kind: 'edit-issue';
      readonly issue: IssueRef;
      readonly title?: string;
      readonly body?: string;
      /**
       * Checklist lines of the body the plan read that carry no item id (an earlier version wrote
       * them), as normaliseItem() of their words → the id of the item each now is: a box a person
       * ticks on such a line after the read is kept on the new line (github/checklist-merge.ts).
       */
      readonly formerItems?: Readonly<Record<string, string>>;
    })
  | (WriteBase & {
      readonly kind: 'close-issue';
      readonly issue: IssueRef;
      readonly stateReason: 'completed' | 'not_planned';
    })
  | (WriteBase & { readonly kind: 'reopen-issue'; readonly issue: IssueRef })
  | (WriteBase & {
      /** Pins an issue to the top of the repository's issue list (GitHub's `pinIssue` mutation). */
      readonly kind: 'pin-issue';
      readonly issue: IssueRef;
    })
  | (WriteBase & {
      readonly kind: 'assign';
      readonly issue: IssueRef;
      readonly assignees: readonly string[];
    });

export type WriteKind = Write['kind'];
export type CommentWrite = Extract<Write, { kind: 'comment' }>;
export type OpenIssueWrite = Extract<Write, { kind: 'open-issue' }>;

/** A comment of the action: its text, then its markers, rendered in the one place that does it. */
export function markedComment(
  issue: IssueRef,
  text: string,
  markers: readonly [Marker, ...Marker[]],
  reason: string,
): CommentWrite {
  const [marker, ...moreMarkers] = markers;
  return {
    kind: 'comment',
    issue,
    body: markedBody(text, markers),
    marker,
    ...(moreMarkers.length > 0 ? { moreMarkers } : {}),
    reason,
  };
}

/** Every marker a comment carries, read from the write itself: nothing parses a body back. */
export function commentMarkers(write: CommentWrite): readonly Marker[] {
  return [write.marker, ...(write.moreMarkers ?? [])];
}

/** An issue the action opens, known by its marker: later writes of the plan refer to it by key. */
export function markedIssue(fields: {
  /** Where the issue is opened: the client repository (the default) or the internal one. */
  readonly place?: 'client' | 'internal';
  readonly title: string;
  readonly text: string;
  readonly marker: Marker;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly reason: string;
}): OpenIssueWrite {
  const { text, place, ...rest } = fields;
  return {
    kind: 'open-issue',
    ...(place === 'internal' ? { place } : {}),
    key: markerKey(fields.marker),
    body: markedBody(text, [fields.marker]),
    ...rest,
  };
}

export interface Plan {
  readonly writes: readonly Write[];
  /** Things the team should know that are not writes (e.g. a label a person removed, left alone). */
  readonly notes: readonly string[];
}

/**
 * Writes that refer to an issue opened in the same plan use `{{ref:KEY}}` in bodies; the executor
 * replaces it with `#N` once the issue exists.
 */
export function refPlaceholder(key: string): string {
  return `{{ref:${key}}}`;
}

/** The bare number of an issue opened in the same plan (inside its address): `N` once it exists. */
export function numberPlaceholder(key: string): string {
  return `{{num:${key}}}`;
}

const PLACEHOLDER = /\{\{(ref|num):(.*?)\}\}/gu;
// The action's hidden markers (core/markers.ts) carry people's words as data (a reason, a note): a
// `{{ref:x}}` someone typed there is theirs, never a placeholder the plan wrote. Placeholders are read
// in the text outside them only, so such words can neither hold a write back nor be rewritten.
const HIDDEN_MARKER = /<!--\s*engagement-keeper\s+\{.*?\}\s*-->/gsu;

/** Each part of a text outside the action's markers passed through `outside`; markers kept as they are. */
function outsideMarkers(text: string, outside: (part: string) => string): string {
  let result = '';
  let from = 0;
  for (const match of text.matchAll(HIDDEN_MARKER)) {
    result += outside(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return result + outside(text.slice(from));
}

/** The keys of the issues a text refers to through placeholders. */
export function placeholderKeys(text: string): string[] {
  const keys: string[] = [];
  outsideMarkers(text, (part) => {
    for (const match of part.matchAll(PLACEHOLDER)) keys.push(match[2] ?? '');
    return part;
  });
  return keys;
}

/**
 * A text with its placeholders filled in; one whose issue is not known yet stays as it is. `mention`
 * names an issue that lives in another repository than the text (`#N` otherwise).
 */
export function resolvePlaceholders(
  text: string,
  numberOf: (key: string) => number | undefined,
  mention: (key: string, number: number) => string = (_, number) => `#${number}`,
): string {
  return outsideMarkers(text, (part) =>
    part.replace(PLACEHOLDER, (whole, form: string, key: string) => {
      const number = numberOf(key);
      if (number === undefined) return whole;
      return form === 'ref' ? mention(key, number) : String(number);
    }),
  );
}

/**
 * How text names an issue: `#N`, or for an issue the same plan opens (its address holds
 * `{{num:KEY}}`) the placeholder that becomes `#N` once it exists.
 */
export function issueMention(number: number, url: string): string {
  const key = /\{\{num:(.*?)\}\}/u.exec(url)?.[1];
  return key === undefined ? `#${number}` : refPlaceholder(key);
}

export function describeIssueRef(ref: IssueRef): string {
  if (!('number' in ref)) return `(new issue ${ref.created})`;
  return ref.place === 'internal' ? `internal #${ref.number}` : `#${ref.number}`;
}
