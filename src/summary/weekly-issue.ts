// The life of an issue kept per ISO week (the weekly summary in a client repository, the portfolio
// issue in the ops repository): opened once the configured day and time of the week has passed,
// edited in place while the week runs (only when the text changes), and closed with a link to the next
// week's issue when that one opens. Two runs that raced leave two issues: the lowest number is kept
// and the others are closed as duplicates. A week that is over keeps what it said once closed, and is
// told again as of its end only from what it was written from (see `keepsWhatItSaid`).
import { markedBody, parseMarkers, sameMarkedBody, type Marker } from '../core/markers';
import type { MarkerKind } from '../core/marker-kinds';
import {
  markedComment,
  markedIssue,
  refOf,
  refPlaceholder,
  type OpenIssueWrite,
  type Write,
} from '../core/plan';
import type { Place } from '../core/places';
import type { Snapshot, SnapshotIssue } from '../core/snapshot';
import type { Weekday } from '../engagement/schema';
import { findSummaryIssues, hasBotComment, weekSubject, type SummaryIssues } from './issues';
import type { RenderedSummary } from './types';
import {
  compareWeeks,
  formatIsoWeek,
  opensAt,
  parseIsoWeek,
  previousWeek,
  weekEnd,
  weekOf,
  type IsoWeek,
} from './week';

/** The key of the issue marker's data naming what the text was written from (`WeeklyIssueSpec.source`). */
const SOURCE_KEY = 'source';

export interface WeeklyIssueSpec {
  /** The marker kind of the issue and of its closing comments. */
  readonly kind: MarkerKind;
  /** What the issue is, in reasons: `weekly summary`, `portfolio issue`. */
  readonly noun: string;
  readonly snapshot: Snapshot;
  readonly now: Date;
  readonly zone: string;
  readonly day: Weekday;
  readonly time: string;
  readonly labels: readonly string[];
  /** Where a new week's issue is opened (the client repository when absent). */
  readonly place?: Place;
  /** Produce this week's issue whatever the day and time (`2026-W48`). */
  readonly week?: string | undefined;
  readonly render: (week: IsoWeek) => RenderedSummary;
  /** Hidden markers a week's issue carries after its own (the summary's records of older feedback). */
  readonly moreMarkers?: (week: IsoWeek) => readonly Marker[];
  /**
   * Refresh a past week's issue before closing it: only when `render` can tell a past week as of its
   * end (the weekly summary can; the portfolio, which holds only the latest facts, cannot).
   */
  readonly closeWithFinalFigures: boolean;
  /**
   * What the text is written from besides the repository (the summary: a fingerprint of the engagement
   * file and the language), kept in the issue's marker. A week that is over is written again, as of its
   * end, only from the same source: from another one (the file changed since the issue was last
   * written, maybe after the week ended) it keeps what it said. Absent: not checked (the portfolio).
   */
  readonly source?: string;
  readonly closing: (nextWeek: string, link: string) => string;
  readonly duplicate: (week: string, kept: string) => string;
}

export function planWeeklyIssue(spec: WeeklyIssueSpec): Write[] {
  const existing = findSummaryIssues(spec.snapshot, spec.kind);
  const writes: Write[] = [...closeDuplicates(spec, existing)];

  let target: IsoWeek;
  if (spec.week !== undefined) {
    const asked = parseIsoWeek(spec.week);
    if (!asked)
      throw new Error(`The ${spec.noun} week "${spec.week}" is not an ISO week: write it like 2026-W48.`);
    // The shells refuse it first (askedWeekProblem); a week to come would close this week's issue.
    if (compareWeeks(asked, weekOf(spec.now, spec.zone)) > 0)
      throw new Error(
        `The ${spec.noun} week "${spec.week}" has not begun: ask for this week or an earlier one.`,
      );
    target = asked;
  } else {
    target = weekOf(spec.now, spec.zone);
    if (spec.now.getTime() < opensAt(target, spec.day, spec.time, spec.zone).getTime()) {
      // This week's issue is not due yet: last week's, if there is one, gets its final figures.
      const last = existing.find((entry) => compareWeeks(entry.week, previousWeek(target, spec.zone)) === 0);
      return last ? [...writes, ...refresh(spec, last)] : writes;
    }
  }

  const current = existing.find((entry) => compareWeeks(entry.week, target) === 0);
  let link: string;
  if (current) {
    writes.push(...refresh(spec, current));
    link = `#${current.kept.number}`;
  } else {
    const open = openWrite(spec, target);
    writes.push(open);
    link = refPlaceholder(open.key);
  }
  for (const older of existing.filter((entry) => compareWeeks(entry.week, target) < 0)) {
    if (spec.closeWithFinalFigures && older.kept.state === 'open') writes.push(...refresh(spec, older));
    writes.push(...closeSuperseded(spec, older.week, older.kept, target, link));
  }
  return writes;
}

export function weeklyIssueMarker(kind: MarkerKind, week: IsoWeek, source?: string): Marker {
  return {
    kind,
    subject: weekSubject(week),
    ...(source !== undefined ? { data: { [SOURCE_KEY]: source } } : {}),
  };
}

