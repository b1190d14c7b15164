// An in-memory GitHub for core tests: builders for snapshots, and applyPlan(), which applies a plan to a
// snapshot the way GitHub would (the bot authors what it writes). Rules are tested by planning, applying,
// and planning again: a correct rule plans nothing the second time.
import type { Plan } from '../src/core/plan';
import { applyWrites, editedBody } from '../src/plan/apply-writes';
import { isBot, trustedBody } from '../src/core/markers';
import {
  allIssues,
  type AuthorAssociation,
  type Snapshot,
  type SnapshotComment,
  type SnapshotIssue,
} from '../src/core/snapshot';

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

/**
 * A person edits a comment after the fact (its author, unless `by` says who): GitHub marks it edited,
 * dates the edit and names the editor. Someone editing the action's comment leaves the action's own
 * last version in the edit history, where the shell reads it (`authoredBody`).
 */
export function editComment(
  snapshot: Snapshot,
  number: number,
  id: number,
  body: string,
  at: string,
  by?: string,
): Snapshot {
  return updateIssue(snapshot, number, (issue) => ({
    ...issue,
    comments: issue.comments.map((comment) => {
      if (comment.id !== id) return comment;
      const editor = by ?? comment.author.login;
      const othersEdit = isBot(snapshot, comment.author.login) && !isBot(snapshot, editor);
      // An earlier `authoredBody` left in place is read only while someone else edited it last.
      return {
        ...comment,
        body,
        edited: true,
        updatedAt: at,
        editedBy: editor,
        ...(othersEdit ? { authoredBody: trustedBody(snapshot, comment) } : {}),
      };
    }),
  }));
}

/**
 * A person deletes a comment after the fact. When it was the action's, GitHub's timeline keeps when
 * (`notesDeletedAt`, as the shell reads it): pass `at`.
 */
export function deleteComment(snapshot: Snapshot, number: number, id: number, at?: string): Snapshot {
  return updateIssue(snapshot, number, (issue) => {
    const deleted = issue.comments.find((comment) => comment.id === id);
    const byBot = deleted !== undefined && isBot(snapshot, deleted.author.login);
    return {
      ...issue,
      comments: issue.comments.filter((comment) => comment.id !== id),
      ...(byBot && at !== undefined ? { notesDeletedAt: [...(issue.notesDeletedAt ?? []), at] } : {}),
    };
  });
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

export { editedBody };

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

/** One application of a plan, as the listeners of onApplied() see it. */
export interface AppliedRun {
  readonly before: Snapshot;
  readonly plan: Plan;
  readonly at: string;
  readonly options: ApplyOptions;
  readonly result: ApplyResult;
}

const appliedListeners = new Set<(run: AppliedRun) => void>();

/**
 * Calls `listener` after every applyPlan() until the returned function is called: the test harness
 * uses it to rerun every run unchanged (test/support/quiet-rerun.ts).
 */
export function onApplied(listener: (run: AppliedRun) => void): () => void {
  appliedListeners.add(listener);
  return () => void appliedListeners.delete(listener);
}

/** Applies a plan to a snapshot as GitHub would, every write authored by the snapshot's bot. */
export function applyPlan(
  snapshot: Snapshot,
  plan: Plan,
  at: Date | string,
  options: ApplyOptions = {},
): ApplyResult {
  // A loop, not Math.max(...ids): spreading 100,000 comment ids overflows the stack.
  let commentId = nextCommentId;
  // Each repository numbers its own issues: the client's, and the internal one's when there is one.
  const numbers = { client: 0, internal: 0 };
  for (const issue of allIssues(snapshot)) {
    const place = issue.place ?? 'client';
    numbers[place] = Math.max(numbers[place], issue.number);
    for (const comment of issue.comments) commentId = Math.max(commentId, comment.id + 1);
  }
  const internal = snapshot.internal?.repository;
  const result = applyWrites(snapshot, plan.writes, {
    at: typeof at === 'string' ? at : at.toISOString(),
    openedIssue: (_, place) => {
      const number = (numbers[place] += 1);
      return {
        number,
        url:
          place === 'internal' && internal
            ? `https://github.com/${internal.owner}/${internal.name}/issues/${number}`
            : issueUrl(number),
      };
    },
    nextCommentId: () => commentId++,
    resolveReferences: true,
    strict: true,
    ...(options.stopAfter !== undefined ? { stopAfter: options.stopAfter } : {}),
  });
  nextCommentId = Math.max(nextCommentId, commentId);
  const run: AppliedRun = {
    before: snapshot,
    plan,
    at: typeof at === 'string' ? at : at.toISOString(),
    options,
    result,
  };
  for (const listener of appliedListeners) listener(run);
  return result;
}
