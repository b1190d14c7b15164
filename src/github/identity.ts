// Who the action writes as. Resolved once per run: a personal or app token can answer `viewer`; the
// workflow's own token cannot, and then it is the `github-actions[bot]` account.
import type { GitHubClient } from './client';
import { VIEWER_QUERY } from './queries';

export const WORKFLOW_BOT_LOGIN = 'github-actions[bot]';

export async function resolveBotLogin(client: GitHubClient): Promise<string> {
  try {
    const data = await client.graphql<{ viewer: { login: string } | null }>(VIEWER_QUERY, {});
    return data.viewer?.login ?? WORKFLOW_BOT_LOGIN;
  } catch {
    return WORKFLOW_BOT_LOGIN;
  }
}
