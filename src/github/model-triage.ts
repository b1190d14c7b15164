// Triage by a hosted model through GitHub Models' chat completions endpoint, for the few new pieces of
// feedback the core names (`issuesWanting('model-triage')`), and only when the engagement file enables it and
// allows the client's words to be sent. The model is asked for structured output (a JSON schema of
// the engagement's own topics and levels) and its answer is checked again here with zod: anything
// else — an HTTP error, a timeout, invalid JSON, a topic the engagement does not have — leaves the
// issue to the local classifier, which always stands behind it. The client's text is never logged.
import { z } from 'zod';
import type { ModelTriage, Snapshot } from '../core/snapshot';
import { FEEDBACK_TYPES, IMPORTANCE_LEVELS, URGENCY_LEVELS, type Engagement } from '../engagement/schema';

/** GitHub Models' inference host; a test points it at a fake on 127.0.0.1. */
export const MODELS_URL = 'https://models.github.ai';
const PATH = '/inference/chat/completions';

export interface ModelTriageCall {
  readonly token: string;
  /** Defaults to GitHub Models; `ENGAGEMENT_KEEPER_MODELS_URL` replaces it (tests, proxies). */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
}

export interface ModelTriageReport {
  readonly snapshot: Snapshot;
  /** Issues the model triaged. */
  readonly triaged: readonly number[];
  /** Issues left to the local classifier, with why (no client text in it). */
  readonly fallbacks: ReadonlyArray<{ readonly number: number; readonly reason: string }>;
}

// The definitions of docs/feedback.md, shortened: the model labels by the same rules as the corpus.
const INSTRUCTIONS = `You triage client feedback filed as GitHub issues on a web agency's project. The client may write Vietnamese (with or without diacritics) or English. Label it:
- type: negative = something is wrong or not as agreed (a bug, a delay, no reply, dislike), even when polite or ending with thanks; positive = praise or thanks for work done, including praise that mentions a fixed problem; neutral = a question, a request for something new, a change of preference or information, with nothing said to be wrong.
- importance: urgent = customers or money are hit now (site down, checkout, payment, orders, log-in broken, data exposed), or a launch or meeting that cannot move is blocked, or the client says it is urgent; important = a real problem or request that blocks nothing now; not_important = cosmetic or minor, nice-to-have, no rush, simple how-to questions, praise.
- urgency: high = has to happen today, now, or before a date days away, or a live outage; low = the client says no rush, later, next phase, or praise; normal = everything else.
- topic: one of the ids listed, by what the feedback is about.
Answer with the JSON object only.`;

const levels = {
  importance: IMPORTANCE_LEVELS,
  type: FEEDBACK_TYPES,
  urgency: URGENCY_LEVELS,
} as const;

/** The structured output asked for: the engagement's topic ids and the fixed levels. */
export function triageJsonSchema(engagement: Engagement): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['topic', 'importance', 'type', 'urgency'],
    properties: {
      topic: { type: 'string', enum: engagement.feedback.topics.map((topic) => topic.id) },
      importance: { type: 'string', enum: [...levels.importance] },
      type: { type: 'string', enum: [...levels.type] },
      urgency: { type: 'string', enum: [...levels.urgency] },
    },
  };
}

/** The same contract, checked on our side: a model may ignore the schema it was given. */
function answerSchema(engagement: Engagement) {
  const topics = engagement.feedback.topics.map((topic) => topic.id);
  return z.strictObject({
    topic: z.string().refine((id) => topics.includes(id), { message: 'not one of the engagement topics' }),
    importance: z.enum(levels.importance),
    type: z.enum(levels.type),
    urgency: z.enum(levels.urgency),
  });
}

const completionSchema = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullable() }) }))
    .min(1, { message: 'no choices' }),
});

/** The request body for one piece of feedback. */
export function triageRequest(
  engagement: Engagement,
  text: { readonly title: string; readonly body: string },
): Record<string, unknown> {
  const topics = engagement.feedback.topics
    .map((topic) => `${topic.id}${topic.name ? ` (${topic.name})` : ''}`)
    .join(', ');
  return {
    model: engagement.feedback.model_triage.model,
    temperature: 0,
    messages: [
      { role: 'system', content: `${INSTRUCTIONS}\nTopic ids: ${topics}.` },
      { role: 'user', content: `Title: ${text.title}\n\n${text.body}` },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'feedback_triage', strict: true, schema: triageJsonSchema(engagement) },
    },
  };
}

