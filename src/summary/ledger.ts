// Which records the summary issues hold and what the totals count (docs/summary.md, "Records of older
// feedback"): the feedback this run reads, plus the latest record of every closed feedback it does not
// read. Pure: the summary issues are read by every full scan already.
import type { PlanContext } from '../core/context';
import type { FeedbackFacts } from '../core/facts';
import { parseMarkers, type Marker } from '../core/markers';
import { repositoryUrl, type Snapshot } from '../core/snapshot';
import { findSummaryIssues, weekSubject } from './issues';
import {
  RECORDS_ROOM,
  decodeRecord,
  encodeRecord,
  factsOfRecord,
  readBlock,
  recordOf,
  recordsMarker,
  type RecordsBlock,
} from './records';
import { summarySource } from './source';
import type { SummaryFacts } from './types';
import { keepsWhatItSaid, writtenFrom } from './weekly-issue';
import {
  compareWeeks,
  formatIsoWeek,
  parseIsoWeek,
  previousWeek,
  weekOf,
  weekStart,
  type IsoWeek,
} from './week';

/** One week's records: as stored in its summary issue, or as this run writes them. */
export interface WeekRecords {
  readonly week: IsoWeek;
  /** The summary issue holding them; null for a week whose issue this run opens. */
  readonly issue: {
    readonly number: number;
    readonly url: string;
    readonly open: boolean;
    /** What its text was last written from (weekly-issue.ts, `writtenFrom`). */
    readonly source?: string | undefined;
  } | null;
  readonly status: 'ok' | 'absent' | 'damaged';
  readonly block: RecordsBlock | null;
}

/** What the summary says about the records behind its totals (nothing when they are whole). */
export interface RecordNotes {
  /** Closed feedback last updated before this instant is counted only through records. */
  readonly keptSince: string | null;
  /** Summaries written before records existed: their weeks' closed feedback is not counted. */
  readonly notCountedBefore: string | null;
  /** Weeks whose records could not be read (changed or removed by a person). */
  readonly damaged: ReadonlyArray<{ readonly week: string; readonly number: number; readonly url: string }>;
  /** Closed feedback that did not fit in the latest block. */
  readonly over: number;
}

export interface CountedFacts {
  readonly facts: SummaryFacts;
  readonly notes: RecordNotes;
}

/** The look-back of a full scan at `now` (as src/plan/reads.ts computes it for the shell). */
export function lookBackOf(now: Date, zone: string): string {
  return weekStart(previousWeek(weekOf(now, zone), zone), zone).toISOString();
}

/** The records each summary issue holds, oldest week first (the kept issue of each week). */
export function storedRecords(snapshot: Snapshot): WeekRecords[] {
  return findSummaryIssues(snapshot).map(({ week, kept }) => {
    const read = readBlock(parseMarkers(kept.body), weekSubject(week), kept.body);
    return {
      week,
      issue: { number: kept.number, url: kept.url, open: kept.state === 'open', source: writtenFrom(kept) },
      status: read.status,
      block: read.status === 'ok' ? read.block : null,
    };
  });
}

/**
 * The records as they stand after this run: every open summary (and the week this run may open, or
 * was asked for) gets its block written again, oldest week first; a closed summary keeps its own, and
 * so does a summary of a week that is over which keeps what it said (weekly-issue.ts): this run does
 * not write it, so what it would have held goes to the next block written.
 * A written block holds the closed feedback read now whose record differs from the latest one of an
 * earlier week, plus what it held of issues no longer read; the closed feedback that left the
 * look-back first goes in first when room is short.
 */
