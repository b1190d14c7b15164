// GitHub asks integrations to leave a second between writes, and to create content (issues, comments)
// at most 80 times a minute and 500 times an hour. This pacer does all of it on the run's clock (so a
// benchmark or test can run it on a virtual one): writes a second apart, content three seconds apart
// (as the throttling plugin spaced notifying writes), the minute and hour windows counted from the
// content the bot already created in the last hour (seen in the snapshot). It refuses rather than
// sleeping for long: what it refuses is left for the next run. Reads are not paced.

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

/** Milliseconds between two writes, and between two creations of content. */
export const WRITE_SPACING_MS = 1000;
export const CONTENT_SPACING_MS = 3000;

const MINUTE = 60_000;
const HOUR = 3_600_000;

export class ContentPacer {
  private readonly created: number[];
  private lastWrite = Number.NEGATIVE_INFINITY;
  private lastContent = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly clock: Clock,
    private readonly limits: PacerLimits = GITHUB_CONTENT_LIMITS,
    /** Times (ms) at which the bot created content recently, from the snapshot. */
    history: readonly number[] = [],
  ) {
    const since = clock.now() - HOUR;
    this.created = history.filter((at) => at > since).sort((a, b) => a - b);
  }

  /**
   * Waits for a slot for one write and takes it; for content, false when the wait would be longer
   * than `maxWaitMs` (the write is then left for the next run).
   */
  async reserve(content = true): Promise<boolean> {
    const at = this.clock.now();
    const windows = content ? this.waitFor(at) : 0;
    if (windows > this.limits.maxWaitMs) return false;
    const spacing = Math.max(
      this.lastWrite + WRITE_SPACING_MS - at,
      content ? this.lastContent + CONTENT_SPACING_MS - at : 0,
    );
    const wait = Math.max(windows, spacing, 0);
    if (wait > 0) await this.clock.sleep(wait);
    const now = this.clock.now();
    this.lastWrite = now;
    if (content) {
      this.lastContent = now;
      this.created.push(now);
    }
    return true;
  }

  /**
   * True when `count` more creations would each get a slot within `maxWaitMs` of now: asked before a
   * group of writes starts, so that its labels never go while its comment is refused.
   */
  canCreate(count: number): boolean {
    return count <= 0 || this.waitFor(this.clock.now(), count) <= this.limits.maxWaitMs;
  }

  /** How long until `count` more creations (one by default) keep both windows within their limits. */
  waitFor(at: number, count = 1): number {
    const inWindow = (size: number) => this.created.filter((t) => t > at - size);
    const lastMinute = inWindow(MINUTE);
    const lastHour = inWindow(HOUR);
    let wait = 0;
    // The last of `count` creations fits once enough of the window's oldest have left it.
    if (lastMinute.length + count > this.limits.perMinute) {
      const oldest = lastMinute[lastMinute.length + count - 1 - this.limits.perMinute];
      wait = Math.max(wait, oldest === undefined ? Infinity : oldest + MINUTE - at);
    }
    if (lastHour.length + count > this.limits.perHour) {
      const oldest = lastHour[lastHour.length + count - 1 - this.limits.perHour];
      wait = Math.max(wait, oldest === undefined ? Infinity : oldest + HOUR - at);
    }
    return Math.max(0, wait);
  }
}
