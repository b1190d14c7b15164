// The engagement the benchmarks plan with: examples/engagement.yml, adopted the day of the first run,
// so the realistic repository's year of feedback is history before it.
import { readFileSync } from 'node:fs';
import { loadEngagement } from '../src/engagement/load';
import type { Engagement } from '../src/engagement/schema';

export interface AdoptedEngagement {
  /** The file's text, as the repository under test holds it. */
  readonly text: string;
  /**
   * The engagement as a run loads it. Each timed planning gets its own copy: what the planner keeps
   * per engagement must not make a later measurement look cheaper.
   */
  readonly load: () => Engagement;
}

export function adoptedEngagement(now: Date): AdoptedEngagement {
  const text = readFileSync('examples/engagement.yml', 'utf8').replace(
    /^engagement:\n/mu,
    `engagement:\n  adopted_on: '${now.toISOString().slice(0, 10)}'\n`,
  );
  const load = (): Engagement => {
    const loaded = loadEngagement(text, 'examples/engagement.yml');
    if (!loaded.ok) throw new Error('examples/engagement.yml does not load');
    return loaded.engagement;
  };
  return { text, load };
}
