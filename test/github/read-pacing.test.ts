// Reads are not paced like writes (issue #16): the client the action builds, with its production
// settings (no pacing injected), sends GraphQL reads back to back. The throttling plugin's own default
// would hold every GraphQL request a second, as it does a write; writes are spaced by the executor on
// the run's clock instead (content-pacer.ts). The bound below is a pacing check, not a speed budget:
// eight reads spaced a second apart take at least seven seconds, unspaced they take milliseconds.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import { createGitHubClient } from '../../src/github/client';
import { VIEWER_QUERY } from '../../src/github/queries';

let fake: FakeGitHub | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const READS = 8;
const LABELS_QUERY = `query Labels($owner: String!, $name: String!) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) { labels(first: 10) { nodes { name } } }
}`;

describe('the production client', () => {
  it(`sends ${READS} GraphQL reads without spacing them a second apart`, async () => {
    fake = await startFakeGitHub({ tokens: { [WORKFLOW_TOKEN]: null, ghp_person: 'ek-keeper' } });
    const client = createGitHubClient({
      token: 'ghp_person',
      baseUrl: fake.url,
      log: { info: () => undefined, warning: () => undefined },
    });
    // The first request warms the connection; the spacing, if any, is between requests.
    await client.graphql(VIEWER_QUERY, {});
    const started = performance.now();
    for (let i = 0; i < READS; i += 1)
      await client.graphql(LABELS_QUERY, { owner: fake.repo.owner, name: fake.repo.name });
    const elapsed = performance.now() - started;
    expect(client.counters.graphql).toBe(READS + 1);
    expect(elapsed).toBeLessThan(((READS - 1) * 1000) / 2);
  });
});
