// Measuring the optional model-backed triage (`feedback.model_triage`) on a held-out set, beside the
// local classifier on the very same items, for `npm run eval:triage-model`. Each item is sent once,
// in turn, as the action sends new feedback; an answer that fails the action's checks leaves the item
// to the local classifier, exactly as in a run. Unlike a run, a rate-limited call (HTTP 429) is waited
// for and tried again: falling back there would measure the local classifier under the model's name.
// When the limit holds (GitHub Models' free tier allows about 150 calls a day for many models), the
// measurement stops and both figures cover the items sent so far, and says so.
import type { ModelTriage } from '../src/core/snapshot';
import { engagementFileSchema, type Engagement } from '../src/engagement/schema';
import type { CorpusItem } from '../src/feedback/classifier/corpus';
import { evaluate, evaluationEngagement, type Evaluation } from '../src/feedback/classifier/evaluate';
import { shippedWeights } from '../src/feedback/classifier/predict';
import { askModel } from '../src/github/model-triage';
import { report } from './triage-report';

export interface ModelMeasureOptions {
  readonly items: readonly CorpusItem[];
  /** The name of the set, for the report. */
  readonly split: string;
  readonly token: string;
  readonly model: string;
  /** The endpoint; GitHub Models when absent. */
  readonly baseUrl?: string;
  /** Pause between two calls: about 15 calls a minute is what the free tier allows most models. */
  readonly pauseMs?: number;
  /** Times one call is tried again after an HTTP 429. */
  readonly retries?: number;
  /** The wait after a 429 that names none. */
  readonly retryWaitMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly log?: (line: string) => void;
}

export interface ModelMeasurement {
  readonly model: string;
  readonly split: string;
  /** Items in the set, and the ones sent (fewer when a rate limit stopped the measurement). */
  readonly total: number;
  readonly measured: number;
  /** Why the measurement stopped early, when it did. */
  readonly stopped?: string;
  /** Items the local classifier decided because the model's answer failed a check. */
  readonly fellBack: ReadonlyArray<{ readonly line: number; readonly reason: string }>;
  readonly local: Evaluation;
  readonly hosted: Evaluation;
}

const DEFAULT_PAUSE_MS = 4_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_RETRY_WAIT_MS = 60_000;
const nap = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The evaluation engagement with the model option on (the corpus's topics, no keywords). */
export function modelEngagement(model: string): Engagement {
  const base = evaluationEngagement();
  return engagementFileSchema.parse({
    engagement: { name: base.engagement.name, time_zone: base.engagement.time_zone },
    contacts: { client: { primary: '@client' }, vendor: { primary: '@vendor' } },
    feedback: {
      topics: base.feedback.topics.map(({ id }) => ({ id })),
      model_triage: { enabled: true, send_client_text: true, model, timeout_seconds: 30 },
    },
  });
}

export async function measureModelTriage(options: ModelMeasureOptions): Promise<ModelMeasurement> {
  const sleep = options.sleep ?? nap;
  const log = options.log ?? ((line: string) => console.error(line));
  const retries = options.retries ?? DEFAULT_RETRIES;
  const engagement = modelEngagement(options.model);
  const call = { token: options.token, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) };
  const readings = new Map<CorpusItem, ModelTriage>();
  const fellBack: Array<{ line: number; reason: string }> = [];
  const sent: CorpusItem[] = [];
  let stopped: string | undefined;
  for (const item of options.items) {
    if (sent.length > 0) await sleep(options.pauseMs ?? DEFAULT_PAUSE_MS);
    let result = await askModel(engagement, { title: item.title, body: item.body }, call);
    for (let retry = 0; !result.ok && result.reason.startsWith('HTTP 429') && retry < retries; retry += 1) {
      const waitMs =
        result.retryAfterSeconds === undefined
          ? (options.retryWaitMs ?? DEFAULT_RETRY_WAIT_MS)
          : result.retryAfterSeconds * 1000;
      log(`line ${item.line}: rate-limited; trying again in ${Math.ceil(waitMs / 1000)} s`);
      await sleep(waitMs);
      result = await askModel(engagement, { title: item.title, body: item.body }, call);
    }
    if (!result.ok && result.reason.startsWith('HTTP 429')) {
      stopped = `the model's rate limit held after ${retries} waits at item ${sent.length + 1} of ${options.items.length}`;
      log(`Stopped: ${stopped}.`);
      break;
    }
    sent.push(item);
    if (result.ok) readings.set(item, result.triage);
    else {
      fellBack.push({ line: item.line, reason: result.reason });
      log(`line ${item.line}: ${result.reason}; the local classifier decides`);
    }
  }
  const local = evaluate(sent, engagement, shippedWeights());
  const hosted = evaluate(sent, engagement, shippedWeights(), (item) => readings.get(item));
  return {
    model: options.model,
    split: options.split,
    total: options.items.length,
    measured: sent.length,
    ...(stopped === undefined ? {} : { stopped }),
    fellBack,
    local,
    hosted,
  };
}

const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;

/** Markdown: the two triages side by side on the same items, then the model's full report. */
export function measurementReport(measurement: ModelMeasurement): string {
  const { local, hosted } = measurement;
  const row = (name: string, evaluation: Evaluation): string => {
    const all = evaluation.accuracy.all;
    return `| ${name} | ${[all.topic, all.importance, all.type, all.priority, all.all].map(pct).join(' | ')} | ${pct(evaluation.urgentFound)} | ${pct(evaluation.falseP1)} |`;
  };
  const scope =
    measurement.measured === measurement.total
      ? `all ${measurement.total} items of the ${measurement.split} set`
      : `the first ${measurement.measured} of the ${measurement.total} items of the ${measurement.split} set (${measurement.stopped ?? 'stopped early'}); both rows cover the same ${measurement.measured}`;
  return [
    `Triage of ${scope}:`,
    '',
    '| Triage | topic | importance | type | priority | all four | urgent found | false P1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    row('Local classifier (shipped weights)', local),
    row(`GitHub Models, \`${measurement.model}\` (local as the fallback)`, hosted),
    '| Target | ≥ 80.0 % | ≥ 85.0 % | ≥ 90.0 % | ≥ 85.0 % | ≥ 70.0 % | ≥ 95.0 % | < 5.0 % |',
    '',
    `Answers that failed a check and were triaged locally, as in a run: ${measurement.fellBack.length} of ${measurement.measured}.`,
    '',
    `The model's figures by language group:`,
    '',
    report(hosted),
  ].join('\n');
}
