// `npm run eval:triage-model`: a held-out set triaged through GitHub Models (the optional
// `feedback.model_triage`), with the local classifier as the fallback exactly as the action runs it,
// beside the local classifier alone on the same items (scripts/triage-model-measure.ts). It needs a
// token that may call GitHub Models (`GITHUB_TOKEN` or `GH_TOKEN`, with `models: read`) and sends the
// set's texts — written for this project, no client's words — to the model, one call every few
// seconds (the free tier's per-minute limit), waiting out a rate limit when it is hit.
//   --split eval|eval2|eval3|eval4|eval5|eval6   the set (default: eval, 150 items)
//   --model publisher/name                  the model (default: the engagement file's default)
//   --pause-ms N                            the pause between two calls (default 4000)
//   --write                                 records the figures in BENCHMARKS.md
// Without a token it says so and exits 2: the figures are then "not measured".
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluationEngagement } from '../src/feedback/classifier/evaluate';
import { CORPUS_FILES, loadCorpus, type Split } from './triage-corpus';
import { measureModelTriage, measurementReport } from './triage-model-measure';

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;

const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
if (!token) {
  console.error(
    'No GITHUB_TOKEN or GH_TOKEN: the model-backed triage cannot be measured here. Run it where a token with `models: read` is available, e.g. `GITHUB_TOKEN=$(gh auth token) npm run eval:triage-model`.',
  );
  process.exit(2);
}
const HELD_OUT = ['eval', 'eval2', 'eval3', 'eval4', 'eval5', 'eval6'] as const;
const split = option('--split') ?? 'eval';
if (!(HELD_OUT as readonly string[]).includes(split)) {
  console.error(`--split ${split}: use one of the held-out sets, ${HELD_OUT.join(', ')}.`);
  process.exit(2);
}
const pauseText = option('--pause-ms');
const pauseMs = pauseText === undefined ? undefined : Number(pauseText);
if (pauseMs !== undefined && !(pauseMs >= 0)) {
  console.error(`--pause-ms ${pauseText}: give the milliseconds between two calls, e.g. --pause-ms 4000.`);
  process.exit(2);
}
const model = option('--model') ?? evaluationEngagement().feedback.model_triage.model;
const items = loadCorpus(split as Split);
const measurement = await measureModelTriage({
  items,
  split,
  token,
  model,
  ...(process.env.ENGAGEMENT_KEEPER_MODELS_URL ? { baseUrl: process.env.ENGAGEMENT_KEEPER_MODELS_URL } : {}),
  ...(pauseMs === undefined ? {} : { pauseMs }),
});
const text = measurementReport(measurement);
console.log(`Triage through GitHub Models (${model}) on the ${split} split\n\n${text}`);

const START = '<!-- triage-model-eval:start -->';
const END = '<!-- triage-model-eval:end -->';
if (args.includes('--write')) {
  const doc = readFileSync('BENCHMARKS.md', 'utf8');
  const section = `${START}\n## Feedback triage through GitHub Models (optional)\n\nProduced by \`npm run eval:triage-model -- --write\` on ${new Date().toISOString().slice(0, 10)} with \`${model}\` on \`${CORPUS_FILES[split as Split]}\`: the model's reading where its answer passed the action's checks, the local classifier's elsewhere, as in a run; beside it the local classifier alone on the same items.\n\n${text}\n${END}`;
  const at = doc.indexOf(START);
  if (at < 0) throw new Error(`BENCHMARKS.md has no ${START} section to replace`);
  writeFileSync('BENCHMARKS.md', `${doc.slice(0, at)}${section}${doc.slice(doc.indexOf(END) + END.length)}`);
  console.log('\nBENCHMARKS.md updated.');
}
