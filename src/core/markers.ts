// Hidden markers name what each comment or issue written by the action is: its kind, its subject and
// its stage. They are how the action remembers what it already did, with no database. A marker only
// counts in content authored by the action's own identity: anyone can paste one into a comment.
import { isMarkerKind, type MarkerKind } from './marker-kinds';
import { memoByText } from './memo';
import { inItsPlace } from './places';
import type { Snapshot, SnapshotComment, SnapshotIssue } from './snapshot';

export interface Marker {
  /** What it is: one of the registry's kinds (core/marker-kinds.ts). */
  readonly kind: MarkerKind;
  /** What it is about: `milestone:design`, `issue:12`, `week:2026-W48`, ... */
  readonly subject: string;
  /** Which step: `before-3`, `after-friendly`, ...; empty when the kind has one step. */
  readonly stage?: string;
  /** Small facts the action needs again later (e.g. the due date it announced). Strings only. */
  readonly data?: Readonly<Record<string, string>>;
}

const PREFIX = 'engagement-keeper';
const MARKER_PATTERN = /<!--\s*engagement-keeper\s+(\{.*?\})\s*-->/gsu;

export function renderMarker(marker: Marker): string {
  const payload: Record<string, unknown> = { kind: marker.kind, subject: marker.subject };
  if (marker.stage) payload.stage = marker.stage;
  if (marker.data && Object.keys(marker.data).length > 0) payload.data = marker.data;
  // `--` cannot appear inside an HTML comment; JSON of our own keys never contains it, but data might.
  return `<!-- ${PREFIX} ${JSON.stringify(payload).replace(/--/g, '-\\u002d')} -->`;
}

/**
 * The one place a body and its markers meet: the text people read, then the hidden markers closing
 * it, for comments and issues alike. Markers go last so a notification shows the words first.
 */
export function markedBody(text: string, markers: readonly Marker[]): string {
  return `${text.trimEnd()}\n\n${markers.map(renderMarker).join('\n')}`;
}

/**
 * Whether a body the action wrote says the same as the one it would write now: the same text and
 * the same markers, wherever they sit (earlier versions put an issue's marker first, and a body
 * that only moved its marker is not worth an edit).
 */
export function sameMarkedBody(existing: string, wanted: string): boolean {
  const split = (body: string): { text: string; markers: string } => {
    const markers: string[] = [];
    const text = body.replace(MARKER_PATTERN, (found) => {
      markers.push(found);
      return '';
    });
    return { text: text.replace(/\r\n/gu, '\n').trim(), markers: markers.join('\n') };
  };
  const a = split(existing);
  const b = split(wanted);
  return a.text === b.text && a.markers === b.markers;
}

/** Every marker in a text, in order. Malformed markers, and kinds this version does not know, are ignored. */
export function parseMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const match of text.matchAll(MARKER_PATTERN)) {
    try {
      const value: unknown = JSON.parse(match[1] ?? '');
      if (isMarker(value)) markers.push(value);
    } catch {
      // A broken marker is someone's typo, not ours: skip it.
    }
  }
  return markers;
}

function isMarker(value: unknown): value is Marker {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (typeof record.kind !== 'string' || typeof record.subject !== 'string') return false;
  if (!isMarkerKind(record.kind)) return false;
  if (record.stage !== undefined && typeof record.stage !== 'string') return false;
  if (record.data !== undefined) {
    if (typeof record.data !== 'object' || record.data === null) return false;
    if (!Object.values(record.data).every((v) => typeof v === 'string')) return false;
  }
  return true;
}

export function sameMarker(a: Marker, b: Pick<Marker, 'kind' | 'subject'> & { stage?: string }): boolean {
  return (
    a.kind === b.kind && a.subject === b.subject && (b.stage === undefined || (a.stage ?? '') === b.stage)
  );
}

/**
 * The subject of what the action writes about an issue a person filed (feedback, a client-filed
 * deadline): an event run scoped to that issue keeps exactly the writes with this subject.
 */
export function issueSubject(number: number): string {
  return `issue:${number}`;
}

/** A stable text key for a marker, used to refer to an issue that the same plan creates. */
export function markerKey(marker: Pick<Marker, 'kind' | 'subject'> & { stage?: string | undefined }): string {
  return [marker.kind, marker.subject, marker.stage ?? ''].join('|');
}

/** Markers of the action's own comments on an issue (trusted only when the bot wrote them). */
export function botCommentMarkers(
  snapshot: Pick<Snapshot, 'botLogin'>,
  issue: SnapshotIssue,
): Array<{ comment: SnapshotComment; marker: Marker }> {
  const found: Array<{ comment: SnapshotComment; marker: Marker }> = [];
  for (const comment of issue.comments) {
    if (!isBot(snapshot, comment.author.login)) continue;
    for (const marker of parseMarkers(trustedBody(snapshot, comment))) found.push({ comment, marker });
  }
  return found;
}

/**
 * The text of one of the action's comments its markers are read from: the comment as the action last
 * wrote it. A person with write access can edit the action's comment; a marker they add (an
 * "agreement" no one agreed) or change must not count, so once someone else edited it last, the
 * action's own last version stands (the shell reads it from GitHub's edit history).
 */
export function trustedBody(
  snapshot: Pick<Snapshot, 'botLogin'>,
  comment: Pick<SnapshotComment, 'body' | 'editedBy' | 'authoredBody'>,
): string {
  if (comment.editedBy === undefined || isBot(snapshot, comment.editedBy)) return comment.body;
  return comment.authoredBody ?? comment.body;
}

/**
 * The marker of an issue the action opened (trusted only when the bot opened it, and only where
 * issues of its kind are kept: see core/places.ts).
 */
export function botIssueMarker(
  snapshot: Pick<Snapshot, 'botLogin' | 'internal'>,
  issue: SnapshotIssue,
): Marker | undefined {
  if (!isBot(snapshot, issue.author.login)) return undefined;
  const marker = parseMarkers(issue.body)[0];
  return marker && inItsPlace(snapshot, issue, marker.kind) ? marker : undefined;
}

export function isBot(snapshot: Pick<Snapshot, 'botLogin'>, login: string): boolean {
  return normaliseLogin(login) === normaliseLogin(snapshot.botLogin);
}

// GraphQL names the workflow token's bot `github-actions`, REST `github-actions[bot]`: treat them as one.
// Asked for every comment by every rule, of a handful of logins: each is worked out once.
const normaliseLogin = memoByText(10_000, (login) => login.toLowerCase().replace(/\[bot\]$/, ''));
