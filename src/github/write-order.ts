// The order in which a plan is applied when the run cannot do everything (operations-per-run, GitHub's
// content pace): what a client or a deadline is waiting for goes first, backlog and housekeeping after,
// replies to refused commands last. Writes to one issue that belong together (the labels and the
// acknowledgement of a new feedback) form one group, which is applied whole or left whole, and their
// labels are sent as one request.
import type { MarkerKind } from '../core/marker-kinds';
import { placeholderKeys, type Write } from '../core/plan';
import { placeKey, type Place } from '../core/places';
import { isIssueBatchWrite, type IssueBatchWrite } from './issue-batch';

export type Urgency =
  'setup' | 'acknowledge' | 'breach' | 'due' | 'repair' | 'backfill' | 'housekeeping' | 'refused-reply';

/** Lower goes first. */
const RANK: Readonly<Record<Urgency, number>> = {
  // Labels the issue forms apply must exist before a client files anything, or GitHub drops them.
  setup: 0,
  acknowledge: 1,
  breach: 2,
  due: 3,
  // A race's duplicates are removed after what people wait for, before the backlog: a second copy of a
  // reminder or a tracking issue confuses the people who read it, so it goes before housekeeping.
  repair: 4,
  backfill: 5,
  housekeeping: 6,
  'refused-reply': 7,
};

/** The urgency of what carries each marker kind: a new kind in the registry must be placed here. */
const KIND_URGENCY: Readonly<Record<MarkerKind, Urgency>> = {
  'feedback-ack': 'acknowledge',
  // The triage role's check of an unsure reading goes out with the acknowledgement it belongs to.
  'feedback-triage-review': 'acknowledge',
  'feedback-sla-breach': 'breach',
  'feedback-sla-warning': 'breach',
  escalation: 'breach',
  'feedback-escalation-again': 'breach',
  ladder: 'breach',
  alternates: 'breach',
  reminder: 'due',
  'early-warning': 'due',
  tracking: 'due',
  'feedback-nudge': 'due',
  'feedback-5whys': 'due',
  'feedback-reopened': 'due',
  'feedback-rating': 'due',
  'feedback-accepted': 'due',
  'feedback-proposal': 'due',
  'feedback-agreement': 'due',
  'feedback-implemented': 'due',
  proposal: 'due',
  'proposal-closed': 'due',
  amendment: 'due',
  // Evidence someone asked us to keep: recorded with the other answers to people's comments.
  'contact-note': 'due',
  'contact-note-refused': 'refused-reply',
  kickoff: 'due',
  'kickoff-baseline': 'due',
  'kickoff-reminder': 'due',
  'kickoff-reply': 'refused-reply',
  completion: 'due',
  restored: 'due',
  'feedback-confirm': 'backfill',
  'feedback-contradiction': 'backfill',
  summary: 'housekeeping',
  portfolio: 'housekeeping',
  'escalation-closed': 'housekeeping',
  'feedback-escalation-closed': 'housekeeping',
  removed: 'housekeeping',
  'deadline-invalid': 'housekeeping',
  'deadline-unconfirmed': 'housekeeping',
  'deadline-past': 'housekeeping',
  // The record a filed deadline's tracking rests on goes with its reminders.
  'deadline-confirmed': 'due',
  'handoff-rating-request': 'due',
  retrospective: 'backfill',
  pulse: 'backfill',
  'pulse-rating': 'due',
  'handoff-rating': 'due',
  'not-delivery': 'due',
  'command-reply': 'refused-reply',
  'duplicate-closed': 'repair',
};

export function urgencyOf(write: Write): Urgency {
  if (write.kind === 'create-label') return 'setup';
  // The marker of a deleted duplicate names what it repeats, not how urgent deleting it is.
  if (write.kind === 'delete-comment') return 'repair';
  if ('marker' in write) return KIND_URGENCY[write.marker.kind];
  return 'housekeeping';
}

export interface WriteGroup {
  readonly urgency: Urgency;
  /** Positions in the plan, in plan order: a group keeps the order its rules gave it. */
  readonly indexes: readonly number[];
}

/**
 * The issue a write belongs with: its target, or (for an issue it opens) the issue itself. A write on
 * an existing issue that names an issue this plan opens stays with its issue's other writes (a breach
 * note naming the new escalation issue, and the breach label: never one without the other), and that
 * group goes after the issue it names. A write on an issue this plan opens that names another new
 * issue stands alone: it waits for that issue, which may itself name this write's issue (a new
 * tracking issue and its new escalation issue refer to each other).
 */
function groupKey(write: Write, index: number): string {
  if (write.kind === 'open-issue') return `created:${write.key}`;
  if (!('issue' in write)) return `alone:${index}`;
  const target = write.issue;
  if ('number' in target) return `number:${placeKey(target)}`;
  if (referencedKeys(write).some((key) => key !== target.created)) return `alone:${index}`;
  return `created:${target.created}`;
}

