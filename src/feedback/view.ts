// Everything the rules need to know about one feedback issue, read once from the snapshot.
import { isClosedBeforeAdoption, isFromBeforeAdoption } from '../core/adoption';
import type { PlanContext } from '../core/context';
import { issueSubject } from '../core/markers';
import type { IssueRef } from '../core/plan';
import type { SnapshotComment, SnapshotIssue } from '../core/snapshot';
import { notesTakenBackAt, takenBackSince } from '../core/taken-back';
import {
  feedbackIssues,
  feedbackMarkers,
  findMarker,
  firstVendorResponse,
  waitingIntervals,
  type Found,
  type Interval,
} from './issue';
import { analysedAt, readAnalysis, type Analysis } from './analysis';
import { KIND } from './kinds';
import { readSolution, type SolutionLog } from './solution';
import { classificationsOf, type Classify } from './classifications';
import { effectiveTriage, type Triage } from './triage';

export interface FeedbackView {
  readonly issue: SnapshotIssue;
  readonly ref: IssueRef;
  readonly subject: string;
  /** The action's markers about this issue, on its own comments. */
  readonly found: readonly Found[];
  readonly triage: Triage;
  readonly pauses: readonly Interval[];
  readonly firstResponse: SnapshotComment | undefined;
  /** Filed before the action took over (core/adoption.ts): labelled, never answered as if new. */
  readonly fromBeforeAdoption: boolean;
  /** When the work last started over (ms): the latest reopening at the client's request, else 0. */
  readonly workSince: number;
  /** The team's analysis since then (root cause), if any. */
  readonly analysis: Analysis | null;
  /** Solutions proposed, agreed and put in place (`/propose`, `/agree`, `/implemented`). */
  readonly solution: SolutionLog;
  /** When people took back the action's notes here: deleted, or edited to drop the marker. */
  readonly takenBack: readonly Date[];
}

/**
 * What a view reads from the issue's thread and the people of the run, never from its labels. The
 * run reads the feedback more than once (as found, then as the run's writes will leave it, where most
 * issues differ only by the labels the run adds): this part is worked out once per thread.
 */
interface ThreadReading {
  readonly found: readonly Found[];
  readonly pauses: readonly Interval[];
  readonly firstResponse: SnapshotComment | undefined;
  readonly fromBeforeAdoption: boolean;
  readonly workSince: number;
  readonly analysedAt: string | null;
  readonly solution: SolutionLog;
  readonly takenBack: readonly Date[];
}

function readThread(ctx: PlanContext, issue: SnapshotIssue): ThreadReading {
  const found = feedbackMarkers(ctx, issue);
  const reopenings = found.filter(({ marker }) => marker.kind === KIND.reopened);
  const workSince = Math.max(0, ...reopenings.map(({ comment }) => Date.parse(comment.createdAt)));
  return {
    found,
    pauses: waitingIntervals(ctx, issue, found),
    firstResponse: firstVendorResponse(ctx, issue),
    fromBeforeAdoption: isFromBeforeAdoption(ctx, issue),
    workSince,
    analysedAt: analysedAt(ctx, issue, workSince),
    solution: readSolution(ctx, issue, found),
    takenBack: notesTakenBackAt(ctx.snapshot, issue, ctx.now),
  };
}

/** A thread reading, with the issue and the context it was read in. */
interface ReadThread {
  readonly issue: SnapshotIssue;
  readonly ctx: PlanContext;
  readonly reading: ThreadReading;
}
// Keyed on the comments, which a change of labels leaves as they were (apply-writes.ts).
const threads = new WeakMap<readonly SnapshotComment[], ReadThread>();

// What a change of labels changes on an issue: the labels, and the time GitHub stamps on the change.
const BESIDE_THE_THREAD: ReadonlySet<string> = new Set<keyof SnapshotIssue>(['labels', 'updatedAt']);

/**
 * The same thread read in the same world: everything the thread reading depends on is the same. The
 * issue may differ by its labels and the time of its last change alone; the people come from the
 * engagement and the snapshot's bot and writers (core/sides.ts), and time from the run's instant and
 * the adoption.
 */
