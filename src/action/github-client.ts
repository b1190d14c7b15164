// The GitHub client of a run, engagement or portfolio job alike.
import { createGitHubClient, type GitHubClient } from '../github/client';
import type { RunEnvironment } from './run';

/** The GitHub client of a run: the API the runner names, the run's log, and the test's pacing. */
export function clientFor(environment: RunEnvironment, token: string): GitHubClient {
  const { io, env } = environment;
  return createGitHubClient({
    token,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(env.GITHUB_GRAPHQL_URL ? { graphqlUrl: env.GITHUB_GRAPHQL_URL } : {}),
    ...(env.ACTIONS_ORCHESTRATION_ID ? { orchestrationId: env.ACTIONS_ORCHESTRATION_ID } : {}),
    log: { info: (m) => io.info(m), warning: (m) => io.warning(m) },
    ...(environment.pacing ? { pacing: environment.pacing } : {}),
  });
}
