// Start-up against actions/stale, measured in the same run: bundle bytes, and cold start — `node` loading
// the bundle until it stops at its first missing input (both actions read their inputs first) — as the
// median of paired runs that alternate which bundle goes first, so a busy machine slows both alike.
// Each run gives its wall time and the CPU time the process used (EXIT_REPORT): on a shared machine the
// CPU time is the steadier figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PLANNING_NODE, planningNodeVersion } from './planning';

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
  /** The chunks loaded later when a run needs them (holiday parser, mail client, proxy client). */
  readonly oursChunkBytes: number;
  /** The holiday data files, one per country (a run reads the index and its countries' files). */
  readonly oursHolidayBytes: number;
  readonly oursMs: number;
  /** CPU time (user + system) of the process, median. */
  readonly oursCpuMs: number;
  readonly stale: {
    readonly bytes: number;
    readonly ms: number;
    readonly cpuMs: number;
    readonly commit: string;
  } | null;
}

/**
 * Loaded before the bundle (`node --require`, which leaves a CommonJS bundle such as stale's on
 * CommonJS's own loader): when the process exits, it writes the CPU time it used (user + system,
 * every thread) to fd 3. Written to a temporary file when first needed.
 */
const EXIT_REPORT = `process.on('exit', () => {
  const used = process.cpuUsage();
  require('node:fs').writeSync(3, JSON.stringify({ cpuMs: (used.user + used.system) / 1000 }));
});
`;
let exitReportFile: string | undefined;
function exitReport(): string {
  if (!exitReportFile) {
    exitReportFile = path.join(mkdtempSync(path.join(tmpdir(), 'ek-start-up-')), 'exit-report.cjs');
    writeFileSync(exitReportFile, EXIT_REPORT);
  }
  return exitReportFile;
}

interface Timed {
  readonly ms: number;
  readonly cpuMs: number;
}

function once(file: string): Timed {
  const started = performance.now();
  // Both bundles stop with an error on their missing inputs: that is the point measured.
  // The node the action runs on (`BENCH_NODE`, node24 for `runs.using: node24`), as planning is timed:
  // start-up differs between node versions (on node 24 ours was slower than stale's, on node 20 not).
  const run = spawnSync(PLANNING_NODE, ['--require', exitReport(), file], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    timeout: 60_000,
  });
  const ms = performance.now() - started;
  const report = JSON.parse(String(run.output[3] ?? '{}')) as { cpuMs?: number };
  if (report.cpuMs === undefined) throw new Error(`${file}: no exit report`);
  return { ms, cpuMs: report.cpuMs };
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1]!;

export function measureStartUp(pairs = 31): StartUp {
  const ours = 'dist/index.js';
  const chunks = readdirSync('dist').filter((name) => /^\d+\.index\.js$/u.test(name));
  const oursChunkBytes = chunks.reduce((sum, name) => sum + statSync(path.join('dist', name)).size, 0);
  const holidayFiles = readdirSync('dist/holiday-data');
  const oursHolidayBytes = holidayFiles.reduce(
    (sum, name) => sum + statSync(path.join('dist/holiday-data', name)).size,
    0,
  );
  const staleThere = existsSync(STALE_BUNDLE) && statSync(STALE_BUNDLE).size === STALE.bytes;
  const oursTimes: Timed[] = [];
  const staleTimes: Timed[] = [];
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
    oursHolidayBytes,
    oursMs: median(oursTimes.map((t) => t.ms)),
    oursCpuMs: median(oursTimes.map((t) => t.cpuMs)),
    stale: staleThere
      ? {
          bytes: STALE.bytes,
          ms: median(staleTimes.map((t) => t.ms)),
          cpuMs: median(staleTimes.map((t) => t.cpuMs)),
          commit: STALE.commit,
        }
      : null,
  };
}

export function startUpTable(start: StartUp): string {
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
  const stale = start.stale;
  const shipped = start.oursBytes + start.oursChunkBytes + start.oursHolidayBytes;
  return [
    `| Bundle | Loaded at start | Chunks loaded when needed | Holiday data files (all countries) | All it ships | Cold start on node ${planningNodeVersion().replace(/^v/u, '')}, wall (median of ${start.pairs} paired runs) | Cold start, CPU time (median) |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    `| engagement-keeper dist/index.js | ${mb(start.oursBytes)} (${start.oursBytes.toLocaleString('en')} bytes) | ${mb(start.oursChunkBytes)} | ${mb(start.oursHolidayBytes)} | ${mb(shipped)} | ${start.oursMs.toFixed(0)} ms | ${start.oursCpuMs.toFixed(0)} ms |`,
    stale
      ? `| actions/stale ${STALE.version} dist/index.js (${stale.commit.slice(0, 7)}) | ${mb(stale.bytes)} (${stale.bytes.toLocaleString('en')} bytes) | – | – | ${mb(stale.bytes)} | ${stale.ms.toFixed(0)} ms | ${stale.cpuMs.toFixed(0)} ms |`
      : `| actions/stale ${STALE.version} | ${mb(STALE.bytes)} | – | – | ${mb(STALE.bytes)} | not measured: put its dist/index.js at ${STALE_BUNDLE} | |`,
    stale
      ? `| ratio (ours ÷ stale) | ${(start.oursBytes / stale.bytes).toFixed(3)} | | | ${(shipped / stale.bytes).toFixed(3)} | ${(start.oursMs / stale.ms).toFixed(2)} | ${(start.oursCpuMs / stale.cpuMs).toFixed(2)} |`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}
