// One write of a plan, as GitHub requests: one request per write where the snapshot answers every
// question. Every write is safe to repeat: labels and assignees are sets, a label that exists or is
// already gone counts as done. Nothing is read before a write except (1) the body of an issue with boxes
// people tick, so a tick made since the snapshot is kept, and (2) after a create whose answer was lost,
// a marker lookup so it is not created twice (see race-guard.ts). Two runs racing may still both
// create: the next run finds the duplicate by its marker and heals it (that costs one run, not one
// read per write).
import { isBot } from '../core/markers';
import type { Write } from '../core/plan';
import type { Place } from '../core/places';
import { allIssues, type Snapshot, type SnapshotComment } from '../core/snapshot';
import { hasCheckboxes, mergeChecklists } from './checklist-merge';
import type { GitHubClient } from './client';
import type { Clock } from './content-pacer';
import { findNewBotComment, findNewBotIssue, type GuardTarget } from './race-guard';
import { PIN_LOOKUP_QUERY } from './queries';
import { isTransient, statusOf, WriteNotDone } from './request-errors';

export interface ApplyContext {
  readonly client: GitHubClient;
  /** The repository written to: the client's, or the internal one (`place`). */
  readonly target: GuardTarget;
  readonly place: Place;
  readonly snapshot: Snapshot;
  readonly clock: Clock;
  /** Milliseconds between attempts at creating content after an answer was lost (×1, ×4). */
  readonly createRetryBaseMs: number;
}

/** What happened: `wrote` made a change; `already` found the change made (by an earlier attempt or run). */
export type Applied = {
  readonly result: 'wrote' | 'already';
  readonly issueNumber?: number;
  readonly detail?: string;
  /** A label this write created: its node id, by which a batched label write names it. */
  readonly labelNodeId?: string;
  /** An issue this write opened: its node id, by which a pin names it without looking it up. */
  readonly issueNodeId?: string;
};

export async function applyWrite(
  ctx: ApplyContext,
  write: Write,
  issueNumber: number | null,
  /** The node id of the target issue when this run opened it (GitHub's answer gave it). */
  issueNodeId?: string,
): Promise<Applied> {
  const { octokit } = ctx.client;
  const repo = { owner: ctx.target.owner, repo: ctx.target.repo };
  const issue = (): number => {
    if (issueNumber === null) throw new Error('the write has no target issue');
    return issueNumber;
  };
  switch (write.kind) {
    case 'create-label':
      try {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/labels', {
          ...repo,
          name: write.name,
          color: write.color,
          description: write.description,
        });
        return { result: 'wrote', ...(data.node_id ? { labelNodeId: data.node_id } : {}) };
      } catch (error) {
        if (statusOf(error) === 422) return { result: 'already', detail: 'the label exists' };
        throw error;
      }
    case 'add-labels':
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...repo,
        issue_number: issue(),
        labels: [...write.labels],
      });
      return { result: 'wrote' };
    case 'remove-label':
      try {
        await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
          ...repo,
          issue_number: issue(),
          name: write.label,
        });
        return { result: 'wrote' };
      } catch (error) {
        if (statusOf(error) === 404) return { result: 'already', detail: 'the label was not on the issue' };
        throw error;
      }
    case 'assign': {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', {
        ...repo,
        issue_number: issue(),
        assignees: [...write.assignees],
      });
      // GitHub drops, without an error, anyone who may not be assigned here.
      const given = new Set((data.assignees ?? []).map((user) => user.login.toLowerCase()));
      const dropped = write.assignees.filter((login) => !given.has(login.replace(/^@/u, '').toLowerCase()));
      if (dropped.length > 0) throw new WriteNotDone(notAssigned(dropped));
      return { result: 'wrote' };
    }
    case 'close-issue':
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo,
        issue_number: issue(),
        state: 'closed',
        state_reason: write.stateReason,
      });
      return { result: 'wrote' };
    case 'reopen-issue':
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo,
        issue_number: issue(),
        state: 'open',
      });
      return { result: 'wrote' };
    case 'edit-issue':
      return editIssue(ctx, write, issue());
    case 'edit-comment':
      return editComment(ctx, write);
    case 'delete-comment':
      return deleteComment(ctx, write);
    case 'comment':
      return createOnce(
        ctx,
        () => findNewBotComment(ctx.client, ctx.target, issue(), write.marker),
        async () => {
          await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: issue(),
            body: write.body,
            request: { retries: 0 },
          });
          return issue();
        },
      ).then((outcome) => ({ ...outcome, issueNumber: issue() }));
    case 'pin-issue':
      return pinIssue(ctx, issue(), issueNodeId);
    case 'open-issue': {
      let nodeId: string | undefined;
      return createOnce(
        ctx,
        () => findNewBotIssue(ctx.client, ctx.target, write.marker),
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
            ...repo,
            title: write.title,
            body: write.body,
            labels: [...write.labels],
            assignees: [...write.assignees],
            request: { retries: 0 },
          });
          nodeId = data.node_id;
          return data.number;
        },
      ).then((outcome) => (nodeId ? { ...outcome, issueNodeId: nodeId } : outcome));
    }
  }
}

/**
 * Creates content at most once per run. The first attempt is sent straight away; a lost answer (5xx,
 * dropped connection) may hide a success, so before each retry the guard lookup runs, and only when it
 * finds nothing is the request sent again.
 */
