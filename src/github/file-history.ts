// When a file first appears in the repository's history: the default adoption date when the
// engagement file sets no `adopted_on` (core/adoption.ts). GitHub lists commits newest first, so the
// oldest is the one commit on the last page of a one-per-page listing: at most two requests.
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
      per_page: 1,
      page,
    });
  try {
    const first = await list(1);
    const last = LAST_PAGE.exec(first.headers.link ?? '');
    const oldest = last ? (await list(Number(last[1]))).data[0] : first.data[0];
    return oldest?.commit.committer?.date ?? oldest?.commit.author?.date ?? null;
  } catch (error) {
    // An empty repository answers 409; a path never committed answers an empty list.
    if (statusOf(error) === 409 || statusOf(error) === 404) return null;
    throw error;
  }
}
