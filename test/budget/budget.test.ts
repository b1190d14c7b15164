// GitHub's budgets at N = 1,000 tracked feedback issues (a quarter open), on the HTTP fake that prices
// GraphQL by GitHub's published rule. The workflow token has 1,000 GraphQL points and 1,000 REST
// requests an hour per repository; an hourly schedule plus 30 events an hour must stay under a quarter
// of each. The heavy sizes (10,000) are in `npm run bench`, not here.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngagement } from '../../src/engagement/load';
import { readSince } from '../../src/plan/reads';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github';
import type { RecordedRequest } from '../../fake-github/server';
import {
  loadInto,
  mergeSettled,
  readableBy,
  realisticSnapshot,
  settle,
} from '../../fake-github/realistic-repo';
import { recordActionRun, TOKEN_INPUTS } from '../support/action-run';
import { markedBody } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement } from '../../src/engagement/schema';
import { buildContext, factsOf } from '../../src/plan/planner';
import { encodeRecord, recordOf, recordsMarker } from '../../src/summary/records';
import { formatIsoWeek, previousWeek, weekEnd, weekOf, weekStart } from '../../src/summary/week';
import { makeIssue } from '../../fake-github/world';

const NOW = new Date('2026-12-02T02:00:00Z');
const N = 1000;
const HOURLY = 1000;

let fake: FakeGitHub;
let openIssue = 0;

beforeAll(async () => {
  const text = await readFile('examples/engagement.yml', 'utf8');
  const loaded = loadEngagement(text, 'examples/engagement.yml');
  if (!loaded.ok) throw new Error('the example engagement does not load');
  const engagement = loaded.engagement;
  const world = withAYearOfSummaries(engagement, realisticSnapshot(engagement, N, NOW));
  // Settled as the runs before would have left it, seeing what a scan reads.
  const settled = settle(engagement, readableBy(world, readSince(engagement, NOW)), NOW).snapshot;
  fake = await startFakeGitHub({ checkResponses: false, clock: () => NOW, htmlBase: 'https://github.com' });
  fake.repo.files.set('.github/engagement.yml', text);
  // The file's history as a team leaves it (no `adopted_on`): the action looks up its first commit.
  fake.repo.fileCommits.set('.github/engagement.yml', [
    { sha: 'a'.repeat(40), date: '2025-11-03T03:00:00Z' },
    { sha: 'b'.repeat(40), date: '2026-02-10T03:00:00Z' },
    { sha: 'c'.repeat(40), date: '2026-09-21T03:00:00Z' },
  ]);
  loadInto(fake, mergeSettled(world, settled));
  openIssue = world.issues.find((issue) => issue.state === 'open')!.number;
}, 120_000);
afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

/**
 * The 52 weekly summaries of the year before, closed, as the action leaves them: each holds the
 * records of the closed feedback last updated in its week, for the feedback the scan no longer reads.
 */
function withAYearOfSummaries(engagement: Engagement, world: Snapshot): Snapshot {
  const zone = engagement.engagement.time_zone;
  const feedback = factsOf(buildContext(engagement, world, NOW)).feedback;
  const updated = new Map(world.issues.map((issue) => [issue.number, issue.updatedAt]));
  let week = previousWeek(weekOf(NOW, zone), zone);
  let number = Math.max(...world.issues.map((issue) => issue.number));
  const issues = [...world.issues];
  for (let i = 0; i < 52; i += 1) {
    const start = weekStart(week, zone);
    const end = weekEnd(week, zone).getTime();
    const inWeek = feedback.filter((f) => {
      const at = Date.parse(updated.get(f.number) ?? '');
      return !f.open && at >= start.getTime() && at < end;
    });
    const records = new Map(inWeek.map((f) => [f.number, encodeRecord(recordOf(f))]));
    const subject = `week:${formatIsoWeek(week)}`;
    const closedAt = new Date(end + 2 * 3_600_000).toISOString();
    number += 1;
    issues.push(
      makeIssue({
        number,
        title: `${engagement.engagement.name} — week ${formatIsoWeek(week)}`,
        body: markedBody(`**Week ${formatIsoWeek(week)}**\n\n${'A line of the report.\n'.repeat(150)}`, [
          { kind: 'summary', subject },
          recordsMarker(subject, {
            since: weekStart(previousWeek(week, zone), zone).toISOString(),
            records,
            over: 0,
          }),
        ]),
        state: 'closed',
        stateReason: 'COMPLETED',
        labels: engagement.summary.labels,
        author: world.botLogin,
        createdAt: start.toISOString(),
        updatedAt: closedAt,
        closedAt,
      }),
    );
    week = previousWeek(week, zone);
  }
  // The year's records stand for most of the closed feedback, which the scan no longer reads.
  const recorded = issues.reduce((sum, issue) => sum + (issue.body.match(/;/gu)?.length ?? 0), 0);
  expect(recorded).toBeGreaterThan(N / 4);
  return { ...world, issues };
}

