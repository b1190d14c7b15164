import type { BusinessCalendar } from '../calendar/types';
import type { Engagement, Locale } from '../engagement/schema';
import type { PortfolioLoad } from './portfolio-load';
import type { WeeklyFacts } from './facts';
import { readOpenedIssues, type OpenedIssues } from './opened-issues';
import { readSides, type Sides } from './sides';
import type { Snapshot } from './snapshot';

/** Everything a domain planner may look at. Built once per run by planRun(). */
export interface PlanContext extends SnapshotReadings {
  readonly engagement: Engagement;
  readonly snapshot: Snapshot;
  readonly now: Date;
  readonly calendar: BusinessCalendar;
  /** Language for the team and the summary (the action's `locale` input wins over the file). */
  readonly locale: Locale;
  /** Language for messages addressed to the client. */
  readonly clientLocale: Locale;
  /** The ISO week (e.g. `2026-W48`) the summary is asked for, whatever the day and time. */
  readonly summaryWeek?: string;
  /** When the action took over the repository (see core/adoption.ts); null: unknown, all issues are new. */
  readonly adoptedAt?: Date | null;
  /** In a portfolio: what the vendor's people owe on other engagements (the portfolio-load file). */
  readonly portfolioLoad?: PortfolioLoad | undefined;
  /** The week's facts as they stood at an instant (the composer provides it): a closed week reads them. */
  readonly factsAt?: (at: Date) => WeeklyFacts;
}

/**
 * What every domain asks of the snapshot many times, read once with the context: who is on which
 * side, and the issues the action opened. They belong to one snapshot: a context on another one (a
 * projection of the run's writes, the repository as it was) is made with withSnapshot().
 */
export interface SnapshotReadings {
  readonly sides: Sides;
  readonly opened: OpenedIssues;
}

export function readingsOf(engagement: Engagement, snapshot: Snapshot): SnapshotReadings {
  return { sides: readSides(engagement, snapshot), opened: readOpenedIssues(snapshot) };
}

/** The same context on another snapshot (and instant), with what is read from it read again. */
export function withSnapshot(ctx: PlanContext, snapshot: Snapshot, now: Date = ctx.now): PlanContext {
  return { ...ctx, snapshot, now, ...readingsOf(ctx.engagement, snapshot) };
}
