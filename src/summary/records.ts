// The action's own records of older feedback (docs/summary.md, "Records of older feedback"): a full
// scan reads closed feedback only within the look-back, so the summary's totals "to date" would lose a
// closed feedback once it leaves it. Each weekly summary issue carries, in a hidden marker of its own,
// a compact line per closed feedback: the facts the totals need, not aggregates, so that a record and
// a reading of the same issue can never both be counted. This file is the format only: pure text in,
// facts out.
import type { FeedbackFacts, SlaOutcome } from '../core/facts';
import type { MarkerKind } from '../core/marker-kinds';
import type { Marker } from '../core/markers';
import {
  FEEDBACK_TYPES,
  IMPORTANCE_LEVELS,
  PRIORITIES,
  ROOT_CAUSES,
  type FeedbackType,
  type Importance,
  type Priority,
  type RootCause,
} from '../engagement/schema';

/** The records ride in a second marker of the summary issue: its own kind, stage `records`. */
export const RECORDS_KIND = 'summary' satisfies MarkerKind;
export const RECORDS_STAGE = 'records';
/** The format of a block; a block of another version is not read (and said so). */
export const RECORDS_VERSION = '1';

/**
 * The room a block may take in an issue body. GitHub stores at most 65,536 characters; the summary's
 * text gives up what the block takes beyond the rest (see plan.ts). About 70 characters a record:
 * some 400 closed feedback a week.
 */
export const RECORDS_ROOM = 28_000;

/** The facts of one closed feedback as a record holds them (what the totals to date need). */
export interface FeedbackRecord {
  readonly number: number;
  readonly createdAt: string;
  readonly closedAt: string | null;
  readonly resolvedAt: string | null;
  readonly firstResponseAt: string | null;
  readonly firstResponse: Pick<SlaOutcome, 'dueAt' | 'met'>;
  readonly resolution: Pick<SlaOutcome, 'dueAt' | 'met'>;
  readonly rating: number | null;
  readonly topic: string;
  readonly type: FeedbackType;
  readonly priority: Priority;
  readonly importance: Importance;
  readonly rootCauses: readonly RootCause[];
}

/** One summary issue's block as written: the records and what the block says about itself. */
export interface RecordsBlock {
  /** The look-back of the first run that wrote the block: records hold what was read from then on. */
  readonly since: string;
  /** Records by feedback number, each one encoded line. */
  readonly records: ReadonlyMap<number, string>;
  /** Closed feedback that did not fit in the block when it was last written. */
  readonly over: number;
}

export type ReadBlock =
  | { readonly status: 'ok'; readonly block: RecordsBlock }
  | { readonly status: 'absent' }
  | { readonly status: 'damaged' };

export function recordOf(f: FeedbackFacts): FeedbackRecord {
  return {
    number: f.number,
    createdAt: f.createdAt,
    closedAt: f.closedAt,
    resolvedAt: f.resolvedAt,
    firstResponseAt: f.firstResponseAt,
    firstResponse: { dueAt: f.firstResponse.dueAt, met: f.firstResponse.met },
    resolution: { dueAt: f.resolution.dueAt, met: f.resolution.met },
    rating: f.rating,
    topic: f.topic,
    type: f.type,
    priority: f.priority,
    importance: f.importance,
    rootCauses: f.rootCauses,
  };
}

// Instants are milliseconds in base 36: the creation absolute, the others after it, so a record is
// short and exact (the totals compare instants to the millisecond, as a reading of the issue does).
export function encodeRecord(r: FeedbackRecord): string {
  const base = Date.parse(r.createdAt);
  const at = (iso: string | null): string => (iso === null ? '' : (Date.parse(iso) - base).toString(36));
  const sla = (o: Pick<SlaOutcome, 'dueAt' | 'met'>): string =>
    `${o.met === true ? 'y' : o.met === false ? 'n' : 'u'}${at(o.dueAt)}`;
  return [
    r.number.toString(36),
    base.toString(36),
    at(r.closedAt),
    at(r.resolvedAt),
    at(r.firstResponseAt),
    sla(r.firstResponse),
    sla(r.resolution),
    r.rating === null ? '' : String(r.rating),
    encodeURIComponent(r.topic),
    index(FEEDBACK_TYPES, r.type),
    index(PRIORITIES, r.priority),
    index(IMPORTANCE_LEVELS, r.importance),
    r.rootCauses.map((cause) => index(ROOT_CAUSES, cause)).join(''),
  ].join(',');
}