/** What a week's issue was last written from (its marker's source), if it says. */
export function writtenFrom(issue: Pick<SnapshotIssue, 'body'>): string | undefined {
  return parseMarkers(issue.body)[0]?.data?.[SOURCE_KEY];
}

/**
 * Whether a week's issue keeps the text it has, whatever the facts now say: once its week is over, a
 * closed issue is never written again (what it said at its close stands), and an open one is told
 * again as of the week's end only from the source it was last written from. From another source — the
 * engagement file changed since, and nothing tells whether before or after the week's end — a milestone
 * removed or a date moved in the file would rewrite what the week was; its last text was true when
 * written, so it stands. The week that runs is always written from the facts of now.
 */
export function keepsWhatItSaid(
  at: { readonly now: Date; readonly zone: string; readonly source?: string | undefined },
  week: IsoWeek,
  issue: { readonly open: boolean; readonly source: string | undefined },
): boolean {
  if (at.now.getTime() < weekEnd(week, at.zone).getTime()) return false;
  if (!issue.open) return true;
  return at.source !== undefined && issue.source !== at.source;
}

function keeps(spec: WeeklyIssueSpec, entry: SummaryIssues): boolean {
  return keepsWhatItSaid(spec, entry.week, {
    open: entry.kept.state === 'open',
    source: writtenFrom(entry.kept),
  });
}

function openWrite(spec: WeeklyIssueSpec, week: IsoWeek): OpenIssueWrite {
  const { title, body } = spec.render(week);
  const marker = weeklyIssueMarker(spec.kind, week, spec.source);
  const open = markedIssue({
    ...(spec.place ? { place: spec.place } : {}),
    title,
    text: body,
    marker,
    labels: spec.labels,
    assignees: [],
    reason: `The ${spec.noun} for ${formatIsoWeek(week)} is due and no ${spec.noun} exists for that week yet.`,
  });
  const more = spec.moreMarkers?.(week) ?? [];
  return more.length === 0 ? open : { ...open, body: markedBody(body, [marker, ...more]) };
}

/**
 * An edit only when the title or the text would change, so a rerun in the same week writes nothing;
 * none at all for a week that keeps what it said.
 */
function refresh(spec: WeeklyIssueSpec, entry: SummaryIssues): Write[] {
  if (keeps(spec, entry)) return [];
  const { title, body } = spec.render(entry.week);
  const wanted = markedBody(body, [
    weeklyIssueMarker(spec.kind, entry.week, spec.source),
    ...(spec.moreMarkers?.(entry.week) ?? []),
  ]);
  const issue = entry.kept;
  const titleChanged = issue.title !== title;
  const bodyChanged = !sameMarkedBody(issue.body, wanted);
  if (!titleChanged && !bodyChanged) return [];
  return [
    {
      kind: 'edit-issue',
      issue: refOf(issue),
      ...(titleChanged ? { title } : {}),
      ...(bodyChanged ? { body: wanted } : {}),
      reason: `The figures of the ${formatIsoWeek(entry.week)} ${spec.noun} changed since it was last written${
        titleChanged ? ' (and so did its title)' : ''
      }.`,
    },
  ];
}

function closeSuperseded(
  spec: WeeklyIssueSpec,
  week: IsoWeek,
  issue: SnapshotIssue,
  next: IsoWeek,
  link: string,
): Write[] {
  if (issue.state !== 'open') return [];
  const subject = weekSubject(week);
  const writes: Write[] = [];
  const stage = 'superseded';
  if (!hasBotComment(spec.snapshot, issue, subject, stage, spec.kind)) {
    const marker: Marker = { kind: spec.kind, subject, stage };
    writes.push(
      markedComment(
        refOf(issue),
        spec.closing(formatIsoWeek(next), link),
        [marker],
        `The ${spec.noun} of ${formatIsoWeek(next)} replaces this one: say where to read on before closing it.`,
      ),
    );
  }
  writes.push({
    kind: 'close-issue',
    issue: refOf(issue),
    stateReason: 'completed',
    reason: `The ${formatIsoWeek(week)} ${spec.noun} is over: ${formatIsoWeek(next)} has its own issue.`,
  });
  return writes;
}

function closeDuplicates(spec: WeeklyIssueSpec, existing: readonly SummaryIssues[]): Write[] {
  const writes: Write[] = [];
  for (const entry of existing) {
    const subject = weekSubject(entry.week);
    for (const duplicate of entry.duplicates) {
      if (duplicate.state !== 'open') continue;
      const stage = 'duplicate';
      if (!hasBotComment(spec.snapshot, duplicate, subject, stage, spec.kind)) {
        const marker: Marker = { kind: spec.kind, subject, stage };
        writes.push(
          markedComment(
            refOf(duplicate),
            spec.duplicate(formatIsoWeek(entry.week), `#${entry.kept.number}`),
            [marker],
            `Two runs opened a ${spec.noun} for ${formatIsoWeek(entry.week)}; #${entry.kept.number} is the one kept.`,
          ),
        );
      }
      writes.push({
        kind: 'close-issue',
        issue: refOf(duplicate),
        stateReason: 'not_planned',
        reason: `A duplicate of the ${formatIsoWeek(entry.week)} ${spec.noun} #${entry.kept.number}.`,
      });
    }
  }
  return writes;
}
