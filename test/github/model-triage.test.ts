// Optional triage by GitHub Models, against a fake of the inference endpoint on 127.0.0.1: off unless
// the engagement file enables it AND allows the client's text to be sent; structured output checked
// with a schema; the local classifier decides on any error, timeout or invalid answer; a bounded
// number of calls per run, for new feedback only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { engagementFileSchema } from '../../src/engagement/schema';
import { withModelTriage } from '../../src/github/model-triage';
import { modelTriageWanted } from '../../src/plan/planner';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { engagementWith, run } from '../feedback/helpers';
import { startFakeModels, type FakeModels } from './fake-models';

const FILED = '2026-11-23T02:00:00Z';
const NOW = '2026-11-23T02:05:00Z';
// Written for this test: a report the local classifier reads as a request about the design, which
// the (fake) model reads as an urgent quality problem — so the test shows whose reading was used.
const TITLE = 'Trang đặt bàn';
const BODY =
  'Nhờ bên em xem lại trang đặt bàn, màu chữ và khoảng cách giữa các ô nhập chưa giống bản thiết kế.';

const enabled = engagementWith({
  feedback: {
    model_triage: { enabled: true, send_client_text: true, max_calls_per_run: 2, timeout_seconds: 1 },
  },
});

const world = (count = 1): Snapshot => {
  let snapshot = makeSnapshot();
  for (let n = 1; n <= count; n += 1) {
    snapshot = addIssue(snapshot, {
      number: n,
      title: TITLE,
      body: BODY,
      labels: ['feedback'],
      createdAt: FILED,
    });
  }
  return snapshot;
};

const answer = (reading: Record<string, string>): { content: string } => ({
  content: JSON.stringify(reading),
});
const URGENT_QUALITY = { topic: 'quality', importance: 'urgent', type: 'negative', urgency: 'high' };

let models: FakeModels;
beforeEach(async () => {
  models = await startFakeModels();
});
afterEach(async () => {
  await models.close();
});

async function triage(snapshot: Snapshot, engagement = enabled) {
  const wanted = modelTriageWanted(engagement, snapshot, new Date(NOW));
  return withModelTriage(engagement, snapshot, wanted, { token: 'test-token', baseUrl: models.url });
}

describe('the engagement setting', () => {
  it('is off by default, and sends nothing', async () => {
    const engagement = engagementWith();
    expect(engagement.feedback.model_triage).toMatchObject({ enabled: false, send_client_text: false });
    const report = await triage(world(), engagement);
    expect(report.triaged).toEqual([]);
    expect(models.requests).toEqual([]);
  });

  it("refuses `enabled` without the permission to send the client's text, saying what to set", () => {
    const result = engagementFileSchema.safeParse({
      engagement: { name: 'X', time_zone: 'Asia/Ho_Chi_Minh' },
      contacts: { client: { primary: '@c' }, vendor: { primary: '@v' } },
      feedback: { model_triage: { enabled: true } },
    });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['feedback', 'model_triage', 'send_client_text']);
    expect(issue?.message).toContain('send_client_text: true');
  });
});

