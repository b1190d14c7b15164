// Planning as the action plans: `planRun` alone in a fresh process (cold: nothing compiled or cached
// yet), running the planner compiled by ncc as dist/ is. Under tsx every function the code creates is
// given a name at run time (esbuild's keepNames), which makes the planner markedly slower than the
// bundle a runner runs; an in-process timing after smaller sizes would also find it warm.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
}

/** The median process's timing, and the wall time of the fastest one. */
export interface ColdTiming extends Timing {
  readonly fastestMs: number;
}

/**
 * The node that plans: this one, or the one `BENCH_NODE` names — the action runs on node24, and this
 * machine's node may be older (`BENCH_NODE=/path/to/node24/bin/node npm run bench`).
 */
export const PLANNING_NODE = process.env.BENCH_NODE || process.execPath;

/** The version of the node that plans (`v24.…`). */
export function planningNodeVersion(): string {
  return spawnSync(PLANNING_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

let compiled: { dir: string; entry: string } | undefined;

/** bench/plan-cold.ts compiled by ncc (once per process), as `npm run build` compiles the action. */
function compiledPlanner(): { dir: string; entry: string } {
  if (compiled) return compiled;
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-plan-cold-'));
  const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');
  const build = spawnSync(
    process.execPath,
    [ncc, 'build', 'bench/plan-cold.ts', '-o', dir, '--target', 'es2022', '--transpile-only', '--quiet'],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`ncc could not build bench/plan-cold.ts: ${build.stderr}`);
  // Beside the compiled planner, as `npm run build` puts them beside dist/index.js.
  cpSync('src/calendar/holiday-data', path.join(dir, 'holiday-data'), { recursive: true });
  // The snapshots written next to it are tens of megabytes: gone with the bench.
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  compiled = { dir, entry: path.join(dir, 'index.js') };
  return compiled;
}

/** The instant the bench's repositories are read at. */
export const BENCH_NOW = new Date('2026-12-02T02:00:00Z');

/** The median of five cold plannings of each snapshot the bench times (bench/plan-snapshots.ts). */
export interface SizePlannings {
  /** What the first run's scan reads. */
  readonly first: ColdTiming;
  /** What a settled run's scan reads. */
  readonly settled: ColdTiming;
  /** Every issue of the repository, as found on the adoption day. */
  readonly all: ColdTiming;
}

/**
 * The plannings of the realistic repository of N issues. Its snapshots are built and written by a
 * child process, so this process stays as small as it was: on this machine a planning spawned by a
 * process holding the bench's fakes and worlds (700 MB) took about a tenth longer, which a runner,
 * where the action runs alone, does not see. Call it before the bench builds anything large.
 */
export function sizePlannings(n: number): SizePlannings {
  const { dir } = compiledPlanner();
  const out = mkdtempSync(path.join(dir, `size-${n}-`));
  const written = spawnSync(
    process.execPath,
    [...process.execArgv, path.join('bench', 'plan-snapshots.ts'), out, String(n)],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (written.status !== 0)
    throw new Error(`the snapshots of ${n} issues were not written: ${written.stderr}`);
  const timed = (name: string): ColdTiming => coldPlanningOf(path.join(out, `${name}.json`), BENCH_NOW);
  return { first: timed('first'), settled: timed('settled'), all: timed('all') };
}

/**
 * The median of `processes` cold plannings of a snapshot file, each in a process of its own: the wall
 * time and CPU time of the process whose wall time is the median, and the wall time of the fastest. A
 * shared machine's speed varies by a third from one second to the next: the median says what a run
 * meets, the fastest what the planner needs when nothing else runs. Not minified as dist/ is
 * (minifying shortens loading, not planning). The bench's RSS sampler does not see these processes.
 */
function coldPlanningOf(file: string, now: Date, processes = 5): ColdTiming {
  const { entry } = compiledPlanner();
  const runs: Timing[] = [];
  for (let i = 0; i < processes; i += 1) {
    const run = spawnSync(PLANNING_NODE, [entry, file, now.toISOString()], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) throw new Error(`a cold planning failed: ${run.stderr}`);
    runs.push(JSON.parse(run.stdout) as Timing);
  }
  runs.sort((a, b) => a.ms - b.ms);
  const median = runs[runs.length >> 1]!;
  return { ...median, fastestMs: runs[0]!.ms };
}
