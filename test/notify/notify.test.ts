import { afterEach, describe, expect, it } from 'vitest';
import type { Write } from '../../src/core/plan';
import type { WriteOutcome } from '../../src/github/execute';
import { alertsFromOutcomes } from '../../src/notify/alerts';
import { deliverAlerts } from '../../src/notify/deliver';
import { readNotifySettings } from '../../src/notify/settings';
import { ALERT_KINDS, type Alert, type NotifySettings } from '../../src/notify/types';
import { chatPayloads, guessWebhookKind, MAX_CHAT_MESSAGES } from '../../src/notify/webhook';
import { startFakeSmtp, startFakeWebhook, type FakeSmtp, type FakeWebhook } from './fakes';

const formalNotice: Write = {
  kind: 'comment',
  issue: { number: 12 },
  body: 'notice',
  marker: { kind: 'ladder', subject: 'milestone:content', stage: 'formal-notice' },
  reason: '"Content handoff" is 3 business day(s) late: ladder step "formal-notice".',
};
const friendly: Write = { ...formalNotice, marker: { ...formalNotice.marker, stage: 'friendly' } };
const escalation: Write = {
  kind: 'open-issue',
  key: 'escalation|milestone:content|',
  title: 'Escalation: Content handoff is late',
  body: 'evidence',
  marker: { kind: 'escalation', subject: 'milestone:content' },
  labels: [],
  assignees: [],
  reason: 'The ladder reached the escalation step.',
};
const breach: Write = {
  kind: 'comment',
  issue: { number: 40 },
  body: 'breach',
  marker: { kind: 'feedback-sla-breach', subject: 'issue:40', stage: 'breach' },
  reason: 'No first response within 24 hours.',
};
const reminder: Write = {
  ...formalNotice,
  marker: { kind: 'reminder', subject: 'milestone:content', stage: 'before-3' },
};

const source = {
  repositoryUrl: 'https://github.com/agency/bep-xanh',
  titleOf: (n: number) => ({ 12: 'Content handoff', 40: 'Nút thanh toán không bấm được' })[n],
};
const wrote = (write: Write, issueNumber: number): WriteOutcome => ({ write, status: 'wrote', issueNumber });
const all = new Set(ALERT_KINDS);

describe('which writes become alerts', () => {
  it('formal notices, escalations and SLA breaches that were written, nothing else', () => {
    const alerts = alertsFromOutcomes(
      [
        wrote(formalNotice, 12),
        wrote(friendly, 12),
        wrote(reminder, 12),
        wrote(escalation, 77),
        wrote(breach, 40),
        { write: formalNotice, status: 'already', issueNumber: 12 },
        { write: breach, status: 'failed', issueNumber: 40, detail: 'boom' },
        { write: escalation, status: 'left' },
      ],
      all,
      source,
    );
    expect(alerts).toEqual([
      {
        kind: 'formal-notice',
        issueNumber: 12,
        issueTitle: 'Content handoff',
        issueUrl: 'https://github.com/agency/bep-xanh/issues/12',
        reason: formalNotice.reason,
      },
      {
        kind: 'escalation',
        issueNumber: 77,
        issueTitle: 'Escalation: Content handoff is late',
        issueUrl: 'https://github.com/agency/bep-xanh/issues/77',
        reason: escalation.reason,
      },
      {
        kind: 'sla-breach',
        issueNumber: 40,
        issueTitle: 'Nút thanh toán không bấm được',
        issueUrl: 'https://github.com/agency/bep-xanh/issues/40',
        reason: breach.reason,
      },
    ]);
  });

  it('keeps only the kinds the workflow asked for', () => {
    const alerts = alertsFromOutcomes(
      [wrote(formalNotice, 12), wrote(escalation, 77), wrote(breach, 40)],
      new Set(['escalation'] as const),
      source,
    );
    expect(alerts.map((a) => a.kind)).toEqual(['escalation']);
  });
});

const alertOf = (n: number): Alert => ({
  kind: 'sla-breach',
  issueNumber: n,
  issueTitle: `Feedback ${n}`,
  issueUrl: `https://github.com/agency/bep-xanh/issues/${n}`,
  reason: `No first response on #${n}.`,
});

