// The per-issue REST pattern of other issue bots, for comparison: list the repository's issues a page
// of 100 at a time, then read each issue's comments (a further page per 100 comments). It runs over
// HTTP against the same fake and repository as the action, so requests and wall time compare directly.
import { performance } from 'node:perf_hooks';
import type { FakeGitHub } from '../fake-github';

export interface PatternFigures {
  /** REST requests (all reads: the same writes would follow, one request each). */
  readonly requests: number;
  readonly wallMs: number;
}

const PAGE = 100;

async function getPage(fake: FakeGitHub, token: string, path: string): Promise<unknown[]> {
  const response = await fetch(`${fake.url}${path}`, {
    headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json' },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as unknown[];
}

export async function perIssueRestPattern(fake: FakeGitHub, token: string): Promise<PatternFigures> {
  const base = `/repos/${fake.repo.owner}/${fake.repo.name}`;
  const before = fake.requests.length;
  const started = performance.now();
  const numbers: number[] = [];
  for (let page = 1; ; page += 1) {
    const issues = (await getPage(
      fake,
      token,
      `${base}/issues?state=all&per_page=${PAGE}&page=${page}&direction=asc`,
    )) as Array<{ number: number }>;
    numbers.push(...issues.map((issue) => issue.number));
    if (issues.length < PAGE) break;
  }
  for (const number of numbers) {
    for (let page = 1; ; page += 1) {
      const comments = await getPage(
        fake,
        token,
        `${base}/issues/${number}/comments?per_page=${PAGE}&page=${page}`,
      );
      if (comments.length < PAGE) break;
    }
  }
  return { requests: fake.requests.length - before, wallMs: performance.now() - started };
}
