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

export function describeError(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? message;
  if (status === undefined) return `no answer from GitHub (${firstLine})`;
  if (status === 401) return 'GitHub refused the token (401): check the `github-token` input';
  if (status === 403)
    return `GitHub refused the request (403: ${firstLine}); the workflow may need \`issues: write\``;
  if (status === 404) return `not found (404: ${firstLine})`;
  if (status === 422) return `GitHub rejected the request (422: ${firstLine})`;
  return `GitHub answered ${status}: ${firstLine}`;
}