export function plannedRecords(ctx: PlanContext, facts: SummaryFacts, asked?: string): WeekRecords[] {
  const zone = ctx.engagement.engagement.time_zone;
  const stored = storedRecords(ctx.snapshot);
  const extra = [weekOf(ctx.now, zone), ...(asked ? [parseIsoWeek(asked)] : [])].filter(
    (week): week is IsoWeek => week !== undefined,
  );
  const weeks = [...stored];
  for (const week of extra) {
    if (!weeks.some((entry) => compareWeeks(entry.week, week) === 0))
      weeks.push({ week, issue: null, status: 'absent', block: null });
  }
  weeks.sort((a, b) => compareWeeks(a.week, b.week));

  const read = readNumbers(ctx.snapshot);
  const lookBack = lookBackOf(ctx.now, zone);
  const closed = facts.feedback
    .filter((f) => !f.open && read.has(f.number))
    .map((f) => ({ f, line: encodeRecord(recordOf(f)) }))
    .sort((a, b) => leftAt(a.f).localeCompare(leftAt(b.f)) || a.f.number - b.f.number);

  const at = { now: ctx.now, zone, source: summarySource(ctx) };
  const latest = new Map<number, string>();
  const result: WeekRecords[] = [];
  for (const entry of weeks) {
    const written =
      entry.issue === null ||
      (entry.issue.open && !keepsWhatItSaid(at, entry.week, { open: true, source: entry.issue.source }));
    if (!written) {
      for (const [n, line] of entry.block?.records ?? []) latest.set(n, line);
      result.push(entry);
      continue;
    }
    const records = new Map<number, string>();
    let size = 0;
    for (const [n, line] of entry.block?.records ?? []) {
      if (read.has(n)) continue;
      records.set(n, line);
      size += line.length + 1;
    }
    let over = 0;
    for (const { f, line } of closed) {
      if (latest.get(f.number) === line) continue;
      if (size + line.length + 1 > RECORDS_ROOM) {
        over += 1;
        continue;
      }
      records.set(f.number, line);
      size += line.length + 1;
    }
    const since = entry.block && entry.block.since < lookBack ? entry.block.since : lookBack;
    for (const [n, line] of records) latest.set(n, line);
    result.push({ ...entry, status: 'ok', block: { since, records, over } });
  }
  return result;
}

/** The hidden marker holding a week's block, as this run writes it (none for a week it does not keep). */
export function recordsMarkerFor(records: readonly WeekRecords[], week: IsoWeek): Marker | null {
  const entry = records.find((r) => compareWeeks(r.week, week) === 0);
  return entry?.block ? recordsMarker(weekSubject(week), entry.block) : null;
}

/**
 * The facts the totals count: those read, plus the latest record of each closed feedback the run did
 * not read. An issue read this run beats its record, whatever the record says; a damaged block is
 * not used at all.
 */
export function countedFacts(
  ctx: PlanContext,
  facts: SummaryFacts,
  records: readonly WeekRecords[] = storedRecords(ctx.snapshot),
): CountedFacts {
  const read = readNumbers(ctx.snapshot);
  for (const f of facts.feedback) read.add(f.number);
  const latest = new Map<number, string>();
  for (const entry of records) for (const [n, line] of entry.block?.records ?? []) latest.set(n, line);
  const repoUrl = repositoryUrl(ctx.snapshot);
  const added: FeedbackFacts[] = [];
  for (const [n, line] of latest) {
    if (read.has(n)) continue;
    const record = decodeRecord(line);
    if (record) added.push(factsOfRecord(record, repoUrl));
  }
  const feedback = added.length === 0 ? facts.feedback : [...facts.feedback, ...added];
  return { facts: { ...facts, feedback }, notes: notesOf(ctx, records) };
}

function notesOf(ctx: PlanContext, records: readonly WeekRecords[]): RecordNotes {
  const firstOk = records.findIndex((r) => r.status === 'ok');
  const sinces = records.flatMap((r) => (r.block ? [r.block.since] : []));
  const keptSince =
    sinces.length > 0
      ? sinces.reduce((a, b) => (a < b ? a : b))
      : lookBackOf(ctx.now, ctx.engagement.engagement.time_zone);
  // A closed summary with no block before the first one that has records was written before records
  // existed; one after it lost its block to a person's edit.
  const legacy = records.some(
    (r, index) =>
      r.status === 'absent' && r.issue !== null && !r.issue.open && (firstOk < 0 || index < firstOk),
  );
  const damaged = records.flatMap((r, index) =>
    r.issue !== null &&
    (r.status === 'damaged' || (r.status === 'absent' && !r.issue.open && firstOk >= 0 && index > firstOk))
      ? [{ week: formatIsoWeek(r.week), number: r.issue.number, url: r.issue.url }]
      : [],
  );
  const last = [...records].reverse().find((r) => r.block !== null);
  return {
    keptSince,
    notCountedBefore: legacy ? keptSince : null,
    damaged,
    over: last?.block?.over ?? 0,
  };
}

/** The numbers of the client repository's issues the run read. */
function readNumbers(snapshot: Snapshot): Set<number> {
  return new Set(snapshot.issues.filter((issue) => issue.place !== 'internal').map((issue) => issue.number));
}

function leftAt(f: FeedbackFacts): string {
  return f.closedAt ?? f.resolvedAt ?? f.createdAt;
}
