// Writes applied to a snapshot in memory, as GitHub would record them (the bot authors what it
// writes). The composer uses it to see the repository as it stands after the run's own writes (the
// weekly summary reports that world), and the test world uses it to play GitHub between runs.
import { markerKey } from '../core/markers';
import { numberPlaceholder, resolvePlaceholders, type IssueRef, type Write } from '../core/plan';
import { issueNameAcross, type Place } from '../core/places';
import {
  internalRepositoryUrl,
  repositoryUrl,
  type Snapshot,
  type SnapshotComment,
  type SnapshotIssue,
  type SnapshotLabel,
} from '../core/snapshot';

export interface ApplyWritesOptions {
  /** The time GitHub stamps on each write (ISO). */
  readonly at: string;
  /** The number and address GitHub gives an issue the plan opens (in the repository of `place`). */
  readonly openedIssue: (key: string, place: Place) => { readonly number: number; readonly url: string };
  /** The id GitHub gives the next comment. */
  readonly nextCommentId: () => number;
  /** Replace `{{ref:KEY}}` / `{{num:KEY}}` in bodies with the opened issues' numbers (false: keep them). */
  readonly resolveReferences: boolean;
  /** Throw where GitHub would refuse (a label that exists, a target that does not): tests want to know. */
  readonly strict: boolean;
  /** Apply only the first k writes, as if the run had been stopped. */
  readonly stopAfter?: number;
}

export interface AppliedWrites {
  readonly snapshot: Snapshot;
  /** Issue numbers of the issues the writes opened, by marker key. */
  readonly created: ReadonlyMap<string, number>;
  readonly applied: number;
}