/** One call; resolves to the checked reading, or to the reason the local classifier must decide. */
export async function askModel(
  engagement: Engagement,
  text: { readonly title: string; readonly body: string },
  call: ModelTriageCall,
): Promise<
  | { ok: true; triage: ModelTriage }
  | {
      ok: false;
      reason: string;
      /** On HTTP 429: the seconds the endpoint asks to wait (`retry-after`), when it says. */
      retryAfterSeconds?: number;
    }
> {
  const settings = engagement.feedback.model_triage;
  const doFetch = call.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${(call.baseUrl ?? MODELS_URL).replace(/\/+$/u, '')}${PATH}`, {
      method: 'POST',
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${call.token}`,
        'Content-Type': 'application/json',
        'X-GitHub-Api-Version': '2022-11-28',
      },
      body: JSON.stringify(triageRequest(engagement, text)),
      signal: AbortSignal.timeout(settings.timeout_seconds * 1000),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return {
      ok: false,
      reason:
        name === 'TimeoutError' || name === 'AbortError'
          ? `no answer within ${settings.timeout_seconds} s`
          : 'the endpoint could not be reached',
    };
  }
  if (!response.ok) {
    // 401/403: the workflow lacks `models: read`; 429: the model's rate limit.
    const retryAfter = response.status === 429 ? response.headers.get('retry-after')?.trim() : undefined;
    const wait = retryAfter ? Number(retryAfter) : Number.NaN;
    return {
      ok: false,
      reason: `HTTP ${response.status}${response.status === 403 ? ' (is `models: read` granted to the workflow?)' : ''}`,
      ...(Number.isFinite(wait) && wait >= 0 ? { retryAfterSeconds: wait } : {}),
    };
  }
  let content: string | null;
  try {
    const parsed = completionSchema.safeParse(await response.json());
    if (!parsed.success) return { ok: false, reason: 'the answer is not a chat completion' };
    content = parsed.data.choices[0]?.message.content ?? null;
  } catch {
    return { ok: false, reason: 'the answer is not JSON' };
  }
  let answer: unknown;
  try {
    answer = JSON.parse(content ?? '');
  } catch {
    return { ok: false, reason: 'the model did not answer in JSON' };
  }
  const checked = answerSchema(engagement).safeParse(answer);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return {
      ok: false,
      reason: `the model's answer does not fit the schema (${issue?.path.join('.') || 'answer'}: ${issue?.message ?? 'invalid'})`,
    };
  }
  return { ok: true, triage: { model: settings.model, ...checked.data } };
}

/**
 * The snapshot with `modelTriage` filled in for `numbers` (one call each, in turn: a handful per run
 * at most, and GitHub Models' rate limits are per minute). Issues whose call failed are left as they
 * were, so the local classifier triages them.
 */
export async function withModelTriage(
  engagement: Engagement,
  snapshot: Snapshot,
  numbers: readonly number[],
  call: ModelTriageCall,
): Promise<ModelTriageReport> {
  const settings = engagement.feedback.model_triage;
  if (!settings.enabled || !settings.send_client_text || numbers.length === 0) {
    return { snapshot, triaged: [], fallbacks: [] };
  }
  const wanted = numbers.slice(0, settings.max_calls_per_run);
  const readings = new Map<number, ModelTriage>();
  const fallbacks: Array<{ number: number; reason: string }> = [];
  for (const number of wanted) {
    const issue = snapshot.issues.find((candidate) => candidate.number === number);
    if (!issue) continue;
    const result = await askModel(engagement, { title: issue.title, body: issue.body }, call);
    if (result.ok) readings.set(number, result.triage);
    else fallbacks.push({ number, reason: result.reason });
  }
  return {
    snapshot: {
      ...snapshot,
      issues: snapshot.issues.map((issue) =>
        readings.has(issue.number) ? { ...issue, modelTriage: readings.get(issue.number) } : issue,
      ),
    },
    triaged: [...readings.keys()],
    fallbacks,
  };
}
