// A tracking issue closed as completed by someone who is not a party to the engagement — another
// bot, a passer-by without write access — is not a handoff, end to end on the local GitHub fake: the
// action reads who closed it (only for tracking issues closed with no handoff recorded), reopens it
// once with a calm note naming the closer, and never fights a second closing. A closing by a party
// (a team member with write access) is the handoff, dated by the closing.
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
  - id: design
    title: Homepage design
    owner: vendor
    due: 2026-12-18
    deliverables: [Desktop mockup, Mobile mockup]
`;

function closeAsCompletedBy(life: Life, number: number, by: string, at: string): void {
  const issue = life.fake.repo.issues.get(number)!;
  life.at(at);
  issue.state = 'closed';
  issue.stateReason = 'completed';
  issue.closedAt = at;
  issue.closedBy = by;
  issue.updatedAt = at;
}

const closerReads = (life: Life) =>
  life.fake.requests.filter((request) => (request.query ?? '').includes('EngagementKeeperClosers'));

describe('a tracking issue closed as completed by someone who is not a party', () => {
  let life: Life;
  let copy = 0;
  let design = 0;

  beforeAll(async () => {
    life = await startLife(ENGAGEMENT, '2026-11-30T08:00:00Z');
    for (const login of ['acme-jane', 'studio-sam', 'tidy-bot[bot]', 'passer-by']) life.fake.repo.user(login);
    life.fake.repo.grant('studio-dev', 'write');
    life.fake.repo.grant('passer-by', 'read');
    await life.settle('2026-11-30T08:00:00Z');
    copy = botIssue(life, 'tracking', 'milestone:copy').number;
    design = botIssue(life, 'tracking', 'milestone:design').number;
  });
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  it('is reopened once when another bot closed it, with a note naming the closer in both languages', async () => {
    closeAsCompletedBy(life, copy, 'tidy-bot[bot]', '2026-12-01T02:00:00Z');
    const run = await life.settle('2026-12-01T03:00:00Z');
    expect(
      run.planned.some((line) => line.startsWith('reopen-issue') && line.includes('tidy-bot[bot]')),
    ).toBe(true);
    expect(life.fake.repo.issues.get(copy)!.state).toBe('open');
    expect(thread(life, copy)).toEqual(['not-delivery/closed-2026-12-01T02:00:00Z']);
    const note = life.fake.repo.commentsOf(copy).at(-1)!.body;
    expect(note).toContain('completed by `tidy-bot[bot]`, who is not a party to this engagement');
    expect(note).toContain('hoàn thành bởi `tidy-bot[bot]`');
    expect(labelsOf(life, copy).some((label) => label.startsWith('deadline: done'))).toBe(false);
  });

  it('is left closed, and still not delivered, when it is closed that way again', async () => {
    closeAsCompletedBy(life, copy, 'passer-by', '2026-12-02T09:00:00Z');
    const run = await life.settle('2026-12-02T10:00:00Z');
    expect(run.planned.filter((line) => line.includes(`"number":${copy}`))).toEqual([]);
    expect(life.fake.repo.issues.get(copy)!.state).toBe('closed');
    expect(thread(life, copy)).toEqual(['not-delivery/closed-2026-12-01T02:00:00Z']);
    expect(labelsOf(life, copy).some((label) => label.startsWith('deadline: done'))).toBe(false);
  });

  it('counts as the handoff when a team member with write access closes it, dated by the closing', async () => {
    const before = closerReads(life).length;
    closeAsCompletedBy(life, design, 'studio-dev', '2026-12-03T09:00:00Z');
    await life.settle('2026-12-03T10:00:00Z');
    expect(closerReads(life).length).toBeGreaterThan(before);
    expect(life.fake.repo.issues.get(design)!.state).toBe('closed');
    expect(labelsOf(life, design)).toContain('deadline: done on time');
    // A vendor milestone handed over: the completion note, then the client is asked how it went (#14).
    expect(thread(life, design)).toEqual(['completion', 'handoff-rating-request']);
  });

  it('asks who closed only the issue still closed with no handoff recorded', async () => {
    const before = closerReads(life).length;
    await life.settle('2026-12-04T10:00:00Z');
    const asked = closerReads(life).slice(before);
    // One batched request for the run (its rerun is off the record), about the copy issue only.
    expect(asked).toHaveLength(1);
    for (const request of asked) {
      const numbers = Object.entries(request.variables ?? {})
        .filter(([key]) => /^n\d+$/u.test(key))
        .map(([, value]) => value);
      expect(numbers).toEqual([copy]);
    }
  });
});
