// The kickoff issue on the local HTTP fake of GitHub, with the real action: opened once and pinned
// through GraphQL's `pinIssue` (the only write that is not REST), a stranger's `/agree` answered, the
// client primary's `/agree` recorded as the baseline. Every run is followed by a rerun that writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  botComments,
  botIssue,
  botIssues,
  closeIssue,
  comment,
  exampleEngagement,
  startLife,
  vn,
  type Life,
} from './life-helpers';

describe('the kickoff issue, on the HTTP fake', () => {
  let life: Life;
  beforeAll(async () => {
    const example = await exampleEngagement();
    // The kickoff is on by default (the example does not turn it off); the weekly summary is left out.
    expect(example).toMatch(/^kickoff:\n/mu);
    expect(example).not.toMatch(/^\s*enabled: false/mu);
    const yaml = example.replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon');
    life = await startLife(yaml, vn('2026-11-02', '08:00'));
    for (const login of ['lan-bepxanh', 'quang-songhan']) life.fake.repo.user(login);
  });
  afterAll(async () => {
    await life.close();
  });

  it('opens and pins the kickoff once, and records the client primary /agree as the baseline', async () => {
    await life.settle(vn('2026-11-02', '08:00'));
    const kickoff = botIssue(life, 'kickoff', 'engagement');
    expect(kickoff.labels).toContain('engagement: kickoff');
    expect(life.fake.repo.issues.get(kickoff.number)?.pinned).toBe(true);
    const pins = life.fake.requests.filter((request) => /pinIssue/u.test(JSON.stringify(request)));
    expect(pins).toHaveLength(1);
    // Pinned by the node id GitHub's answer to its creation gave: no lookup first.
    expect(life.fake.requests.filter((request) => request.query?.includes('PinLookup'))).toEqual([]);

    comment(life, kickoff.number, 'tuan-stranger', '/agree', vn('2026-11-02', '10:00'));
    await life.settle(vn('2026-11-02', '11:00'));
    expect(botComments(life, kickoff.number).map((note) => note.marker.kind)).toEqual(['kickoff-reply']);

    comment(life, kickoff.number, 'lan-bepxanh', '/agree', vn('2026-11-03', '09:00'));
    await life.settle(vn('2026-11-03', '10:00'));
    expect(botComments(life, kickoff.number).map((note) => note.marker.kind)).toEqual([
      'kickoff-reply',
      'kickoff-baseline',
    ]);
    expect(life.fake.repo.issues.get(kickoff.number)?.body).toContain('/agree');
    // No reminder once agreed, and the pin is not sent again.
    await life.settle(vn('2026-11-09', '10:00'));
    expect(botComments(life, kickoff.number)).toHaveLength(2);
    expect(life.fake.requests.filter((request) => /pinIssue/u.test(JSON.stringify(request)))).toHaveLength(1);
  });
});

describe('the kickoff of an engagement already under way, on the HTTP fake', () => {
  let life: Life;
  let example = '';
  beforeAll(async () => {
    // The summary and the monthly pulse are left out: this story counts the kickoff's writes alone.
    example = (await exampleEngagement())
      .replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon')
      .replace('pulse:\n  monthly: true', 'pulse:\n  monthly: false');
    // Run for a fortnight by a version of the action without the kickoff (or with it turned off).
    const before = example.replace(/^kickoff:\n/mu, 'kickoff:\n  enabled: false\n');
    expect(before).not.toBe(example);
    life = await startLife(before, vn('2026-11-02', '08:00'));
    for (const login of ['lan-bepxanh', 'quang-songhan']) life.fake.repo.user(login);
    await life.settle(vn('2026-11-02', '08:00'));
    await life.settle(vn('2026-11-16', '08:00'));
    expect(botIssues(life, 'kickoff')).toEqual([]);
  });
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  it('opens exactly one kickoff on the next full run, by default, and writes nothing else', async () => {
    // The engagement file as it stands: no `kickoff.enabled` at all.
    expect(example).toMatch(/^kickoff:\n {2}agree_within: [^\n]*\n\n/mu);
    life.fake.repo.files.set('.github/engagement.yml', example);
    const older = [...life.fake.repo.issues.values()].map((issue) => ({
      number: issue.number,
      body: issue.body,
      comments: life.fake.repo.commentsOf(issue.number).length,
    }));
    const run = await life.settle(vn('2026-11-16', '10:00'));
    expect(run.planned.map((line) => line.split(' → ')[0])).toEqual([
      'create-label',
      'open-issue',
      'pin-issue',
    ]);
    const kickoff = botIssue(life, 'kickoff', 'engagement');
    expect(life.fake.repo.issues.get(kickoff.number)?.pinned).toBe(true);
    // The schedule as it stands today, asked to be agreed as the baseline.
    expect(kickoff.body).toContain('/agree');
    expect(kickoff.body).toContain('Brand assets and content');
    // Older issues are not touched: same bodies, no new comment.
    for (const before of older) {
      expect(life.fake.repo.issues.get(before.number)?.body).toBe(before.body);
      expect(life.fake.repo.commentsOf(before.number)).toHaveLength(before.comments);
    }
  });

  it('is not opened again: not by an event run, not once a person closed it, not weeks later', async () => {
    const kickoff = botIssue(life, 'kickoff', 'engagement');
    const tracking = botIssue(life, 'tracking', 'milestone:brand-assets');
    comment(
      life,
      tracking.number,
      'lan-bepxanh',
      'Chúng tôi đang chuẩn bị ảnh sản phẩm.',
      vn('2026-11-17', '09:00'),
    );
    await life.settle(
      vn('2026-11-17', '09:05'),
      {},
      {
        name: 'issue_comment',
        payload: { action: 'created', issue: { number: tracking.number }, sender: { login: 'lan-bepxanh' } },
      },
    );
    expect(botIssues(life, 'kickoff')).toHaveLength(1);

    // Someone closes it without agreeing: it stays closed, no reminder goes to a closed issue.
    closeIssue(life, kickoff.number, vn('2026-11-17', '11:00'));
    await life.settle(vn('2026-11-23', '10:00'));
    await life.settle(vn('2026-12-07', '10:00'));
    expect(botIssues(life, 'kickoff')).toHaveLength(1);
    expect(life.fake.repo.issues.get(kickoff.number)?.state).toBe('closed');
    expect(botComments(life, kickoff.number)).toEqual([]);
    expect(life.fake.requests.filter((request) => /pinIssue/u.test(JSON.stringify(request)))).toHaveLength(1);
  });
});
