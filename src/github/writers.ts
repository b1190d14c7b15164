// Who has write access: the people the action counts for the vendor side besides the named contacts.
// Read per person through the REST permission endpoint, only for people who wrote something the
// action reads and whom the engagement file does not name, issue by issue in turn, at most
// `limit` lookups a run; answers are kept for the run, so a second read of the repository costs
// nothing. Someone not looked up is nobody's side: the action never guesses write access.
import { isBot } from '../core/markers';
import type { Snapshot } from '../core/snapshot';
import type { Engagement } from '../engagement/schema';
import { sideContacts } from '../engagement/contacts';
import type { GitHubClient } from './client';
import { RunStop, statusOf } from './request-errors';

export const WRITER_LOOKUP_LIMIT = 60;

export interface WriterLookup {
  /** Lower-case login → has write access (admin, maintain or write). Shared by the reads of one run. */
  readonly known: Map<string, boolean>;
  /** People left unchecked because the run's lookups were spent. */
  unchecked: number;
}

export function newWriterLookup(): WriterLookup {
  return { known: new Map(), unchecked: 0 };
}

/**
 * The people whose side depends on their permission, in the order they are looked up: issue by issue
 * in turn (the most recently active issues first), each issue's people in the order they first wrote
 * there. Taking one person from each issue before a second from any keeps a flood of comments on one
 * issue (sixty new accounts writing "+1") from using up the lookups that the people answering other
 * issues need: on every other issue, whoever wrote first — the first response, a command — is checked.
 */
export function peopleToCheck(engagement: Engagement, snapshot: Snapshot): string[] {
  const named = new Set(
    [...sideContacts(engagement, 'client'), ...sideContacts(engagement, 'vendor')].map((contact) =>
      contact.handle.replace(/^@/u, '').toLowerCase(),
    ),
  );
  for (const login of [
    ...engagement.feedback.roles.triage,
    ...engagement.feedback.roles.analysis,
    ...engagement.feedback.roles.resolution,
  ])
    named.add(login.replace(/^@/u, '').toLowerCase());
  const unnamed = (login: string): string | null => {
    const key = login.toLowerCase();
    return named.has(key) || isBot(snapshot, login) || key === 'ghost' ? null : key;
  };
  const queues = snapshot.issues
    .map((issue) => {
      const writes: Array<{ login: string; at: string }> = [
        { login: issue.author.login, at: issue.createdAt },
        ...issue.comments.map((comment) => ({ login: comment.author.login, at: comment.createdAt })),
      ];
      // Another bot is never a party, whatever its access: only a person's closing is looked up.
      if (issue.closedBy && !/\[bot\]$/iu.test(issue.closedBy))
        writes.push({ login: issue.closedBy, at: issue.closedAt ?? issue.updatedAt });
      const people: string[] = [];
      for (const { login } of writes.sort((a, b) => a.at.localeCompare(b.at))) {
        const key = unnamed(login);
        if (key !== null && !people.includes(key)) people.push(key);
      }
      return { active: issue.updatedAt, people };
    })
    .filter((queue) => queue.people.length > 0)
    .sort((a, b) => b.active.localeCompare(a.active));
  const order: string[] = [];
  const taken = new Set<string>();
  for (let round = 0; queues.some((queue) => round < queue.people.length); round += 1)
    for (const queue of queues) {
      const login = queue.people[round];
      if (login !== undefined && !taken.has(login)) {
        taken.add(login);
        order.push(login);
      }
    }
  return order;
}

/** The snapshot with `writers` filled in from the permission lookups. */
export async function withWriters(
  client: GitHubClient,
  engagement: Engagement,
  snapshot: Snapshot,
  lookup: WriterLookup,
  limit = WRITER_LOOKUP_LIMIT,
): Promise<Snapshot> {
  const people = peopleToCheck(engagement, snapshot);
  let asked = 0;
  lookup.unchecked = 0;
  for (const login of people) {
    if (lookup.known.has(login)) continue;
    if (asked >= limit) {
      lookup.unchecked += 1;
      continue;
    }
    asked += 1;
    lookup.known.set(login, await hasWriteAccess(client, snapshot, login));
  }
  const writers = people.filter((login) => lookup.known.get(login) === true);
  return { ...snapshot, writers };
}

async function hasWriteAccess(client: GitHubClient, snapshot: Snapshot, login: string): Promise<boolean> {
  try {
    const { data } = await client.octokit.request(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      {
        owner: snapshot.repository.owner,
        repo: snapshot.repository.name,
        username: login,
      },
    );
    // `maintain` is reported as `write`; `triage` as `read`.
    return data.permission === 'admin' || data.permission === 'write';
  } catch (error) {
    // Not a collaborator (or an account that no longer exists): nobody's side.
    if (statusOf(error) === 404) return false;
    if (statusOf(error) === 403)
      throw new RunStop(
        'the token may not read who has write access to the repository (it needs `metadata: read`, which every workflow token has): the action cannot tell the vendor side and wrote nothing',
      );
    throw error;
  }
}
