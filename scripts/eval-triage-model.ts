// `npm run eval:triage-model`: the evaluation split triaged through GitHub Models (the optional
// `feedback.model_triage`), with the local classifier as the fallback exactly as the action runs it,
// so its figures sit beside the local model's in BENCHMARKS.md. It needs a token that may call
// GitHub Models (`GITHUB_TOKEN` or `GH_TOKEN`, with `models: read`) and sends the 120 evaluation
// texts — written for this project, no client's words — to the model. `--model publisher/name`
// chooses the model; `--write` records the figures in BENCHMARKS.md. Without a token it says so and
// exits 2: the figures are then "not measured".
import { readFileSync, writeFileSync } from 'node:fs';
import type { ModelTriage } from '../src/core/snapshot';
import { evaluate, evaluationEngagement } from '../src/feedback/classifier/evaluate';
import type { CorpusItem } from '../src/feedback/classifier/corpus';
import { engagementFileSchema } from '../src/engagement/schema';
import { askModel } from '../src/github/model-triage';
import { shippedWeights } from '../src/feedback/classifier/predict';
import { loadCorpus } from './triage-corpus';
import { report } from './triage-report';

const args = process.argv.slice(2);
const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
if (!token) {
  console.error(
    'No GITHUB_TOKEN or GH_TOKEN: the model-backed triage cannot be measured here. Run it where a token with `models: read` is available, e.g. `GITHUB_TOKEN=$(gh auth token) npm run eval:triage-model`.',
  );
  process.exit(2);
}
const model = args.includes('--model') ? (args[args.indexOf('--model') + 1] ?? '') : 'openai/gpt-4.1-mini';
const base = evaluationEngagement();
const engagement = engagementFileSchema.parse({
  engagement: { name: base.engagement.name, time_zone: base.engagement.time_zone },
  contacts: { client: { primary: '@client' }, vendor: { primary: '@vendor' } },
  feedback: {
    topics: base.feedback.topics.map(({ id }) => ({ id })),
    model_triage: { enabled: true, send_client_text: true, model, timeout_seconds: 30 },
  },
});

const items = loadCorpus('eval');
const readings = new Map<CorpusItem, ModelTriage>();
let failed = 0;
for (const item of items) {
  const result = await askModel(
    engagement,
    { title: item.title, body: item.body },
    {
      token,
      ...(process.env.ENGAGEMENT_KEEPER_MODELS_URL
        ? { baseUrl: process.env.ENGAGEMENT_KEEPER_MODELS_URL }
        : {}),
    },
  );
  if (result.ok) readings.set(item, result.triage);
  else {
    failed += 1;
    console.error(`line ${item.line}: ${result.reason}; the local classifier decides`);
  }
}
const result = evaluate(items, engagement, shippedWeights(), (item) => readings.get(item));
const text = `${report(result)}\n\nCalls that fell back to the local classifier: ${failed} of ${items.length}.`;
console.log(`Triage through GitHub Models (${model}) on the eval split (${items.length} items)\n\n${text}`);

const START = '<!-- triage-model-eval:start -->';
const END = '<!-- triage-model-eval:end -->';
if (args.includes('--write')) {
  const doc = readFileSync('BENCHMARKS.md', 'utf8');
  const section = `${START}\n## Feedback triage through GitHub Models (optional)\n\nProduced by \`npm run eval:triage-model -- --write\` on ${new Date().toISOString().slice(0, 10)} with \`${model}\`, the local classifier as the fallback, on the same ${items.length} items.\n\n${text}\n${END}`;
  const at = doc.indexOf(START);
  if (at < 0) throw new Error(`BENCHMARKS.md has no ${START} section to replace`);
  writeFileSync('BENCHMARKS.md', `${doc.slice(0, at)}${section}${doc.slice(doc.indexOf(END) + END.length)}`);
  console.log('\nBENCHMARKS.md updated.');
}
