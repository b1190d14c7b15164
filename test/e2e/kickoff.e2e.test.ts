// The kickoff issue on the local HTTP fake of GitHub, with the real action: opened once and pinned
// through GraphQL's `pinIssue` (the only write that is not REST), a stranger's `/agree` answered, the
// client primary's `/agree` recorded as the baseline. Every run is followed by a rerun that writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botComments, botIssue, comment, exampleEngagement, startLife, vn, type Life } from './life-helpers';

describe('the kickoff issue, on the HTTP fake', () => {
  let life: Life;
  beforeAll(async () => {
    const example = await exampleEngagement();
    // The example turns the kickoff on; the weekly summary is left out of this story.
    expect(example).toMatch(/^kickoff:\n {2}enabled: true$/mu);
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
