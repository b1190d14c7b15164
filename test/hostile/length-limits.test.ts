// GitHub's length limits, from both ends: the fake refuses what GitHub would refuse (422), and the
// escalation issue of a milestone with 1,500 replies still fits in one body.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GITHUB_LIMITS } from '../../src/plan/github-limits';
import { statusOf } from '../../src/github/request-errors';
import { addIssue, makeComment, updateIssue } from '../../fake-github/world';
import { emptyWorld, engagementOf, issueByTitle, step } from '../deadlines/helpers';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import { testClient } from '../github/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

describe('the escalation issue of a long-running late handoff', () => {
  it('keeps 1,500 replies within one body: the start, the latest, and how many in between', () => {
    const engagement = engagementOf();
    // The ladder climbs a step at a time: the friendly reminder, the formal notice, the escalation.
    let snapshot = step(engagement, emptyWorld(), at('2026-11-30')).snapshot;
    snapshot = step(engagement, snapshot, at('2026-12-02')).snapshot;
    snapshot = step(engagement, snapshot, at('2026-12-04')).snapshot;
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    const start = Date.parse(at('2026-12-04', '10:00'));
    snapshot = updateIssue(snapshot, brand, (issue) => ({
      ...issue,
      comments: [
        ...issue.comments,
        ...Array.from({ length: 1_500 }, (_, i) =>
          makeComment({
            author: i % 2 === 0 ? 'lan-bepxanh' : 'quang-songhan',
            association: i % 2 === 0 ? 'NONE' : 'MEMBER',
            body: `Reply ${i}`,
            createdAt: new Date(start + i * 30_000).toISOString(),
            url: `${issue.url}#issuecomment-${9_000_000 + i}`,
          }),
        ),
      ],
    }));
    // 1,500 replies and the three notes before them (friendly, formal notice, escalation link): the
    // first 20 and latest 80 entries are kept. `step` also checks that planning again writes nothing.
    const update = step(engagement, snapshot, at('2026-12-05', '09:00'));
    expect(update.writes.map((write) => write.kind)).toEqual(['edit-issue']);
    const body = issueByTitle(update.snapshot, 'Escalation').body;
    expect(body.length).toBeLessThan(GITHUB_LIMITS.body / 2);
    expect(body).toContain(
      `\n- … 1403 more entries in between; every reminder and reply is in the comments of #${brand}\n`,
    );
    expect(body).toContain('#issuecomment-9001499');
    expect(body).not.toContain('#issuecomment-9000500)');
  });
});

describe('a title the action writes', () => {
  it("an escalation of a filed deadline whose title already fills GitHub's 256 characters is cut with the count", () => {
    const engagement = engagementOf({ milestones: [] });
    const title = `Bàn giao ảnh sản phẩm ${'và nội dung '.repeat(30)}`.slice(0, GITHUB_LIMITS.title);
    let snapshot = addIssue(emptyWorld(), {
      number: 40,
      title,
      body: [
        '### Due date / Hạn bàn giao',
        '',
        '2026-12-10',
        '',
        '### Owner side / Bên bàn giao',
        '',
        'Client',
      ].join('\n'),
      labels: ['deadline'],
      author: 'lan-bepxanh',
      createdAt: at('2026-12-01', '08:00'),
    });
    // `step` checks each run is followed by a rerun that plans nothing: the cut title is stable.
    for (const day of ['2026-12-01', '2026-12-11', '2026-12-14', '2026-12-16', '2026-12-17', '2026-12-18'])
      snapshot = step(engagement, snapshot, at(day)).snapshot;
    const escalation = snapshot.issues.find((issue) => issue.title.startsWith('Escalation: '))!;
    expect(escalation.title.length).toBeLessThanOrEqual(GITHUB_LIMITS.title);
    const dropped = Number(/… \(and (\d+) more characters\)$/u.exec(escalation.title)?.[1]);
    const whole = `Escalation: ${title} (due Thu, 10 Dec 2026)`;
    expect(escalation.title.indexOf('…') + dropped).toBe(whole.length);
    expect(whole.startsWith(escalation.title.slice(0, escalation.title.indexOf('…')))).toBe(true);
  });
});

