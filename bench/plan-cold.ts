// One planning in a fresh process, as the action plans: compiled by ncc like dist/ (bench/planning.ts
// builds it), on a snapshot written to a file by the bench. Prints the wall and CPU milliseconds of
// `planRun` alone as JSON. `node <compiled>/index.js snapshot.json now`
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { useDateHolidays } from '../src/action/holiday-files';
import type { Snapshot } from '../src/core/snapshot';
import { planRun } from '../src/plan/planner';
import { adoptedEngagement } from './adopted-engagement';

const [file, nowText] = process.argv.slice(2);
if (!file || !nowText) throw new Error('usage: plan-cold <snapshot.json> <now>');
const now = new Date(nowText);
useDateHolidays();
const engagement = adoptedEngagement(now).load();
const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const cpu = process.cpuUsage();
const started = performance.now();
const plan = planRun(engagement, snapshot, now);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, writes: plan.writes.length }));
