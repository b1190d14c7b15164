// The planning part of `npm run bench` alone, on the realistic repository (fake-github/realistic-repo.ts):
// `planRun` timed (wall and CPU) on what the first run's scan reads, on every issue as found on the
// adoption day, and (with --settled) on what a settled run reads, each with an engagement loaded for it.
//   npx tsx bench/plan-realistic.ts 10000 [--settled] [--repeat 3]
//   node --cpu-prof --cpu-prof-dir=.tmp/prof --import tsx bench/plan-realistic.ts 10000
import { useDateHolidays } from '../src/action/holiday-files';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Snapshot } from '../src/core/snapshot';
import { planRun } from '../src/plan/planner';
import { readSince } from '../src/plan/reads';
import { readableBy, realisticSnapshot, settle } from '../fake-github/realistic-repo';
import { adoptedEngagement } from './adopted-engagement';

useDateHolidays();

const NOW = new Date('2026-12-02T02:00:00Z');
const args = process.argv.slice(2);
const n = Number(args.find((arg) => /^\d+$/u.test(arg)) ?? 10_000);
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 1;
const { load: freshEngagement } = adoptedEngagement(NOW);
function timed(label: string, snapshot: Snapshot): void {
  const fresh = freshEngagement();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const plan = planRun(fresh, snapshot, NOW);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(
    `${label} (${snapshot.issues.length} issues, ${plan.writes.length} writes): ${(ms / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`,
  );
}

const engagement = freshEngagement();
const world = realisticSnapshot(engagement, n, NOW);
const visible = readableBy(world, readSince(engagement, NOW));
for (let round = 0; round < repeat; round += 1) {
  timed('first-run scan', visible);
  timed('all N issues', world);
}
if (args.includes('--settled')) timed('settled scan', settle(engagement, visible, NOW, 12).snapshot);
console.log(
  `load average ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);