describe('the GitHub fake refuses what GitHub refuses for its length', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await startFakeGitHub();
    fake.repo.addIssue({ title: 'Existing', body: '', author: 'lan-bepxanh' });
  });
  afterEach(async () => {
    await fake.close();
  });
  const repo = () => ({ owner: fake.repo.owner, repo: fake.repo.name });

  async function refusal(call: () => Promise<unknown>): Promise<{ status?: number; errors?: unknown }> {
    try {
      await call();
    } catch (error) {
      const data = (error as { response?: { data?: { errors?: unknown } } }).response?.data;
      return { status: statusOf(error), errors: data?.errors };
    }
    throw new Error('GitHub would have refused this');
  }

  it('a body of 65,537 characters: 422 "body is too long"', async () => {
    const { octokit } = testClient(fake);
    expect(
      await refusal(() =>
        octokit.request('POST /repos/{owner}/{repo}/issues', {
          ...repo(),
          title: 'x',
          body: 'b'.repeat(65_537),
        }),
      ),
    ).toEqual({
      status: 422,
      errors: [
        {
          resource: 'Issue',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
          code: 'custom',
        },
      ],
    });
    await octokit.request('POST /repos/{owner}/{repo}/issues', {
      ...repo(),
      title: 'x',
      body: 'b'.repeat(65_536),
    });
    expect(fake.refused).toEqual([
      `POST /repos/${fake.repo.owner}/${fake.repo.name}/issues: body is too long (maximum is 65536 characters)`,
    ]);
  });

  it('a title of 257 characters: 422 "title is too long"', async () => {
    const { octokit } = testClient(fake);
    const answer = await refusal(() =>
      octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo(),
        issue_number: 1,
        title: 't'.repeat(257),
      }),
    );
    expect(answer).toEqual({
      status: 422,
      errors: [
        {
          resource: 'Issue',
          field: 'title',
          message: 'title is too long (maximum is 256 characters)',
          code: 'custom',
        },
      ],
    });
  });

  it('a comment of 65,537 characters: 422, on creating and on editing', async () => {
    const { octokit } = testClient(fake);
    const long = 'c'.repeat(65_537);
    const expected = {
      status: 422,
      errors: [
        {
          resource: 'IssueComment',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
          code: 'custom',
        },
      ],
    };
    expect(
      await refusal(() =>
        octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...repo(),
          issue_number: 1,
          body: long,
        }),
      ),
    ).toEqual(expected);
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo(),
      issue_number: 1,
      body: 'short',
    });
    expect(
      await refusal(() =>
        octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...repo(),
          comment_id: data.id,
          body: long,
        }),
      ),
    ).toEqual(expected);
  });

  it('a label name of 51 characters or of spaces: 422, whether created or added', async () => {
    const { octokit } = testClient(fake);
    const long = 'l'.repeat(51);
    expect(
      await refusal(() =>
        octokit.request('POST /repos/{owner}/{repo}/labels', { ...repo(), name: long, color: 'ededed' }),
      ),
    ).toEqual({
      status: 422,
      errors: [
        {
          resource: 'Label',
          field: 'name',
          message: 'name is too long (maximum is 50 characters)',
          code: 'custom',
        },
      ],
    });
    expect(
      await refusal(() =>
        octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
          ...repo(),
          issue_number: 1,
          labels: ['ok', '  '],
        }),
      ),
    ).toEqual({
      status: 422,
      errors: [{ resource: 'Label', field: 'name', message: "name can't be blank", code: 'custom' }],
    });
    expect(fake.repo.issues.get(1)!.labels).toEqual([]);
  });
});
