// A tracking issue closed by actions/stale as "not planned" is not a handoff, end to end on the local
// GitHub fake: the action reopens it once with a calm note (English and Vietnamese) naming how to
// record a real change; when a person closes it again, the action leaves it closed, and the milestone
// is never counted as delivered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botIssue, labelsOf, startLife, thread, type Life } from '../e2e/life-helpers';

const ENGAGEMENT = `engagement:
  name: Acme landing page
  time_zone: Europe/Berlin
  adopted_on: 2026-11-01
contacts:
  client: { primary: '@acme-jane' }
  vendor: { primary: '@studio-sam' }
summary:
  enabled: false
milestones:
  - id: copy
    title: Final copy and images
    owner: client
    due: 2026-12-18
    deliverables: [Home page copy, Product photos]
`;

function closeAsNotPlanned(life: Life, number: number, at: string): void {
  const issue = life.fake.repo.issues.get(number)!;
  life.at(at);
  issue.state = 'closed';
  issue.stateReason = 'not_planned';
  issue.closedAt = at;
  issue.updatedAt = at;
}

describe('a tracking issue closed as "not planned" by a stale bot', () => {
  let life: Life;
  let number = 0;

  beforeAll(async () => {
    life = await startLife(ENGAGEMENT, '2026-11-30T08:00:00Z');
    for (const login of ['acme-jane', 'studio-sam', 'stale[bot]']) life.fake.repo.user(login);
    await life.settle('2026-11-30T08:00:00Z');
    number = botIssue(life, 'tracking', 'milestone:copy').number;
  });
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  it('is reopened once with a note in both languages on how to record a real change', async () => {
    closeAsNotPlanned(life, number, '2026-12-01T02:00:00Z');
    const run = await life.settle('2026-12-01T03:00:00Z');
    expect(run.planned.some((line) => line.startsWith('reopen-issue'))).toBe(true);
    const issue = life.fake.repo.issues.get(number)!;
    expect(issue.state).toBe('open');
    expect(thread(life, number)).toEqual(['not-delivery/closed-2026-12-01T02:00:00Z']);
    const note = life.fake.repo.commentsOf(number).at(-1)!.body;
    expect(note).toContain('/rescope');
    expect(note).toContain('tick them above');
    expect(note).toContain('không thực hiện');
    expect(note).toContain('đánh dấu');
    expect(labelsOf(life, number)).not.toContain('deadline: done on time');
  });

  it('is left closed when a person closes it again: the action never fights a person twice', async () => {
    closeAsNotPlanned(life, number, '2026-12-02T09:00:00Z');
    const run = await life.settle('2026-12-02T10:00:00Z');
    expect(run.planned.filter((line) => line.includes(`"number":${number}`))).toEqual([]);
    expect(life.fake.repo.issues.get(number)!.state).toBe('closed');
    expect(thread(life, number)).toEqual(['not-delivery/closed-2026-12-01T02:00:00Z']);
    expect(labelsOf(life, number).some((label) => label.startsWith('deadline: done'))).toBe(false);
  });
});
