// The weekly summary issue lived end to end on the local HTTP fake of GitHub, with the real action
// run in-process on a schedule and examples/engagement.yml (summary on Mondays at 09:00, Ho Chi Minh
// City time): opened once the week's time has come, not edited by a second run of the same week,
// and when a new week's issue opens the old one is closed with a link to it.
import { afterEach, describe, expect, it } from 'vitest';
import { botComments, botIssues, exampleEngagement, startLife, vn, type Life } from './life-helpers';

const PEOPLE = ['lan-bepxanh', 'minh-bepxanh', 'quang-songhan', 'vy-songhan', 'hoa-songhan'];
const lives: Life[] = [];

async function newLife(start: string): Promise<Life> {
  const life = await startLife(await exampleEngagement(), start);
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

const summaries = (life: Life) => botIssues(life, 'summary');
const editsOf = (life: Life, number: number, from: number) =>
  life.fake.requests.slice(from).filter((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/${number}`))
    .length;

describe('the weekly summary issue on the HTTP fake', () => {
  it('opens at the configured time, is not edited by a second run of the week, and a new week closes the old one with a link', async () => {
    const life = await newLife(vn('2026-11-02', '08:00'));
    // Monday 08:00: the milestones' tracking issues; the week's summary is not due before 09:00.
    await life.settle(vn('2026-11-02', '08:00'));
    expect(summaries(life)).toEqual([]);

    await life.settle(vn('2026-11-02', '09:00'));
    const [w45] = summaries(life);
    expect(summaries(life)).toHaveLength(1);
    expect(w45).toMatchObject({
      title: 'Bếp Xanh website rebuild — week 2026-W45',
      labels: ['engagement-summary'],
      state: 'open',
    });
    // The milestones exist before the summary, so it links them.
    const brand = botIssues(life, 'tracking', 'milestone:brand-assets')[0]!;
    expect(w45!.body).toContain(
      `| [Brand assets and content](https://github.example.test/songhan/bepxanh-website/issues/${brand.number}) | Client | Fri, 27 Nov 2026 |`,
    );

    // Later the same week, nothing has changed: the issue is not edited.
    const mark = life.fake.requests.length;
    const wednesday = await life.settle(vn('2026-11-04', '15:00'));
    expect(wednesday.restWrites).toBe(0);
    expect(editsOf(life, w45!.number, mark)).toBe(0);

    // A new week: its own issue, and the old one closed with a link to it.
    await life.settle(vn('2026-11-09', '09:00'));
    expect(summaries(life)).toHaveLength(2);
    const [old, w46] = summaries(life);
    expect(w46).toMatchObject({
      title: 'Bếp Xanh website rebuild — week 2026-W46',
      labels: ['engagement-summary'],
      state: 'open',
    });
    expect(old).toMatchObject({ number: w45!.number, state: 'closed', stateReason: 'completed' });
    const closing = botComments(life, old!.number);
    expect(closing).toHaveLength(1);
    expect(closing[0]!.marker).toMatchObject({
      kind: 'summary',
      subject: 'week:2026-W45',
      stage: 'superseded',
    });
    expect(closing[0]!.body).toContain(`#${w46!.number}`);
    expect(closing[0]!.body).toContain('2026-W46');

    // The rest of the new week: still one open summary, not edited while nothing changes.
    const mark2 = life.fake.requests.length;
    await life.settle(vn('2026-11-11', '10:00'));
    expect(editsOf(life, w46!.number, mark2)).toBe(0);
    expect(summaries(life).filter((issue) => issue.state === 'open')).toEqual([w46]);
  });

  // A run reads again and plans again after writing, so what it writes (here the 7-business-day
  // reminder on "Brand assets and content") reaches the summary in the same run.
  it('a run that posts a reminder brings the summary up to date; the rerun writes nothing', async () => {
    const life = await newLife(vn('2026-11-16', '08:00'));
    await life.settle(vn('2026-11-16', '08:00'));
    await life.settle(vn('2026-11-16', '09:00'));
    expect(summaries(life)).toHaveLength(1);
    expect(summaries(life)[0]!.body).toContain('Nothing happened on the deadlines this week');
    const first = await life.run(vn('2026-11-18', '09:00'));
    expect(first.planned.some((write) => write.includes('reminder stage before-7'))).toBe(true);
    expect(summaries(life)[0]!.body).toMatch(/Reminders sent: \*\*1\*\*/u);
    // The harness reruns every run unchanged right after it: that rerun must write nothing.
  });

  // On a fresh repository the first run opens the tracking issues and the week's summary; the second
  // pass of the same run links the new issues, so the rerun has nothing left to do.
  it('a rerun after the first run on a fresh repository writes nothing', async () => {
    const life = await newLife(vn('2026-11-02', '09:00'));
    await life.run(vn('2026-11-02', '09:00'));
    // The harness reruns it unchanged right after it: that rerun must write nothing.
    expect(summaries(life)[0]!.body).toContain('Brand assets and content');
  });

  // Issue 6: "the same report goes to the job summary of the run".
  it('the run writes the weekly report to the job summary too', async () => {
    const life = await newLife(vn('2026-11-02', '08:00'));
    await life.settle(vn('2026-11-02', '08:00'));
    const result = await life.settle(vn('2026-11-02', '09:00'));
    const jobSummary = result.log.filter((line) => line.startsWith('summary ')).join('\n');
    expect(jobSummary).toContain('Bếp Xanh website rebuild — week 2026-W45');
    expect(jobSummary).toContain('Brand assets and content');
    expect(jobSummary).toContain('## Deadlines this week');
  });

  it("refuses a summary-week that has not begun: this week's summary stays open and nothing is written", async () => {
    const life = await newLife(vn('2026-11-09', '09:00'));
    await life.settle(vn('2026-11-09', '09:00'));
    const [w46] = summaries(life);
    expect(w46).toMatchObject({ title: 'Bếp Xanh website rebuild — week 2026-W46', state: 'open' });

    // 2062 typed for 2026: before, the run opened a summary for 2062 and closed this week's.
    const mark = life.fake.requests.length;
    const typo = await life.run(vn('2026-11-10', '10:00'), { 'summary-week': '2062-W46' });
    expect(typo.code).toBe(1);
    expect(typo.log.join('\n')).toContain(
      '`summary-week` 2062-W46 has not begun: this week is 2026-W46 in Asia/Ho_Chi_Minh',
    );
    expect(
      life.fake.requests.slice(mark).filter((r) => r.method !== 'GET' && !r.path.endsWith('/graphql')),
    ).toEqual([]);
    expect(summaries(life)).toEqual([expect.objectContaining({ number: w46!.number, state: 'open' })]);

    // Last week and this week may still be asked for.
    expect((await life.run(vn('2026-11-10', '10:00'), { 'summary-week': '2026-W46' })).code).toBe(0);
  });
});
