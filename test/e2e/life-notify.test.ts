// The ladder's formal notice and escalation also reach the team outside GitHub: a chat webhook and
// e-mail, both local fakes on 127.0.0.1. Alerts follow the writes that really happened, so a rerun
// sends nothing, and a chat service that is down fails the run without holding back a GitHub write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSmtp, startFakeWebhook, type FakeSmtp, type FakeWebhook } from '../notify/fakes';
import { botComments, botIssue, exampleEngagement, startLife, vn, type Life } from './life-helpers';

describe('alerts outside GitHub, on the HTTP fake', () => {
  let life: Life;
  let webhook: FakeWebhook;
  let smtp: FakeSmtp;
  let inputs: Record<string, string>;
  beforeAll(async () => {
    const example = await exampleEngagement();
    life = await startLife(
      example.replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon'),
      vn('2026-11-02', '08:00'),
    );
    webhook = await startFakeWebhook();
    smtp = await startFakeSmtp();
    inputs = {
      'notify-webhook-url': webhook.url,
      'notify-webhook-kind': 'slack',
      'notify-smtp-url': `smtp://bot:secret@127.0.0.1:${smtp.port}`,
      'notify-email-to': 'am@songhan.vn',
      'notify-email-from': 'engagement-keeper <bot@songhan.vn>',
    };
  });
  afterAll(async () => {
    await life.close();
    await webhook.close();
    await smtp.close();
  });

  it('sends the formal notice and the escalation once each; a webhook outage fails the run, never a GitHub write', async () => {
    await life.settle(vn('2026-11-02', '08:00'), inputs);
    const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
    for (const day of ['2026-11-18', '2026-11-20', '2026-11-24', '2026-11-26'])
      await life.settle(vn(day), inputs);
    expect(webhook.posts).toEqual([]);
    expect(smtp.messages).toEqual([]);

    // The formal notice is due on Monday 30 Nov; the chat service is down for both attempts.
    webhook.answers.push(503, 503);
    const outage = await life.run(vn('2026-11-30'), inputs);
    expect(outage.code).toBe(1);
    expect(outage.failed).toBe(
      'engagement-keeper: 1 alert delivery(ies) failed; every GitHub write of this run was made.',
    );
    expect(outage.log).toContain(
      'error Could not send 1 alert(s) to the chat webhook: the webhook answered HTTP 503. The GitHub writes are done; the alerts are on the issues they link to.',
    );
    expect(outage.outputs.failed).toBe('0');
    expect(botComments(life, brand).some((c) => c.marker.stage === 'formal-notice')).toBe(true);
    expect(webhook.posts).toHaveLength(2);
    expect(smtp.messages).toHaveLength(1);
    // The rerun writes nothing and so alerts nothing.
    await life.settle(vn('2026-11-30'), inputs);
    expect(webhook.posts).toHaveLength(2);

    await life.settle(vn('2026-12-02'), inputs);
    await life.settle(vn('2026-12-04'), inputs);
    const repoUrl = `https://github.com/${life.fake.repo.owner}/${life.fake.repo.name}`;
    const escalation = botIssue(life, 'escalation', 'milestone:brand-assets').number;
    const texts = webhook.posts.map((post) => (post.body as { text: string }).text);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toBe(
      `Formal notice sent on #${brand} "Bàn giao: Brand assets and content"\nWhy: "Brand assets and content" is 1 business day(s) late: ladder step "formal-notice".\n<${repoUrl}/issues/${brand}|Open on GitHub>`,
    );
    expect(texts[2]).toMatch(new RegExp(`^Escalation opened: #${escalation} "`, 'u'));
    expect(texts[2]).toContain(`<${repoUrl}/issues/${escalation}|Open on GitHub>`);
    // One e-mail per run that alerted: the notice's run and the escalation's run.
    expect(smtp.messages).toHaveLength(2);
    expect(smtp.messages.every((m) => m.to.join() === 'am@songhan.vn')).toBe(true);
  });
});
