// What the bundle gives @actions/http-client for `undici` (tsconfig.json `paths`; vitest resolves the
// real undici). http-client imports undici's ProxyAgent when it is loaded, for its HttpClient's proxy
// dispatcher, and this action never builds an HttpClient (only @actions/core's OIDC token request
// would): proxy-fetch.ts reads the runner's proxy with http-client's `getProxyUrl` and loads undici
// itself, only when a proxy is set. Without this, the whole of undici was evaluated at every start
// (about 60 ms of a 225 ms cold start on node 24). The bundler finds this class unused and leaves it
// out; should anything ever build that dispatcher, it fails saying why instead of sending unproxied.
export class ProxyAgent {
  constructor() {
    throw new Error(
      'engagement-keeper: @actions/http-client asked for an undici ProxyAgent, which this bundle leaves out; proxies go through src/github/proxy-fetch.ts',
    );
  }
}
