// The labels of many issues in one GraphQL request: aliased `addLabelsToLabelable` calls in one
// mutation document (write-order.ts decides which label writes go together). GitHub names issues and
// labels by node id there: the issues' come with the snapshot, the labels' with the snapshot's label
// page, from the labels this run created, and otherwise from one lookup of the repository's labels per
// run. Each call stands or fails alone: GitHub answers null for a call it refused and says why on that
// call's path; the others are made.
import type { SnapshotLabel } from '../core/snapshot';
import type { GitHubClient } from './client';

export interface LabelBatchTarget {
  readonly owner: string;
  readonly repo: string;
}

export interface LabelBatchItem {
  readonly issueNumber: number;
  readonly issueNodeId: string;
  readonly labels: readonly string[];
}

/** What happened to one issue's labels: made, refused (with GitHub's reason), or not sent. */
export type LabelBatchResult =
  | { readonly status: 'wrote' }
  | { readonly status: 'failed'; readonly detail: string }
  /** A label whose node id is unknown (created by no one yet): the caller sends it the plain way. */
  | { readonly status: 'unsent'; readonly detail: string };

/** The node ids of one repository's labels, looked up at most once per run. */
export class LabelIds {
  private readonly ids = new Map<string, string>();
  private looked = false;

  constructor(
    private readonly client: GitHubClient,
    private readonly target: LabelBatchTarget,
    known: readonly SnapshotLabel[],
  ) {
    for (const label of known) if (label.nodeId) this.ids.set(label.name.toLowerCase(), label.nodeId);
  }

  /** A label this run created: its node id came with GitHub's answer. */
  remember(name: string, nodeId: string): void {
    this.ids.set(name.toLowerCase(), nodeId);
  }

  /** The node ids of these labels; the repository's labels are read once when one is not known. */
  async of(names: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (!this.looked && names.some((name) => !this.ids.has(name.toLowerCase()))) {
      this.looked = true;
      await this.lookUp();
    }
    const found = new Map<string, string>();
    for (const name of names) {
      const id = this.ids.get(name.toLowerCase());
      if (id) found.set(name.toLowerCase(), id);
    }
    return found;
  }

  private async lookUp(): Promise<void> {
    let cursor: string | null = null;
    for (;;) {
      const data: LabelIdsAnswer = await this.client.graphql<LabelIdsAnswer>(LABEL_IDS_QUERY, {
        owner: this.target.owner,
        name: this.target.repo,
        cursor,
      });
      const page = data.repository?.labels;
      for (const label of page?.nodes ?? []) if (label) this.ids.set(label.name.toLowerCase(), label.id);
      if (!page?.pageInfo.hasNextPage) return;
      cursor = page.pageInfo.endCursor;
    }
  }
}

interface LabelIdsAnswer {
  readonly repository: {
    readonly labels: {
      readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
      readonly nodes: ReadonlyArray<{ readonly id: string; readonly name: string } | null> | null;
    } | null;
  } | null;
}

export const LABEL_IDS_QUERY = `
query EngagementKeeperLabelIds($owner: String!, $name: String!, $cursor: String) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    labels(first: 100, after: $cursor) { pageInfo { hasNextPage endCursor } nodes { id name } }
  }
}`;

/** The mutation document for `count` issues: `a0`…`aN`, each with its own variables. */
export function labelBatchMutation(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$i${i}: ID!, $l${i}: [ID!]!`).join(', ');
  const calls = Array.from(
    { length: count },
    (_, i) =>
      `  a${i}: addLabelsToLabelable(input: { labelableId: $i${i}, labelIds: $l${i} }) { clientMutationId }`,
  ).join('\n');
  return `mutation EngagementKeeperLabels(${variables}) {\n${calls}\n}`;
}

/**
 * Adds each item's labels to its issue, all in one request. A result per item, in order. A request
 * that fails as a whole (after the client's retries) throws, as a single write would; only GitHub's
 * answer that refuses some calls and makes the others is reported call by call.
 */
export async function addLabelsInOneRequest(
  client: GitHubClient,
  items: readonly LabelBatchItem[],
  ids: LabelIds,
): Promise<LabelBatchResult[]> {
  const labelIds = await ids.of([...new Set(items.flatMap((item) => item.labels))]);
  const results: Array<LabelBatchResult | null> = items.map((item) => {
    const unknown = item.labels.filter((name) => !labelIds.has(name.toLowerCase()));
    return unknown.length > 0
      ? { status: 'unsent', detail: `no node id for ${unknown.map((name) => `"${name}"`).join(', ')}` }
      : null;
  });
  const sent = items.flatMap((item, index) => (results[index] === null ? [{ item, index }] : []));
  if (sent.length === 0) return results as LabelBatchResult[];
  const variables: Record<string, unknown> = {};
  sent.forEach(({ item }, alias) => {
    variables[`i${alias}`] = item.issueNodeId;
    variables[`l${alias}`] = item.labels.map((name) => labelIds.get(name.toLowerCase())!);
  });
  let data: Record<string, unknown> | null;
  let errors: readonly GraphqlError[] = [];
  try {
    data = await client.graphql<Record<string, unknown>>(labelBatchMutation(sent.length), variables);
  } catch (error) {
    const partial = partialAnswer(error);
    if (!partial) throw error;
    ({ data, errors } = partial);
  }
  sent.forEach(({ item, index }, alias) => {
    const made = data?.[`a${alias}`];
    if (made !== null && made !== undefined) {
      results[index] = { status: 'wrote' };
      return;
    }
    const why = errors.filter((error) => error.path?.[0] === `a${alias}`).map((error) => error.message);
    const reason =
      why.length > 0 ? why.join('; ') : (errors[0]?.message ?? 'GitHub gave no answer for this issue');
    results[index] = {
      status: 'failed',
      detail: `GitHub refused the labels ${item.labels.map((name) => `"${name}"`).join(', ')} on #${item.issueNumber}: ${reason}`,
    };
  });
  return results as LabelBatchResult[];
}

export interface GraphqlError {
  readonly message: string;
  /** GitHub's kind of error: `FORBIDDEN`, `NOT_FOUND`, `RATE_LIMITED`, … */
  readonly type?: string;
  readonly path?: ReadonlyArray<string | number>;
}

/** GitHub's answer with `data` and `errors` both (octokit throws it as a GraphqlResponseError). */
export function partialAnswer(
  error: unknown,
): { data: Record<string, unknown> | null; errors: GraphqlError[] } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { data, errors } = error as { data?: unknown; errors?: unknown };
  if (!Array.isArray(errors) || typeof data !== 'object' || data === null) return null;
  return {
    data: data as Record<string, unknown>,
    errors: errors.filter(
      (entry): entry is GraphqlError => typeof entry === 'object' && entry !== null && 'message' in entry,
    ),
  };
}
