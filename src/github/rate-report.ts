// What this run cost GitHub, for the job summary: the requests by kind, and GitHub's own word on every
// GraphQL answer (`rateLimit { cost remaining }`), so a maintainer sees the run against the token's
// hourly budget (the workflow token has 1,000 points and 1,000 REST requests an hour per repository).
import type { RequestCounters } from './client';

export function rateLimitSection(counters: RequestCounters): string {
  const rows = counters.graphqlAnswers.map(
    (answer, index) => `| ${index + 1} | ${answer.operation} | ${answer.cost} | ${answer.remaining} |`,
  );
  const reads = counters.rest - counters.writes;
  // A mutation document cannot select `rateLimit`: its points are not in GitHub's answers.
  const mutations =
    counters.mutations > 0
      ? `; ${counters.mutations} of them mutation documents, whose points GitHub does not report`
      : '';
  return [
    '### Requests to GitHub',
    '',
    `${counters.graphql} GraphQL (${counters.graphqlCost} points${mutations}), ${counters.rest} REST (${reads} reads, ${counters.writes} writes).` +
      ` Write requests: ${counters.writes + counters.mutations} (what \`operations-per-run\` counts).`,
    ...(rows.length > 0
      ? ['', '| # | GraphQL query | cost (points) | points remaining |', '|---:|---|---:|---:|', ...rows]
      : []),
    '',
  ].join('\n');
}

/**
 * The job summary of a run that ended before its usual report (it failed, met the rate limit, or had
 * nothing to do): why, first, then the same section on what it cost GitHub, which matters most then.
 */
export function endedRunSummary(title: string, message: string, counters: RequestCounters): string {
  const why = message.replace(/^engagement-keeper: /u, '');
  return `## engagement-keeper — ${title}\n\n${why}\n\n${rateLimitSection(counters)}`;
}
