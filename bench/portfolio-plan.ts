// `npx tsx bench/portfolio-plan.ts <facts folder>`: the aggregate job's reading and planning alone, on
// a folder of facts files (the artifacts bench/portfolio.ts leaves in its temporary folder), for a
// portfolio file that lists them. Prints the time to read them, the first (cold) plan and the median
// of five warm plans.
import { performance } from 'node:perf_hooks';
import { readFactsFolder } from '../src/action/facts-dir';
import type { Snapshot } from '../src/core/snapshot';
import { loadPortfolio } from '../src/portfolio/load';
import { planPortfolio } from '../src/portfolio/plan';
import { portfolioFile } from './portfolio';

const NOW = new Date('2026-12-02T02:00:00Z');
const folder = process.argv[2];
if (!folder) throw new Error('Give the folder of facts files.');
let started = performance.now();
const read = await readFactsFolder(folder);
const readMs = performance.now() - started;
const portfolio = loadPortfolio(portfolioFile(read.facts.length), 'portfolio.yml');
if (!portfolio.ok) throw new Error('the benchmark portfolio file does not load');
const ops: Snapshot = {
  repository: { owner: 'agency', name: 'ops' },
  botLogin: 'github-actions[bot]',
  readAt: NOW.toISOString(),
  scope: { kind: 'full' },
  issues: [],
  labels: [],
};
const times: number[] = [];
for (let i = 0; i < 6; i += 1) {
  started = performance.now();
  planPortfolio(portfolio.portfolio, read.facts, ops, NOW);
  times.push(performance.now() - started);
}
const [cold = 0, ...warm] = times;
console.log(
  JSON.stringify({
    files: read.facts.length,
    readMs: Math.round(readMs),
    coldPlanMs: Math.round(cold),
    medianPlanMs: Math.round(warm.sort((a, b) => a - b)[2] ?? 0),
  }),
);
