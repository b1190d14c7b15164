// One pass: a run plans once, applies, and states what is true after its own writes. On the HTTP fake,
// with GitHub stamping the writes 45 seconds after the instant the run planned for (as in production):
// a dry run shows exactly what the real run writes; on a reminder day, a formal-notice day, a day new
// feedback is acknowledged and a week that closes, a rerun right after the run writes nothing; and a
// closed week keeps the figures of the reminders its last Friday posted.
import { afterEach, describe, expect, it } from 'vitest';
import {
  botIssue,
  botIssues,
  exampleEngagement,
  fileIssue,
  startLife,
  vn,
  type Life,
  type RunResult,
} from './life-helpers';

const PEOPLE = ['lan-bepxanh', 'minh-bepxanh', 'quang-songhan', 'vy-songhan', 'hoa-songhan'];
const WRITE_DELAY_MS = 45_000;
const lives: Life[] = [];

async function newLife(start: string, yaml?: string): Promise<Life> {
  const life = await startLife(yaml ?? (await exampleEngagement()), start, { writeDelayMs: WRITE_DELAY_MS });
  for (const login of PEOPLE) life.fake.repo.user(login);
  lives.push(life);
  return life;
}

afterEach(async () => {
  for (const life of lives.splice(0)) {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  }
});

const minuteAfter = (iso: string): string =>
  new Date(Date.parse(iso) + 60_000).toISOString().replace(/\.000Z$/u, 'Z');

/** A run at `now`, then a rerun a minute later with nothing changed: it must plan and write nothing. */
async function runThenRerun(life: Life, now: string): Promise<RunResult> {
  const first = await life.run(now);
  expect(first.code, `run at ${now} failed: ${first.failed}\n${first.log.join('\n')}`).toBe(0);
  expect(first.outputs.failed).toBe('0');
  // One pass: everything planned was written, and the check after writing found nothing more.
  expect(first.outputs.writes).toBe(first.outputs.planned);
  expect(first.log.filter((line) => /would still plan/u.test(line))).toEqual([]);
  const again = await life.run(minuteAfter(now));
  expect(again.code, `rerun after ${now} failed: ${again.failed}`).toBe(0);
  expect(again.planned, `a rerun right after ${now} must plan nothing`).toEqual([]);
  expect(again.restWrites, `a rerun right after ${now} must send no write`).toBe(0);
  return first;
}

const planOf = (result: RunResult): unknown[] =>
  (JSON.parse(result.outputs.plan ?? '{"writes":[]}') as { writes: unknown[] }).writes;

const summaryOf = (life: Life, week: string) => botIssue(life, 'summary', `week:${week}`);

/** The "Deadlines this week" section of a summary body. */
function deadlinesSection(body: string): string {
  const start = body.indexOf('## Deadlines this week');
  const end = body.indexOf('## Client feedback');
  return body.slice(start, end);
}

describe('one pass: a run states what is true after its own writes', () => {
  it('a dry run on a fresh repository shows exactly the writes the real run makes', async () => {
    const life = await newLife(vn('2026-11-18', '10:00'));
    const dry = await life.run(vn('2026-11-18', '10:00'), { 'dry-run': 'true' });
    expect(dry.code, dry.log.join('\n')).toBe(0);
    expect(dry.restWrites).toBe(0);
    const real = await runThenRerun(life, vn('2026-11-18', '10:00'));
    expect(planOf(real)).toEqual(planOf(dry));
    expect(real.outputs.writes).toBe(dry.outputs.planned);
    // The summary was opened in the same run as the tracking issues and links them by number.
    const brand = botIssue(life, 'tracking', 'milestone:brand-assets');
    const summary = summaryOf(life, '2026-W47');
    expect(summary.body).toContain(
      `(https://github.example.test/songhan/bepxanh-website/issues/${brand.number})`,
    );
    expect(summary.body).not.toContain('{{');
  });

  it('a reminder day: the summary written in the same run counts the reminder; a rerun writes nothing', async () => {
    const life = await newLife(vn('2026-11-16', '09:30'));
    await runThenRerun(life, vn('2026-11-16', '09:30'));
    // Wednesday 18 Nov: seven business days before Brand assets is due on Friday 27 Nov.
    await runThenRerun(life, vn('2026-11-18', '10:00'));
    const section = deadlinesSection(summaryOf(life, '2026-W47').body);
    expect(section).toContain('Reminders sent: **1**');
    expect(section).toContain('Wed, 18 Nov 2026');
  });

  it('a formal-notice day: the notice is counted in the same run; a rerun writes nothing', async () => {
    const life = await newLife(vn('2026-11-30', '09:30'));
    // Monday 30 Nov: one business day after the missed Friday handoff, the friendly reminder.
    await runThenRerun(life, vn('2026-11-30', '09:30'));
    // Wednesday 2 Dec: three business days late, the formal notice.
    await runThenRerun(life, vn('2026-12-02', '10:00'));
    const section = deadlinesSection(summaryOf(life, '2026-W49').body);
    expect(section).toMatch(/Formal notices: \*\*1\*\*/u);
  });

  it('new feedback acknowledged: counted with its triage in the same run; a rerun writes nothing', async () => {
    const life = await newLife(vn('2026-11-16', '09:30'));
    await runThenRerun(life, vn('2026-11-16', '09:30'));
    fileIssue(life, {
      title: 'Trang chủ bị lỗi font, cần sửa gấp',
      body: 'Trang chủ hiển thị sai dấu tiếng Việt, khách hàng xem không được. Cần sửa gấp!',
      author: 'lan-bepxanh',
      labels: ['feedback'],
      at: vn('2026-11-17', '08:40'),
    });
    await runThenRerun(life, vn('2026-11-17', '09:00'));
    const body = summaryOf(life, '2026-W47').body;
    expect(body).not.toContain('No feedback received yet.');
    // Filed, acknowledged and triaged in the same run: the summary counts it under its topic.
    expect(body).toContain('This week: **1** new, **0** resolved. Open now: **1**.');
    expect(body).toContain('| Product quality | 1 | 0 | 1 |');
  });

  it('a week closing keeps the figures of the reminders its last Friday posted', async () => {
    // Brand assets due Wednesday 25 Nov: its three-business-day reminder goes out on Friday 20 Nov.
    const yaml = (await exampleEngagement()).replace('due: 2026-11-27', 'due: 2026-11-25');
    const life = await newLife(vn('2026-11-16', '09:30'), yaml);
    await runThenRerun(life, vn('2026-11-16', '09:30'));
    await runThenRerun(life, vn('2026-11-20', '16:00'));
    const friday = deadlinesSection(summaryOf(life, '2026-W47').body);
    expect(friday).toContain('Reminders sent: **2** · Early warnings: **1**');
    expect(friday).toContain('Fri, 20 Nov 2026');
    // Monday: the next week's summary opens and week 47 closes, its figures still counting Friday.
    await runThenRerun(life, vn('2026-11-23', '09:30'));
    const closed = summaryOf(life, '2026-W47');
    expect(closed.state).toBe('closed');
    const final = deadlinesSection(closed.body);
    expect(final).toContain('Reminders sent: **2** · Early warnings: **1**');
    expect(final).toContain('Fri, 20 Nov 2026');
    expect(botIssues(life, 'summary', 'week:2026-W48')).toHaveLength(1);
  });
});
