// Writes the snapshots the bench times planning on, in a process of its own, so that the process that
// times the planner is small while it does (bench/planning.ts): what the first run's scan reads, what
// a settled run's scan reads, and every issue of the repository as found on the adoption day.
//   tsx bench/plan-snapshots.ts <dir> <N>   → <dir>/first.json, settled.json, all.json
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { useDateHolidays } from '../src/action/holiday-files';
import { readSince } from '../src/plan/reads';
import { readableBy, realisticSnapshot, settle } from '../fake-github/realistic-repo';
import { adoptedEngagement } from './adopted-engagement';
import { BENCH_NOW } from './planning';

const [dir, size] = process.argv.slice(2);
const n = Number(size);
if (!dir || !(n > 0)) throw new Error('usage: plan-snapshots <dir> <N>');
useDateHolidays();
const engagement = adoptedEngagement(BENCH_NOW).load();
const world = realisticSnapshot(engagement, n, BENCH_NOW);
const visible = readableBy(world, readSince(engagement, BENCH_NOW));
writeFileSync(path.join(dir, 'first.json'), JSON.stringify(visible));
writeFileSync(
  path.join(dir, 'settled.json'),
  JSON.stringify(settle(engagement, visible, BENCH_NOW, 12).snapshot),
);
writeFileSync(path.join(dir, 'all.json'), JSON.stringify(world));
