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

/** A server error or a dropped connection: the request may or may not have been applied. */
export function isTransient(error: unknown): boolean {
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