interface Spent {
  readonly requests: number;
  readonly graphqlRequests: number;
  readonly restRequests: number;
  readonly points: number;
  readonly writes: number;
  readonly planned: number;
  readonly plan: string;
}

/** A REST request that changes something, or a GraphQL mutation. */
const isWrite = (r: RecordedRequest): boolean =>
  r.operation === 'graphql' ? r.mutation === true : r.method !== 'GET';

async function run(eventName: string, payload: object): Promise<Spent> {
  const before = fake.requests.length;
  const pointsBefore = fake.pointsSpent();
  const { code, log, outputs } = await recordActionRun(fake, {
    inputs: { ...TOKEN_INPUTS, now: NOW.toISOString() },
    event: { name: eventName, payload },
    clockStart: NOW.getTime(),
  });
  expect(code, log.join('\n')).toBe(0);
  const made = fake.requests.slice(before);
  const graphqlRequests = made.filter((r) => r.operation === 'graphql').length;
  return {
    requests: made.length,
    graphqlRequests,
    restRequests: made.length - graphqlRequests,
    points: fake.pointsSpent() - pointsBefore,
    writes: made.filter((r) => isWrite(r)).length,
    planned: Number(outputs.planned ?? 'NaN'),
    plan: outputs.plan ?? '',
  };
}

