// The ladder after a gap, lived on the HTTP fake: the action did not run for three weeks, or the
// engagement file moved a date into the past. Nobody had heard from the action about the missed date,
// so its first word is the friendly reminder, and the formal notice and the escalation follow on their
// schedule from it. Every run is followed by a rerun at the same moment that must write nothing
// (settle), and the story ends with one more unchanged run that writes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { botIssue, botIssues, exampleEngagement, startLife, thread, vn, type Life } from './life-helpers';

const lives: Life[] = [];
afterEach(async () => {
  for (const life of lives.splice(0)) {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  }
});

const PEOPLE = ['lan-bepxanh', 'minh-bepxanh', 'thu-bepxanh', 'quang-songhan', 'vy-songhan', 'hoa-songhan'];

async function live(yaml: string, start: string): Promise<Life> {
  const life = await startLife(yaml, start);
  lives.push(life);
  for (const login of PEOPLE) life.fake.repo.user(login);
  life.fake.repo.grant('quang-songhan', 'write');
  life.fake.repo.grant('vy-songhan', 'write');
  return life;
}

const ladder = (life: Life, number: number): string[] =>
  thread(life, number).filter((note) => note.startsWith('ladder/'));

describe('the ladder after the action was off', () => {
  it('off from 16 November to 7 December: the friendly reminder first, the formal notice on the 9th, the escalation on the 11th', async () => {
    const yaml = (await exampleEngagement()).replace(
      'summary:\n  day: mon',
      'summary:\n  enabled: false\n  day: mon',
    );
    const life = await live(yaml, vn('2026-11-02', '08:00'));
    await life.settle(vn('2026-11-02', '08:00'));
    await life.settle(vn('2026-11-16', '09:30'));
    const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
    expect(thread(life, brand)).toEqual([]);

    await life.settle(vn('2026-12-07', '10:00'));
    expect(ladder(life, brand)).toEqual(['ladder/friendly']);
    expect(botIssues(life, 'escalation')).toEqual([]);
    await life.settle(vn('2026-12-08', '10:00'));
    expect(ladder(life, brand)).toEqual(['ladder/friendly']);
    await life.settle(vn('2026-12-09', '10:00'));
    expect(ladder(life, brand)).toEqual(['ladder/friendly', 'ladder/formal-notice']);
    await life.settle(vn('2026-12-10', '10:00'));
    expect(botIssues(life, 'escalation')).toEqual([]);
    await life.settle(vn('2026-12-11', '10:00'));
    expect(ladder(life, brand)).toEqual(['ladder/friendly', 'ladder/formal-notice', 'ladder/escalation']);
    expect(botIssues(life, 'escalation')).toHaveLength(1);

    const quiet = await life.settle(vn('2026-12-11', '10:00'));
    expect(quiet.restWrites).toBe(0);
  });

  it('the file corrects the due date to one already passed: the friendly reminder, not the escalation', async () => {
    const yaml = (await exampleEngagement()).replace(
      'summary:\n  day: mon',
      'summary:\n  enabled: false\n  day: mon',
    );
    const life = await live(yaml, vn('2026-11-02', '08:00'));
    await life.settle(vn('2026-11-02', '08:00'));
    await life.settle(vn('2026-11-16', '10:00'));
    const brand = botIssue(life, 'tracking', 'milestone:brand-assets').number;
    life.fake.repo.files.set('.github/engagement.yml', yaml.replace('due: 2026-11-27', 'due: 2026-11-13'));
    await life.settle(vn('2026-11-24', '10:00'));
    expect(ladder(life, brand)).toEqual(['ladder/friendly']);
    expect(botIssues(life, 'escalation')).toEqual([]);

    const quiet = await life.settle(vn('2026-11-24', '10:00'));
    expect(quiet.restWrites).toBe(0);
  });
});
