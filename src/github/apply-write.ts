// One write of a plan, as GitHub requests. Every write is safe to repeat: labels and assignees are
// sets, a label that exists or is already gone counts as done, edits re-read the text first, and
// content creation is guarded by a marker lookup (see race-guard.ts).
import { isBot } from '../core/markers';
import type { Write } from '../core/plan';
import type { Snapshot } from '../core/snapshot';
import { mergeChecklists } from './checklist-merge';
import type { GitHubClient } from './client';
import type { Clock } from './content-pacer';
import { findNewBotComment, findNewBotIssue, type GuardTarget } from './race-guard';
import { isTransient, statusOf } from './request-errors';

export interface ApplyContext {
  readonly client: GitHubClient;
  readonly target: GuardTarget;
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
};

export async function applyWrite(
  ctx: ApplyContext,
  write: Write,
  issueNumber: number | null,
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
        await octokit.rest.issues.createLabel({
          ...repo,
          name: write.name,
          color: write.color,
          description: write.description,
        });
        return { result: 'wrote' };
      } catch (error) {
        if (statusOf(error) === 422) return { result: 'already', detail: 'the label exists' };
        throw error;
      }
    case 'add-labels':
      await octokit.rest.issues.addLabels({ ...repo, issue_number: issue(), labels: [...write.labels] });
      return { result: 'wrote' };
    case 'remove-label':
      try {
        await octokit.rest.issues.removeLabel({ ...repo, issue_number: issue(), name: write.label });
        return { result: 'wrote' };
      } catch (error) {
        if (statusOf(error) === 404) return { result: 'already', detail: 'the label was not on the issue' };
        throw error;
      }
    case 'assign':
      await octokit.rest.issues.addAssignees({
        ...repo,
        issue_number: issue(),
        assignees: [...write.assignees],
      });
      return { result: 'wrote' };
    case 'close-issue':
      await octokit.rest.issues.update({
        ...repo,
        issue_number: issue(),
        state: 'closed',
        state_reason: write.stateReason,
      });
      return { result: 'wrote' };
    case 'reopen-issue':
      await octokit.rest.issues.update({ ...repo, issue_number: issue(), state: 'open' });
      return { result: 'wrote' };
    case 'edit-issue':
      return editIssue(ctx, write, issue());
    case 'edit-comment':
      return editComment(ctx, write);
    case 'comment':
      return createOnce(
        ctx,
        () => findNewBotComment(ctx.client, ctx.target, issue(), write.marker),
        async () => {
          await octokit.rest.issues.createComment({
            ...repo,
            issue_number: issue(),
            body: write.body,
            request: { retries: 0 },
          });
          return issue();
        },
      ).then((outcome) => ({ ...outcome, issueNumber: issue() }));
    case 'open-issue':
      return createOnce(
        ctx,
        () => findNewBotIssue(ctx.client, ctx.target, write.marker),
        async () => {
          const { data } = await octokit.rest.issues.create({
            ...repo,
            title: write.title,
            body: write.body,
            labels: [...write.labels],
            assignees: [...write.assignees],
            request: { retries: 0 },
          });
          return data.number;
        },
      );
  }
}

/**
 * Creates content at most once. A lost answer (5xx, dropped connection) may hide a success, so the
 * guard lookup runs before every attempt; only when it finds nothing is the request sent again.
 */
async function createOnce(
  ctx: ApplyContext,
  lookup: () => Promise<number | undefined>,
  create: () => Promise<number>,
): Promise<Applied> {
  const attempts = 3;
  for (let attempt = 0; ; attempt += 1) {
    const existing = await lookup();
    if (existing !== undefined) {
      return {
        result: 'already',
        issueNumber: existing,
        detail:
          attempt === 0
            ? 'another run created it since the snapshot'
            : 'the earlier attempt had gone through',
      };
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
  const { data: current } = await ctx.client.octokit.rest.issues.get({ ...repo, issue_number: number });
  const base = ctx.snapshot.issues.find((issue) => issue.number === number)?.body ?? null;
  const body = write.body === undefined ? undefined : mergeChecklists(base, current.body ?? '', write.body);
  const titleChanges = write.title !== undefined && write.title !== current.title;
  const bodyChanges = body !== undefined && body !== (current.body ?? '');
  if (!titleChanges && !bodyChanges) return { result: 'already', detail: 'the issue already reads so' };
  await ctx.client.octokit.rest.issues.update({
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
  const { data: current } = await ctx.client.octokit.rest.issues.getComment({
    ...repo,
    comment_id: write.commentId,
  });
  if (!isBot({ botLogin: ctx.target.botLogin }, current.user?.login ?? '')) {
    // Only the action's own comments are kept in place; someone else's comment is never rewritten.
    throw new Error(`comment ${write.commentId} was not written by ${ctx.target.botLogin}`);
  }
  const base =
    ctx.snapshot.issues.flatMap((issue) => issue.comments).find((comment) => comment.id === write.commentId)
      ?.body ?? null;
  const body = mergeChecklists(base, current.body ?? '', write.body);
  if (body === (current.body ?? '')) return { result: 'already', detail: 'the comment already reads so' };
  await ctx.client.octokit.rest.issues.updateComment({ ...repo, comment_id: write.commentId, body });
  return { result: 'wrote' };
}