function sameThread(earlier: ReadThread, ctx: PlanContext, issue: SnapshotIssue): boolean {
  const before = earlier.ctx;
  if (
    // A context whose sides belong to another snapshot is a mistake sideOf reports: read it afresh.
    ctx.sides.snapshot !== ctx.snapshot ||
    before.engagement !== ctx.engagement ||
    before.now.getTime() !== ctx.now.getTime() ||
    (before.adoptedAt?.getTime() ?? null) !== (ctx.adoptedAt?.getTime() ?? null) ||
    before.snapshot.botLogin !== ctx.snapshot.botLogin ||
    !sameList(before.snapshot.writers, ctx.snapshot.writers)
  ) {
    return false;
  }
  const a = earlier.issue as unknown as Readonly<Record<string, unknown>>;
  const b = issue as unknown as Readonly<Record<string, unknown>>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  // The same number of keys, each of them the new issue's own: the same keys (one left out may have
  // held `undefined`, one added may not).
  return keys.every((key) => Object.hasOwn(b, key) && (BESIDE_THE_THREAD.has(key) || a[key] === b[key]));
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

function threadOf(ctx: PlanContext, issue: SnapshotIssue): ThreadReading {
  const earlier = threads.get(issue.comments);
  if (earlier && sameThread(earlier, ctx, issue)) return earlier.reading;
  const reading = readThread(ctx, issue);
  threads.set(issue.comments, { issue, ctx, reading });
  return reading;
}

/** One issue as the rules see it; `classify` is the plan's table of classifications, if it has one. */
export function viewOf(
  ctx: PlanContext,
  issue: SnapshotIssue,
  classify: Classify = classificationsOf(ctx.engagement),
): FeedbackView {
  const thread = threadOf(ctx, issue);
  return {
    issue,
    ref: { number: issue.number },
    subject: issueSubject(issue.number),
    found: thread.found,
    triage: effectiveTriage(ctx, issue, thread.found, classify),
    pauses: thread.pauses,
    firstResponse: thread.firstResponse,
    fromBeforeAdoption: thread.fromBeforeAdoption,
    workSince: thread.workSince,
    analysis: readAnalysis(ctx, issue, thread.analysedAt),
    solution: thread.solution,
    takenBack: thread.takenBack,
  };
}

/**
 * Every piece of feedback as the rules see it: read once per snapshot and handed to the rules and the
 * facts. A later reading of the same plan (another snapshot) is handed the first one's `classify`.
 */
export function feedbackViews(
  ctx: PlanContext,
  classify: Classify = classificationsOf(ctx.engagement),
): readonly FeedbackView[] {
  // Feedback closed before the action took over is history: no rule and no weekly figure reads it.
  return feedbackIssues(ctx)
    .filter((issue) => !isClosedBeforeAdoption(ctx, issue))
    .map((issue) => viewOf(ctx, issue, classify));
}

export function isClosedAsCompleted(issue: SnapshotIssue): boolean {
  return issue.state === 'closed' && (issue.stateReason ?? 'COMPLETED').toUpperCase() === 'COMPLETED';
}

/** True while the issue waits for the client (a pause that has not ended). */
export function isWaiting(view: FeedbackView): boolean {
  return view.pauses.some((pause) => pause.to === null);
}

/**
 * A note of the action due from `due` on that a person took back: one of the action's notes here was
 * deleted, or edited to drop its marker, when it was already due. Not posted again (their decision).
 */
export function tookBack(view: FeedbackView, due: Date | string): boolean {
  return takenBackSince(view.takenBack, due);
}

/**
 * The acknowledgement was posted: it is there, or a person took it back (it is due from the filing,
 * so any note of the action taken back since, with no acknowledgement left, was it). Feedback from
 * before the adoption is never acknowledged.
 */
export function isAcknowledged(view: FeedbackView): boolean {
  if (findMarker(view.found, KIND.ack)) return true;
  return !view.fromBeforeAdoption && tookBack(view, view.issue.createdAt);
}
