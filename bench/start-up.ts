// Start-up against actions/stale, measured in the same run: bundle bytes, and cold start — `node` loading
// the bundle until it stops at its first missing input (both actions read their inputs first) — as the
// median of paired runs that alternate which bundle goes first, so a busy machine slows both alike.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const STALE = JSON.parse(readFileSync('bench/stale-bundle.json', 'utf8')) as {
  readonly commit: string;
  readonly version: string;
  readonly bytes: number;
};
// actions/stale's committed dist/index.js at STALE.commit (`git show <commit>:dist/index.js` in a clone
// of actions/stale), never committed here: `STALE_BUNDLE=path npm run bench`.
export const STALE_BUNDLE = process.env.STALE_BUNDLE ?? '/tmp/actions-stale/index.js';

export interface StartUp {
  readonly pairs: number;
  /** dist/index.js: what node loads before the inputs are read. */
  readonly oursBytes: number;
  /** The chunks loaded later when a run needs them (holiday data set, mail client). */
  readonly oursChunkBytes: number;
  readonly oursMs: number;
  readonly stale: { readonly bytes: number; readonly ms: number; readonly commit: string } | null;
}

function once(file: string): number {
  const started = performance.now();
  try {
    execFileSync(process.execPath, [file], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: 'ignore',
      timeout: 60_000,
    });
  } catch {
    // Both bundles stop with an error on their missing inputs: that is the point measured.
  }
  return performance.now() - started;
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1]!;

export function measureStartUp(pairs = 11): StartUp {
  const ours = 'dist/index.js';
  const chunks = readdirSync('dist').filter((name) => /^\d+\.index\.js$/u.test(name));
  const oursChunkBytes = chunks.reduce((sum, name) => sum + statSync(path.join('dist', name)).size, 0);
  const staleThere = existsSync(STALE_BUNDLE) && statSync(STALE_BUNDLE).size === STALE.bytes;
  const oursTimes: number[] = [];
  const staleTimes: number[] = [];
  once(ours);
  if (staleThere) once(STALE_BUNDLE);
  for (let i = 0; i < pairs; i += 1) {
    if (!staleThere) oursTimes.push(once(ours));
    else if (i % 2 === 0) {
      oursTimes.push(once(ours));
      staleTimes.push(once(STALE_BUNDLE));
    } else {
      staleTimes.push(once(STALE_BUNDLE));
      oursTimes.push(once(ours));
    }
  }
  return {
    pairs,
    oursBytes: statSync(ours).size,
    oursChunkBytes,
    oursMs: median(oursTimes),
    stale: staleThere ? { bytes: STALE.bytes, ms: median(staleTimes), commit: STALE.commit } : null,
  };
}

export function startUpTable(start: StartUp): string {
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
  const stale = start.stale;
  return [
    `| Bundle | Loaded at start | Chunks loaded when needed | Cold start (median of ${start.pairs} paired runs) |`,
    '|---|---:|---:|---:|',
    `| engagement-keeper dist/index.js | ${mb(start.oursBytes)} | ${mb(start.oursChunkBytes)} | ${start.oursMs.toFixed(0)} ms |`,
    stale
      ? `| actions/stale ${STALE.version} dist/index.js (${stale.commit.slice(0, 7)}) | ${mb(stale.bytes)} | – | ${stale.ms.toFixed(0)} ms |`
      : `| actions/stale ${STALE.version} | ${mb(STALE.bytes)} | – | not measured: put its dist/index.js at ${STALE_BUNDLE} |`,
    stale
      ? `| ratio (ours ÷ stale) | ${(start.oursBytes / stale.bytes).toFixed(2)} | | ${(start.oursMs / stale.ms).toFixed(2)} |`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}
