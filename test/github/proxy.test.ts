// On a self-hosted runner behind a proxy, the action's requests go through the proxy the runner sets
// (`http_proxy` / `https_proxy`), as they did when the client came from @actions/github, and they
// name the action and the job's orchestration id in their user agent. The proxy here is a tunnel on
// 127.0.0.1 that leads to the local fake whatever host is asked for: the base URL's host is a name
// nobody resolves, so a request that skipped the proxy could not arrive.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client';
import { userAgent } from '../../src/github/proxy-fetch';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import { fastPacing } from '../../fake-github/pacing';

interface Tunnel {
  readonly url: string;
  /** The `host:port` of every CONNECT. */
  readonly asked: string[];
  /** What the client sent through the tunnels. */
  readonly sent: () => string;
  close(): Promise<void>;
}

async function startTunnel(to: URL): Promise<Tunnel> {
  const asked: string[] = [];
  const chunks: Buffer[] = [];
  const server: Server = createServer((_request, response) => response.writeHead(405).end());
  server.on('connect', (request, socket, head) => {
    asked.push(request.url ?? '');
    const upstream = connect(Number(to.port), to.hostname, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    asked,
    sent: () => Buffer.concat(chunks).toString('latin1'),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

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