async function createOnce(
  ctx: ApplyContext,
  lookup: () => Promise<number | undefined>,
  create: () => Promise<number>,
): Promise<Applied> {
  const attempts = 3;
  for (let attempt = 0; ; attempt += 1) {
    const existing = attempt === 0 ? undefined : await lookup();
    if (existing !== undefined) {
      return { result: 'already', issueNumber: existing, detail: 'the earlier attempt had gone through' };
    }
    try {
      return { result: 'wrote', issueNumber: await create() };
    } catch (error) {
      if (!isTransient(error) || attempt + 1 >= attempts) throw error;
      await ctx.clock.sleep(ctx.createRetryBaseMs * (attempt + 1) ** 2);
    }
  }
}

async function editIssue(
  ctx: ApplyContext,
  write: Extract<Write, { kind: 'edit-issue' }>,
  number: number,
): Promise<Applied> {
  const repo = { owner: ctx.target.owner, repo: ctx.target.repo };
  const issues = ctx.place === 'internal' ? (ctx.snapshot.internal?.issues ?? []) : ctx.snapshot.issues;
  const known = issues.find((issue) => issue.number === number);
  const base = known?.body ?? null;
  // People tick boxes in the issues the action keeps: only then is the body read again before editing.
  const reread = known === undefined || (write.body !== undefined && hasCheckboxes(write.body));
  const current = reread
    ? (
        await ctx.client.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
          ...repo,
          issue_number: number,
        })
      ).data
    : { title: known.title, body: known.body };
  const body =
    write.body === undefined
      ? undefined
      : mergeChecklists(base, current.body ?? '', write.body, write.formerItems);
  const titleChanges = write.title !== undefined && write.title !== current.title;
  const bodyChanges = body !== undefined && body !== (current.body ?? '');
  if (!titleChanges && !bodyChanges) return { result: 'already', detail: 'the issue already reads so' };
  await ctx.client.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    ...repo,
    issue_number: number,
    ...(titleChanges ? { title: write.title } : {}),
    ...(bodyChanges ? { body } : {}),
  });
  return { result: 'wrote' };
}

async function editComment(
  ctx: ApplyContext,
  write: Extract<Write, { kind: 'edit-comment' }>,
): Promise<Applied> {
  const repo = { owner: ctx.target.owner, repo: ctx.target.repo };
  const known = knownComment(ctx, write.commentId);
  const current = known
    ? { login: known.author.login, body: known.body }
    : await ctx.client.octokit
        .request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...repo,
          comment_id: write.commentId,
        })
        .then(({ data }) => ({ login: data.user?.login ?? '', body: data.body ?? '' }));
  if (!isBot({ botLogin: ctx.target.botLogin }, current.login)) {
    // Only the action's own comments are kept in place; someone else's comment is never rewritten.
    throw new Error(`comment ${write.commentId} was not written by ${ctx.target.botLogin}`);
  }
  const body = hasCheckboxes(write.body)
    ? mergeChecklists(
        known?.body ?? null,
        (
          await ctx.client.octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...repo,
            comment_id: write.commentId,
          })
        ).data.body ?? '',
        write.body,
      )
    : write.body;
  if (body === current.body) return { result: 'already', detail: 'the comment already reads so' };
  await ctx.client.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
    ...repo,
    comment_id: write.commentId,
    body,
  });
  return { result: 'wrote' };
}

/** A duplicate of the action's own comment goes; the author is checked again, so a person's never does. */
async function deleteComment(
  ctx: ApplyContext,
  write: Extract<Write, { kind: 'delete-comment' }>,
): Promise<Applied> {
  const repo = { owner: ctx.target.owner, repo: ctx.target.repo };
  const known = knownComment(ctx, write.commentId);
  if (!known || !isBot({ botLogin: ctx.target.botLogin }, known.author.login)) {
    throw new Error(
      `comment ${write.commentId} is not a comment of ${ctx.target.botLogin} in what this run read: it is not deleted`,
    );
  }
  try {
    await ctx.client.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: write.commentId,
    });
    return { result: 'wrote' };
  } catch (error) {
    if (statusOf(error) === 404) return { result: 'already', detail: 'the comment was already gone' };
    throw error;
  }
}

function knownComment(ctx: ApplyContext, id: number): SnapshotComment | undefined {
  for (const issue of allIssues(ctx.snapshot)) {
    const found = issue.comments.find((comment) => comment.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Pins an issue with GitHub's `pinIssue` mutation (there is no REST endpoint). An issue this run just
 * opened is pinned by the node id GitHub's answer gave (it cannot be pinned yet). Otherwise its node
 * id and whether it is pinned already are read first: pinning twice is `already`, never an error.
 * GitHub pins at most three issues per repository; that refusal is reported like any failed write.
 */
async function pinIssue(ctx: ApplyContext, number: number, openedNodeId?: string): Promise<Applied> {
  let id = openedNodeId;
  if (id === undefined) {
    const found = await ctx.client.graphql<{
      repository: { issue: { id: string; isPinned: boolean | null } | null } | null;
    }>(PIN_LOOKUP_QUERY, { owner: ctx.target.owner, name: ctx.target.repo, number });
    const issue = found.repository?.issue;
    if (!issue) throw new Error(`issue #${number} was not found to pin`);
    if (issue.isPinned) return { result: 'already', issueNumber: number, detail: 'the issue is pinned' };
    id = issue.id;
  }
  await ctx.client.graphql('mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }', {
    id,
  });
  return { result: 'wrote', issueNumber: number };
}

function notAssigned(logins: readonly string[]): string {
  const people = logins.map((login) => `@${login.replace(/^@/u, '')}`).join(', ');
  return `GitHub did not assign ${people}: only people with access to the repository can be assigned. Give ${logins.length > 1 ? 'them' : 'this person'} access, or name someone who has it in the engagement file (\`feedback.roles\`); the rest of the run went on.`;
}
