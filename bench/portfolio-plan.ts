// `npx tsx bench/portfolio-plan.ts <facts folder>`: the aggregate job's reading and planning alone, on
// a folder of facts files (the artifacts bench/portfolio.ts leaves in its temporary folder).
import { timePlanning } from './portfolio';

const folder = process.argv[2];
if (!folder) throw new Error('Give the folder of facts files.');
const timed = await timePlanning(folder);
console.log(
  JSON.stringify({
    files: timed.files,
    readMs: Math.round(timed.readFactsMs),
    coldPlanMs: Math.round(timed.coldPlanMs),
    medianPlanMs: Math.round(timed.planMs),
  }),
);
