// Before the action creates an issue or comment carrying a marker, it checks that no other run (an
// event run overlapping a scheduled one, or an attempt whose answer was lost) created it since the
// snapshot was read. Only content updated since then is listed, so each check is one small request.
import { isBot, parseMarkers, sameMarker, type Marker } from '../core/markers';
import type { GitHubClient } from './client';

export interface GuardTarget {
  readonly owner: string;
  readonly repo: string;
  readonly botLogin: string;
  /** ISO time from which to look: the snapshot's read time, less a margin for clock skew. */
  readonly since: string;
}

const SKEW_MARGIN_MS = 5 * 60_000;

export function guardSince(readAt: string): string {
  return new Date(Date.parse(readAt) - SKEW_MARGIN_MS).toISOString();
}

/** An issue or comment as REST lists them: only what the guard looks at. */
interface ListedContent {
  readonly user?: { readonly login: string } | null;
  readonly body?: string | null;
}

/** Content the bot wrote that carries this marker (the same trust rule as the snapshot's markers). */
function byBotWithMarker(target: GuardTarget, marker: Marker): (content: ListedContent) => boolean {
  return ({ user, body }) =>
    user?.login !== undefined &&
    isBot(target, user.login) &&
    parseMarkers(body ?? '').some((found) => sameMarker(found, { ...marker, stage: marker.stage ?? '' }));
}

/** The id of a bot comment with this marker on the issue created since `since`, if any. */
export async function findNewBotComment(
  client: GitHubClient,
  target: GuardTarget,
  issueNumber: number,
  marker: Marker,
): Promise<number | undefined> {
  return (await findNewBotComments(client, target, issueNumber, [marker]))[0];
}

/** For each marker, the id of a bot comment carrying it on the issue since `since`: one request. */
export async function findNewBotComments(
  client: GitHubClient,
  target: GuardTarget,
  issueNumber: number,
  markers: readonly Marker[],
): Promise<Array<number | undefined>> {
  const { data } = await client.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: issueNumber,
    since: target.since,
    per_page: 100,
  });
  // GitHub's schema types comment ids as int64 (bigint allowed); they are well within a double.
  return markers.map((marker) => {
    const id = data.find(byBotWithMarker(target, marker))?.id;
    return id === undefined ? undefined : Number(id);
  });
}

/** The number of a bot issue with this marker updated since `since`, if any. */
export async function findNewBotIssue(
  client: GitHubClient,
  target: GuardTarget,
  marker: Marker,
): Promise<number | undefined> {
  const { data } = await client.octokit.request('GET /repos/{owner}/{repo}/issues', {
    owner: target.owner,
    repo: target.repo,
    state: 'all',
    since: target.since,
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  });
  const isBotIssue = byBotWithMarker(target, marker);
  return data.find((issue) => !issue.pull_request && isBotIssue(issue))?.number;
}
