// #13, end to end on the local GitHub fake: with `engagement.internal_repository`, the escalation and
// the weekly summary are opened in a second repository the client cannot read, tagged for this
// engagement (another engagement's issues in the same repository are left alone), with links to the
// client's issues that leave no backlink and the client's contacts named without a ping; nothing in
// the client repository points at them; an unchanged rerun writes nothing; and a token that cannot
// reach the internal repository stops the run with one error naming the repository and the permission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engagementTag } from '../../src/core/places';
import { markedBody } from '../../src/core/markers';
import type { FakeRepository } from '../../fake-github/state';
import { BOT_LOGIN, startLife, type Life } from '../e2e/life-helpers';
import { optOutOfQuietRerun } from '../support/quiet-rerun';

const INTERNAL = 'songhan/engagements-internal';

const ENGAGEMENT = `engagement:
  name: Acme landing page
  client: Acme
  vendor: Sông Hàn Digital
  time_zone: Asia/Ho_Chi_Minh
  adopted_on: 2026-11-01
  internal_repository: ${INTERNAL}
contacts:
  client:
    primary: { handle: '@acme-jane', name: Jane }
    account_manager: { handle: '@acme-boss', name: Bo }
  vendor:
    primary: { handle: '@sam-songhan', name: Sam }
    account_manager: { handle: '@hoa-songhan', name: Hoa }
summary:
  enabled: true
  day: mon
  time: '08:00'
milestones:
  - id: copy
    title: Final copy and images
    owner: client
    due: 2026-11-20
    deliverables: [Home page copy, Product photos]
  - id: launch
    title: Launch
    owner: vendor
    due: 2026-12-30
    depends_on: [copy]
    deliverables: [Site live]
`;

const TAG = engagementTag({ owner: 'songhan', name: 'bepxanh-website' });

