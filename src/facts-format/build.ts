// Builds the facts of one run from what the planner derived: pure in (context, derived facts), so the
// facts the portfolio reads say exactly what the weekly summary of the same run says.
import type { PlanContext } from '../core/context';
import type { FeedbackFacts, MilestoneFacts } from '../core/facts';
import { PRIORITIES, type Priority } from '../engagement/schema';
import { findSummaryIssues } from '../summary/issues';
import { computeFigures, slaBreachedAt } from '../summary/figures';
import type { SummaryFacts } from '../summary/types';
import { repositoryUrl } from '../core/snapshot';
import { formatIsoWeek, weekEnd, weekOf, weekStart } from '../summary/week';
import {
  FACTS_FORMAT,
  FACTS_VERSION,
  type EngagementStatus,
  type FactsFeedback,
  type FactsMilestone,
  type FailedFacts,
  type FailureKind,
  type OkFacts,
} from './schema';

export function buildRunFacts(ctx: PlanContext, derived: SummaryFacts, configPath: string): OkFacts {
  const { engagement, snapshot, now } = ctx;
  const zone = engagement.engagement.time_zone;
  const week = weekOf(now, zone);
  const figures = computeFigures(derived.milestones, derived.feedback, {
    asOf: now,
    start: weekStart(week, zone),
    end: weekEnd(week, zone),
    factsTime: now,
  });
  const latestSummary = findSummaryIssues(snapshot).at(-1);
  const assigneesByIssue = new Map(snapshot.issues.map((issue) => [issue.number, issue.assignees]));
  const openByPriority = Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Record<Priority, number>;
  for (const f of derived.feedback) if (f.open) openByPriority[f.priority] += 1;
  return {
    format: FACTS_FORMAT,
    version: FACTS_VERSION,
    generatedAt: now.toISOString(),
    repository: { ...snapshot.repository, url: repositoryUrl(ctx.snapshot) },
    configPath,
    outcome: 'ok',
    engagement: {
      name: engagement.engagement.name,
      client: engagement.engagement.client ?? null,
      vendor: engagement.engagement.vendor ?? null,
      timeZone: zone,
      locale: ctx.locale,
      accountManager: engagement.contacts.vendor.account_manager?.handle ?? null,
      topics: engagement.feedback.topics.map((topic) => ({
        id: topic.id,
        name: topic.name ?? null,
        nameVi: topic.name_vi ?? null,
      })),
    },
    status: engagementStatus(derived, now),
    week: formatIsoWeek(week),
    summaryIssue: latestSummary
      ? {
          number: latestSummary.kept.number,
          url: latestSummary.kept.url,
          week: formatIsoWeek(latestSummary.week),
        }
      : null,
    milestones: derived.milestones.map((m) => milestoneOf(ctx, assigneesByIssue, m)),
    feedback: derived.feedback.map(feedbackOf),
    figures: {
      handoffsCounted: figures.handoffsCounted,
      handoffsOnTime: figures.handoffsOnTime,
      onTimeRate: figures.onTimeRate,
      averageDelay: figures.averageDelay,
      firstResponseSla: figures.firstResponseSla,
      resolutionSla: figures.resolutionSla,
      ratingAverage: figures.ratingAverage,
      ratingCount: figures.ratingCount,
      openFeedback: openByPriority,
    },
  };
}

/** Why a run could not plan: a code the portfolio words in its language, and the English line. */
export interface Failure {
  readonly kind: FailureKind;
  readonly reason: string;
  /** Every located error (`file:line:column  path  message`). */
  readonly details?: readonly string[];
  readonly status?: number | undefined;
  /** For `write_permission`: the repository (`owner/name`) where GitHub refused the writes. */
  readonly repository?: string;
}

/** The facts of a run that could not plan: the portfolio shows the engagement as failed, with why. */
export function buildFailedFacts(input: {
  readonly repository: { readonly owner: string; readonly name: string; readonly url: string };
  readonly configPath: string;
  readonly at: Date;
  readonly failure: Failure;
}): FailedFacts {
  const { kind, reason, details = [], status, repository } = input.failure;
  return {
    format: FACTS_FORMAT,
    version: FACTS_VERSION,
    generatedAt: input.at.toISOString(),
    repository: { ...input.repository },
    configPath: input.configPath,
    outcome: 'failed',
    failure: {
      reason,
      kind,
      ...(status === undefined ? {} : { status }),
      ...(repository === undefined ? {} : { repository }),
      details: [...details],
    },
  };
}

/**
 * Late when a handoff is overdue; at risk when one is flagged at risk or a client waits past an SLA on
 * open feedback; on track otherwise.
 */
function engagementStatus(derived: SummaryFacts, now: Date): EngagementStatus {
  if (derived.milestones.some((m) => m.status === 'overdue')) return 'late';
  const slaBroken = derived.feedback.some(
    (f) =>
      f.open &&
      (slaBreachedAt(f.firstResponse, f.firstResponseAt, now) ||
        slaBreachedAt(f.resolution, f.resolvedAt, now)),
  );
  if (slaBroken || derived.milestones.some((m) => m.status === 'at_risk')) return 'at_risk';
  return 'on_track';
}

function milestoneOf(
  ctx: PlanContext,
  assigneesByIssue: ReadonlyMap<number, readonly string[]>,
  m: MilestoneFacts,
): FactsMilestone {
  const assignees = m.issueNumber === null ? [] : (assigneesByIssue.get(m.issueNumber) ?? []);
  return {
    id: m.id,
    title: m.title,
    owner: m.owner,
    people: assignees.length > 0 ? [...assignees] : [ctx.engagement.contacts[m.owner].primary.handle],
    baselineDue: m.baselineDue,
    currentDue: m.currentDue,
    governingDue: m.governingDue,
    status: m.status,
    businessDaysLate: m.businessDaysLate,
    completedAt: m.completedAt,
    rootCauses: [...m.rootCauses],
    url: m.issueUrl,
  };
}

function feedbackOf(f: FeedbackFacts): FactsFeedback {
  return {
    number: f.number,
    url: f.url,
    createdAt: f.createdAt,
    open: f.open,
    topic: f.topic,
    importance: f.importance,
    type: f.type,
    priority: f.priority,
    firstResponseAt: f.firstResponseAt,
    resolvedAt: f.resolvedAt,
    firstResponse: { ...f.firstResponse },
    resolution: { ...f.resolution },
    rating: f.rating,
  };
}
