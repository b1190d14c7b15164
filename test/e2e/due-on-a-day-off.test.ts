// A due date on a day off (a Saturday, a day of Tết) is not "due today" the working day before it:
// the reminder posted then says that today is the last working day before it. Found by a reviewer
// living an engagement across Tết (nineteenth session): "đến hạn hôm nay" on Thursday 04/02/2027 for a
// handoff due Monday 08/02/2027, in Tết.
import { afterEach, expect, it } from 'vitest';
import { botComments, botIssue, exampleEngagement, startLife, vn, type Life } from './life-helpers';

const lives: Life[] = [];
afterEach(async () => {
  for (const life of lives.splice(0)) {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  }
});

const MILESTONES = `milestones:
  - id: menu
    title: Menu text for Tết
    owner: client
    due: 2027-02-08
    deliverables: [Menu text, Prices]
  - id: sat
    title: Saturday handoff
    owner: client
    due: 2027-01-16
    deliverables: [Photos]

reminders:`;

it('the reminder the working day before says today is the last working day before it, not "due today"', async () => {
  const yaml = (await exampleEngagement())
    .replace('summary:\n  day: mon', 'summary:\n  enabled: false\n  day: mon')
    .replace(/milestones:[\s\S]*?\nreminders:/u, MILESTONES);
  const life = await startLife(yaml, vn('2027-01-11', '08:00'));
  lives.push(life);
  for (const login of ['lan-bepxanh', 'minh-bepxanh', 'quang-songhan', 'vy-songhan', 'hoa-songhan'])
    life.fake.repo.user(login);
  for (const day of ['2027-01-11', '2027-01-14', '2027-01-15', '2027-02-02', '2027-02-04'])
    await life.settle(vn(day, '10:00'));
  const lastBefore = (subject: string): string => {
    const number = botIssue(life, 'tracking', subject).number;
    const notes = botComments(life, number).filter((note) => note.marker.stage === 'before-1');
    expect(notes).toHaveLength(1);
    return notes[0]!.body;
  };
  for (const body of [lastBefore('milestone:sat'), lastBefore('milestone:menu')]) {
    expect(body).not.toContain('đến hạn hôm nay');
    expect(body).toContain('hôm nay là ngày làm việc cuối cùng trước hạn');
  }
});
