// An in-memory GitHub for core tests: builders for snapshots, and applyPlan(), which applies a plan to a
// snapshot the way GitHub would (the bot authors what it writes). Rules are tested by planning, applying,
// and planning again: a correct rule plans nothing the second time.
import { markerKey } from '../../src/core/markers';
import type { IssueRef, Plan, Write } from '../../src/core/plan';
import type {
  AuthorAssociation,
  Snapshot,
  SnapshotComment,
  SnapshotIssue,
  SnapshotLabel,
} from '../../src/core/snapshot';

export const BOT = 'github-actions[bot]';
export const OWNER = 'songhan';
export const REPO = 'bepxanh-website';

const issueUrl = (number: number): string => `https://github.com/${OWNER}/${REPO}/issues/${number}`;

export function makeSnapshot(partial: Partial<Snapshot> = {}): Snapshot {
  return {
    repository: { owner: OWNER, name: REPO },
    botLogin: BOT,
    readAt: '2026-11-23T00:00:00Z',
    scope: { kind: 'full' },
    issues: [],
    labels: [],
    ...partial,
  };
}

export interface IssueSeed extends Partial<Omit<SnapshotIssue, 'author' | 'comments'>> {
  readonly number: number;
  readonly author?: string;
  readonly association?: AuthorAssociation;
  readonly comments?: readonly SnapshotComment[];
}

export function makeIssue(seed: IssueSeed): SnapshotIssue {
  const createdAt = seed.createdAt ?? '2026-11-23T02:00:00Z';
  const { author, association, comments, ...rest } = seed;
  return {
    title: `Issue ${seed.number}`,
    body: '',
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [],
    updatedAt: createdAt,
    closedAt: null,
    url: issueUrl(seed.number),
    milestone: null,
    ...rest,
    createdAt,
    author: { login: author ?? 'lan-bepxanh', association: association ?? 'NONE' },
    comments: comments ?? [],
  };
}

export interface CommentSeed extends Partial<Omit<SnapshotComment, 'author'>> {
  readonly author?: string;
  readonly association?: AuthorAssociation;
}

let nextCommentId = 1_000_000;

export function makeComment(seed: CommentSeed = {}): SnapshotComment {
  const id = seed.id ?? nextCommentId++;
  const createdAt = seed.createdAt ?? '2026-11-23T03:00:00Z';
  const { author, association, ...rest } = seed;
  return {
    body: '',
    edited: false,
    url: `${issueUrl(0)}#issuecomment-${id}`,
    updatedAt: createdAt,
    ...rest,
    id,
    createdAt,
    author: { login: author ?? 'lan-bepxanh', association: association ?? 'NONE' },
  };
}

/** A person (not the bot) comments on an issue. */
export function addComment(
  snapshot: Snapshot,
  number: number,
  comment: CommentSeed & { readonly body: string },
): Snapshot {
  return updateIssue(snapshot, number, (issue) => ({
    ...issue,
    updatedAt: comment.createdAt ?? issue.updatedAt,
    comments: [
      ...issue.comments,
      makeComment({ ...comment, url: `${issue.url}#issuecomment-${comment.id ?? nextCommentId}` }),
    ],
  }));
}

export function addIssue(snapshot: Snapshot, seed: IssueSeed): Snapshot {
  if (snapshot.issues.some((issue) => issue.number === seed.number)) {
    throw new Error(`Issue #${seed.number} already exists in this snapshot`);
  }
  return { ...snapshot, issues: [...snapshot.issues, makeIssue(seed)].sort((a, b) => a.number - b.number) };
}

export function updateIssue(
  snapshot: Snapshot,
  number: number,
  change: (issue: SnapshotIssue) => SnapshotIssue,
): Snapshot {
  let found = false;
  const issues = snapshot.issues.map((issue) => {
    if (issue.number !== number) return issue;
    found = true;
    return change(issue);
  });
  if (!found) throw new Error(`No issue #${number} in this snapshot`);
  return { ...snapshot, issues };
}

/**
 * Ticks the checklist item whose text contains `itemText` at `at` (as a person would in the issue
 * body): GitHub keeps the edit in the body's history, which dates a completion.
 */
