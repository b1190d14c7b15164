// `npm run train:triage`: learns the triage model's weights from corpus/triage/train.txt and writes
// src/feedback/classifier/weights.json (readable, for reviews) and weights.packed.json (the same
// weights, compact: what ships in the bundle). A test fails when either is stale.
import { writeFileSync } from 'node:fs';
import {
  loadCorpus,
  PACKED_WEIGHTS_FILE,
  renderPackedWeights,
  renderWeights,
  trainFromCorpus,
  WEIGHTS_FILE,
} from './triage-corpus';

const weights = trainFromCorpus();
writeFileSync(WEIGHTS_FILE, renderWeights(weights));
writeFileSync(PACKED_WEIGHTS_FILE, renderPackedWeights(weights));
const features = Object.values(weights.dimensions).reduce(
  (sum, model) => sum + Object.keys(model.weights).length,
  0,
);
console.log(
  `Trained on ${loadCorpus('train').length} items: ${features} weighted features → ${WEIGHTS_FILE}`,
);
