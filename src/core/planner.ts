// The pure core: (engagement, snapshot, now) -> plan. No clock, no network, no file system.
import { fitToGitHub } from './github-limits';
import { createBusinessCalendar } from '../calendar';
import { deadlineLabels, deriveMilestoneFacts, planDeadlines } from '../deadlines';
import type { Engagement, Locale } from '../engagement/schema';
import { deriveFeedbackFacts, feedbackLabels, planFeedback } from '../feedback';
import { planSummary, summaryLabels } from '../summary';
import { adoptionInstant } from './adoption';
import { repairDuplicates } from './duplicates';
import type { PlanContext } from './context';
import { missingLabelWrites } from './labels';
import { botIssueMarker, issueSubject } from './markers';
import type { IssueRef, Plan, Write } from './plan';
import type { Snapshot } from './snapshot';

export interface PlanOptions {
  /** The action's `locale` input: overrides the engagement file's language for the team. */
  readonly locale?: Locale;
  /** Produce the weekly summary for this ISO week (e.g. `2026-W48`) whatever the day and time. */
  readonly summaryWeek?: string;
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
    adoptedAt: adoptionInstant(engagement, snapshot, calendar),
  };
}

export function planRun(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
): Plan {
  // The domains plan on the repository as it is once the duplicates of a race are repaired.
  const repair = repairDuplicates(snapshot);
  const ctx = buildContext(engagement, repair.snapshot, now, options);
  const notes: string[] = [];
  const domainWrites: Write[] = [...repair.writes, ...planDeadlines(ctx), ...planFeedback(ctx)];
  if (snapshot.scope.kind === 'full') {
    domainWrites.push(
      ...planSummary(
        ctx,
        { milestones: deriveMilestoneFacts(ctx), feedback: deriveFeedbackFacts(ctx) },
        options.summaryWeek,
      ),
    );
  }
  const scoped = restrictToScope(domainWrites, snapshot);
  const catalogue = [
    ...deadlineLabels(engagement),
    ...feedbackLabels(engagement),
    ...summaryLabels(engagement),
  ];
  const labelWrites = missingLabelWrites(scoped, catalogue, snapshot.labels, {
    ensureAll: snapshot.scope.kind === 'full',
    intake: [engagement.feedback.label, engagement.labels.deadline],
  });
  const writes = orderWrites([...labelWrites, ...scoped]);
  return { writes: fitToGitHub(writes, snapshot, engagement.engagement.locale), notes };
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
  'delete-comment': 9,
  'close-issue': 10,
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
