// `npm run train:triage`: learns the triage model's weights from corpus/triage/train.txt and writes
// src/feedback/classifier/weights.json, which ships in the bundle. A test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { loadCorpus, renderWeights, trainFromCorpus, WEIGHTS_FILE } from './triage-corpus';

const weights = trainFromCorpus();
writeFileSync(WEIGHTS_FILE, renderWeights(weights));
const features = Object.values(weights.dimensions).reduce(
  (sum, model) => sum + Object.keys(model.weights).length,
  0,
);
console.log(
  `Trained on ${loadCorpus('train').length} items: ${features} weighted features → ${WEIGHTS_FILE}`,
);
