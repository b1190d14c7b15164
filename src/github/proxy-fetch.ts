// What @actions/github's getOctokit gives a client on a runner, without loading @actions/github: the
// runner's proxy (`https_proxy`, `no_proxy`, as @actions/http-client reads them for every action), and
// a user agent that carries the job's orchestration id, so GitHub can tell this job's requests apart.
// undici, which a proxy needs, is loaded on the first request through one, not at every start (the
// bundle leaves undici out of @actions/http-client: undici-unused.ts).
import { getProxyUrl } from '@actions/http-client';
import type * as UndiciModule from 'undici/index.js';

type Undici = typeof UndiciModule;
let undici: Promise<Undici> | undefined;
const loadUndici = (): Promise<Undici> => (undici ??= import('undici/index.js'));

/** The fetch the client sends its requests with: through the runner's proxy when one is set for `baseUrl`. */
export function proxyFetch(baseUrl: string): typeof fetch {
  // '' when no proxy is set, or `no_proxy` names the host.
  const proxy = getProxyUrl(baseUrl);
  if (!proxy) return (input, init) => globalThis.fetch(input, init);
  let dispatcher: Promise<{ fetch: Undici['fetch']; agent: InstanceType<Undici['ProxyAgent']> }> | undefined;
  const through = () =>
    (dispatcher ??= loadUndici().then(({ fetch, ProxyAgent }) => {
      const url = new URL(proxy);
      const credentials = url.username || url.password;
      // As @actions/http-client's own dispatcher: no pipelining, the proxy's credentials as Basic auth.
      const agent = new ProxyAgent({
        uri: url.href,
        pipelining: 0,
        ...(credentials
          ? {
              token: `Basic ${Buffer.from(`${url.username}:${url.password}`).toString('base64')}`,
            }
          : {}),
      });
      return { fetch, agent };
    }));
  // undici's own fetch: a dispatcher of this undici copy is not one the runtime's fetch may accept.
  const send = async (input: Parameters<Undici['fetch']>[0], init?: Parameters<Undici['fetch']>[1]) => {
    const { fetch, agent } = await through();
    return fetch(input, { ...init, dispatcher: agent });
  };
  return send as unknown as typeof fetch;
}

const PRODUCT = 'engagement-keeper';

/** `engagement-keeper`, and the orchestration id the runner sets (`ACTIONS_ORCHESTRATION_ID`) if any. */
export function userAgent(orchestrationId: string | undefined): string {
  const id = orchestrationId?.trim();
  return id ? `${PRODUCT} actions_orchestration_id/${id.replace(/[^A-Za-z0-9_.-]/gu, '_')}` : PRODUCT;
}
