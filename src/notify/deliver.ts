// Delivers a run's alerts to the channels the workflow configured. A failed delivery is reported,
// never thrown: the GitHub writes are done and stay done whatever a chat service or mail server says.
import type { Locale } from '../engagement/schema';
import { emailMessage, sendEmail } from './email';
import type { Alert, DeliveryOutcome, NotifySettings } from './types';
import { chatPayloads, postPayload, type PostOptions } from './webhook';

export interface DeliverOptions {
  readonly post?: PostOptions;
  readonly emailTimeoutMs?: number;
}

export async function deliverAlerts(
  alerts: readonly Alert[],
  settings: NotifySettings,
  locale: Locale,
  options: DeliverOptions = {},
): Promise<DeliveryOutcome[]> {
  if (alerts.length === 0) return [];
  const outcomes: DeliveryOutcome[] = [];
  if (settings.webhook) {
    const { url, kind } = settings.webhook;
    try {
      for (const payload of chatPayloads(kind, alerts, locale)) await postPayload(url, payload, options.post);
      outcomes.push({ channel: 'webhook', ok: true, alerts: alerts.length });
    } catch (error) {
      outcomes.push({ channel: 'webhook', ok: false, alerts: alerts.length, detail: messageOf(error) });
    }
  }
  if (settings.email) {
    const { smtpUrl, from, to } = settings.email;
    try {
      await sendEmail(smtpUrl, emailMessage(alerts, locale, { from, to }), {
        ...(options.emailTimeoutMs !== undefined ? { timeoutMs: options.emailTimeoutMs } : {}),
      });
      outcomes.push({ channel: 'email', ok: true, alerts: alerts.length });
    } catch (error) {
      outcomes.push({ channel: 'email', ok: false, alerts: alerts.length, detail: messageOf(error) });
    }
  }
  return outcomes;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}
