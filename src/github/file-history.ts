// When a file first appears in the repository's history: the default adoption date when the
// engagement file sets no `adopted_on` (core/adoption.ts). GitHub lists commits newest first, so the
// oldest is the last commit of the last page: one request for a file of up to 100 commits (an
// engagement file has a handful), two beyond.
import type { GitHubClient } from './client';
import { statusOf } from './request-errors';

const LAST_PAGE = /<[^>]*[?&]page=(\d+)[^>]*>;\s*rel="last"/u;

/** The committer date (ISO) of the oldest commit touching `path`, or null when there is none. */
export async function firstCommitDate(
  client: GitHubClient,
  repository: { readonly owner: string; readonly name: string },
  path: string,
): Promise<string | null> {
  const list = (page: number) =>
    client.octokit.request('GET /repos/{owner}/{repo}/commits', {
      owner: repository.owner,
      repo: repository.name,
      path,
      per_page: 100,
      page,
    });
  try {
    const first = await list(1);
    const last = LAST_PAGE.exec(first.headers.link ?? '');
    const page = last ? (await list(Number(last[1]))).data : first.data;
    const oldest = page.at(-1);
    return oldest?.commit.committer?.date ?? oldest?.commit.author?.date ?? null;
  } catch (error) {
    // An empty repository answers 409; a path never committed answers an empty list.
    if (statusOf(error) === 409 || statusOf(error) === 404) return null;
    throw error;
  }
}
