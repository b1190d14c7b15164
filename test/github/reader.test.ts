import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot, type ReadRequest } from '../../src/github/read-snapshot';
import { commentsWantingReactions } from '../../src/plan/reads';
import { resolveBotLogin } from '../../src/github/identity';
import { parse } from 'graphql';
import { renderMarker } from '../../src/core/markers';
import { KIND } from '../../src/feedback/kinds';
import { closingStage } from '../../src/feedback/rules/loop';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import { queryCost } from '../../fake-github/graphql-engine';
import { RUNTIME_ENGAGEMENT, testClient } from './helpers';

const tracked = [
  'engagement: milestone',
  'deadline',
  'engagement: escalation',
  'feedback',
  'engagement-summary',
];
const kept = ['engagement: milestone', 'engagement: escalation'];

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub({ tokens: { [WORKFLOW_TOKEN]: null, ghp_person: 'quang-songhan' } });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

/** A read as the action makes it: the comments whose reactions it reads are the domains' choice. */
function read(
  scope: { kind: 'full' } | { kind: 'issue'; number: number } = { kind: 'full' },
  reactionsOf: ReadRequest['reactionsOf'] = (snapshot) =>
    commentsWantingReactions(RUNTIME_ENGAGEMENT, snapshot, new Date(snapshot.readAt)),
) {
  const client = testClient(fake);
  return readSnapshot(client, {
    owner: fake.repo.owner,
    name: fake.repo.name,
    botLogin: 'github-actions[bot]',
    trackedLabels: tracked,
    keptLabels: kept,
    scope,
    readAt: '2026-12-02T02:00:00Z',
    reactionsOf,
  }).then((result) => ({ ...result, client }));
}

