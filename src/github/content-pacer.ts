// GitHub asks integrations to create content (issues, comments) at most 80 times a minute and 500
// times an hour. The throttling plugin spaces notifying writes; this pacer keeps the hourly count too,
// starting from the content the bot already created in the last hour (seen in the snapshot), and
// refuses rather than sleeping for long: what it refuses is left for the next run.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface PacerLimits {
  readonly perMinute: number;
  readonly perHour: number;
  /** The longest the pacer waits for a free slot before leaving the write for the next run. */
  readonly maxWaitMs: number;
}

export const GITHUB_CONTENT_LIMITS: PacerLimits = { perMinute: 80, perHour: 500, maxWaitMs: 90_000 };

const MINUTE = 60_000;
const HOUR = 3_600_000;

export class ContentPacer {
  private readonly created: number[];

  constructor(
    private readonly clock: Clock,
    private readonly limits: PacerLimits = GITHUB_CONTENT_LIMITS,
    /** Times (ms) at which the bot created content recently, from the snapshot. */
    history: readonly number[] = [],
  ) {
    const since = clock.now() - HOUR;
    this.created = history.filter((at) => at > since).sort((a, b) => a - b);
  }

  /** Waits for a slot and takes it; false when the wait would be longer than `maxWaitMs`. */
  async reserve(): Promise<boolean> {
    const wait = this.waitFor(this.clock.now());
    if (wait > this.limits.maxWaitMs) return false;
    if (wait > 0) await this.clock.sleep(wait);
    this.created.push(this.clock.now());
    return true;
  }

  /** How long until one more creation keeps both windows within their limits. */
  waitFor(at: number): number {
    const inWindow = (size: number) => this.created.filter((t) => t > at - size);
    const lastMinute = inWindow(MINUTE);
    const lastHour = inWindow(HOUR);
    let wait = 0;
    if (lastMinute.length >= this.limits.perMinute) {
      const oldest = lastMinute[lastMinute.length - this.limits.perMinute] ?? at;
      wait = Math.max(wait, oldest + MINUTE - at);
    }
    if (lastHour.length >= this.limits.perHour) {
      const oldest = lastHour[lastHour.length - this.limits.perHour] ?? at;
      wait = Math.max(wait, oldest + HOUR - at);
    }
    return Math.max(0, wait);
  }
}
