// How a failed request is described to people, and whether trying again could help.

interface HttpishError {
  readonly status?: number;
  readonly message?: string;
  readonly response?: { readonly data?: unknown };
}

export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as HttpishError).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/**
 * A reason the run stops that is already told in full (who the action is, a missing permission, a
 * rate limit): reported as its own message, never as a failed request.
 */
export class RunStop extends Error {
  override readonly name: string = 'RunStop';
}

/**
 * GitHub answered the write with success but did not do all of it (an assignee it dropped without a
 * word): the write failed, for the reason in the message, and the run goes on with the others.
 */
export class WriteNotDone extends Error {
  override readonly name = 'WriteNotDone';
}

/** A server error or a dropped connection: the request may or may not have been applied. */
export function isTransient(error: unknown): boolean {
  if (error instanceof RunStop || error instanceof WriteNotDone) return false;
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

// What a request that never got an HTTP answer looks like: a socket or DNS failure, or a timeout.
const NETWORK_CODES =
  /^(?:E(?:CONN(?:RESET|REFUSED|ABORTED)|TIMEDOUT|NOTFOUND|AI_AGAIN|PIPE|HOSTUNREACH|NETUNREACH)|UND_ERR_\w+)$/u;
const NETWORK_MESSAGE = /fetch failed|socket hang up|network|timed? ?out|other side closed/iu;

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  const cause = (error as { cause?: unknown }).cause;
  return cause === error ? undefined : codeOf(cause);
}

/** True when the request never reached GitHub or its answer never came back. */
export function isNetworkError(error: unknown): boolean {
  const code = codeOf(error);
  if (code !== undefined && NETWORK_CODES.test(code)) return true;
  return error instanceof Error && NETWORK_MESSAGE.test(error.message);
}

/** GraphQL answers 200 with an `errors` list when it refuses a query. */
function graphqlErrors(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const errors = (error as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const first = errors[0] as { message?: unknown };
  return typeof first.message === 'string' ? first.message : JSON.stringify(first);
}

export function describeError(error: unknown): string {
  if (error instanceof RunStop || error instanceof WriteNotDone) return error.message;
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? message;
  if (status === undefined) {
    const refused = graphqlErrors(error);
    if (refused !== undefined) return `GitHub's GraphQL API refused the query (${refused})`;
    if (isNetworkError(error)) return `no answer from GitHub (${firstLine})`;
    const name = error instanceof Error ? error.name : typeof error;
    return `internal error, not a GitHub problem (${name}: ${firstLine}); the run stopped here. Please report it with this log.`;
  }
  if (status === 401) return 'GitHub refused the token (401): check the `github-token` input';
  if (status === 403)
    return `GitHub refused the request (403: ${firstLine}); the workflow may need \`issues: write\``;
  if (status === 404) return `not found (404: ${firstLine})`;
  if (status === 422) return `GitHub rejected the request (422: ${firstLine})`;
  return `GitHub answered ${status}: ${firstLine}`;
}

interface HeaderedError {
  readonly response?: { readonly headers?: Readonly<Record<string, string | number | undefined>> };
}

function headerOf(error: unknown, name: string): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const value = (error as HeaderedError).response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/** GitHub's primary rate limit is spent: no request succeeds before its reset. */
export function isPrimaryRateLimit(error: unknown): boolean {
  const status = statusOf(error);
  return (status === 403 || status === 429) && headerOf(error, 'x-ratelimit-remaining') === '0';
}

/**
 * GitHub's GraphQL answer that the rate limit is spent: 200 with an error of type `RATE_LIMITED`
 * (the throttling plugin rethrows it as "GraphQL Rate Limit Exceeded", with the answer's data).
 */
export function isGraphqlRateLimited(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const carried = error as {
    readonly errors?: unknown;
    readonly data?: { readonly errors?: unknown } | null;
    readonly response?: { readonly data?: { readonly errors?: unknown } | null };
  };
  const lists = [carried.errors, carried.data?.errors, carried.response?.data?.errors];
  return lists.some(
    (list) =>
      Array.isArray(list) &&
      list.some((entry) => typeof entry === 'object' && entry !== null && entry.type === 'RATE_LIMITED'),
  );
}

/** When the primary rate limit resets (from `x-ratelimit-reset`), if GitHub said. */
export function rateLimitReset(error: unknown): Date | null {
  const seconds = Number(headerOf(error, 'x-ratelimit-reset'));
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : null;
}

/** A plain 429 (not a secondary limit, not the primary one): GitHub's `retry-after` says when to retry. */
export function plainRetryAfter(error: unknown): number | null {
  if (statusOf(error) !== 429 || isPrimaryRateLimit(error)) return null;
  const message = error instanceof Error ? error.message : '';
  if (/\bsecondary rate\b/iu.test(message)) return null;
  const seconds = Number(headerOf(error, 'retry-after'));
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 60;
}

/** The token lacks a permission the write needs (GitHub: "Resource not accessible by integration"). */
export function isMissingPermission(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return statusOf(error) === 403 && !isPrimaryRateLimit(error) && /not accessible by/iu.test(message);
}

/** The run stops: GitHub's rate limit is spent until `resetAt`; what is left waits for the next run. */
export class RateLimitStop extends RunStop {
  override readonly name = 'RateLimitStop';
  constructor(readonly resetAt: Date | null) {
    super(
      `GitHub's rate limit for this token is spent${resetAt ? ` until ${resetAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}; the run stopped there and the next run after that does what is left`,
    );
  }
}

/** The run stops writing: the token may not write issues. */
export class PermissionStop extends RunStop {
  override readonly name = 'PermissionStop';
  constructor(
    readonly detail: string,
    /** The internal repository the write went to (its permission is not the workflow's to give). */
    readonly internalRepository?: string,
  ) {
    super(
      internalRepository
        ? `the token may not write issues in the internal repository ${internalRepository} (${detail}): the token given as \`github-token\` needs the permission "Issues: Read and write" on ${internalRepository} (docs/internal-repository.md); the run stopped writing`
        : `the token may not write to issues (${detail}): give the workflow \`permissions: issues: write\` (or a token with that permission); the run stopped writing`,
    );
  }
}

/** The internal repository could not be read: nothing was written, and the message says what to give. */
export class InternalRepositoryStop extends RunStop {
  override readonly name = 'InternalRepositoryStop';
  constructor(repository: string, detail: string) {
    super(
      `cannot read the internal repository ${repository} (${detail}). The token given as \`github-token\` needs the permissions "Issues: Read and write" and "Metadata: Read" on ${repository} (a GitHub App installed on it, or a fine-grained token: docs/internal-repository.md); nothing was written`,
    );
  }
}