/**
 * The plan's writes in groups, most urgent first; the plan's order is kept within a group and between
 * groups of the same urgency. A group takes the urgency of its most urgent write, so labels travel
 * with the acknowledgement they belong to.
 */
export function orderWrites(writes: readonly Write[]): WriteGroup[] {
  type Group = { urgency: Urgency; indexes: number[]; first: number; openers: Set<string> };
  const groups = new Map<string, Group>();
  writes.forEach((write, index) => {
    const key = groupKey(write, index);
    const urgency = urgencyOf(write);
    const group = groups.get(key);
    if (!group) groups.set(key, { urgency, indexes: [index], first: index, openers: new Set() });
    else {
      group.indexes.push(index);
      if (RANK[urgency] < RANK[group.urgency]) group.urgency = urgency;
    }
  });
  writes.forEach((write, index) => {
    const key = groupKey(write, index);
    if (!key.startsWith('number:')) return;
    for (const created of referencedKeys(write))
      if (groups.has(`created:${created}`)) groups.get(key)!.openers.add(`created:${created}`);
  });
  // A group that refers to an issue another group opens cannot go before it: the opener is promoted.
  for (let changed = true; changed;) {
    changed = false;
    writes.forEach((write, index) => {
      const group = groups.get(groupKey(write, index))!;
      for (const key of referencedKeys(write)) {
        const opener = groups.get(`created:${key}`);
        if (opener && RANK[group.urgency] < RANK[opener.urgency]) {
          opener.urgency = group.urgency;
          changed = true;
        }
      }
    });
  }
  const sorted = [...groups.entries()].sort(
    ([, a], [, b]) => RANK[a.urgency] - RANK[b.urgency] || a.first - b.first,
  );
  // A group on an existing issue that names a new issue goes right after the group that opens it
  // (promoted above to at least its urgency), whatever their order in the plan.
  const placed = new Set<string>();
  const ordered: WriteGroup[] = [];
  const place = (key: string, group: Group): void => {
    if (placed.has(key)) return;
    placed.add(key);
    for (const opener of group.openers) place(opener, groups.get(opener)!);
    ordered.push({ urgency: group.urgency, indexes: group.indexes });
  };
  for (const [key, group] of sorted) place(key, group);
  return ordered;
}

/**
 * One `add-labels` per issue in a group: the labels of every `add-labels` write of the group, sent
 * where the first of them stands; an issue the group opens takes them in its create request.
 * Returns the writes of the group to send, each with the plan positions it stands for.
 */
export function mergeLabels(
  writes: readonly Write[],
  indexes: readonly number[],
): Array<{ write: Write; covers: number[] }> {
  const out: Array<{ write: Write; covers: number[] }> = [];
  let labelsAt: number | null = null;
  for (const index of indexes) {
    const write = writes[index]!;
    if (write.kind === 'add-labels') {
      const openIssue = out.find((entry) => entry.write.kind === 'open-issue');
      if (openIssue && openIssue.write.kind === 'open-issue' && 'created' in write.issue) {
        openIssue.write = { ...openIssue.write, labels: union(openIssue.write.labels, write.labels) };
        openIssue.covers.push(index);
        continue;
      }
      if (labelsAt !== null) {
        const entry = out[labelsAt]!;
        if (entry.write.kind === 'add-labels') {
          entry.write = { ...entry.write, labels: union(entry.write.labels, write.labels) };
          entry.covers.push(index);
          continue;
        }
      }
      labelsAt = out.length;
    }
    out.push({ write, covers: [index] });
  }
  return out;
}

/** Keys of the issues a write needs opened first: its target, and placeholders in its body. */
export function referencedKeys(write: Write): string[] {
  const keys = new Set<string>();
  if ('issue' in write && 'created' in write.issue) keys.add(write.issue.created);
  const body = 'body' in write ? write.body : undefined;
  if (body) for (const key of placeholderKeys(body)) keys.add(key);
  return [...keys];
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((name) => name.toLowerCase()));
  return [...a, ...b.filter((name) => !seen.has(name.toLowerCase()))];
}

/** The most issues whose labels one GraphQL document adds (aliased `addLabelsToLabelable` calls). */
export const LABEL_BATCH_SIZE = 50;

type AddLabels = Extract<Write, { kind: 'add-labels' }>;

/**
 * One request the executor sends: one write (its labels merged), the labels of many issues, or the
 * writes of one issue's group that one GraphQL document can carry (issue-batch.ts).
 */
