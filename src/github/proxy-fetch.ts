// What @actions/github's getOctokit gives a client on a runner, without loading @actions/github: the
// runner's proxy (`https_proxy`, `no_proxy`, as @actions/http-client reads them for every action), and
// a user agent that carries the job's orchestration id, so GitHub can tell this job's requests apart.
import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch, type RequestInfo, type RequestInit } from 'undici';

/** The fetch the client sends its requests with: through the runner's proxy when one is set for `baseUrl`. */
export function proxyFetch(baseUrl: string): typeof fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(baseUrl);
  // undici's own fetch: a dispatcher of this undici copy is not one the runtime's fetch may accept.
  const send = (url: RequestInfo, init?: RequestInit): ReturnType<typeof undiciFetch> =>
    undiciFetch(url, dispatcher ? { ...init, dispatcher } : init);
  return send as unknown as typeof fetch;
}

const PRODUCT = 'engagement-keeper';

/** `engagement-keeper`, and the orchestration id the runner sets (`ACTIONS_ORCHESTRATION_ID`) if any. */
export function userAgent(orchestrationId: string | undefined): string {
  const id = orchestrationId?.trim();
  return id ? `${PRODUCT} actions_orchestration_id/${id.replace(/[^A-Za-z0-9_.-]/gu, '_')}` : PRODUCT;
}
