// Pacing for runs against the fake: throttle groups without spacing and a clock that never waits, so
// tests and the bench run at full speed while the pacing decisions stay observable.
import Bottleneck from 'bottleneck';
import type { ClientPacing } from '../src/github/client';
import type { Clock } from '../src/github/content-pacer';

/** Throttle groups with no spacing and retry-after counted in milliseconds instead of seconds. */
export function fastPacing(): ClientPacing {
  return {
    retryAfterUnitMs: 1,
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
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
