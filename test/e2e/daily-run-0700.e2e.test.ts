// A team whose workflow runs once a day at 00:00 UTC (07:00 in Vietnam, before the working hours
// 08:30–17:30): every reminder and each step of the ladder still goes out, one run a day, and the
// escalation's timeline says how late the formal notice was as the notice itself said it (one
// lateness rule). Every run is followed by the harness's unchanged rerun, which must write nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import { botIssue, botIssues, exampleEngagement, startLife, vn, type Life } from './life-helpers';
import { calendarDays } from '../support/calendar-days';

let life: Life | undefined;
afterEach(async () => life?.close());

describe('a workflow that runs once a day at 07:00 Vietnam time', () => {
  it('sends every reminder and the ladder, and the escalation tells the lateness as the notice did', async () => {
    const yaml = (await exampleEngagement()).replace(
      'summary:\n  day: mon',
      'summary:\n  enabled: false\n  day: mon',
    );
    life = await startLife(yaml, vn('2026-11-02', '07:00'));
    for (const login of ['lan-bepxanh', 'minh-bepxanh', 'thu-bepxanh', 'quang-songhan', 'vy-songhan'])
      life.fake.repo.user(login);
    life.fake.repo.grant('quang-songhan', 'write');
    for (const day of calendarDays('2026-11-02', '2026-12-08')) await life.settle(vn(day, '07:00'));

    const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
    const stages = life.fake.repo
      .commentsOf(brand)
      .flatMap((comment) =>
        parseMarkers(comment.body).map((marker) => `${marker.kind}/${marker.stage ?? ''}`),
      );
    for (const stage of [
      'reminder/before-7',
      'reminder/before-3',
      'reminder/before-1',
      'ladder/formal-notice',
    ])
      expect(stages).toContain(stage);
    const notice = life.fake.repo.commentsOf(brand).find((c) => c.body.includes('"stage":"formal-notice"'))!;
    const said = /trễ \*\*(\d+) ngày làm việc\*\*/u.exec(notice.body)?.[1];
    const escalation = botIssues(life, 'escalation')[0]!;
    const inTimeline = /formal notice, (\d+) business days? after the due date/u.exec(escalation.body)?.[1];
    expect(said).toBeDefined();
    expect(inTimeline).toBe(said);
  }, 300_000);
});
