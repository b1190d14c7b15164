// What stopped a run, as the code the facts carry (`failure.kind`), so the portfolio issue can word the
// reason in its own language; `describeError` says the same in English for the job log.
import type { Failure } from '../facts-format';
import { IdentityError } from '../github/identity';
import {
  describeError,
  isNetworkError,
  PermissionStop,
  RateLimitStop,
  RunStop,
  statusOf,
} from '../github/request-errors';

export function failureOf(error: unknown): Failure {
  const reason = describeError(error);
  if (error instanceof RateLimitStop) return { kind: 'rate_limit', reason };
  if (error instanceof PermissionStop) return { kind: 'permission', reason };
  if (error instanceof IdentityError) return { kind: 'token', reason };
  if (error instanceof RunStop) return { kind: 'internal', reason };
  const status = statusOf(error);
  if (status === undefined) return { kind: isNetworkError(error) ? 'no_answer' : 'internal', reason };
  const kind =
    status === 401 ? 'token' : status === 403 ? 'permission' : status === 404 ? 'not_found' : 'github';
  return { kind, reason, status };
}
