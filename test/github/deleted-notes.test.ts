// Reading when people deleted the action's comments (src/github/deleted-notes.ts), on the HTTP fake:
// GitHub's timeline keeps a CommentDeletedEvent (when, by whom, whose comment) and nothing of the
// text. Only a person's deletion of one of the action's comments counts: the action's own repairs of
// duplicates, and people deleting their own comments, are not notes taken back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { BOT_LOGIN, startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { queryCost } from '../../fake-github/graphql-engine';
import { DELETED_NOTES_BATCH, deletedNotesQuery, withDeletedNotes } from '../../src/github/deleted-notes';
import { makeIssue, makeSnapshot } from '../../fake-github/world';
import { readSnapshot } from '../../src/github/read-snapshot';
import { testClient } from './helpers';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const snapshotOf = (numbers: readonly number[]) =>
  makeSnapshot({
    repository: { owner: fake.repo.owner, name: fake.repo.name },
    botLogin: BOT_LOGIN,
    issues: numbers.map((number) => makeIssue({ number })),
  });

describe("deletions of the action's comments", () => {
  it("counts only a person deleting one of the action's comments, oldest first", async () => {
    const issue = fake.repo.addIssue({ title: 'Handoff: Brand assets', author: BOT_LOGIN });
    const note = (body: string) =>
      fake.repo.addComment({ issueNumber: issue.number, author: BOT_LOGIN, body });
    const reminder = note('Reminder');
    const duplicate = note('Reminder again');
    const notice = note('Formal notice');
    const own = fake.repo.addComment({ issueNumber: issue.number, author: 'lan-bepxanh', body: 'Oops' });
    fake.repo.deleteComment(notice.id, 'quang-songhan', '2026-12-02T07:00:00Z');
    fake.repo.deleteComment(duplicate.id, BOT_LOGIN, '2026-12-02T06:00:00Z');
    fake.repo.deleteComment(own.id, 'lan-bepxanh', '2026-12-02T05:00:00Z');
    fake.repo.deleteComment(reminder.id, 'hoa-songhan', '2026-12-01T03:00:00Z');
    const read = await withDeletedNotes(testClient(fake), snapshotOf([issue.number]), [issue.number]);
    expect(read.issues[0]!.notesDeletedAt).toEqual(['2026-12-01T03:00:00Z', '2026-12-02T07:00:00Z']);
  });

  it(`asks ${DELETED_NOTES_BATCH} issues a request, only for the issues named, at one point each`, async () => {
    const numbers = Array.from(
      { length: 25 },
      (_, index) => fake.repo.addIssue({ title: `#${index}`, author: BOT_LOGIN }).number,
    );
    const before = fake.requests.length;
    const read = await withDeletedNotes(testClient(fake), snapshotOf([...numbers, 99]), numbers);
    expect(fake.requests.length - before).toBe(2);
    expect(read.issues.filter((issue) => issue.notesDeletedAt !== undefined)).toHaveLength(25);
    expect(read.issues.find((issue) => issue.number === 99)!.notesDeletedAt).toBeUndefined();
    const variables = Object.fromEntries(
      Array.from({ length: DELETED_NOTES_BATCH }, (_, index) => [`n${index}`, index + 1]),
    );
    expect(
      queryCost(parse(deletedNotesQuery(DELETED_NOTES_BATCH)), { owner: 'o', name: 'r', ...variables }),
    ).toBe(1);
    expect(await withDeletedNotes(testClient(fake), snapshotOf([1]), [])).toEqual(snapshotOf([1]));
  });

  it("comes with an event run's one issue, so the separate request is not sent for it", async () => {
    const issue = fake.repo.addIssue({ title: 'Handoff: Brand assets', author: BOT_LOGIN });
    const note = fake.repo.addComment({ issueNumber: issue.number, author: BOT_LOGIN, body: 'Reminder' });
    fake.repo.deleteComment(note.id, 'quang-songhan', '2026-12-02T07:00:00Z');
    const quiet = fake.repo.addIssue({ title: 'Nothing deleted here', author: 'lan-bepxanh' });
    const client = testClient(fake);
    const scoped = async (number: number) =>
      (
        await readSnapshot(client, {
          owner: fake.repo.owner,
          name: fake.repo.name,
          botLogin: BOT_LOGIN,
          trackedLabels: ['feedback'],
          keptLabels: [],
          scope: { kind: 'issue', number },
          readAt: '2026-12-02T08:00:00Z',
        })
      ).snapshot;
    const read = await scoped(issue.number);
    expect(read.issues.find((i) => i.number === issue.number)!.notesDeletedAt).toEqual([
      '2026-12-02T07:00:00Z',
    ]);
    const before = fake.requests.length;
    const again = await withDeletedNotes(client, read, [issue.number]);
    expect(fake.requests.length - before).toBe(0);
    expect(again).toEqual(read);
    // An issue with no deletion reads as read, with none: not asked again either.
    const none = await scoped(quiet.number);
    expect(none.issues.find((i) => i.number === quiet.number)!.notesDeletedAt).toEqual([]);
  });
});
