// A few issues asked about by number in one GraphQL request (aliases i0, i1, ...): how the shell
// reads the details the core wants for a handful of issues only (a body's edit history, who closed
// an issue), never for the whole repository.
import type { Snapshot } from '../core/snapshot';
import type { GitHubClient } from './client';
import type { GqlRateLimit } from './graphql-types';

/** The document asking `selection` of `count` issues, e.g. `userContentEdits(first: 100) { … }`. */
export function perIssueQuery(operation: string, count: number, selection: string): string {
  const variables: string[] = [];
  const selections: string[] = [];
  for (let i = 0; i < count; i += 1) {
    variables.push(`$n${i}: Int!`);
    selections.push(`
    i${i}: issue(number: $n${i}) { ${selection} }`);
  }
  return `query ${operation}($owner: String!, $name: String!, ${variables.join(', ')}) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {${selections.join('')}
  }
}`;
}

type PerIssueData<Node> = {
  rateLimit: GqlRateLimit | null;
  repository: Record<string, Node | null> | null;
};

/** Each issue's answer (null when GitHub has no such issue), `batch` issues per request. */
export async function askPerIssue<Node>(
  client: GitHubClient,
  repository: Snapshot['repository'],
  numbers: readonly number[],
  request: { readonly operation: string; readonly selection: string; readonly batch: number },
): Promise<Map<number, Node | null>> {
  const answers = new Map<number, Node | null>();
  for (let start = 0; start < numbers.length; start += request.batch) {
    const batch = numbers.slice(start, start + request.batch);
    const variables: Record<string, unknown> = { owner: repository.owner, name: repository.name };
    batch.forEach((number, index) => (variables[`n${index}`] = number));
    const data = await client.graphql<PerIssueData<Node>>(
      perIssueQuery(request.operation, batch.length, request.selection),
      variables,
    );
    batch.forEach((number, index) => answers.set(number, data.repository?.[`i${index}`] ?? null));
  }
  return answers;
}
