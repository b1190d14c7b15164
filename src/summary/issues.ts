// The summary issues already in the repository, found by the action's own marker on issues the
// action opened: never by title, which anyone can type.
import type { MarkerKind } from '../core/marker-kinds';
import { botCommentMarkers, sameMarker } from '../core/markers';
import { issuesOpenedOfKind, readOpenedIssues } from '../core/opened-issues';
import type { Snapshot, SnapshotIssue } from '../core/snapshot';
import { formatIsoWeek, parseIsoWeek, type IsoWeek } from './week';

export const SUMMARY_KIND = 'summary' satisfies MarkerKind;

export interface SummaryIssues {
  readonly week: IsoWeek;
  /** The week's issue: the lowest number, when two runs raced and opened two. */
  readonly kept: SnapshotIssue;
  /** Every other issue for the same week, lowest number first. */
  readonly duplicates: readonly SnapshotIssue[];
}

export function weekSubject(week: IsoWeek): string {
  return `week:${formatIsoWeek(week)}`;
}

/** Summary issues (or other issues kept per week, by marker kind) by week, oldest week first. */
export function findSummaryIssues(snapshot: Snapshot, kind: MarkerKind = SUMMARY_KIND): SummaryIssues[] {
  const byWeek = new Map<string, { week: IsoWeek; issues: SnapshotIssue[] }>();
  // Asked once per plan (and by the portfolio, which has no plan context): one scan of its own.
  const world = { snapshot, opened: readOpenedIssues(snapshot) };
  for (const [subject, opened] of issuesOpenedOfKind(world, kind)) {
    if (!subject.startsWith('week:')) continue;
    const week = parseIsoWeek(subject.slice('week:'.length));
    if (!week) continue;
    const key = formatIsoWeek(week);
    const entry = byWeek.get(key) ?? { week, issues: [] };
    entry.issues.push(...opened.map(({ issue }) => issue));
    byWeek.set(key, entry);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, { week, issues }]) => {
      const [kept, ...duplicates] = [...issues].sort((a, b) => a.number - b.number);
      return { week, kept: kept!, duplicates };
    });
}

/** Whether the action already left its comment of this stage on the issue. */
export function hasBotComment(
  snapshot: Snapshot,
  issue: SnapshotIssue,
  subject: string,
  stage: string,
  kind: MarkerKind = SUMMARY_KIND,
): boolean {
  return botCommentMarkers(snapshot, issue).some(({ marker }) =>
    sameMarker(marker, { kind, subject, stage }),
  );
}
