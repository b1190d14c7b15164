// The action finds its own issues (tracking, kickoff, escalation, summary) with GraphQL's author filter.
// Were that filter to miss them — reported on GitHub Enterprise Cloud for app bots
// (renovatebot/renovate#44730) — every run would open them all again. So the first page also lists the
// latest issues carrying a label the action's issues carry, whoever opened them: one the action opened
// that the author filter did not return stops the run before it writes anything.
//
// The same probe tells when the run writes as another identity than the one that opened the action's
// issues (a `bot-login` naming another app, a token changed): the action trusts markers only in its own
// identity's content, so it would open every issue again on every run. It stops instead, and says which
// login opened them.
import { isBot, parseMarkers } from '../core/markers';
import { RunStop } from './request-errors';

export interface ProbedIssue {
  readonly number: number;
  readonly author: { readonly login: string; readonly __typename?: string } | null;
  readonly state?: string;
  readonly body?: string;
}

/** The author filter missed the action's own issues: the run writes nothing. */
export class OwnIssuesUnseenError extends RunStop {
  override readonly name = 'OwnIssuesUnseenError';
}

/** The action's issues here were opened by another identity than the one this run writes as. */
export class IdentityMismatchError extends RunStop {
  override readonly name = 'IdentityMismatchError';
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

/**
 * Open issues carrying the action's labels and markers, opened by another app, while none carry this
 * run's identity: the run writes as the wrong identity. A person's issue is never taken for the
 * action's (a person may paste a marker); closed issues are an identity's past, left behind on purpose.
 */
export function checkIdentity(botLogin: string, probed: readonly ProbedIssue[], where: string): void {
  if (probed.some((issue) => issue.author && isBot({ botLogin }, issue.author.login))) return;
  const foreign = probed.filter(
    (issue) =>
      issue.author?.__typename === 'Bot' &&
      issue.state === 'OPEN' &&
      parseMarkers(issue.body ?? '').length > 0,
  );
  if (foreign.length === 0) return;
  // GraphQL names an app's bot without the `[bot]` REST and the `bot-login` input use.
  const logins = [...new Set(foreign.map((issue) => `${issue.author!.login.replace(/\[bot\]$/u, '')}[bot]`))];
  const numbers = foreign.map((issue) => `#${issue.number}`).join(', ');
  const them = logins.map((login) => `\`${login}\``).join(' and ');
  throw new IdentityMismatchError(
    `the action's open issues in ${where} (${numbers}) were opened by ${them}, but this run writes as \`${botLogin}\`. The action trusts only what its own identity wrote, so it would open all of them again; it stopped here instead. If the token the action is given is ${them}'s, set the \`bot-login\` input to ${logins[0]} (a \`bot-login\` naming another app than the token's makes the action distrust its own new comments). If you moved the action to a new identity on purpose, read docs/runtime.md, "Who the action writes as", first: the new identity does not carry over the old one's records (agreed dates, ratings), which must be recorded again.`,
  );
}
