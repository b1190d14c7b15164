// One issue's writes go as one GraphQL document, and GitHub may refuse one call of it while making the
// others (test/github/issue-batch.test.ts): the labels land, the acknowledgement does not. The run
// reports the failure and exits non-zero; the next run, reading the labels as they are, still owes the
// acknowledgement and posts it, once. This holds the "never split from its partner" rule over runs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../fake-github';
import { expectQuietCycle, runCycle, startRuntimeWorld } from './helpers';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startRuntimeWorld();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const BOT = 'github-actions[bot]';
const urgent = () => [...fake.repo.issues.values()].find((issue) => issue.title.startsWith('Khẩn cấp'))!;
const botComments = (number: number) =>
  fake.repo.commentsOf(number).filter((comment) => comment.author === BOT);

describe('labels made, their acknowledgement refused', () => {
  it('the next run posts the acknowledgement the labels belong to, once, and then plans nothing', async () => {
    const first = await runCycle(fake);
    expect(first.report.failed).toBe(0);
    const issue = urgent();
    const made = botComments(issue.number);
    expect(made.length).toBeGreaterThan(0);
    const labels = [...issue.labels].sort();
    // As if GitHub had refused every comment of the document: never made, so no deletion to respect.
    for (const comment of made) fake.repo.comments.delete(comment.id);

    const second = await runCycle(fake);
    expect(second.report.failed).toBe(0);
    const again = botComments(issue.number);
    // The same words to the client (the marker's record of which labels this run put on may differ:
    // they were on already).
    const visible = (body: string) => body.replace(/<!-- engagement-keeper .*? -->/gu, '').trim();
    expect(again.map((comment) => visible(comment.body))).toEqual(
      made.map((comment) => visible(comment.body)),
    );
    expect(again.map((comment) => /"kind":"([\w-]+)"/u.exec(comment.body)?.[1])).toEqual(
      made.map((comment) => /"kind":"([\w-]+)"/u.exec(comment.body)?.[1]),
    );
    expect([...issue.labels].sort()).toEqual(labels);
    await expectQuietCycle(fake);
  });
});
