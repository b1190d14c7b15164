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
  const repo = new MemoryRepository(snapshot, options);
  const limit = Math.min(options.stopAfter ?? writes.length, writes.length);
  for (const write of writes.slice(0, limit)) repo.apply(write);
  return { snapshot: repo.result(), created: repo.created, applied: limit };
}

/** The repository (and the internal one) being written to, one write at a time, as GitHub records it. */
class MemoryRepository {
  readonly created = new Map<string, number>();
  private readonly createdIn = new Map<string, Place>();
  // Each repository's issues and labels: the internal repository's numbers are its own.
  private readonly lists: Record<Place, { issues: SnapshotIssue[]; labels: SnapshotLabel[] }>;
  // Where each issue number sits in its list, found on first use: a plan of thousands of writes on a
  // repository of thousands of issues would otherwise search the list once per write.
  private readonly positions: Partial<Record<Place, Map<number, number>>> = {};
  private readonly bot: SnapshotComment['author'];
  private readonly when: string;

  constructor(
    private readonly snapshot: Snapshot,
    private readonly options: ApplyWritesOptions,
  ) {
    this.when = options.at;
    this.bot = { login: snapshot.botLogin, association: 'NONE' };
    this.lists = {
      client: { issues: [...snapshot.issues], labels: [...snapshot.labels] },
      internal: {
        issues: [...(snapshot.internal?.issues ?? [])],
        labels: [...(snapshot.internal?.labels ?? [])],
      },
    };
  }

  apply(write: Write): void {
    switch (write.kind) {
      case 'create-label':
        return this.createLabel(write);
      case 'add-labels':
        return this.change(write.issue, (issue) => ({
          ...issue,
          labels: unique([...issue.labels, ...write.labels]),
        }));
      case 'remove-label':
        return this.change(write.issue, (issue) => ({
          ...issue,
          labels: issue.labels.filter((name) => name !== write.label),
        }));
      case 'comment':
        return this.change(write.issue, (issue, place) => this.withComment(issue, write.body, place));
      case 'edit-comment':
        return this.change(write.issue, (issue, place) => this.withEditedComment(issue, write, place));
      case 'delete-comment':
        return this.change(write.issue, (issue) => this.withoutComment(issue, write.commentId));
      case 'open-issue':
        return this.openIssue(write);
      case 'edit-issue':
        return this.change(write.issue, (issue, place) => ({
          ...(write.body === undefined
            ? issue
            : editedBody(issue, this.resolve(write.body, place), this.when)),
          title: write.title ?? issue.title,
        }));
      case 'close-issue':
        return this.change(write.issue, (issue) => ({
          ...issue,
          state: 'closed',
          stateReason: write.stateReason === 'completed' ? 'COMPLETED' : 'NOT_PLANNED',
          closedAt: this.when,
        }));
      case 'reopen-issue':
        return this.change(write.issue, (issue) => ({
          ...issue,
          state: 'open',
          stateReason: 'REOPENED',
          closedAt: null,
        }));
      case 'assign':
        return this.change(write.issue, (issue) => ({
          ...issue,
          assignees: unique([...issue.assignees, ...write.assignees]),
        }));
      case 'pin-issue':
        return this.change(write.issue, (issue) => ({ ...issue, pinned: true }));
    }
  }

  result(): Snapshot {
    const { snapshot, lists } = this;
    const internal = snapshot.internal;
    return {
      ...snapshot,
      issues: lists.client.issues,
      labels: lists.client.labels,
      ...(internal
        ? { internal: { ...internal, issues: lists.internal.issues, labels: lists.internal.labels } }
        : {}),
      readAt: this.when,
    };
  }

  private createLabel(write: Extract<Write, { kind: 'create-label' }>): void {
    const labels = this.lists[write.place ?? 'client'].labels;
    if (labels.some((label) => label.name.toLowerCase() === write.name.toLowerCase())) {
      this.refuse(`Label "${write.name}" already exists: GitHub would answer 422`);
      return;
    }
    labels.push({ name: write.name, color: write.color, description: write.description });
  }