export function tickItem(snapshot: Snapshot, number: number, itemText: string, at: string): Snapshot {
  return updateIssue(snapshot, number, (issue) => {
    const lines = issue.body.split('\n');
    const index = lines.findIndex((line) => /^\s*[-*] \[ \] /u.test(line) && line.includes(itemText));
    if (index < 0) throw new Error(`No unticked item "${itemText}" on #${number}`);
    lines[index] = (lines[index] ?? '').replace('[ ]', '[x]');
    return editedBody(issue, lines.join('\n'), at);
  });
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

export interface ApplyOptions {
  /** Apply only the first k writes, as if the run had been stopped. */
  readonly stopAfter?: number;
}

export interface ApplyResult {
  readonly snapshot: Snapshot;
  /** Issue numbers of the issues the plan opened, by marker key. */
  readonly created: ReadonlyMap<string, number>;
  readonly applied: number;
}

/** Applies a plan to a snapshot as GitHub would, every write authored by the snapshot's bot. */
export function applyPlan(
  snapshot: Snapshot,
  plan: Plan,
  at: Date | string,
  options: ApplyOptions = {},
): ApplyResult {
  const when = typeof at === 'string' ? at : at.toISOString();
  const created = new Map<string, number>();
  let issues = [...snapshot.issues];
  let labels: SnapshotLabel[] = [...snapshot.labels];
  const bot = { login: snapshot.botLogin, association: 'NONE' as const };
  // A loop, not Math.max(...ids): spreading 100,000 comment ids overflows the stack.
  let commentId = nextCommentId;
  for (const issue of issues)
    for (const comment of issue.comments) commentId = Math.max(commentId, comment.id + 1);
  const limit = options.stopAfter ?? plan.writes.length;

  const numberOf = (ref: IssueRef): number => {
    if ('number' in ref) return ref.number;
    const number = created.get(ref.created);
    if (number === undefined)
      throw new Error(`Write refers to ${ref.created}, which no earlier write opened`);
    return number;
  };
  const resolve = (text: string): string =>
    text.replace(/\{\{ref:([^}]*)\}\}/gu, (whole, key: string) => {
      const number = created.get(key);
      return number === undefined ? whole : `#${number}`;
    });
  const change = (ref: IssueRef, fn: (issue: SnapshotIssue) => SnapshotIssue): void => {
    const number = numberOf(ref);
    const index = issues.findIndex((issue) => issue.number === number);
    if (index < 0) throw new Error(`Write targets #${number}, which is not in the snapshot`);
    const before = issues[index]!;
    issues[index] = { ...fn(before), updatedAt: when };
  };

  plan.writes.slice(0, limit).forEach((write: Write) => {
    switch (write.kind) {
      case 'create-label':
        if (labels.some((label) => label.name.toLowerCase() === write.name.toLowerCase())) {
          throw new Error(`Label "${write.name}" already exists: GitHub would answer 422`);
        }
        labels = [...labels, { name: write.name, color: write.color, description: write.description }];
        return;
      case 'add-labels':
        change(write.issue, (issue) => ({ ...issue, labels: unique([...issue.labels, ...write.labels]) }));
        return;
      case 'remove-label':
        change(write.issue, (issue) => ({
          ...issue,
          labels: issue.labels.filter((name) => name !== write.label),
        }));
        return;
      case 'comment':
        change(write.issue, (issue) => {
          const id = commentId++;
          const comment: SnapshotComment = {
            id,
            author: bot,
            createdAt: when,
            updatedAt: when,
            body: resolve(write.body),
            edited: false,
            url: `${issue.url}#issuecomment-${id}`,
          };
          return { ...issue, comments: [...issue.comments, comment] };
        });
        return;
      case 'edit-comment':
        change(write.issue, (issue) => ({
          ...issue,
          comments: issue.comments.map((comment) =>
            comment.id === write.commentId
              ? { ...comment, body: resolve(write.body), updatedAt: when, edited: true }
              : comment,
          ),
        }));
        return;
      case 'delete-comment':
        change(write.issue, (issue) => {
          const target = issue.comments.find((comment) => comment.id === write.commentId);
          if (!target || target.author.login !== snapshot.botLogin) {
            throw new Error(`delete-comment ${write.commentId}: only the action's own comments may go`);
          }
          return { ...issue, comments: issue.comments.filter((comment) => comment.id !== write.commentId) };
        });
        return;
      case 'open-issue': {
        const number = Math.max(0, ...issues.map((issue) => issue.number)) + 1;
        if (write.key !== markerKey(write.marker)) {
          throw new Error(`open-issue key ${write.key} does not match its marker ${markerKey(write.marker)}`);
        }
        created.set(write.key, number);
        issues = [
          ...issues,
          makeIssue({
            number,
            title: write.title,
            body: resolve(write.body),
            labels: unique(write.labels),
            assignees: unique(write.assignees),
            createdAt: when,
            author: snapshot.botLogin,
          }),
        ];
        return;
      }
      case 'edit-issue':
        change(write.issue, (issue) => ({
          ...(write.body === undefined ? issue : editedBody(issue, resolve(write.body), when)),
          title: write.title ?? issue.title,
        }));
        return;
      case 'close-issue':
        change(write.issue, (issue) => ({
          ...issue,
          state: 'closed',
          stateReason: write.stateReason === 'completed' ? 'COMPLETED' : 'NOT_PLANNED',
          closedAt: when,
        }));
        return;
      case 'reopen-issue':
        change(write.issue, (issue) => ({
          ...issue,
          state: 'open',
          stateReason: 'REOPENED',
          closedAt: null,
        }));
        return;
      case 'assign':
        change(write.issue, (issue) => ({
          ...issue,
          assignees: unique([...issue.assignees, ...write.assignees]),
        }));
        return;
    }
  });
  nextCommentId = Math.max(nextCommentId, commentId);
  return {
    snapshot: { ...snapshot, issues, labels, readAt: when },
    created,
    applied: Math.min(limit, plan.writes.length),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