/** A record from its line; undefined when the line is not one this version wrote. */
export function decodeRecord(line: string): FeedbackRecord | undefined {
  const parts = line.split(',');
  if (parts.length !== 13) return undefined;
  const [
    n,
    created,
    closed,
    resolved,
    first,
    frSla,
    resSla,
    rating,
    topic,
    type,
    priority,
    importance,
    causes,
  ] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const number = int36(n);
  const base = int36(created);
  if (number === undefined || number <= 0 || base === undefined) return undefined;
  const at = (text: string): string | null | undefined => {
    if (text === '') return null;
    const delta = int36(text);
    return delta === undefined ? undefined : new Date(base + delta).toISOString();
  };
  const sla = (text: string): Pick<SlaOutcome, 'dueAt' | 'met'> | undefined => {
    const flag = text.slice(0, 1);
    const due = at(text.slice(1));
    if (!due || !['y', 'n', 'u'].includes(flag)) return undefined;
    return { dueAt: due, met: flag === 'y' ? true : flag === 'n' ? false : null };
  };
  const closedAt = at(closed);
  const resolvedAt = at(resolved);
  const firstResponseAt = at(first);
  const firstResponse = sla(frSla);
  const resolution = sla(resSla);
  const value = rating === '' ? null : Number(rating);
  const typeOf = FEEDBACK_TYPES[Number(type)];
  const priorityOf = PRIORITIES[Number(priority)];
  const importanceOf = IMPORTANCE_LEVELS[Number(importance)];
  const rootCauses = [...causes].map((c) => ROOT_CAUSES[Number(c)]);
  let topicOf: string;
  try {
    topicOf = decodeURIComponent(topic);
  } catch {
    return undefined;
  }
  if (
    closedAt === undefined ||
    resolvedAt === undefined ||
    firstResponseAt === undefined ||
    !firstResponse ||
    !resolution ||
    (value !== null && !(Number.isInteger(value) && value >= 1 && value <= 5)) ||
    !typeOf ||
    !priorityOf ||
    !importanceOf ||
    topicOf === '' ||
    rootCauses.some((cause) => cause === undefined)
  )
    return undefined;
  return {
    number,
    createdAt: new Date(base).toISOString(),
    closedAt,
    resolvedAt,
    firstResponseAt,
    firstResponse,
    resolution,
    rating: value,
    topic: topicOf,
    type: typeOf,
    priority: priorityOf,
    importance: importanceOf,
    rootCauses: rootCauses as RootCause[],
  };
}

/**
 * The facts a record stands for, as the summary counts them: a closed feedback with no title or
 * words (a record is only counted, never quoted), linked by its number.
 */
export function factsOfRecord(r: FeedbackRecord, repoUrl: string): FeedbackFacts {
  return {
    number: r.number,
    title: '',
    url: `${repoUrl}/issues/${r.number}`,
    author: '',
    createdAt: r.createdAt,
    closedAt: r.closedAt,
    open: false,
    topic: r.topic,
    importance: r.importance,
    type: r.type,
    priority: r.priority,
    processState: 'resolved',
    firstResponseAt: r.firstResponseAt,
    resolvedAt: r.resolvedAt,
    firstResponse: { ...r.firstResponse, minutesTaken: null },
    resolution: { ...r.resolution, minutesTaken: null },
    rating: r.rating,
    kudos: null,
    contradicts: [],
    escalated: false,
    rootCauses: r.rootCauses,
    milestone: null,
  };
}

/** The hidden marker that holds a block: records in number order, with their count and a checksum. */
export function recordsMarker(subject: string, block: RecordsBlock): Marker {
  const lines = [...block.records.entries()].sort(([a], [b]) => a - b).map(([, line]) => line);
  const text = lines.join(';');
  return {
    kind: RECORDS_KIND,
    subject,
    stage: RECORDS_STAGE,
    data: {
      v: RECORDS_VERSION,
      since: block.since,
      n: String(lines.length),
      sum: checksum(text),
      ...(block.over > 0 ? { over: String(block.over) } : {}),
      r: text,
    },
  };
}

/**
 * A block from the markers of a summary issue: absent when it carries none, damaged when one is there
 * but does not add up (a person changed it, or a version this one cannot read wrote it). A damaged
 * block is not used at all: nothing is guessed from part of it.
 */
export function readBlock(markers: readonly Marker[], subject: string, body: string): ReadBlock {
  const found = markers.filter(
    (m) => m.kind === RECORDS_KIND && m.subject === subject && m.stage === RECORDS_STAGE,
  );
  if (found.length === 0) {
    // The marker's opening is there but it did not parse (a person cut into it): damaged, not absent.
    const anyParsed = markers.some((m) => m.kind === RECORDS_KIND && m.stage === RECORDS_STAGE);
    return !anyParsed && body.includes(`"stage":"${RECORDS_STAGE}"`)
      ? { status: 'damaged' }
      : { status: 'absent' };
  }
  if (found.length > 1) return { status: 'damaged' };
  const data = found[0]?.data ?? {};
  const text = data.r;
  const since = data.since;
  if (
    data.v !== RECORDS_VERSION ||
    text === undefined ||
    since === undefined ||
    Number.isNaN(Date.parse(since)) ||
    data.sum !== checksum(text)
  )
    return { status: 'damaged' };
  const lines = text === '' ? [] : text.split(';');
  if (String(lines.length) !== data.n) return { status: 'damaged' };
  const records = new Map<number, string>();
  for (const line of lines) {
    const record = decodeRecord(line);
    if (!record || records.has(record.number)) return { status: 'damaged' };
    records.set(record.number, line);
  }
  const over = data.over === undefined ? 0 : Number(data.over);
  if (!Number.isInteger(over) || over < 0) return { status: 'damaged' };
  return { status: 'ok', block: { since: new Date(Date.parse(since)).toISOString(), records, over } };
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell a hand edit from the text the action wrote. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function index<T>(list: readonly T[], value: T): string {
  const at = list.indexOf(value);
  return String(Math.max(0, at));
}

function int36(text: string): number | undefined {
  if (!/^-?[0-9a-z]+$/u.test(text)) return undefined;
  const value = parseInt(text, 36);
  return Number.isSafeInteger(value) ? value : undefined;
}
