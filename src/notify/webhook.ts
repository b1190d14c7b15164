// Posts alerts to a chat webhook. Each chat service wants its own JSON; all of them get a headline
// and a link back to the issue, which is where the matter is handled.
import type { Locale } from '../engagement/schema';
import { HIDDEN_CHARACTERS } from '../messages/format';
import { alertHeadline, frameWords } from './words';
import type { Alert, WebhookKind } from './types';

/** The most alert messages one run posts to chat; the rest are counted in one closing line. */
export const MAX_CHAT_MESSAGES = 10;

type Payload = Record<string, unknown>;

const FORMAT: Record<WebhookKind, (text: string, link: { label: string; url: string } | null) => Payload> = {
  // Slack and Google Chat both read `<url|label>` links in plain `text`.
  slack: (text, link) => ({ text: link ? `${text}\n<${link.url}|${link.label}>` : text }),
  'google-chat': (text, link) => ({ text: link ? `${text}\n<${link.url}|${link.label}>` : text }),
  // Teams incoming webhooks (Workflows) take an Adaptive Card in a message attachment.
  teams: (text, link) => ({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [{ type: 'TextBlock', text, wrap: true }],
          ...(link ? { actions: [{ type: 'Action.OpenUrl', title: link.label, url: link.url }] } : {}),
        },
      },
    ],
  }),
};

/**
 * Text that reaches a chat service as text: a client's issue title rides in every alert, and Slack and
 * Google Chat read `<!channel>`, `<users/all>` and `<url|label>` in it (a ping to the whole channel, a
 * link dressed as ours), Teams reads Markdown links. Those are escaped as each service documents.
 */
function chatSafe(kind: WebhookKind, text: string): string {
  // Characters that reorder or hide text (`‮gnp.exe` shows as `exe.png`): people read what was written.
  const plain = text.replace(HIDDEN_CHARACTERS, '');
  if (kind === 'teams') return plain.replace(/\]\(/gu, ']\u200b(').replace(/</gu, '&lt;');
  return plain.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** The chat messages for a run's alerts, in order, capped at MAX_CHAT_MESSAGES. */
export function chatPayloads(kind: WebhookKind, alerts: readonly Alert[], locale: Locale): Payload[] {
  const words = frameWords(locale);
  const shown = alerts.slice(0, MAX_CHAT_MESSAGES);
  const payloads = shown.map((alert) => {
    const why = locale === 'en' ? `\n${words.why}: ${alert.reason}` : '';
    return FORMAT[kind](chatSafe(kind, `${alertHeadline(alert, locale)}${why}`), {
      label: words.open,
      url: alert.issueUrl,
    });
  });
  const rest = alerts.length - shown.length;
  if (rest > 0) payloads.push(FORMAT[kind](words.more(rest), null));
  return payloads;
}

/** Guesses the chat service from the webhook's host; `notify-webhook-kind` overrides it. */
export function guessWebhookKind(url: string): WebhookKind | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  if (host === 'hooks.slack.com') return 'slack';
  if (host === 'chat.googleapis.com') return 'google-chat';
  if (
    host.endsWith('.webhook.office.com') ||
    host.endsWith('.logic.azure.com') ||
    host.endsWith('.powerplatform.com')
  )
    return 'teams';
  return undefined;
}

export interface PostOptions {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

/** Posts one payload; retries once on a network error or a 5xx/429. Throws a message free of the URL. */
export async function postPayload(url: string, payload: Payload, options: PostOptions = {}): Promise<void> {
  const doFetch = options.fetch ?? fetch;
  let last = '';
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (response.ok) return;
      last = `the webhook answered HTTP ${response.status}`;
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      last = `the webhook could not be reached (${error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'network error'})`;
    }
  }
  throw new Error(last);
}
