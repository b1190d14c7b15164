// #13, end to end on the local GitHub fake serving a GitHub Enterprise Server host (no
// redirect.github.com there): with `engagement.internal_repository`, every address of a client issue
// written in the internal repository is code, never a link or a bare `#N`, so the client's issues show
// no backlink; and the weekly summary, cut at 15 escalations, links "and N more" to a search of the
// internal repository with this engagement's tag, where the escalations are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engagementTag } from '../../src/core/places';
import type { FakeRepository } from '../../fake-github/state';
import { startLife, type Life } from '../e2e/life-helpers';

const HOST = 'https://ghes.example';
const INTERNAL = 'songhan/engagements-internal';
/** One more than the summary shows before it cuts the list of open escalations. */
const LATE = 17;

const milestones = Array.from(
  { length: LATE },
  (_, i) => `  - id: part-${i + 1}
    title: Content part ${i + 1}
    owner: client
    due: 2026-11-${String(2 + i).padStart(2, '0')}
    deliverables: [Texts of part ${i + 1}]`,
).join('\n');

const ENGAGEMENT = `engagement:
  name: Acme catalogue
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
kickoff:
  enabled: false # this test is about the internal repository; the kickoff stays in the client's
milestones:
${milestones}
`;

const TAG = engagementTag({ owner: 'songhan', name: 'bepxanh-website' });

describe('an internal repository on a GitHub Enterprise Server', () => {
  let life: Life;
  let internal: FakeRepository;
  let client = '';

  beforeAll(async () => {
    life = await startLife(ENGAGEMENT, '2026-11-30T03:00:00Z', { htmlBase: HOST });
    for (const login of ['acme-jane', 'acme-boss', 'sam-songhan', 'hoa-songhan']) life.fake.repo.user(login);
    internal = life.fake.addRepository('songhan', 'engagements-internal');
    for (const login of ['sam-songhan', 'hoa-songhan']) internal.grant(login, 'write');
    client = `${life.fake.repo.owner}/${life.fake.repo.name}`;
    // The ladder climbs a step at a time: the friendly reminder, the formal notice, the escalation.
    for (const day of ['2026-11-20', '2026-11-24', '2026-11-26']) await life.settle(`${day}T03:00:00Z`);
    await life.settle('2026-11-30T03:00:00Z');
  });
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  const mine = () => [...internal.issues.values()].filter((issue) => issue.labels.includes(TAG));

  it('writes every client issue as its address in code: no link, no bare #N, no redirect host', () => {
    const escalations = mine().filter((issue) => issue.title.startsWith('Escalation'));
    expect(escalations).toHaveLength(LATE);
    const tracking = [...life.fake.repo.issues.values()].find((issue) =>
      /Content part 1\b/u.test(issue.title),
    )!;
    const address = `${HOST}/${client}/issues/${tracking.number}`;
    const first = escalations.find((issue) => /Content part 1\b/u.test(issue.title))!;
    expect(first.body).toContain(`\`${address}\``);
    for (const { body } of mine()) {
      // Outside code, nothing names a client issue: a link or a bare address would leave a backlink.
      const outsideCode = body.replace(/```[\s\S]*?```|`[^`\n]*`|<!--[\s\S]*?-->/gu, '');
      expect(outsideCode).not.toMatch(new RegExp(`${HOST}/${client}/(issues|pull)/\\d`, 'u'));
      expect(outsideCode).not.toMatch(/(^|[\s(|])#\d/mu);
      expect(body).not.toContain('redirect.github.com');
      expect(body).not.toMatch(/(?<!\u200d)@acme-(jane|boss)\b/u);
    }
  });

  it('links the summary’s “and N more” escalations to the internal repository, filtered by the tag', () => {
    const summary = mine().find((issue) => /W49/u.test(issue.title))!;
    const decisions = summary.body.slice(summary.body.indexOf('### Needs a decision now'));
    const more = /and 2 more[^\n]*\]\((https:[^)\s]+)\)/u.exec(decisions);
    expect(more, decisions.slice(0, 4000)).not.toBeNull();
    const search = new URL(more![1]!);
    expect(`${search.origin}${search.pathname}`).toBe(`${HOST}/${INTERNAL}/issues`);
    expect(search.searchParams.get('q')).toBe(
      `is:issue is:open label:"engagement: escalation" label:"${TAG}"`,
    );
    // What the search finds there is exactly the open escalations of this engagement.
    const found = [...internal.issues.values()].filter(
      (issue) =>
        issue.state === 'open' &&
        issue.labels.includes('engagement: escalation') &&
        issue.labels.includes(TAG),
    );
    expect(found).toHaveLength(LATE);
  });
});
