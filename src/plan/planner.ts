// The composer: (engagement, snapshot, now) -> plan. It runs every domain once over one context,
// hands the summary the facts the others found, keeps an event run to its issue, and orders the
// writes. Pure like the domains below it: no clock, no network, no file system.
import { createBusinessCalendar } from '../calendar';
import { adoptionInstant } from '../core/adoption';
import type { PlanContext } from '../core/context';
import type { Domain } from '../core/domain';
import type { WeeklyFacts } from '../core/facts';
import { missingLabelWrites } from '../core/labels';
import { botIssueMarker, issueSubject } from '../core/markers';
import type { IssueRef, Plan, Write } from '../core/plan';
import type { Snapshot } from '../core/snapshot';
import { snapshotAt } from '../core/snapshot-at';
import { issuesNeedingBodyHistory, issuesNeedingCloser } from '../deadlines';
import type { Engagement, Locale } from '../engagement/schema';
import type { PortfolioLoad } from '../core/portfolio-load';
import { DOMAINS } from './domains';
import { fitToGitHub } from './github-limits';

export interface PlanOptions {
  /** The action's `locale` input: overrides the engagement file's language for the team. */
  readonly locale?: Locale;
  /** Produce the weekly summary for this ISO week (e.g. `2026-W48`) whatever the day and time. */
  readonly summaryWeek?: string;
  /** In a portfolio: the latest portfolio-load file, for `/extend` replies. */
  readonly portfolioLoad?: PortfolioLoad;
}

export function buildContext(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
): PlanContext {
  const locale = options.locale ?? engagement.engagement.locale;
  const calendar = createBusinessCalendar(engagement.calendar, engagement.engagement.time_zone);
  return {
    engagement,
    snapshot,
    now,
    calendar,
    locale,
    clientLocale: engagement.engagement.client_locale ?? locale,
    ...(options.summaryWeek !== undefined ? { summaryWeek: options.summaryWeek } : {}),
    adoptedAt: adoptionInstant(engagement, snapshot, calendar),
    ...(options.portfolioLoad ? { portfolioLoad: options.portfolioLoad } : {}),
  };
}

export interface ComposedPlan {
  readonly plan: Plan;
  /** The week's facts the domains found while planning: the job summary reports the same. */
  readonly facts: WeeklyFacts;
}

/** Runs each domain once, in order, each seeing the facts of those before it. */
export function composePlan(ctx: PlanContext, domains: readonly Domain[] = DOMAINS): ComposedPlan {
  let facts: WeeklyFacts = { milestones: [], feedback: [] };
  const domainWrites: Write[] = [];
  // A week that is over is reported as the repository stood at its end, not as it stands now.
  const withPast: PlanContext = { ...ctx, factsAt: (at) => factsAt(ctx, at, domains) };
  for (const domain of domains) {
    const planned = domain.plan(withPast, facts);
    domainWrites.push(...planned.writes);
    facts = { ...facts, ...planned.facts };
  }
  const scoped = restrictToScope(domainWrites, ctx.snapshot);
  const notes: string[] = [];
  const heldBack = domainWrites.length - scoped.length;
  if (heldBack > 0) {
    notes.push(
      `${heldBack} write(s) about other issues wait for the next full scan: an event run only writes about its own issue.`,
    );
  }
  const catalogue = domains.flatMap((domain) => domain.labels(ctx.engagement));
  const full = ctx.snapshot.scope.kind === 'full';
  const labelWrites = missingLabelWrites(scoped, catalogue, ctx.snapshot.labels, {
    ensureAll: full,
    intake: [ctx.engagement.feedback.label, ctx.engagement.labels.deadline],
  });
  const writes = orderWrites([...labelWrites, ...scoped]);
  return {
    plan: { writes: fitToGitHub(writes, ctx.snapshot, ctx.engagement.engagement.locale), notes },
    facts,
  };
}