describe('a call to the inference endpoint', () => {
  it('asks for structured output of the engagement topics, and the triage follows the checked answer', async () => {
    models.answers.push(answer(URGENT_QUALITY));
    const report = await triage(world());
    expect(report.triaged).toEqual([1]);
    const [request] = models.requests;
    expect(request?.path).toBe('/inference/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer test-token');
    const body = request?.body as {
      model: string;
      messages: Array<{ role: string; content: string }>;
      response_format: {
        type: string;
        json_schema: { strict: boolean; schema: { properties: { topic: { enum: string[] } } } };
      };
    };
    expect(body.model).toBe('openai/gpt-4.1-mini');
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(body.response_format.json_schema.schema.properties.topic.enum).toEqual([
      'quality',
      'delivery',
      'design',
      'support',
      'other',
    ]);
    expect(body.messages.at(-1)?.content).toContain(BODY);

    const first = run(report.snapshot, NOW, enabled);
    const labels = first.snapshot.issues[0]?.labels ?? [];
    expect(labels).toEqual(
      expect.arrayContaining(['topic: quality', 'importance: urgent', 'type: negative', 'priority: P1']),
    );
    const reasons = first.writes.map((write) => write.reason).join('\n');
    expect(reasons).toContain('GitHub Models (openai/gpt-4.1-mini)');
  });

  it('is not made for feedback already acknowledged: later runs keep the labels without the model', async () => {
    models.answers.push(answer(URGENT_QUALITY));
    const acknowledged = run((await triage(world())).snapshot, NOW, enabled).snapshot;
    const withoutReading: Snapshot = {
      ...acknowledged,
      issues: acknowledged.issues.map((issue) => {
        const copy = { ...issue };
        delete copy.modelTriage;
        return copy;
      }),
    };
    expect(modelTriageWanted(enabled, withoutReading, new Date(NOW))).toEqual([]);
    // Read again as a later run reads it (no model reading): nothing to change.
    expect(
      run(withoutReading, '2026-11-23T02:30:00Z', enabled).writes.filter((w) => w.kind !== 'comment'),
    ).toEqual([]);
  });

  it('makes at most `max_calls_per_run` calls, oldest feedback first; the rest are triaged locally', async () => {
    models.answers.push(answer(URGENT_QUALITY), answer(URGENT_QUALITY), answer(URGENT_QUALITY));
    const report = await triage(world(3));
    expect(models.requests).toHaveLength(2);
    expect(report.triaged).toEqual([1, 2]);
    expect(report.snapshot.issues.find((issue) => issue.number === 3)?.modelTriage).toBeUndefined();
  });
});

describe('the local classifier is the fallback', () => {
  const local = (snapshot: Snapshot) => run(snapshot, NOW, enabled).snapshot.issues[0]?.labels ?? [];

  it.each([
    ['an HTTP error', { status: 500 }, 'HTTP 500'],
    ['a missing permission', { status: 403 }, 'models: read'],
    ['an answer that is not JSON', { content: 'The topic is quality, I think.' }, 'did not answer in JSON'],
    ['a topic the engagement does not have', answer({ ...URGENT_QUALITY, topic: 'billing' }), 'topic'],
    ['a level outside the schema', answer({ ...URGENT_QUALITY, importance: 'critical' }), 'importance'],
    ['a body that is not a chat completion', { raw: '{"ok":true}' }, 'not a chat completion'],
    ['no answer in time', { delayMs: 3000, content: JSON.stringify(URGENT_QUALITY) }, 'no answer within 1 s'],
  ] as const)('on %s', async (_case, reply, reason) => {
    models.answers.push(reply);
    const report = await triage(world());
    expect(report.triaged).toEqual([]);
    expect(report.fallbacks).toEqual([{ number: 1, reason: expect.stringContaining(reason) }]);
    expect(report.snapshot.issues[0]?.modelTriage).toBeUndefined();
    // Exactly what the local classifier gives without any model.
    expect(local(report.snapshot)).toEqual(local(world()));
    expect(local(report.snapshot)).not.toContain('importance: urgent');
  });

  it('when the endpoint cannot be reached at all (nothing listens there any more)', async () => {
    const gone = models.url;
    await models.close();
    const wanted = modelTriageWanted(enabled, world(), new Date(NOW));
    const report = await withModelTriage(enabled, world(), wanted, { token: 'test-token', baseUrl: gone });
    expect(report.triaged).toEqual([]);
    expect(report.fallbacks).toEqual([{ number: 1, reason: 'the endpoint could not be reached' }]);
    expect(report.snapshot.issues[0]?.modelTriage).toBeUndefined();
    expect(local(report.snapshot)).toEqual(local(world()));
    models = await startFakeModels(); // afterEach closes it
  });
});
