// Shared set-up for runtime tests: a client pointed at the local fake with waits shrunk to nothing.
import Bottleneck from 'bottleneck/light.js';
import { createGitHubClient, type ClientPacing, type GitHubClient } from '../../src/github/client';
import type { Clock } from '../../src/github/content-pacer';
import { WORKFLOW_TOKEN, type FakeGitHub } from '../fake-github';

/** Throttle groups with no spacing and retry-after counted in milliseconds instead of seconds. */
export function fastPacing(): ClientPacing {
  return {
    retryAfterUnitMs: 1,
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
}

export interface LogLines {
  readonly warnings: string[];
}

export function testClient(fake: FakeGitHub, token = WORKFLOW_TOKEN): GitHubClient & LogLines {
  const warnings: string[] = [];
  const client = createGitHubClient({
    token,
    baseUrl: fake.url,
    log: { info: () => undefined, warning: (m) => warnings.push(m) },
    pacing: fastPacing(),
  });
  return Object.assign(client, { warnings });
}

/** A clock whose sleeps return at once but move time forward, so pacing is observable. */
export function fakeClock(start = Date.now()): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}