describe('an engagement with an internal repository', () => {
  let life: Life;
  let internal: FakeRepository;
  let otherEngagement = 0;

  beforeAll(async () => {
    // Addresses on github.com, where redirect.github.com links without a backlink.
    life = await startLife(ENGAGEMENT, '2026-11-30T03:00:00Z', { htmlBase: 'https://github.com' });
    for (const login of ['acme-jane', 'acme-boss', 'sam-songhan', 'hoa-songhan']) life.fake.repo.user(login);
    internal = life.fake.addRepository('songhan', 'engagements-internal');
    // The vendor team works in the internal repository: GitHub assigns only people it knows there.
    for (const login of ['sam-songhan', 'hoa-songhan']) internal.grant(login, 'write');
    // Another engagement shares the internal repository: its escalation of a milestone of the same id.
    internal.addLabel('engagement:songhan/other-client');
    otherEngagement = internal.addIssue({
      title: 'Escalation: Final copy (other client)',
      body: markedBody('Another engagement’s escalation.', [
        { kind: 'escalation', subject: 'milestone:copy' },
      ]),
      author: BOT_LOGIN,
      association: 'NONE',
      labels: ['engagement:songhan/other-client'],
      createdAt: '2026-11-25T03:00:00Z',
      updatedAt: '2026-11-25T03:00:00Z',
    }).number;
  });
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  it('opens the escalation and the summary there, and reruns without a write', async () => {
    // The ladder climbs a step at a time: the friendly reminder, the formal notice, the escalation.
    await life.settle('2026-11-23T03:00:00Z');
    await life.settle('2026-11-25T03:00:00Z');
    await life.settle('2026-11-30T03:00:00Z');
    const mine = [...internal.issues.values()].filter((issue) => issue.labels.includes(TAG));
    expect(mine.map((issue) => issue.title).sort()).toEqual([
      expect.stringMatching(/2026-W48/u),
      expect.stringMatching(/2026-W49/u),
      expect.stringMatching(/^Escalation: Final copy and images/u),
    ]);
    expect(mine.every((issue) => issue.author === BOT_LOGIN)).toBe(true);
    // The other engagement's issue is untouched: no comment, still open, same labels.
    expect(internal.commentsOf(otherEngagement)).toEqual([]);
    expect(internal.issues.get(otherEngagement)!.labels).toEqual(['engagement:songhan/other-client']);
    // The labels the internal issues carry exist there; the client repository got none of the tag.
    for (const name of ['engagement: escalation', TAG])
      expect(internal.labels.has(name.toLowerCase())).toBe(true);
    expect(life.fake.repo.labels.has(TAG.toLowerCase())).toBe(false);

    // The client repository holds the tracking issues only: no escalation, no summary.
    const clientIssues = [...life.fake.repo.issues.values()];
    expect(clientIssues.map((issue) => issue.title).some((title) => /Escalation|W49/u.test(title))).toBe(
      false,
    );
  });

  it('labels its own issues again when someone removed the tag, and opens none of them twice', async () => {
    const mine = [...internal.issues.values()].filter((issue) => issue.labels.includes(TAG));
    expect(mine).toHaveLength(3); // the escalation, and the summaries of weeks 48 and 49
    // Someone tidies the labels: the escalation and this week's summary lose the engagement's tag.
    const tidied = mine.filter((issue) => issue.state === 'open');
    expect(tidied).toHaveLength(2);
    for (const issue of tidied) {
      issue.labels = issue.labels.filter((label) => label !== TAG);
      issue.updatedAt = '2026-11-30T03:30:00Z';
    }
    const count = internal.issues.size;
    life.at('2026-11-30T04:00:00Z');
    const run = await life.settle('2026-11-30T04:00:00Z');
    expect(run.planned.join('\n')).toMatch(/lost its label/u);
    expect(internal.issues.size, 'an internal issue was opened twice').toBe(count);
    for (const issue of tidied) expect(internal.issues.get(issue.number)!.labels).toContain(TAG);
    // The other engagement's issue, untagged for this one, is still not this engagement's.
    expect(internal.issues.get(otherEngagement)!.labels).toEqual(['engagement:songhan/other-client']);
    expect(internal.commentsOf(otherEngagement)).toEqual([]);
  });

  it('writes internal text that pings no one on the client side and leaves no backlink', () => {
    const escalation = [...internal.issues.values()].find(
      (issue) => issue.labels.includes(TAG) && issue.title.startsWith('Escalation'),
    )!;
    const tracking = [...life.fake.repo.issues.values()].find((issue) => issue.title.includes('Final copy'))!;
    const client = `${life.fake.repo.owner}/${life.fake.repo.name}`;
    expect(escalation.body).toContain(
      `[${client}#${tracking.number}](https://redirect.github.com/${client}/issues/${tracking.number})`,
    );
    expect(escalation.assignees).toEqual(['hoa-songhan']);
    expect(escalation.body).toContain('@hoa-songhan');
    for (const body of [...internal.issues.values()]
      .filter((i) => i.labels.includes(TAG))
      .map((i) => i.body)) {
      // No bare `#N` (it would name the internal repository's own issue) and no direct link to the client's.
      expect(body).not.toMatch(/(^|[\s(])#\d/mu);
      expect(body).not.toContain(`https://github.com/${client}/`);
      expect(body).toContain(`https://redirect.github.com/${client}/issues/${tracking.number}`);
      expect(body).not.toMatch(/(?<!\u200d)@acme-(jane|boss)\b/u);
    }
    expect(escalation.body).toContain('@\u200dacme-boss');
  });

  it('tells the client of the escalation without pointing at the internal repository', () => {
    const tracking = [...life.fake.repo.issues.values()].find((issue) => issue.title.includes('Final copy'))!;
    const step = life.fake.repo.commentsOf(tracking.number).at(-1)!.body;
    expect(step).toContain('an internal escalation');
    expect(step).not.toMatch(/engagements-internal|#\d/u);
  });

  it('stops with one error naming the repository and the permission when the token cannot read it', async () => {
    optOutOfQuietRerun(
      'the run fails for want of access, given back after it: its rerun is the first real run',
    );
    internal.tokenAccess = 'none';
    const run = await life.run('2026-12-01T03:00:00Z');
    internal.tokenAccess = 'write';
    expect(run.code).toBe(1);
    expect(run.restWrites).toBe(0);
    expect(run.failed).toContain(`cannot read the internal repository ${INTERNAL}`);
    expect(run.failed).toContain('"Issues: Read and write"');
    expect(run.failed).toContain('docs/internal-repository.md');
  });

  it('stops writing there with one error naming the repository when the token may only read it', async () => {
    internal.tokenAccess = 'read';
    // A week later the summary of the new week is due in the internal repository.
    const run = await life.run('2026-12-07T03:00:00Z');
    internal.tokenAccess = 'write';
    expect(run.code).toBe(1);
    expect(run.failed).toContain(`the token may not write issues in the internal repository ${INTERNAL}`);
    expect(run.failed).toContain('"Issues: Read and write"');
    // With the permission given, the next run makes what was left and then reruns quietly.
    await life.settle('2026-12-07T04:00:00Z');
    const summaries = [...internal.issues.values()].filter(
      (issue) => issue.labels.includes(TAG) && /W50/u.test(issue.title),
    );
    expect(summaries).toHaveLength(1);
  });
});
