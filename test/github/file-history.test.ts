// The default adoption date (src/github/file-history.ts): the oldest commit of the engagement file, on
// the HTTP fake that pages commits newest first with GitHub's Link header. One request for a file of
// up to 100 commits, which every engagement file is in practice; two beyond.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { firstCommitDate } from '../../src/github/file-history';
import { testClient } from './helpers';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const PATH = '.github/engagement.yml';

function commits(count: number): Array<{ sha: string; date: string }> {
  return Array.from({ length: count }, (_, index) => ({
    sha: index.toString(16).padStart(40, '0'),
    date: new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toISOString().replace('.000Z', 'Z'),
  }));
}

async function lookUp(): Promise<{ date: string | null; requests: number }> {
  const before = fake.requests.length;
  const date = await firstCommitDate(
    testClient(fake),
    { owner: fake.repo.owner, name: fake.repo.name },
    PATH,
  );
  return { date, requests: fake.requests.length - before };
}

describe('the engagement file first appears', () => {
  it('with its oldest commit, in one request for a file of a few commits', async () => {
    fake.repo.fileCommits.set(PATH, commits(3));
    expect(await lookUp()).toEqual({ date: '2026-01-01T00:00:00Z', requests: 1 });
  });

  it('in two requests when the file has more commits than a page holds', async () => {
    fake.repo.fileCommits.set(PATH, commits(150));
    expect(await lookUp()).toEqual({ date: '2026-01-01T00:00:00Z', requests: 2 });
  });

  it('nowhere, when the file was never committed', async () => {
    expect(await lookUp()).toEqual({ date: null, requests: 1 });
  });
});
