// Where deadlines come from: the milestones of the engagement file (each with a tracking issue the
// action opens), and deadline issues people file through the issue form (label `labels.deadline`).
import { milestoneSubject } from '../core/milestone-tracking';
import { isClosedBeforeAdoption, isFromBeforeAdoption } from '../core/adoption';
import type { PlanContext } from '../core/context';
import { botCommentMarkers, isBot, issueSubject } from '../core/markers';
import { issuesOpenedOfKind, lowestNumber } from '../core/opened-issues';
import type { SnapshotIssue } from '../core/snapshot';
import type { Milestone, Side } from '../engagement/schema';
import { parseChecklist } from './checklist';
import { readFiling, type Confirmation, type Filing } from './filing';
import { parseDeadlineForm } from './issue-form';
import { speakerSide } from './people';
import { withinYears } from './years';

export interface TrackedDeadline {
  readonly subject: string;
  readonly id: string;
  readonly title: string;
  readonly owner: Side;
  readonly source: 'engagement-file' | 'issue';
  /** As written: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` in the engagement zone. */
  readonly baselineDue: string;
  readonly dependsOn: readonly string[];
  readonly description: string | undefined;
  readonly milestone: Milestone | undefined;
  /** The tracking issue (engagement file) or the filed issue; undefined until the action opens it. */
  readonly issue: SnapshotIssue | undefined;
  /** Deliverables as the file lists them, or as the filed issue lists them (with their ticks). */
  readonly items: ReadonlyArray<{ text: string; done: boolean | undefined }>;
  /** A filed deadline tracked because a party confirmed it (see filing.ts); null otherwise. */
  readonly confirmation: Confirmation | null;
}

/** A filed deadline the action does not track: waiting for a party's `/confirm`, or its date had passed. */
export interface HeldDeadline {
  readonly issue: SnapshotIssue;
  readonly filing: Filing;
  /** The side the form names as handing it over (the client when it names none). */
  readonly owner: Side;
}

export interface InvalidDeadlineIssue {
  readonly issue: SnapshotIssue;
  readonly missingOwner: boolean;
  /**
   * A real due date outside the years that can be planned (years.ts), as written, and where: the
   * form's **Due date**, or the due date of the issue's GitHub milestone (by its title).
   */
  readonly outOfYears?: { readonly date: string; readonly milestone?: string };
}

export interface DeadlineSources {
  readonly tracked: readonly TrackedDeadline[];
  readonly invalid: readonly InvalidDeadlineIssue[];
  readonly held: readonly HeldDeadline[];
  /** Tracking issues whose milestone is no longer in the engagement file. */
  readonly orphans: readonly SnapshotIssue[];
}

/** The action's own tracking issues by subject (the oldest wins if a person duplicated one). */
export function trackingIssues(ctx: PlanContext): Map<string, SnapshotIssue> {
  const found = [...issuesOpenedOfKind(ctx, 'tracking')].map(
    ([subject, opened]) => [subject, lowestNumber(opened)!] as const,
  );
  // Ordered by issue number, as the orphans are listed.
  return new Map(found.sort(([, a], [, b]) => a.number - b.number));
}

/** The deliverables a filed deadline lists: the form's field, else any checklist in the body. */
export function filedItems(body: string): ReadonlyArray<{ text: string; done: boolean }> {
  const form = parseDeadlineForm(body);
  return form.deliverables.length > 0 ? form.deliverables : parseChecklist(body);
}

/**
 * Filed and due before the action took over: history, as a closed one is. Nobody is chased, months
 * on, for a date that passed before the action existed; closing it later records no late handoff.
 * One the action has already written on stays tracked (an `adopted_on` moved later rewrites nothing).
 */
function isHistoryAtAdoption(ctx: PlanContext, issue: SnapshotIssue, due: string): boolean {
  if (!ctx.adoptedAt || !isFromBeforeAdoption(ctx, issue)) return false;
  if (botCommentMarkers(ctx.snapshot, issue).length > 0) return false;
  return ctx.calendar.dueInstant(due).getTime() < ctx.adoptedAt.getTime();
}

export function collectDeadlines(ctx: PlanContext): DeadlineSources {
  const tracking = trackingIssues(ctx);
  const tracked: TrackedDeadline[] = [];
  const inFile = new Set<string>();
  for (const milestone of ctx.engagement.milestones) {
    const subject = milestoneSubject(milestone.id);
    inFile.add(subject);
    tracked.push({
      subject,
      id: milestone.id,
      title: milestone.title,
      owner: milestone.owner,
      source: 'engagement-file',
      baselineDue: milestone.due.replace(' ', 'T'),
      dependsOn: milestone.depends_on,
      description: milestone.description,
      milestone,
      issue: tracking.get(subject),
      items: milestone.deliverables.map((text) => ({ text, done: undefined })),
      confirmation: null,
    });
  }
  const orphans = [...tracking.entries()]
    .filter(([subject]) => subject.startsWith('milestone:') && !inFile.has(subject))
    .map(([, issue]) => issue);

  const invalid: InvalidDeadlineIssue[] = [];
  const held: HeldDeadline[] = [];
  const deadlineLabel = ctx.engagement.labels.deadline.toLowerCase();
  for (const issue of ctx.snapshot.issues) {
    if (isBot(ctx.snapshot, issue.author.login)) continue;
    if (!issue.labels.some((label) => label.toLowerCase() === deadlineLabel)) continue;
    // A deadline issue closed before the action took over is history: no reminders, no ladder.
    if (isClosedBeforeAdoption(ctx, issue)) continue;
    const form = parseDeadlineForm(issue.body);
    const milestoneDue = issue.milestone?.dueOn?.slice(0, 10);
    // A date outside the years that can be planned is refused, wherever it was written: the form's
    // date is never replaced by the milestone's, which the filer did not choose for it.
    const outOfYears = form.dueOutOfYears
      ? { date: form.dueOutOfYears }
      : !form.due && milestoneDue && !withinYears(milestoneDue)
        ? { date: milestoneDue, milestone: issue.milestone?.title ?? '' }
        : undefined;
    const due = outOfYears ? undefined : (form.due ?? milestoneDue);
    if (!due) {
      invalid.push({ issue, missingOwner: form.owner === undefined, ...(outOfYears ? { outOfYears } : {}) });
      continue;
    }
    if (isHistoryAtAdoption(ctx, issue, due)) continue;
    const owner = form.owner ?? speakerSide(ctx, issue.author) ?? 'client';
    // Filed by someone who is not a party, or with a date already past: not tracked (filing.ts).
    const filing = readFiling(ctx, issue, due);
    if (filing.status !== 'tracked') {
      held.push({ issue, filing, owner });
      continue;
    }
    const items = filedItems(issue.body);
    tracked.push({
      subject: issueSubject(issue.number),
      id: `issue-${issue.number}`,
      title: issue.title,
      owner,
      source: 'issue',
      baselineDue: filing.due,
      dependsOn: form.dependsOn,
      description: undefined,
      milestone: undefined,
      issue,
      items,
      confirmation: filing.confirmation,
    });
  }
  return { tracked, invalid, held, orphans };
}
