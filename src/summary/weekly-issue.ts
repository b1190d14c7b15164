// The life of an issue kept per ISO week (the weekly summary in a client repository, the portfolio
// issue in the ops repository): opened once the configured day and time of the week has passed,
// edited in place while the week runs (only when the text changes), and closed with a link to the next
// week's issue when that one opens. Two runs that raced leave two issues: the lowest number is kept
// and the others are closed as duplicates.
import { markedBody, sameMarkedBody, type Marker } from '../core/markers';
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
  weekOf,
  type IsoWeek,
} from './week';

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

export function weeklyIssueMarker(kind: MarkerKind, week: IsoWeek): Marker {
  return { kind, subject: weekSubject(week) };
}

function openWrite(spec: WeeklyIssueSpec, week: IsoWeek): OpenIssueWrite {
  const { title, body } = spec.render(week);
  const marker = weeklyIssueMarker(spec.kind, week);
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

/** An edit only when the title or the text would change, so a rerun in the same week writes nothing. */
function refresh(spec: WeeklyIssueSpec, entry: SummaryIssues): Write[] {
  const { title, body } = spec.render(entry.week);
  const wanted = markedBody(body, [
    weeklyIssueMarker(spec.kind, entry.week),
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
