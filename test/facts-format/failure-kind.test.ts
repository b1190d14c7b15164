// What stopped a run becomes a code in its facts, so the portfolio issue can say why in its own language
// (and the HTTP status when GitHub's answer was the reason).
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../src/action/failure-kind';
import { IdentityError } from '../../src/github/identity';
import { PermissionStop, RateLimitStop } from '../../src/github/request-errors';

const answered = (status: number, message: string) => Object.assign(new Error(message), { status });

describe('the failure code of a run that stopped', () => {
  it('names GitHub refusals by what to check, with the status', () => {
    expect(failureOf(answered(403, 'Resource not accessible by integration'))).toMatchObject({
      kind: 'permission',
      status: 403,
    });
    expect(failureOf(answered(404, 'Not Found'))).toMatchObject({ kind: 'not_found', status: 404 });
    expect(failureOf(answered(401, 'Bad credentials'))).toMatchObject({ kind: 'token', status: 401 });
    expect(failureOf(answered(502, 'Bad gateway'))).toMatchObject({ kind: 'github', status: 502 });
  });

  it('tells the action’s own stops, a network failure and its own bugs apart', () => {
    expect(failureOf(new RateLimitStop(null)).kind).toBe('rate_limit');
    expect(failureOf(new PermissionStop('403')).kind).toBe('permission');
    expect(failureOf(new IdentityError('who am I')).kind).toBe('token');
    const dropped = Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNRESET' } });
    expect(failureOf(dropped).kind).toBe('no_answer');
    expect(failureOf(new TypeError('x is undefined'))).toMatchObject({
      kind: 'internal',
      reason: expect.stringMatching(/internal error.*TypeError/u),
    });
  });
});