describe('chat messages', () => {
  it('link back to the issue in each service’s own form', () => {
    const [slack] = chatPayloads('slack', [alertOf(40)], 'en');
    expect(slack).toEqual({
      text: 'Response time missed on feedback #40 "Feedback 40"\nWhy: No first response on #40.\n<https://github.com/agency/bep-xanh/issues/40|Open on GitHub>',
    });
    const [chat] = chatPayloads('google-chat', [alertOf(40)], 'vi');
    expect(chat).toEqual({
      text: 'Đã quá thời hạn phản hồi góp ý #40 "Feedback 40"\n<https://github.com/agency/bep-xanh/issues/40|Mở trên GitHub>',
    });
    const [teams] = chatPayloads('teams', [alertOf(40)], 'en');
    expect(JSON.stringify(teams)).toContain('"url":"https://github.com/agency/bep-xanh/issues/40"');
    expect(JSON.stringify(teams)).toContain('application/vnd.microsoft.card.adaptive');
  });

  it('carry a client’s title as text: no channel ping, no link dressed as ours, no reordered characters', () => {
    const hostile: Alert = {
      ...alertOf(9),
      issueTitle:
        'Nút thanh toán lỗi <!channel> <https://evil.example/login|Open on GitHub> ‮gnp.exe & [x](https://evil.example)',
    };
    const [slack] = chatPayloads('slack', [hostile], 'en') as Array<{ text: string }>;
    expect(slack!.text).toContain(
      'lỗi &lt;!channel&gt; &lt;https://evil.example/login|Open on GitHub&gt; gnp.exe &amp;',
    );
    expect(slack!.text).not.toContain('<!channel>');
    expect(slack!.text).not.toContain('\u202e');
    // The one link left is ours, to the issue.
    expect(slack!.text.match(/<https?:[^>]*>/gu)).toEqual([
      '<https://github.com/agency/bep-xanh/issues/9|Open on GitHub>',
    ]);
    const [chat] = chatPayloads(
      'google-chat',
      [{ ...hostile, issueTitle: 'x <users/all> y' }],
      'vi',
    ) as Array<{ text: string }>;
    expect(chat!.text).toContain('x &lt;users/all&gt; y');
    const [teams] = chatPayloads('teams', [hostile], 'en');
    expect(JSON.stringify(teams)).not.toContain('[x](https://evil.example)');
  });

  it('are capped per run, with one closing line for the rest', () => {
    const payloads = chatPayloads(
      'slack',
      Array.from({ length: 14 }, (_, i) => alertOf(i + 1)),
      'en',
    );
    expect(payloads).toHaveLength(MAX_CHAT_MESSAGES + 1);
    expect(payloads.at(-1)).toEqual({ text: "…and 4 more in this run's job summary." });
  });

  it('know the service from the webhook host', () => {
    expect(guessWebhookKind('https://hooks.slack.com/services/T/B/x')).toBe('slack');
    expect(guessWebhookKind('https://chat.googleapis.com/v1/spaces/AAA/messages?key=k')).toBe('google-chat');
    expect(guessWebhookKind('https://agency.webhook.office.com/webhookb2/x')).toBe('teams');
    expect(guessWebhookKind('https://example.test/hook')).toBeUndefined();
    expect(guessWebhookKind('not a url')).toBeUndefined();
  });
});