/** The week's facts as they stood at `at`, from the repository as it was then (the summary adds none). */
function factsAt(ctx: PlanContext, at: Date, domains: readonly Domain[]): WeeklyFacts {
  const past: PlanContext = { ...ctx, snapshot: snapshotAt(ctx.snapshot, at), now: at };
  let facts: WeeklyFacts = { milestones: [], feedback: [] };
  for (const domain of domains) {
    if (domain.name !== 'summary') facts = { ...facts, ...domain.plan(past, facts).facts };
  }
  return facts;
}

/**
 * Issues whose body edit history the shell should read before planning: the handoffs whose last
 * deliverable was ticked since the last run, so their completion is dated by the tick, not the run.
 */
export function bodyHistoryWanted(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
): number[] {
  return issuesNeedingBodyHistory(buildContext(engagement, snapshot, now, options));
}

/**
 * Issues whose closer the shell should read before planning: tracking issues closed without a
 * recorded handoff, because a closing by someone who is not a party is not a delivery.
 */
export function closerWanted(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
): number[] {
  return issuesNeedingCloser(buildContext(engagement, snapshot, now, options));
}

export function planRun(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
): Plan {
  return composePlan(buildContext(engagement, snapshot, now, options)).plan;
}

/**
 * An event run reads only what one issue needs, so it may plan writes only for that issue and the
 * issues the action keeps about the same subject (e.g. its escalation issue). Anything else waits
 * for the next full scan, which sees the whole repository and cannot duplicate an issue.
 */
function restrictToScope(writes: readonly Write[], snapshot: Snapshot): Write[] {
  const scope = snapshot.scope;
  if (scope.kind === 'full') return [...writes];
  const scopedIssue = snapshot.issues.find((issue) => issue.number === scope.number);
  const subjects = new Set<string>([issueSubject(scope.number)]);
  if (scopedIssue) {
    const marker = botIssueMarker(snapshot, scopedIssue);
    if (marker) subjects.add(marker.subject);
  }
  const related = new Set<number>([scope.number]);
  for (const issue of snapshot.issues) {
    const marker = botIssueMarker(snapshot, issue);
    if (marker && subjects.has(marker.subject)) related.add(issue.number);
  }
  const created = new Set<string>();
  const kept: Write[] = [];
  for (const write of writes) {
    if (write.kind === 'create-label') continue;
    if (write.kind === 'open-issue') {
      if (subjects.has(write.marker.subject)) {
        created.add(write.key);
        kept.push(write);
      }
      continue;
    }
    const ref: IssueRef = write.issue;
    if ('number' in ref ? related.has(ref.number) : created.has(ref.created)) kept.push(write);
  }
  return kept;
}

const KIND_ORDER: Record<Write['kind'], number> = {
  'create-label': 0,
  'open-issue': 1,
  'edit-issue': 2,
  'reopen-issue': 3,
  assign: 4,
  'remove-label': 5,
  'add-labels': 6,
  'edit-comment': 7,
  comment: 8,
  'close-issue': 9,
};

/**
 * A deterministic order: courtesies (low priority) after everything else, so the budget goes to what
 * matters first; then labels exist before they are used, issues exist before they are referred
 * to, and closing comes last. Within a kind, issue numbers ascend and created issues follow.
 * The sort is stable, so writes of one kind on one issue keep the order their planner chose.
 */
const lowLast = (write: Write): number => (write.priority === 'low' ? 1 : 0);

export function orderWrites(writes: readonly Write[]): Write[] {
  const target = (write: Write): number => {
    if (write.kind === 'create-label' || write.kind === 'open-issue') return 0;
    return 'number' in write.issue ? write.issue.number : Number.MAX_SAFE_INTEGER;
  };
  return writes
    .map((write, index) => ({ write, index }))
    .sort(
      (a, b) =>
        lowLast(a.write) - lowLast(b.write) ||
        KIND_ORDER[a.write.kind] - KIND_ORDER[b.write.kind] ||
        target(a.write) - target(b.write) ||
        a.index - b.index,
    )
    .map(({ write }) => write);
}