export function applyWrites(
  snapshot: Snapshot,
  writes: readonly Write[],
  options: ApplyWritesOptions,
): AppliedWrites {
  const when = options.at;
  const created = new Map<string, number>();
  const createdIn = new Map<string, Place>();
  // Each repository's issues and labels: the internal repository's numbers are its own.
  const lists: Record<Place, { issues: SnapshotIssue[]; labels: SnapshotLabel[] }> = {
    client: { issues: [...snapshot.issues], labels: [...snapshot.labels] },
    internal: {
      issues: [...(snapshot.internal?.issues ?? [])],
      labels: [...(snapshot.internal?.labels ?? [])],
    },
  };
  const bot = { login: snapshot.botLogin, association: 'NONE' as const };
  const limit = Math.min(options.stopAfter ?? writes.length, writes.length);
  const refuse = (message: string): void => {
    if (options.strict) throw new Error(message);
  };

  const numberOf = (ref: IssueRef): number | undefined => {
    if ('number' in ref) return ref.number;
    const number = created.get(ref.created);
    if (number === undefined) refuse(`Write refers to ${ref.created}, which no earlier write opened`);
    return number;
  };
  const placeOf = (ref: IssueRef): Place =>
    'number' in ref ? (ref.place ?? 'client') : (createdIn.get(ref.created) ?? 'client');
  const resolve = (text: string, place: Place): string =>
    options.resolveReferences
      ? resolvePlaceholders(
          text,
          (key) => created.get(key),
          (key, number) => issueNameAcross(snapshot, place, createdIn.get(key) ?? 'client', number),
        )
      : text;
  const change = (ref: IssueRef, fn: (issue: SnapshotIssue, place: Place) => SnapshotIssue): void => {
    const number = numberOf(ref);
    const place = placeOf(ref);
    const issues = lists[place].issues;
    const index = issues.findIndex((issue) => issue.number === number);
    if (index < 0) {
      refuse(
        `Write targets ${place === 'internal' ? 'internal ' : ''}#${number}, which is not in the snapshot`,
      );
      return;
    }
    issues[index] = { ...fn(issues[index]!, place), updatedAt: when };
  };

  for (const write of writes.slice(0, limit)) {
    switch (write.kind) {
      case 'create-label': {
        const labels = lists[write.place ?? 'client'].labels;
        if (labels.some((label) => label.name.toLowerCase() === write.name.toLowerCase())) {
          refuse(`Label "${write.name}" already exists: GitHub would answer 422`);
          break;
        }
        labels.push({ name: write.name, color: write.color, description: write.description });
        break;
      }
      case 'add-labels':
        change(write.issue, (issue) => ({ ...issue, labels: unique([...issue.labels, ...write.labels]) }));
        break;
      case 'remove-label':
        change(write.issue, (issue) => ({
          ...issue,
          labels: issue.labels.filter((name) => name !== write.label),
        }));
        break;
      case 'comment':
        change(write.issue, (issue, place) => {
          const id = options.nextCommentId();
          const comment: SnapshotComment = {
            id,
            author: bot,
            createdAt: when,
            updatedAt: when,
            body: resolve(write.body, place),
            edited: false,
            url: `${issue.url}#issuecomment-${id}`,
          };
          return { ...issue, comments: [...issue.comments, comment] };
        });
        break;
      case 'edit-comment':
        change(write.issue, (issue, place) => ({
          ...issue,
          comments: issue.comments.map((comment) =>
            comment.id === write.commentId
              ? { ...comment, body: resolve(write.body, place), updatedAt: when, edited: true }
              : comment,
          ),
        }));
        break;
      case 'delete-comment':
        change(write.issue, (issue) => {
          const target = issue.comments.find((comment) => comment.id === write.commentId);
          if (!target || target.author.login !== snapshot.botLogin) {
            refuse(`delete-comment ${write.commentId}: only the action's own comments may go`);
            return issue;
          }
          return { ...issue, comments: issue.comments.filter((comment) => comment.id !== write.commentId) };
        });
        break;
      case 'open-issue': {
        if (write.key !== markerKey(write.marker)) {
          refuse(`open-issue key ${write.key} does not match its marker ${markerKey(write.marker)}`);
        }
        const place = write.place ?? 'client';
        const { number, url } = options.openedIssue(write.key, place);
        created.set(write.key, number);
        createdIn.set(write.key, place);
        lists[place].issues.push({
          ...(place === 'internal' ? { place } : {}),
          number,
          title: write.title,
          body: resolve(write.body, place),
          state: 'open',
          stateReason: null,
          author: bot,
          labels: unique(write.labels),
          assignees: unique(write.assignees),
          createdAt: when,
          updatedAt: when,
          closedAt: null,
          url,
          milestone: null,
          comments: [],
        });
        break;
      }
      case 'edit-issue':
        change(write.issue, (issue, place) => ({
          ...(write.body === undefined ? issue : editedBody(issue, resolve(write.body, place), when)),
          title: write.title ?? issue.title,
        }));
        break;
      case 'close-issue':
        change(write.issue, (issue) => ({
          ...issue,
          state: 'closed',
          stateReason: write.stateReason === 'completed' ? 'COMPLETED' : 'NOT_PLANNED',
          closedAt: when,
        }));
        break;
      case 'reopen-issue':
        change(write.issue, (issue) => ({
          ...issue,
          state: 'open',
          stateReason: 'REOPENED',
          closedAt: null,
        }));
        break;
      case 'assign':
        change(write.issue, (issue) => ({
          ...issue,
          assignees: unique([...issue.assignees, ...write.assignees]),
        }));
        break;
      case 'pin-issue':
        change(write.issue, (issue) => ({ ...issue, pinned: true }));
        break;
    }
  }
  const internal = snapshot.internal;
  return {
    snapshot: {
      ...snapshot,
      issues: lists.client.issues,
      labels: lists.client.labels,
      ...(internal
        ? { internal: { ...internal, issues: lists.internal.issues, labels: lists.internal.labels } }
        : {}),
      readAt: when,
    },
    created,
    applied: limit,
  };
}

/**
 * The repository as it will stand once the plan's writes are made at `at`: issues the plan opens get
 * numbers no real issue has and addresses holding `{{num:KEY}}`, so text rendered from this world
 * names them with placeholders the executor fills in once they exist.
 */
export function projectWrites(snapshot: Snapshot, writes: readonly Write[], at: Date): Snapshot {
  let projectedIssue = 0;
  let projectedComment = 0;
  const base = repositoryUrl(snapshot);
  const internalBase = internalRepositoryUrl(snapshot);
  return applyWrites(snapshot, writes, {
    at: at.toISOString(),
    openedIssue: (key, place) => ({
      number: -(projectedIssue += 1),
      url: `${place === 'internal' ? internalBase : base}/issues/${numberPlaceholder(key)}`,
    }),
    nextCommentId: () => -(projectedComment += 1),
    resolveReferences: false,
    strict: false,
  }).snapshot;
}

/** The issue with a new body, the edit kept in its history as GitHub keeps it. */
export function editedBody(issue: SnapshotIssue, body: string, at: string): SnapshotIssue {
  if (body === issue.body) return issue;
  const history = issue.bodyEdits ?? [{ editedAt: issue.createdAt, body: issue.body }];
  return {
    ...issue,
    body,
    bodyEdits: [...history, { editedAt: at, body }],
    updatedAt: at > issue.updatedAt ? at : issue.updatedAt,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