describe('settings from the workflow', () => {
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  it('nothing configured means no channel and every kind wanted', () => {
    const parsed = readNotifySettings(reader({}));
    expect(parsed).toEqual({ ok: true, settings: { on: new Set(ALERT_KINDS) } });
  });
  it('says what is wrong, and never repeats a secret', () => {
    const parsed = readNotifySettings(
      reader({
        'notify-on': 'escalation, breach',
        'notify-webhook-url': 'https://example.test/hook?token=s3cret',
        'notify-smtp-url': 'smtp://u:s3cret@mail.example.test',
        'notify-email-to': 'pm@agency',
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      '`notify-on` has `breach`; use any of `formal-notice`, `escalation`, `sla-breach`.',
      '`notify-webhook-kind` is needed: the webhook URL is not a known Slack, Teams or Google Chat address.',
      '`notify-email-from` is empty: name the sender, e.g. `Delivery team <pm@agency.vn>`.',
    ]);
    expect(parsed.problems.join(' ')).not.toContain('s3cret');
  });
  it('reads a full configuration', () => {
    const parsed = readNotifySettings(
      reader({
        'notify-on': 'formal-notice escalation',
        'notify-webhook-url': 'https://hooks.slack.com/services/T/B/x',
        'notify-smtp-url': 'smtps://u:p@mail.example.test:465',
        'notify-email-to': 'pm@agency.vn, director@agency.vn',
        'notify-email-from': 'Delivery <bot@agency.vn>',
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      settings: {
        on: new Set(['formal-notice', 'escalation']),
        webhook: { url: 'https://hooks.slack.com/services/T/B/x', kind: 'slack' },
        email: {
          smtpUrl: 'smtps://u:p@mail.example.test:465',
          to: ['pm@agency.vn', 'director@agency.vn'],
          from: 'Delivery <bot@agency.vn>',
        },
      },
    });
  });
});

describe('delivery to local fakes', () => {
  let webhook: FakeWebhook | undefined;
  let smtp: FakeSmtp | undefined;
  afterEach(async () => {
    await webhook?.close();
    await smtp?.close();
    webhook = undefined;
    smtp = undefined;
  });

  it('posts to the webhook and mails once per run', async () => {
    webhook = await startFakeWebhook();
    smtp = await startFakeSmtp();
    const settings: NotifySettings = {
      on: new Set(ALERT_KINDS),
      webhook: { url: webhook.url, kind: 'slack' },
      email: {
        smtpUrl: `smtp://bot:pa%24s@127.0.0.1:${smtp.port}`,
        to: ['pm@agency.vn', 'am@agency.vn'],
        from: 'Delivery <bot@agency.vn>',
      },
    };
    const outcomes = await deliverAlerts([alertOf(40), alertOf(41)], settings, 'vi', {
      emailTimeoutMs: 5000,
    });
    expect(outcomes).toEqual([
      { channel: 'webhook', ok: true, alerts: 2 },
      { channel: 'email', ok: true, alerts: 2 },
    ]);
    expect(webhook.posts.map((p) => p.body)).toEqual([
      {
        text: 'Đã quá thời hạn phản hồi góp ý #40 "Feedback 40"\n<https://github.com/agency/bep-xanh/issues/40|Mở trên GitHub>',
      },
      {
        text: 'Đã quá thời hạn phản hồi góp ý #41 "Feedback 41"\n<https://github.com/agency/bep-xanh/issues/41|Mở trên GitHub>',
      },
    ]);
    expect(webhook.posts[0]?.contentType).toContain('application/json');
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail?.from).toBe('bot@agency.vn');
    expect(mail?.to).toEqual(['pm@agency.vn', 'am@agency.vn']);
    expect(mail?.auth).toBe('\u0000bot\u0000pa$s');
    const text = decodeQuotedPrintable(mail?.data.split('\n\n').slice(1).join('\n\n') ?? '');
    expect(text).toBe(
      'Đã quá thời hạn phản hồi góp ý #40 "Feedback 40"\nMở trên GitHub: https://github.com/agency/bep-xanh/issues/40\n\n' +
        'Đã quá thời hạn phản hồi góp ý #41 "Feedback 41"\nMở trên GitHub: https://github.com/agency/bep-xanh/issues/41\n',
    );
    expect(mail?.data).toMatch(/^Subject: =\?UTF-8\?/mu);
  });

  it('retries a 5xx once, then reports a failure without the secret URL and without throwing', async () => {
    webhook = await startFakeWebhook();
    webhook.answers.push(502);
    const settings: NotifySettings = {
      on: new Set(ALERT_KINDS),
      webhook: { url: webhook.url, kind: 'teams' },
    };
    expect(await deliverAlerts([alertOf(1)], settings, 'en')).toEqual([
      { channel: 'webhook', ok: true, alerts: 1 },
    ]);
    expect(webhook.posts).toHaveLength(2);

    webhook.answers.push(404);
    const failed = await deliverAlerts([alertOf(2)], settings, 'en');
    expect(failed).toEqual([
      { channel: 'webhook', ok: false, alerts: 1, detail: 'the webhook answered HTTP 404' },
    ]);
    expect(webhook.posts).toHaveLength(3);
  });

  it('reports an unreachable mail server and webhook as failures', async () => {
    const settings: NotifySettings = {
      on: new Set(ALERT_KINDS),
      webhook: { url: 'http://127.0.0.1:9/hooks/secret', kind: 'slack' },
      email: { smtpUrl: 'smtp://u:secret@127.0.0.1:9', to: ['pm@agency.vn'], from: 'bot@agency.vn' },
    };
    const outcomes = await deliverAlerts([alertOf(1)], settings, 'en', {
      post: { timeoutMs: 2000 },
      emailTimeoutMs: 2000,
    });
    expect(outcomes).toEqual([
      {
        channel: 'webhook',
        ok: false,
        alerts: 1,
        detail: 'the webhook could not be reached (network error)',
      },
      {
        channel: 'email',
        ok: false,
        alerts: 1,
        detail: 'the SMTP server did not accept the message (ESOCKET)',
      },
    ]);
    expect(JSON.stringify(outcomes)).not.toContain('secret');
  });

  it('sends nothing when the run alerted nothing', async () => {
    webhook = await startFakeWebhook();
    const settings: NotifySettings = {
      on: new Set(ALERT_KINDS),
      webhook: { url: webhook.url, kind: 'slack' },
    };
    expect(await deliverAlerts([], settings, 'en')).toEqual([]);
    expect(webhook.posts).toEqual([]);
  });
});

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\n/gu, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const char = joined[i] ?? '';
    if (char === '=' && /^[0-9A-F]{2}$/u.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(char, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