describe(`GitHub's budgets at N = ${N}`, () => {
  let scheduled: Spent;
  let event: Spent;
  let opened: Spent;
  /** The scheduled run after new feedback: it brings the weekly summary up to date, then checks itself. */
  let writingSchedule: Spent;

  it('a settled scheduled run: at most 15 requests and 40 points, and nothing to write', async () => {
    scheduled = await run('schedule', {});
    expect(scheduled.planned, scheduled.plan.slice(0, 2000)).toBe(0);
    console.log(`N = ${N}: scheduled ${JSON.stringify({ ...scheduled, plan: undefined })}`);
    expect(scheduled.requests).toBeLessThanOrEqual(15);
    expect(scheduled.points).toBeLessThanOrEqual(40);
  }, 60_000);

  it('an event run (the client thanks the team on an open feedback): at most 5 requests and 10 points', async () => {
    const comment = fake.repo.addComment({
      issueNumber: openIssue,
      author: 'lan-bepxanh',
      body: 'Cảm ơn em nhé.',
    });
    const payload = {
      action: 'created',
      issue: { number: openIssue },
      comment: { id: comment.id, body: comment.body },
      sender: { login: 'lan-bepxanh' },
    };
    event = await run('issue_comment', payload);
    console.log(`N = ${N}: event ${JSON.stringify({ ...event, plan: undefined })}`);
    expect(event.requests).toBeLessThanOrEqual(5);
    expect(event.points).toBeLessThanOrEqual(10);
    // Thanks on feedback that is still open owe nothing: no rating request, no acknowledgement.
    expect(event.planned, event.plan.slice(0, 2000)).toBe(0);
    expect(event.writes).toBe(0);
    // The event run stated what is true after its own writes: the same event again, and the next
    // scheduled full scan, have nothing to write.
    const again = await run('issue_comment', payload);
    expect(again.planned, again.plan.slice(0, 2000)).toBe(0);
    expect(again.writes).toBe(0);
    const nextScan = await run('schedule', {});
    expect(nextScan.planned, nextScan.plan.slice(0, 2000)).toBe(0);
    expect(nextScan.writes).toBe(0);
  }, 120_000);

  it('an event run for new feedback: at most 5 requests and 10 points, and only the acknowledgement it owes', async () => {
    const issue = fake.repo.addIssue({
      title: 'Form liên hệ gửi xong không thấy email xác nhận',
      body: 'Khách điền form liên hệ trên trang Liên hệ, bấm Gửi thì báo thành công nhưng không ai nhận được email xác nhận. Nhờ bên em kiểm tra giúp chị.',
      author: 'lan-bepxanh',
      labels: ['feedback'],
    });
    const payload = {
      action: 'opened',
      issue: { number: issue.number, title: issue.title, body: issue.body },
      sender: { login: 'lan-bepxanh' },
    };
    opened = await run('issues', payload);
    console.log(`N = ${N}: new feedback ${JSON.stringify({ ...opened, plan: undefined })}`);
    expect(opened.requests).toBeLessThanOrEqual(5);
    expect(opened.points).toBeLessThanOrEqual(10);
    // The labels, the assignment to the triage and analysis roles, the acknowledgement and the
    // 5-whys prompt go as one GraphQL document on the new issue; nothing else of the repository's
    // 1,000 issues is touched by an event about one.
    expect(opened.writes).toBe(1);
    const touched = new Set(
      fake.requests
        .slice(-opened.requests)
        .filter((r) => isWrite(r))
        .map(
          (r) => /\/issues\/(\d+)/u.exec(r.path)?.[1] ?? /^I_(\d+)$/u.exec(String(r.variables?.issue))?.[1],
        ),
    );
    expect([...touched]).toEqual([String(issue.number)]);
    const written = fake.repo.issues.get(issue.number)!;
    expect(written.labels.length).toBeGreaterThan(1);
    expect(written.assignees.length).toBeGreaterThan(0);
    const planned = JSON.parse(opened.plan) as { writes: Array<{ kind: string }> };
    expect(fake.repo.commentsOf(issue.number)).toHaveLength(
      planned.writes.filter((write) => write.kind === 'comment').length,
    );
    const again = await run('issues', payload);
    expect(again.planned, again.plan.slice(0, 2000)).toBe(0);
    // The next scan brings the week's summary up to date with the new feedback, and only that.
    const nextScan = await run('schedule', {});
    writingSchedule = nextScan;
    console.log(`N = ${N}: schedule after new feedback ${JSON.stringify({ ...nextScan, plan: undefined })}`);
    const edits = JSON.parse(nextScan.plan) as { writes: Array<{ kind: string; reason: string }> };
    expect(edits.writes.map((write) => write.kind)).toEqual(['edit-issue']);
    expect(edits.writes[0]?.reason).toMatch(/weekly summary changed/u);
    const settled = await run('schedule', {});
    expect(settled.planned, settled.plan.slice(0, 2000)).toBe(0);
  }, 120_000);

  it('an hourly schedule plus 30 events an hour use under a quarter of the GraphQL and REST budgets', () => {
    // Every event priced as the dearer of the two kinds measured: a comment, or new feedback; the
    // hour's scheduled run as the dearer of a settled one and one that has the summary to bring up to
    // date after the hour's events (it writes, then reads the scan again to check itself).
    const perEvent = (key: 'points' | 'restRequests') => Math.max(event[key], opened[key]);
    const schedule = (key: 'points' | 'restRequests') => Math.max(scheduled[key], writingSchedule[key]);
    expect(writingSchedule.writes).toBeGreaterThan(0);
    const points = schedule('points') + 30 * perEvent('points');
    const rest = schedule('restRequests') + 30 * perEvent('restRequests');
    console.log(`N = ${N}: an hour of a schedule and 30 events: ${points} points, ${rest} REST requests`);
    expect(points).toBeLessThan(HOURLY / 4);
    expect(rest).toBeLessThan(HOURLY / 4);
  });
});