describe('reading a snapshot with GraphQL', () => {
  it('reads 250 tracked issues in 3 pages and leaves untracked issues out', async () => {
    for (let i = 0; i < 250; i += 1)
      fake.repo.addIssue({ title: `Feedback ${i}`, author: 'lan-bepxanh', labels: ['feedback'] });
    for (let i = 0; i < 30; i += 1)
      fake.repo.addIssue({ title: `Unrelated ${i}`, author: 'lan-bepxanh', labels: ['bug'] });
    const { snapshot, stats, client } = await read();
    expect(snapshot.issues).toHaveLength(250);
    expect(stats.issuePages).toBe(3);
    expect(stats.extraCommentPages).toBe(0);
    expect(client.counters.graphql).toBe(3);
    expect(stats.cost).toBeGreaterThan(0);
    expect(snapshot.labels.map((l) => l.name)).toEqual(['bug', 'feedback']);
  });

  it('fetches one extra comment page for an issue with 130 comments, and none for the others', async () => {
    const busy = fake.repo.addIssue({ title: 'Busy', author: 'lan-bepxanh', labels: ['feedback'] });
    const quiet = fake.repo.addIssue({ title: 'Quiet', author: 'lan-bepxanh', labels: ['deadline'] });
    for (let i = 0; i < 130; i += 1)
      fake.repo.addComment({ issueNumber: busy.number, author: 'minh-bepxanh', body: `comment ${i}` });
    fake.repo.addComment({ issueNumber: quiet.number, author: 'minh-bepxanh', body: 'only one' });
    const { snapshot, stats } = await read();
    expect(stats.issuePages).toBe(1);
    expect(stats.extraCommentPages).toBe(1);
    const comments = snapshot.issues.find((i) => i.number === busy.number)!.comments;
    expect(comments).toHaveLength(130);
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 130 }, (_, i) => `comment ${i}`));
  });

  it('maps authors, associations, edits and reactions to the snapshot, with REST comment ids', async () => {
    const issue = fake.repo.addIssue({
      title: 'Logo is blurry',
      author: 'lan-bepxanh',
      association: 'CONTRIBUTOR',
      labels: ['feedback'],
      assignees: ['quang-songhan'],
    });
    const comment = fake.repo.addComment({
      issueNumber: issue.number,
      author: 'github-actions[bot]',
      body: 'Thank you',
      reactions: { HEART: 2 },
    });
    fake.repo.addComment({
      issueNumber: issue.number,
      author: 'lan-bepxanh',
      body: 'edited',
      lastEditedAt: '2026-12-01T00:00:00Z',
    });
    const { snapshot } = await read();
    const [read1] = snapshot.issues;
    expect(read1).toMatchObject({
      author: { login: 'lan-bepxanh', association: 'CONTRIBUTOR' },
      assignees: ['quang-songhan'],
      state: 'open',
    });
    // Reactions are read only where they mean a rating (see the next test): not on a thank-you.
    expect(read1!.comments[0]).toMatchObject({ id: comment.id, edited: false });
    expect(read1!.comments[0]!.reactions).toBeUndefined();
    // GraphQL names the bot `github-actions`; the core treats it as github-actions[bot].
    expect(read1!.comments[0]!.author.login).toBe('github-actions');
    expect(read1!.comments[1]!.edited).toBe(true);
  });

  it('reads reactions only on unrated confirmation requests, 100 comments per request', async () => {
    const closedAt = '2026-12-01T10:00:00.000Z';
    const stage = closingStage(closedAt);
    const asked: number[] = [];
    for (let i = 0; i < 130; i += 1) {
      const issue = fake.repo.addIssue({ title: `Fixed ${i}`, author: 'lan-bepxanh', labels: ['feedback'] });
      Object.assign(issue, { state: 'closed', stateReason: 'completed', closedAt, updatedAt: closedAt });
      const request = fake.repo.addComment({
        issueNumber: issue.number,
        author: 'github-actions[bot]',
        body: `Please confirm.\n\n${renderMarker({ kind: KIND.confirm, subject: `issue:${issue.number}`, stage })}`,
        reactions: { THUMBS_UP: 1 },
      });
      asked.push(request.id);
      // Every other issue has its rating recorded already: its reactions no longer matter.
      if (i % 2 === 1)
        fake.repo.addComment({
          issueNumber: issue.number,
          author: 'github-actions[bot]',
          body: `Thanks.\n\n${renderMarker({ kind: KIND.rating, subject: `issue:${issue.number}`, stage, data: { rating: '4' } })}`,
        });
    }
    const { snapshot, stats } = await read();
    expect(stats.reactionPages).toBe(1);
    const withReactions = snapshot.issues.flatMap((i) => i.comments).filter((c) => c.reactions);
    expect(withReactions.map((c) => c.id)).toEqual(asked.filter((_, i) => i % 2 === 0));
    expect(withReactions[0]!.reactions).toEqual({ THUMBS_UP: 1 });
  });

  it('reads the reactions of the comments the caller names and no others: the reader decides nothing', async () => {
    const issue = fake.repo.addIssue({ title: 'Fixed', author: 'lan-bepxanh', labels: ['feedback'] });
    const named = fake.repo.addComment({
      issueNumber: issue.number,
      author: 'lan-bepxanh',
      body: 'Looks good',
      reactions: { HEART: 1 },
    });
    fake.repo.addComment({
      issueNumber: issue.number,
      author: 'lan-bepxanh',
      body: 'And',
      reactions: { LAUGH: 2 },
    });
    const withNamed = await read({ kind: 'full' }, () => [named.id]);
    const counted = withNamed.snapshot.issues[0]!.comments.map((comment) => comment.reactions);
    expect(counted).toEqual([{ HEART: 1 }, undefined]);
    const none = await read({ kind: 'full' }, () => []);
    expect(none.snapshot.issues[0]!.comments.every((comment) => comment.reactions === undefined)).toBe(true);
    expect(none.stats.reactionPages).toBe(0);
  });

  it('leaves closed issues untouched since the look-back unread, and reads each issue once', async () => {
    const old = fake.repo.addIssue({ title: 'Old', author: 'lan-bepxanh', labels: ['feedback'] });
    Object.assign(old, {
      state: 'closed',
      closedAt: '2026-06-01T00:00:00Z',
      updatedAt: '2026-06-01T00:00:00Z',
    });
    const recent = fake.repo.addIssue({ title: 'Recent', author: 'lan-bepxanh', labels: ['feedback'] });
    Object.assign(recent, {
      state: 'closed',
      closedAt: '2026-11-30T00:00:00Z',
      updatedAt: '2026-11-30T00:00:00Z',
    });
    fake.repo.addIssue({ title: 'Open', author: 'lan-bepxanh', labels: ['feedback'] });
    const summary = fake.repo.addIssue({
      title: 'Summary',
      author: 'github-actions[bot]',
      labels: ['feedback'],
    });
    Object.assign(summary, {
      state: 'closed',
      closedAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const client = testClient(fake);
    const { snapshot } = await readSnapshot(client, {
      owner: fake.repo.owner,
      name: fake.repo.name,
      botLogin: 'github-actions[bot]',
      trackedLabels: ['feedback'],
      keptLabels: kept,
      since: '2026-11-23T00:00:00Z',
      scope: { kind: 'full' },
      readAt: '2026-12-02T02:00:00Z',
    });
    // The action's own issues are its records: read whatever their age.
    expect(snapshot.issues.map((i) => i.title)).toEqual(['Recent', 'Open', 'Summary']);
    expect(client.counters.graphql).toBe(1);
  });

  it('prices a scan page by GitHub’s rule: 3 points for 100 issues with labels, assignees and comments', async () => {
    for (let i = 0; i < 100; i += 1)
      fake.repo.addIssue({ title: `Feedback ${i}`, author: 'lan-bepxanh', labels: ['feedback'] });
    const { stats } = await read();
    // open (1 + 3 × 100 requests), closed (the same), own (the same), labels (1): 905 requests.
    expect(stats.cost).toBe(9);
    // The same page with a reaction count on every comment: 100 × 100 requests more per issue set.
    const priced = queryCost(
      parse(
        'query { repository(owner: "a", name: "b") { issues(first: 100) { nodes { comments(first: 100) { nodes { reactionGroups { reactors { totalCount } } } } } } } }',
      ),
      {},
    );
    expect(priced).toBe(101);
  });

  it('includes issues the bot opened even when a person removed their labels', async () => {
    fake.repo.addIssue({ title: 'Escalation', author: 'github-actions[bot]', labels: [] });
    const { snapshot } = await read();
    expect(snapshot.issues.map((i) => i.title)).toEqual(['Escalation']);
  });

  it('an event run reads the issue concerned and the bot’s milestone and escalation issues only', async () => {
    fake.repo.addIssue({ title: 'Other feedback', author: 'lan-bepxanh', labels: ['feedback'] });
    const target = fake.repo.addIssue({ title: 'This one', author: 'lan-bepxanh', labels: ['feedback'] });
    fake.repo.addIssue({
      title: 'Milestone: design',
      author: 'github-actions[bot]',
      labels: ['engagement: milestone'],
    });
    fake.repo.addIssue({ title: 'Summary', author: 'github-actions[bot]', labels: ['engagement-summary'] });
    const { snapshot, stats } = await read({ kind: 'issue', number: target.number });
    expect(snapshot.issues.map((i) => i.title)).toEqual(['This one', 'Milestone: design']);
    expect(snapshot.scope).toEqual({ kind: 'issue', number: target.number });
    expect(stats.requests).toBe(1);
  });

  it('resolves the bot identity: the workflow token is github-actions[bot], a personal token its login', async () => {
    const workflow = { token: WORKFLOW_TOKEN, workflowToken: WORKFLOW_TOKEN };
    expect(await resolveBotLogin(testClient(fake), workflow)).toBe('github-actions[bot]');
    expect(await resolveBotLogin(testClient(fake, 'ghp_person'), workflow)).toBe('quang-songhan');
  });

  it('never guesses who it writes as: an unknown installation token or no answer is one clear error', async () => {
    await expect(resolveBotLogin(testClient(fake), { token: WORKFLOW_TOKEN })).rejects.toThrow(
      /installation token.*`bot-login`/u,
    );
    expect(await resolveBotLogin(testClient(fake), { token: WORKFLOW_TOKEN, botLogin: 'keeper[bot]' })).toBe(
      'keeper[bot]',
    );
    fake.inject({ match: /graphql/u, status: 502, times: 4 });
    await expect(
      resolveBotLogin(testClient(fake), { token: WORKFLOW_TOKEN, workflowToken: WORKFLOW_TOKEN }),
    ).rejects.toThrow(/could not learn who the action writes as \(GitHub answered 502/u);
  });
});