  private openIssue(write: Extract<Write, { kind: 'open-issue' }>): void {
    if (write.key !== markerKey(write.marker)) {
      this.refuse(`open-issue key ${write.key} does not match its marker ${markerKey(write.marker)}`);
    }
    const place = write.place ?? 'client';
    const { number, url } = this.options.openedIssue(write.key, place);
    this.created.set(write.key, number);
    this.createdIn.set(write.key, place);
    const positions = this.positions[place];
    if (positions && !positions.has(number)) positions.set(number, this.lists[place].issues.length);
    this.lists[place].issues.push({
      ...(place === 'internal' ? { place } : {}),
      number,
      title: write.title,
      body: this.resolve(write.body, place),
      state: 'open',
      stateReason: null,
      author: this.bot,
      labels: unique(write.labels),
      assignees: unique(write.assignees),
      createdAt: this.when,
      updatedAt: this.when,
      closedAt: null,
      url,
      milestone: null,
      comments: [],
    });
  }

  private withComment(issue: SnapshotIssue, body: string, place: Place): SnapshotIssue {
    const id = this.options.nextCommentId();
    const comment: SnapshotComment = {
      id,
      author: this.bot,
      createdAt: this.when,
      updatedAt: this.when,
      body: this.resolve(body, place),
      edited: false,
      url: `${issue.url}#issuecomment-${id}`,
    };
    return { ...issue, comments: [...issue.comments, comment] };
  }

  private withEditedComment(
    issue: SnapshotIssue,
    write: Extract<Write, { kind: 'edit-comment' }>,
    place: Place,
  ): SnapshotIssue {
    return {
      ...issue,
      comments: issue.comments.map((comment) =>
        comment.id === write.commentId
          ? {
              ...withoutOthersEdit(comment),
              body: this.resolve(write.body, place),
              updatedAt: this.when,
              edited: true,
              editedBy: this.snapshot.botLogin,
            }
          : comment,
      ),
    };
  }

  private withoutComment(issue: SnapshotIssue, commentId: number): SnapshotIssue {
    const target = issue.comments.find((comment) => comment.id === commentId);
    if (!target || target.author.login !== this.snapshot.botLogin) {
      this.refuse(`delete-comment ${commentId}: only the action's own comments may go`);
      return issue;
    }
    return { ...issue, comments: issue.comments.filter((comment) => comment.id !== commentId) };
  }

  /** The issue a write targets, changed; GitHub stamps the change's time on it. */
  private change(ref: IssueRef, fn: (issue: SnapshotIssue, place: Place) => SnapshotIssue): void {
    const number = this.numberOf(ref);
    const place = this.placeOf(ref);
    const issues = this.lists[place].issues;
    const index = number === undefined ? -1 : (this.positionsIn(place).get(number) ?? -1);
    if (index < 0) {
      this.refuse(
        `Write targets ${place === 'internal' ? 'internal ' : ''}#${number}, which is not in the snapshot`,
      );
      return;
    }
    issues[index] = { ...fn(issues[index]!, place), updatedAt: this.when };
  }

  /** The first position of each number (as `findIndex` would find it), kept as issues are opened. */
  private positionsIn(place: Place): Map<number, number> {
    const known = this.positions[place];
    if (known) return known;
    const positions = new Map<number, number>();
    this.lists[place].issues.forEach((issue, index) => {
      if (!positions.has(issue.number)) positions.set(issue.number, index);
    });
    this.positions[place] = positions;
    return positions;
  }

  private numberOf(ref: IssueRef): number | undefined {
    if ('number' in ref) return ref.number;
    const number = this.created.get(ref.created);
    if (number === undefined) this.refuse(`Write refers to ${ref.created}, which no earlier write opened`);
    return number;
  }

  private placeOf(ref: IssueRef): Place {
    return 'number' in ref ? (ref.place ?? 'client') : (this.createdIn.get(ref.created) ?? 'client');
  }

  private resolve(text: string, place: Place): string {
    if (!this.options.resolveReferences) return text;
    return resolvePlaceholders(
      text,
      (key) => this.created.get(key),
      (key, number) => issueNameAcross(this.snapshot, place, this.createdIn.get(key) ?? 'client', number),
    );
  }

  /** Where GitHub would refuse the write: an error when strict (tests want to know), else ignored. */
  private refuse(message: string): void {
    if (this.options.strict) throw new Error(message);
  }
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

/** The action rewrote its comment: the last edit is its own again, no one else's version to set aside. */
function withoutOthersEdit(comment: SnapshotComment): SnapshotComment {
  const { authoredBody: _authored, ...rest } = comment;
  return rest;
}
