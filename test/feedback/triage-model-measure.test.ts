// `npm run eval:triage-model` against a fake of the inference endpoint on 127.0.0.1: the model's
// figures sit beside the local classifier's on the same items; an answer that fails a check is
// triaged locally, as in a run; a rate limit is waited out (for the seconds the endpoint names) and
// never counted as the model's reading; a limit that holds stops the measurement, and both figures
// then cover the same items sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/triage-corpus';
import { measureModelTriage, measurementReport } from '../../scripts/triage-model-measure';
import type { CorpusItem } from '../../src/feedback/classifier/corpus';
import { startFakeModels, type FakeModels } from '../github/fake-models';

let models: FakeModels;
beforeEach(async () => {
  models = await startFakeModels();
});
afterEach(async () => {
  await models.close();
});

const items = loadCorpus('eval').slice(0, 12);
const gold = (item: CorpusItem): { content: string } => ({
  content: JSON.stringify({
    topic: item.topic,
    importance: item.importance,
    type: item.type,
    urgency: item.urgency,
  }),
});

/** Measures `items` against the fake, recording every pause instead of waiting. */
async function measure(
  options: Partial<Parameters<typeof measureModelTriage>[0]> = {},
): Promise<{ measurement: Awaited<ReturnType<typeof measureModelTriage>>; sleeps: number[] }> {
  const sleeps: number[] = [];
  const measurement = await measureModelTriage({
    items,
    split: 'eval',
    token: 't',
    model: 'm/x',
    baseUrl: models.url,
    sleep: async (ms) => void sleeps.push(ms),
    log: () => undefined,
    ...options,
  });
  return { measurement, sleeps };
}

describe('measuring the model-backed triage', () => {
  it('scores the model beside the local classifier on the same items, pausing between calls', async () => {
    for (const item of items) models.answers.push(gold(item));
    const { measurement, sleeps } = await measure({ model: 'openai/gpt-4.1-mini', pauseMs: 4000 });
    expect(models.requests).toHaveLength(items.length);
    expect(sleeps).toEqual(items.slice(1).map(() => 4000));
    expect(measurement.measured).toBe(items.length);
    // The fake answers every item with its own labels: the model's figures are all right…
    expect(measurement.hosted.accuracy.all.all).toBe(1);
    // …and the local classifier's are its own (not the model's), measured on the same items.
    expect(measurement.local.count.all).toBe(items.length);
    expect(measurement.local.accuracy.all.all).toBeLessThan(1);
    const text = measurementReport(measurement);
    expect(text).toContain(`all ${items.length} items of the eval set`);
    expect(text).toMatch(/\| Local classifier \(shipped weights\) \|/u);
    expect(text).toContain(
      '| GitHub Models, `openai/gpt-4.1-mini` (local as the fallback) | 100.0 % | 100.0 % | 100.0 % | 100.0 % | 100.0 % |',
    );
    expect(text).toContain(`triaged locally, as in a run: 0 of ${items.length}`);
  });

  it('waits out a rate limit for the seconds the endpoint names, and triages locally an answer that fails a check', async () => {
    const [first, second, ...rest] = items as [CorpusItem, CorpusItem, ...CorpusItem[]];
    models.answers.push({ status: 429, retryAfter: '7' }, gold(first));
    models.answers.push({
      content: '{"topic":"not-a-topic","importance":"urgent","type":"negative","urgency":"high"}',
    });
    for (const item of rest) models.answers.push(gold(item));
    const { measurement, sleeps } = await measure({ model: 'm/x', pauseMs: 0 });
    expect(models.requests).toHaveLength(items.length + 1);
    expect(sleeps).toContain(7000);
    expect(measurement.measured).toBe(items.length);
    expect(measurement.fellBack).toEqual([{ line: second.line, reason: expect.stringContaining('schema') }]);
    // Every other item has the model's (right) reading; the one left to the local classifier has the
    // local reading, miss or not.
    const localOnSecond = measurement.local.misses.filter((miss) => miss.item === second);
    expect(measurement.hosted.misses).toEqual(localOnSecond);
    expect(measurementReport(measurement)).toContain(`triaged locally, as in a run: 1 of ${items.length}`);
  });

  it('stops when the limit holds, and reports both triages on the items sent only', async () => {
    for (const item of items.slice(0, 5)) models.answers.push(gold(item));
    for (let i = 0; i < 4; i += 1) models.answers.push({ status: 429 });
    const { measurement, sleeps } = await measure({
      model: 'm/x',
      pauseMs: 10,
      retries: 3,
      retryWaitMs: 60_000,
    });
    expect(measurement.measured).toBe(5);
    expect(measurement.local.count.all).toBe(5);
    expect(measurement.hosted.count.all).toBe(5);
    expect(sleeps.filter((ms) => ms === 60_000)).toHaveLength(3);
    expect(measurement.stopped).toContain(`item 6 of ${items.length}`);
    expect(measurementReport(measurement)).toContain(
      `the first 5 of the ${items.length} items of the eval set (the model's rate limit held after 3 waits at item 6 of ${items.length}); both rows cover the same 5`,
    );
  });
});
