// On a self-hosted runner behind a proxy, the action's requests go through the proxy the runner sets
// (`http_proxy` / `https_proxy`), as they did when the client came from @actions/github, and they
// name the action and the job's orchestration id in their user agent. The proxy here is a tunnel on
// 127.0.0.1 that leads to the local fake whatever host is asked for: the base URL's host is a name
// nobody resolves, so a request that skipped the proxy could not arrive.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client';
import { userAgent } from '../../src/github/proxy-fetch';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import { fastPacing } from '../../fake-github/pacing';
import { startTunnel, type Tunnel } from './tunnel';

const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'];

describe('the GitHub client behind a proxy', () => {
  let fake: FakeGitHub;
  let tunnel: Tunnel;
  const saved: Record<string, string | undefined> = {};

  beforeEach(async () => {
    for (const name of PROXY_VARIABLES) {
      saved[name] = process.env[name];
      delete process.env[name];
    }
    fake = await startFakeGitHub();
    tunnel = await startTunnel(new URL(fake.url));
  });

  afterEach(async () => {
    for (const name of PROXY_VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await tunnel.close();
    await fake.close();
  });

  const port = (): string => new URL(fake.url).port;
  const client = () =>
    createGitHubClient({
      token: WORKFLOW_TOKEN,
      baseUrl: `http://api.engagement-keeper.invalid:${port()}`,
      log: { info: () => undefined, warning: () => undefined },
      pacing: fastPacing(),
    });

  it('sends its requests through the runner’s proxy, naming the action in its user agent', async () => {
    process.env.http_proxy = tunnel.url;
    const { octokit } = client();
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
      owner: 'songhan',
      repo: 'bepxanh-website',
      title: 'Through the proxy',
    });
    expect(data.number).toBeGreaterThan(0);
    expect(fake.restWrites().map((request) => request.path)).toEqual([
      '/repos/songhan/bepxanh-website/issues',
    ]);
    expect(tunnel.asked).toEqual([`api.engagement-keeper.invalid:${port()}`]);
    expect(tunnel.sent()).toMatch(/^user-agent: engagement-keeper octokit-core/imu);
    expect(tunnel.authorizations).toEqual(['']);
  });

  it('gives the proxy the credentials its URL carries, as Basic auth', async () => {
    const url = new URL(tunnel.url);
    process.env.https_proxy = `http://ops:s3cret@${url.host}`;
    process.env.http_proxy = process.env.https_proxy;
    const { octokit } = client();
    await octokit.request('POST /repos/{owner}/{repo}/issues', {
      owner: 'songhan',
      repo: 'bepxanh-website',
      title: 'Proxy',
    });
    expect(tunnel.authorizations).toEqual([`Basic ${Buffer.from('ops:s3cret').toString('base64')}`]);
  });

  it('goes straight to a host `no_proxy` names, without loading a proxy', async () => {
    process.env.http_proxy = tunnel.url;
    process.env.no_proxy = '127.0.0.1';
    const { octokit } = createGitHubClient({
      token: WORKFLOW_TOKEN,
      baseUrl: fake.url,
      log: { info: () => undefined, warning: () => undefined },
      pacing: fastPacing(),
    });
    await octokit.request('POST /repos/{owner}/{repo}/issues', {
      owner: 'songhan',
      repo: 'bepxanh-website',
      title: 'Proxy',
    });
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:/u);
    expect(tunnel.asked).toEqual([]);
  });
});

describe('the user agent', () => {
  it('names the action, and the job’s orchestration id when the runner sets one (made safe for a header)', () => {
    expect(userAgent(undefined)).toBe('engagement-keeper');
    expect(userAgent('  ')).toBe('engagement-keeper');
    expect(userAgent('run 42/job:7')).toBe('engagement-keeper actions_orchestration_id/run_42_job_7');
    // A header is bytes: letters that only case-fold to ASCII (the Kelvin sign) are replaced too.
    expect(userAgent('a\u212Ab\u017F')).toBe('engagement-keeper actions_orchestration_id/a_b_');
  });
});
