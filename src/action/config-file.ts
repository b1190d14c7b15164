// The engagement file: from the checked-out workspace when there is one, otherwise from the
// repository's default branch through the contents API (so a workflow needs no checkout step).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient } from '../github/client';
import { statusOf } from '../github/request-errors';

export async function readEngagementText(
  client: GitHubClient,
  repository: { owner: string; name: string },
  workspace: string | undefined,
  configPath: string,
): Promise<{ text: string; source: string } | null> {
  if (workspace) {
    try {
      return { text: await readFile(path.resolve(workspace, configPath), 'utf8'), source: configPath };
    } catch {
      // Not checked out: fall through to the API.
    }
  }
  try {
    const { data } = await client.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: repository.owner,
      repo: repository.name,
      path: configPath,
    });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), source: configPath };
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}
