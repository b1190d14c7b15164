// The notification inputs of action.yml. Webhook URLs and SMTP URLs are secrets: they come from the
// workflow's secrets, are never written to the log, and are never named in an error.
import { ALERT_KINDS, WEBHOOK_KINDS, type AlertKind, type NotifySettings, type WebhookKind } from './types';
import { guessWebhookKind } from './webhook';

export type InputReader = (name: string) => string;

export function readNotifySettings(
  read: InputReader,
): { ok: true; settings: NotifySettings } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const onText = read('notify-on').trim() || ALERT_KINDS.join(',');
  const on = new Set<AlertKind>();
  for (const part of onText.split(/[\s,]+/u).filter(Boolean)) {
    if ((ALERT_KINDS as readonly string[]).includes(part)) on.add(part as AlertKind);
    else
      problems.push(
        `\`notify-on\` has \`${part}\`; use any of ${ALERT_KINDS.map((k) => `\`${k}\``).join(', ')}.`,
      );
  }

  let webhook: NotifySettings['webhook'];
  const webhookUrl = read('notify-webhook-url').trim();
  const kindText = read('notify-webhook-kind').trim();
  if (kindText && !(WEBHOOK_KINDS as readonly string[]).includes(kindText)) {
    problems.push(
      `\`notify-webhook-kind\` must be ${WEBHOOK_KINDS.map((k) => `\`${k}\``).join(', ')}, not \`${kindText}\`.`,
    );
  } else if (webhookUrl) {
    if (!/^https?:\/\//u.test(webhookUrl)) {
      problems.push('`notify-webhook-url` must be an http(s) URL (pass it from a secret).');
    } else {
      const kind = (kindText as WebhookKind) || guessWebhookKind(webhookUrl);
      if (!kind)
        problems.push(
          '`notify-webhook-kind` is needed: the webhook URL is not a known Slack, Teams or Google Chat address.',
        );
      else webhook = { url: webhookUrl, kind };
    }
  }

  let email: NotifySettings['email'];
  const smtpUrl = read('notify-smtp-url').trim();
  const to = read('notify-email-to')
    .split(/[\s,;]+/u)
    .map((address) => address.trim())
    .filter(Boolean);
  const from = read('notify-email-from').trim();
  if (smtpUrl || to.length > 0) {
    if (!/^smtps?:\/\//u.test(smtpUrl))
      problems.push(
        '`notify-smtp-url` must be `smtp://user:password@host:587` or `smtps://…` (pass it from a secret).',
      );
    if (to.length === 0)
      problems.push('`notify-email-to` is empty: name at least one address to send alerts to.');
    for (const address of [...to, ...(from ? [from] : [])]) {
      if (!/^[^\s@]+@[^\s@]+$/u.test(address.replace(/^.*<(.+)>$/u, '$1')))
        problems.push(
          `\`${address}\` is not an e-mail address (in \`notify-email-to\` or \`notify-email-from\`).`,
        );
    }
    if (!from)
      problems.push('`notify-email-from` is empty: name the sender, e.g. `Delivery team <pm@agency.vn>`.');
    if (problems.length === 0) email = { smtpUrl, to, from };
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { on, ...(webhook ? { webhook } : {}), ...(email ? { email } : {}) } };
}
