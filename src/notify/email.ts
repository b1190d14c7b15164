// Sends a run's alerts as one e-mail through the SMTP server named in the workflow's secrets
// (`smtp://user:password@host:587` or `smtps://…:465`). nodemailer is loaded only when e-mail is
// configured, so runs without it do not pay for it at start-up.
import type { Locale } from '../engagement/schema';
import { alertHeadline, frameWords } from './words';
import type { Alert } from './types';

export interface EmailMessage {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

export function emailMessage(
  alerts: readonly Alert[],
  locale: Locale,
  addresses: { readonly from: string; readonly to: readonly string[] },
): EmailMessage {
  const words = frameWords(locale);
  const blocks = alerts.map((alert) => {
    const why = locale === 'en' ? `\n${words.why}: ${alert.reason}` : '';
    return `${alertHeadline(alert, locale)}${why}\n${words.open}: ${alert.issueUrl}`;
  });
  return {
    from: addresses.from,
    to: addresses.to,
    subject: words.subject(alerts.length),
    text: `${blocks.join('\n\n')}\n`,
  };
}

export interface SendOptions {
  readonly timeoutMs?: number;
}

/** Sends the message; throws an error whose message names no password. */
export async function sendEmail(
  smtpUrl: string,
  message: EmailMessage,
  options: SendOptions = {},
): Promise<void> {
  const { createTransport } = await import('nodemailer');
  const timeout = options.timeoutMs ?? 15_000;
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const transport = createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  try {
    await transport.sendMail({
      from: message.from,
      to: [...message.to],
      subject: message.subject,
      text: message.text,
    });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new Error(`the SMTP server did not accept the message${code ? ` (${code})` : ''}`);
  } finally {
    transport.close();
  }
}
