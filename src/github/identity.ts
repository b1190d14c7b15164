// Who the action writes as, learned once per run and never guessed. The action trusts markers only
// in content its own identity wrote, so a wrong identity either ignores a person's words as the
// bot's (a personal token taken for the bot) or re-posts everything (the bot taken for someone else).
//
// - A personal access token or an app user token answers GraphQL's `viewer`: that login it is, a
//   person included (their own comments then count as the action's).
// - An installation token (the workflow's `GITHUB_TOKEN`, a GitHub App's) cannot ask `viewer`.
//   It is the workflow's own token when it equals the `workflow-token` input (which defaults to
//   `${{ github.token }}`): then `github-actions[bot]`. For any other app, the `bot-login` input
//   names it (`my-app[bot]`).
// - Anything else — GitHub not answering, an app token without `bot-login` — stops the run before
//   it writes anything, with one error saying what to do.
import type { GitHubClient } from './client';
import { VIEWER_QUERY } from './queries';
import { describeError, RunStop } from './request-errors';

export const WORKFLOW_BOT_LOGIN = 'github-actions[bot]';

export interface IdentityHints {
  /** The token the action was given (the `github-token` input). */
  readonly token?: string;
  /** The workflow's own token (`${{ github.token }}`), to recognise it when it is the one given. */
  readonly workflowToken?: string;
  /** The login an app installation token writes as (the `bot-login` input). */
  readonly botLogin?: string;
}

/** The run cannot tell who it writes as: it writes nothing. */
export class IdentityError extends RunStop {
  override readonly name = 'IdentityError';
}

const INTEGRATION_REFUSAL = /not accessible by integration/iu;

export async function resolveBotLogin(client: GitHubClient, hints: IdentityHints = {}): Promise<string> {
  let refusal: unknown;
  try {
    const data = await client.graphql<{ viewer: { login: string } | null }>(VIEWER_QUERY, {});
    if (data.viewer?.login) return data.viewer.login;
    refusal = new Error('GitHub answered without a viewer');
  } catch (error) {
    refusal = error;
  }
  const message = refusal instanceof Error ? refusal.message : String(refusal);
  if (!INTEGRATION_REFUSAL.test(message)) {
    throw new IdentityError(
      `could not learn who the action writes as (${describeError(refusal)}); nothing was written. The next run tries again.`,
    );
  }
  if (hints.botLogin) return hints.botLogin;
  if (hints.token && hints.workflowToken && hints.token === hints.workflowToken) return WORKFLOW_BOT_LOGIN;
  throw new IdentityError(
    "could not learn who the action writes as: the token is an app installation token other than the workflow's own, and GitHub does not tell an app who it is. Set the `bot-login` input to the app's login (e.g. `my-app[bot]`); nothing was written.",
  );
}