export type WriteRequest =
  | { readonly kind: 'write'; readonly write: Write; readonly covers: readonly number[] }
  | {
      readonly kind: 'labels';
      readonly items: ReadonlyArray<{ readonly write: AddLabels; readonly covers: readonly number[] }>;
    }
  | {
      readonly kind: 'issue';
      readonly items: ReadonlyArray<{ readonly write: IssueBatchWrite; readonly covers: readonly number[] }>;
    };

/** What the budget weighs: groups that go whole or wait whole, and the requests that carry them. */
export interface WriteStep {
  readonly urgency: Urgency;
  /** Positions in the plan of every write the step carries. */
  readonly indexes: readonly number[];
  readonly requests: readonly WriteRequest[];
}

/**
 * The plan as the executor sends it: `orderWrites()`'s groups, most urgent first, each as its requests
 * (`mergeLabels()`). A group that is only the labels of an existing issue (the backfill of issues
 * still open from before the adoption: no acknowledgement or other write goes with them) is folded
 * with the label-only groups right after it, of the same urgency and repository, into one request of
 * up to `batchSize` issues: one operation of operations-per-run. A group with any other write keeps
 * its labels beside its partners, so labels never go without the acknowledgement they belong to.
 * `batching` says which writes may go in a GraphQL document (the shell: those whose node ids it
 * knows); a batch of one is sent as the plain write. Within a group, consecutive writes of its
 * existing issue that one document can carry go as one request (oneIssueRequests).
 */
export interface Batching {
  /** Label writes that may join a batch of many issues' labels (the issue's node id is known). */
  readonly labels?: (write: AddLabels) => boolean;
  /** Writes that may go in their issue's mutation document (every node id they need is known). */
  readonly issue?: (write: IssueBatchWrite) => boolean;
}

export function planRequests(
  writes: readonly Write[],
  batching: Batching = {},
  batchSize = LABEL_BATCH_SIZE,
): WriteStep[] {
  const batchable = batching.labels ?? (() => true);
  const inDocument = batching.issue ?? (() => true);
  type Item = { readonly write: AddLabels; readonly covers: readonly number[] };
  type Building = { urgency: Urgency; indexes: number[]; requests: WriteRequest[]; items?: Item[] };
  const steps: Building[] = [];
  /** The batch being filled and its repository, while label-only groups follow one another. */
  let open: { step: Building & { items: Item[] }; place: Place } | null = null;
  for (const group of orderWrites(writes)) {
    const sends = mergeLabels(writes, group.indexes);
    const only = sends.length === 1 ? sends[0]! : null;
    const write = only?.write;
    if (!only || write?.kind !== 'add-labels' || !('number' in write.issue) || !batchable(write)) {
      open = null;
      steps.push({
        urgency: group.urgency,
        indexes: [...group.indexes],
        requests: oneIssueRequests(sends, inDocument),
      });
      continue;
    }
    const place: Place = write.issue.place ?? 'client';
    const item = { write, covers: only.covers };
    if (
      open &&
      open.place === place &&
      open.step.urgency === group.urgency &&
      open.step.items.length < batchSize
    ) {
      open.step.indexes.push(...group.indexes);
      open.step.items.push(item);
      continue;
    }
    const step = { urgency: group.urgency, indexes: [...group.indexes], requests: [], items: [item] };
    steps.push(step);
    open = { step, place };
  }
  return steps.map(({ urgency, indexes, requests, items }) => ({
    urgency,
    indexes,
    requests: !items
      ? requests
      : items.length === 1
        ? [{ kind: 'write', write: items[0]!.write, covers: items[0]!.covers }]
        : [{ kind: 'labels', items }],
  }));
}

/**
 * A group's writes as requests: each run of two or more consecutive writes on an existing issue that
 * one GraphQL document can carry goes as one request; the others (edits that merge ticked boxes, new
 * issues, pins, writes naming something without a known node id) go the plain way. The plan's order
 * is kept exactly: a document never jumps over a write that goes apart.
 */
function oneIssueRequests(
  sends: ReadonlyArray<{ write: Write; covers: number[] }>,
  inDocument: (write: IssueBatchWrite) => boolean,
): WriteRequest[] {
  type Item = { readonly write: IssueBatchWrite; readonly covers: readonly number[] };
  const requests: WriteRequest[] = [];
  let run: Item[] = [];
  const flush = (): void => {
    if (run.length >= 2) requests.push({ kind: 'issue', items: run });
    else for (const item of run) requests.push({ kind: 'write', write: item.write, covers: item.covers });
    run = [];
  };
  for (const send of sends) {
    const { write } = send;
    if (isIssueBatchWrite(write) && 'number' in write.issue && inDocument(write)) {
      run.push({ write, covers: send.covers });
      continue;
    }
    flush();
    requests.push({ kind: 'write', write, covers: send.covers });
  }
  flush();
  return requests;
}
