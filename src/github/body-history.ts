// The edit history of issue bodies, read only for the few issues the core asks about (a handoff whose
// last deliverable was ticked since the last run): it dates the completion by the tick, not the run.
import type { BodyRevision, Snapshot } from '../core/snapshot';
import type { GitHubClient } from './client';
import type { GqlRateLimit } from './graphql-types';

/** Issues per request (aliases i0, i1, ...). */
export const BODY_HISTORY_BATCH = 10;

/**
 * GitHub lists the newest edits first; `diff` is the whole body after that edit, and the oldest entry
 * is the text as created. 100 edits reach back far enough to see when the checklist became complete.
 */
export function bodyHistoryQuery(count: number): string {
  const variables: string[] = [];
  const selections: string[] = [];
  for (let i = 0; i < count; i += 1) {
    variables.push(`$n${i}: Int!`);
    selections.push(`
    i${i}: issue(number: $n${i}) { userContentEdits(first: 100) { nodes { editedAt diff deletedAt } } }`);
  }
  return `query EngagementKeeperBodyHistory($owner: String!, $name: String!, ${variables.join(', ')}) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {${selections.join('')}
  }
}`;
}

interface GqlEdit {
  readonly editedAt: string;
  readonly diff: string | null;
  readonly deletedAt: string | null;
}

type HistoryData = {
  rateLimit: GqlRateLimit | null;
  repository: Record<
    string,
    { userContentEdits: { nodes: ReadonlyArray<GqlEdit | null> | null } | null } | null
  > | null;
};

/** The snapshot with `bodyEdits` filled in for `numbers`; one request per ten issues. */
export async function withBodyHistory(
  client: GitHubClient,
  snapshot: Snapshot,
  numbers: readonly number[],
): Promise<Snapshot> {
  if (numbers.length === 0) return snapshot;
  const history = new Map<number, BodyRevision[]>();
  for (let start = 0; start < numbers.length; start += BODY_HISTORY_BATCH) {
    const batch = numbers.slice(start, start + BODY_HISTORY_BATCH);
    const variables: Record<string, unknown> = {
      owner: snapshot.repository.owner,
      name: snapshot.repository.name,
    };
    batch.forEach((number, index) => (variables[`n${index}`] = number));
    const data = await client.graphql<HistoryData>(bodyHistoryQuery(batch.length), variables);
    batch.forEach((number, index) => {
      const nodes = data.repository?.[`i${index}`]?.userContentEdits?.nodes ?? [];
      // A revision someone deleted from the history has no text: it cannot say what the body was.
      const revisions = nodes
        .filter((edit): edit is GqlEdit => edit !== null && edit.diff !== null && edit.deletedAt === null)
        .map((edit) => ({ editedAt: edit.editedAt, body: edit.diff ?? '' }))
        .sort((a, b) => a.editedAt.localeCompare(b.editedAt));
      history.set(number, revisions);
    });
  }
  return {
    ...snapshot,
    issues: snapshot.issues.map((issue) => {
      const revisions = history.get(issue.number);
      return revisions ? { ...issue, bodyEdits: revisions } : issue;
    }),
  };
}
