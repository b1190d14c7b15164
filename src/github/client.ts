// The one place that builds the Octokit client: retries, throttling and the request counters that the
// run reports. Waits are injectable (a smaller base unit for retry-after, fresh limiter groups) so the
// fault tests against the local fake take milliseconds instead of minutes.
//
// Built on @octokit/core with the two plugins the run uses, as @actions/github's getOctokit builds its
// client but without the REST method table and the pagination plugin: requests name their route
// (`octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', …)`, typed as well), and
// loading that table and @actions/github's event context cost every run's start more than anything
// else the client brings. What getOctokit gives a runner is kept: the runner's proxy settings
// (proxy-fetch.ts), the user agent with the job's orchestration id, and GitHub Enterprise base URLs.
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { proxyFetch, userAgent } from './proxy-fetch';
import {
  isGraphqlRateLimited,
  isMissingPermission,
  isPrimaryRateLimit,
  PermissionStop,
  plainRetryAfter,
  RateLimitStop,
  rateLimitReset,
} from './request-errors';

const ClientOctokit = Octokit.plugin(throttling, retry);
export type GitHubOctokit = InstanceType<typeof ClientOctokit>;

export interface ClientLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ClientPacing {
  /** Milliseconds per second of `retry-after` / `x-ratelimit-reset` (1000 in production). */
  readonly retryAfterUnitMs?: number;
  /**
   * Limiter groups replacing the throttling plugin's. By default they space nothing: the plugin would
   * hold every GraphQL read a second like a write, and the executor already spaces writes on the run's
   * clock (content-pacer.ts). The plugin still handles rate-limit answers and `retry-after`.
   */
  readonly write?: ThrottlingOptions['write'];
  readonly notifications?: ThrottlingOptions['notifications'];
  /** How many times a request hit by a rate limit is retried before the write is reported as failed. */
  readonly rateLimitRetries?: number;
  /**
   * The longest wait (in seconds of `retry-after` / time to reset) the run sits through; a longer one
   * ends the run, leaving the rest for the next run. Default 180: a job never sleeps for an hour.
   */
  readonly maxWaitSeconds?: number;
}

export interface ClientOptions {
  readonly token: string;
  /** REST base URL (`GITHUB_API_URL`), e.g. `https://api.github.com` or the local fake. */
  readonly baseUrl: string;
  /** GraphQL endpoint (`GITHUB_GRAPHQL_URL`); defaults to `${baseUrl}/graphql`. */
  readonly graphqlUrl?: string;
  /** The job's orchestration id (`ACTIONS_ORCHESTRATION_ID`), named in the user agent. */
  readonly orchestrationId?: string;
  readonly log: ClientLog;
  readonly pacing?: ClientPacing;
}

export interface RequestCounters {
  rest: number;
  graphql: number;
  /** REST requests that change something (POST, PATCH, PUT, DELETE). */
  writes: number;
  /** GraphQL documents with mutations: write requests too, whose points GitHub does not report. */
  mutations: number;
  /** GraphQL rate-limit points spent, as reported by `rateLimit { cost }`. */
  graphqlCost: number;
  graphqlRemaining: number | null;
  /** What GitHub said about every GraphQL answer that carried `rateLimit`, in order. */
  readonly graphqlAnswers: GraphqlRateAnswer[];
}

export interface GraphqlRateAnswer {
  /** The operation's name (e.g. `EngagementKeeperScan`). */
  readonly operation: string;
  readonly cost: number;
  readonly remaining: number;
}

export interface GitHubClient {
  readonly octokit: GitHubOctokit;
  readonly graphqlUrl: string;
  readonly counters: RequestCounters;
  /** `retries: 0` for a document that creates content: a lost answer is looked into, not resent. */
  graphql<T>(
    query: string,
    variables: Record<string, unknown>,
    options?: { readonly retries?: number },
  ): Promise<T>;
}

/**
 * A GraphQL document sent with `retries: 0`: it creates content, and GitHub may have run part of it
 * before answering that the limit is spent, so the caller looks before anything is sent again. (A REST
 * request refused for the limit was not applied: the plugin may send it again.)
 */
