// The action finds its own issues (tracking, kickoff, escalation, summary) with GraphQL's author filter.
// Were that filter to miss them — reported on GitHub Enterprise Cloud for app bots
// (renovatebot/renovate#44730) — every run would open them all again. So the first page also lists the
// latest issues carrying a label the action's issues carry, whoever opened them: one the action opened
// that the author filter did not return stops the run before it writes anything.
import { isBot } from '../core/markers';
import { RunStop } from './request-errors';

export interface ProbedIssue {
  readonly number: number;
  readonly author: { readonly login: string } | null;
}

/** The author filter missed the action's own issues: the run writes nothing. */
export class OwnIssuesUnseenError extends RunStop {
  override readonly name = 'OwnIssuesUnseenError';
}

export function checkOwnIssuesSeen(
  botLogin: string,
  probed: readonly ProbedIssue[],
  ownNumbers: ReadonlySet<number>,
  where: string,
): void {
  const missed = probed.filter(
    (issue) => issue.author && isBot({ botLogin }, issue.author.login) && !ownNumbers.has(issue.number),
  );
  if (missed.length === 0) return;
  const numbers = missed.map((issue) => `#${issue.number}`).join(', ');
  throw new OwnIssuesUnseenError(
    `GitHub's filter for the issues ${botLogin} opened in ${where} (\`filterBy: { createdBy }\`) did not return ${numbers}, which it opened: the action cannot tell which issues are its own and would open them again, so nothing was written. GitHub has been reported to miss app bots' issues this way on GitHub Enterprise Cloud; run the action with a machine account's token instead (docs/runtime.md, "Who the action writes as").`,
  );
}