function createsContent(request: { readonly url: string; readonly request?: object }): boolean {
  const options: { readonly retries?: unknown } | undefined = request.request;
  return options?.retries === 0 && request.url.endsWith('/graphql');
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const pacing = options.pacing ?? {};
  const unit = pacing.retryAfterUnitMs ?? 1000;
  const maxRetries = pacing.rateLimitRetries ?? 3;
  const maxWait = pacing.maxWaitSeconds ?? 180;
  const throttle: ThrottlingOptions = {
    retryAfterBaseValue: unit,
    onRateLimit: (retryAfter, request, _octokit, retryCount) => {
      // The primary limit resets once an hour: waiting that long in a job helps nobody. The request
      // fails with the limit's headers, which the run turns into a clean stop.
      if (retryAfter > maxWait) return false;
      // A document that creates content is never sent again blindly: the run stops on the limit
      // and the next run, reading what GitHub holds, does what is left.
      if (createsContent(request)) return false;
      options.log.warning(
        `GitHub's rate limit was reached on ${request.method} ${request.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1}).`,
      );
      return retryCount < maxRetries;
    },
    onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
      if (retryAfter > maxWait) return false;
      options.log.warning(
        `GitHub's secondary rate limit was hit on ${request.method} ${request.url}; waiting ${retryAfter}s as asked (attempt ${retryCount + 1}).`,
      );
      return retryCount < maxRetries;
    },
    write: pacing.write ?? new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: pacing.notifications ?? new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const octokit = new ClientOctokit({
    auth: options.token,
    baseUrl,
    userAgent: userAgent(options.orchestrationId),
    request: { fetch: proxyFetch(baseUrl) },
    throttle,
    // 5xx and dropped connections: three retries, 1, 4 and 9 units apart. Client errors are final.
    retry: { retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (message: string) => options.log.warning(message),
      error: (message: string) => options.log.warning(message),
    },
  });
  const counters: RequestCounters = {
    rest: 0,
    graphql: 0,
    writes: 0,
    mutations: 0,
    graphqlCost: 0,
    graphqlRemaining: null,
    graphqlAnswers: [],
  };
  // Outermost: what the plugins gave up on. A plain 429 is retried after its `retry-after` (GitHub's
  // guidance); a spent primary limit and a missing permission become stops the run reports as such.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const after = plainRetryAfter(error);
        if (after !== null && after <= maxWait && attempt < maxRetries) {
          options.log.warning(
            `GitHub answered 429 on ${requestOptions.method} ${requestOptions.url}; retrying in ${after}s as asked (attempt ${attempt + 1}).`,
          );
          await new Promise((resolve) => setTimeout(resolve, after * unit));
          continue;
        }
        if (isPrimaryRateLimit(error) || isGraphqlRateLimited(error))
          throw new RateLimitStop(rateLimitReset(error));
        const writes = requestOptions.method !== 'GET' && !String(requestOptions.url).endsWith('/graphql');
        if (writes && isMissingPermission(error))
          throw new PermissionStop(error instanceof Error ? error.message : '');
        throw error;
      }
    }
  });
  const graphqlUrl = options.graphqlUrl ?? `${options.baseUrl.replace(/\/+$/, '')}/graphql`;
  octokit.hook.before('request', (request) => {
    const url = String(request.url);
    if (url === graphqlUrl || url.endsWith('/graphql')) {
      counters.graphql += 1;
      const { query } = request as { readonly query?: unknown };
      if (typeof query === 'string' && /^\s*mutation\b/u.test(query)) counters.mutations += 1;
      return;
    }
    counters.rest += 1;
    if (request.method !== 'GET' && request.method !== 'HEAD') counters.writes += 1;
  });
  return {
    octokit,
    graphqlUrl,
    counters,
    async graphql<T>(
      query: string,
      variables: Record<string, unknown>,
      options: { readonly retries?: number } = {},
    ): Promise<T> {
      // The object form lets `url` through (GHES and tests point GraphQL elsewhere than the REST base).
      const data = await octokit.graphql<T & { rateLimit?: { cost: number; remaining: number } | null }>({
        query,
        url: graphqlUrl,
        ...variables,
        ...(options.retries !== undefined ? { request: { retries: options.retries } } : {}),
      });
      if (data.rateLimit) {
        counters.graphqlCost += data.rateLimit.cost;
        counters.graphqlRemaining = data.rateLimit.remaining;
        counters.graphqlAnswers.push({
          operation: /^\s*(?:query|mutation)\s+(\w+)/u.exec(query)?.[1] ?? 'anonymous',
          cost: data.rateLimit.cost,
          remaining: data.rateLimit.remaining,
        });
      }
      return data;
    },
  };
}
