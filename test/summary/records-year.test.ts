// A year of feedback through the weekly runs, each run reading only what a full scan reads (open
// issues, closed ones updated since the look-back, the action's own issues). Closed feedback leaves
// the look-back week by week; the summary's records keep the totals to date what a run reading the
// whole repository gives (docs/summary.md, "Records of older feedback").
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot, SnapshotIssue } from '../../src/core/snapshot';
import { planRun } from '../../src/plan/planner';
import { readSince } from '../../src/plan/reads';
import { weeklyReport } from '../../src/plan/weekly-report';
import { readableBy } from '../../fake-github/realistic-repo';
import { addComment, addIssue, applyPlan, makeSnapshot, updateIssue } from '../../fake-github/world';
import { ENGAGEMENT } from '../feedback/helpers';

const engagement = ENGAGEMENT;
const WEEKS = Number(process.env.YEAR_WEEKS ?? 52);
/** Monday 2026-01-05, 00:00 in Ho Chi Minh City. */
const FIRST_MONDAY = Date.parse('2026-01-05T00:00:00+07:00');
const DAY = 86_400_000;

const at = (week: number, day: number, hour: number): string =>
  new Date(FIRST_MONDAY + (week * 7 + day) * DAY + hour * 3_600_000).toISOString();

const TEXTS = [
  'Trang chủ bị lỗi khi tải ảnh sản phẩm trên điện thoại.',
  'Cảm ơn cả đội, giao diện mới rất đẹp và dễ dùng.',
  'Khi nào có bản thử nghiệm cho trang thanh toán?',
];

/** What GitHub holds: every issue, and who wrote what. */
interface Year {
  world: Snapshot;
  next: number;
}

function nextNumber(world: Snapshot): number {
  return Math.max(0, ...world.issues.map((issue) => issue.number)) + 1;
}

function file(year: Year, week: number): number[] {
  const numbers: number[] = [];
  for (const [index, text] of TEXTS.entries()) {
    const number = nextNumber(year.world);
    year.world = addIssue(year.world, {
      number,
      title: `Góp ý tuần ${week + 1} (${index + 1})`,
      body: text,
      labels: [engagement.feedback.label],
      createdAt: at(week, 0, 8 + index),
      author: 'lan-bepxanh',
    });
    numbers.push(number);
  }
  return numbers;
}

function close(year: Year, number: number, when: string): void {
  year.world = updateIssue(year.world, number, (issue) => ({
    ...issue,
    state: 'closed',
    stateReason: 'COMPLETED',
    closedAt: when,
    closedBy: 'quang-songhan',
    updatedAt: when,
  }));
}

function reopen(year: Year, number: number, when: string): void {
  year.world = updateIssue(year.world, number, (issue) => ({
    ...issue,
    state: 'open',
    stateReason: 'REOPENED',
    closedAt: null,
    closedBy: null,
    updatedAt: when,
  }));
}

/** What a full scan at `now` reads of the world. */
const scanned = (world: Snapshot, now: string): Snapshot =>
  readableBy(world, readSince(engagement, new Date(now)));

/**
 * One scheduled run as the action makes it: plan on what the scan reads, apply to GitHub; then a
 * rerun at the same instant plans nothing.
 */
function scheduledRun(year: Year, now: string): void {
  const plan = planRun(engagement, scanned(year.world, now), new Date(now));
  year.world = applyPlan(year.world, plan, now).snapshot;
  const again = planRun(engagement, scanned(year.world, now), new Date(now));
  expect(
    again.writes.map((w) => `${w.kind}: ${w.reason}`),
    `an unchanged rerun at ${now} plans nothing`,
  ).toEqual([]);
}

/** The report a run shows for the current week, reading what a scan reads, or the whole repository. */
const reportOn = (world: Snapshot, now: string): string =>
  weeklyReport(engagement, world, new Date(now))?.body ?? '';

/** The figures to date: response times, SLA compliance, ratings, the pie by topic. */
function figuresToDate(body: string): string {
  const start = body.indexOf('### Response times');
  const end = body.indexOf('### Kudos') > 0 ? body.indexOf('### Kudos') : body.indexOf('## Learning');
  return body.slice(start, end);
}

const summaries = (world: Snapshot): SnapshotIssue[] =>
  world.issues.filter((issue) => parseMarkers(issue.body)[0]?.kind === 'summary');

const summaryOf = (world: Snapshot, week: string): SnapshotIssue =>
  summaries(world).find((issue) => parseMarkers(issue.body)[0]?.subject === `week:${week}`)!;

/** A year of weekly runs; `each` looks at the world after every Monday run. */
function aYear(each: (year: Year, week: number, monday: string) => void, weeks = WEEKS): Year {
  const year: Year = { world: makeSnapshot(), next: 1 };
  const filed = new Map<number, number[]>();
  for (let week = 0; week < weeks; week += 1) {
    // The client rates last week's closings, then files this week's feedback before the Monday run.
    for (const number of filed.get(week - 1) ?? []) {
      const issue = year.world.issues.find((i) => i.number === number)!;
      if (issue.state === 'closed' && number % 2 === 0)
        year.world = addComment(year.world, number, {
          author: 'lan-bepxanh',
          body: `/rate ${(number % 5) + 1}`,
          createdAt: at(week, 0, 7),
        });
    }
    filed.set(week, file(year, week));
    const monday = at(week, 0, 10);
    scheduledRun(year, monday);
    each(year, week, monday);
    // The team answers this week's feedback in the afternoon.
    for (const number of filed.get(week) ?? [])
      year.world = addComment(year.world, number, {
        author: 'quang-songhan',
        body: 'Bên em đã xem và đang xử lý ạ.',
        createdAt: at(week, 0, 14),
      });
    // Wednesday: the team closes last week's feedback, the third one only three weeks later.
    for (const [index, number] of (filed.get(week - 1) ?? []).entries())
      if (index < 2) close(year, number, at(week, 2, 11 + index));
    const [, , slow] = filed.get(week - 3) ?? [];
    if (slow !== undefined) close(year, slow, at(week, 2, 15));
    // Friday: a run asks to confirm and rate what was closed.
    scheduledRun(year, at(week, 4, 10));
  }
  return year;
}

describe('records of older feedback over a year', () => {
  it('keep the totals to date what reading every issue gives, while each run reads only the look-back', () => {
    let compared = 0;
    const year = aYear((y, week, monday) => {
      const read = scanned(y.world, monday);
      if (week >= 3) expect(read.issues.length).toBeLessThan(y.world.issues.length);
      const partial = reportOn(read, monday);
      const full = reportOn(y.world, monday);
      expect(figuresToDate(partial), `week ${week + 1}`).toEqual(figuresToDate(full));
      expect(partial).toEqual(full);
      compared += 1;
    });
    expect(compared).toBe(WEEKS);
    // Most of the year's feedback is no longer read, and counted through the records.
    const monday = at(WEEKS, 0, 10);
    const read = scanned(year.world, monday);
    const closedUnread = year.world.issues.filter(
      (issue) => issue.labels.includes('feedback') && !read.issues.some((r) => r.number === issue.number),
    );
    expect(closedUnread.length).toBeGreaterThan(WEEKS * 3 - 20);
    // Without the records, the same run would count only what it reads.
    const withoutRecords: Snapshot = {
      ...read,
      issues: read.issues.map((issue) => ({ ...issue, body: stripRecords(issue.body) })),
    };
    expect(figuresToDate(reportOn(withoutRecords, monday))).not.toEqual(
      figuresToDate(reportOn(year.world, monday)),
    );
    // Every summary's body stays within GitHub's limit.
    for (const issue of summaries(year.world)) expect(issue.body.length).toBeLessThanOrEqual(65_536);
  }, 600_000);
});

/** The count column of the first-response row: how many feedback the response times count. */
function firstResponses(body: string): number {
  const row = body.split('\n').find((line) => line.startsWith('| First response |'))!;
  return Number(row.split('|')[4]!.trim());
}

const stripRecords = (body: string): string =>
  body.replace(
    /\n<!-- engagement-keeper \{"kind":"summary","subject":"week:[^"]+","stage":"records".*?-->/gsu,
    '',
  );

describe('records that people touch', () => {
  it('a feedback reopened after its record counts as it is now, and again once closed: never twice', () => {
    let reopened = 0;
    aYear((y, week, monday) => {
      if (week === 8) {
        // Filed in week 1, closed in week 2, recorded then; long out of the look-back.
        reopened = y.world.issues.find((i) => i.title === 'Góp ý tuần 2 (1)')!.number;
        expect(scanned(y.world, monday).issues.some((i) => i.number === reopened)).toBe(false);
        reopen(y, reopened, at(week, 0, 11));
      }
      if (week === 10) close(y, reopened, at(week, 0, 11));
      if (week >= 8) {
        const later = at(week, 0, 12);
        expect(reportOn(scanned(y.world, later), later), `week ${week + 1}`).toEqual(
          reportOn(y.world, later),
        );
      }
    }, 14);
  }, 300_000);

  it('a summary whose text a person edits keeps its records; one whose records a person changes is named, not guessed', () => {
    aYear((y, week) => {
      if (week === 8) {
        // A person rewrites a line of a closed summary's text: its records are whole.
        const w3 = summaryOf(y.world, '2026-W03');
        expect(w3.state).toBe('closed');
        y.world = updateIssue(y.world, w3.number, (issue) => ({
          ...issue,
          body: issue.body.replace('## Client feedback', '## Client feedback (read by Quang)'),
          updatedAt: at(week, 0, 11),
        }));
        const later = at(week, 0, 12);
        const partial = reportOn(scanned(y.world, later), later);
        expect(partial).toEqual(reportOn(y.world, later));
        expect(partial).not.toContain('changed by hand');
      }
      if (week === 9) {
        // A person changes a record inside the hidden block of week 4's closed summary.
        const w4 = summaryOf(y.world, '2026-W04');
        y.world = updateIssue(y.world, w4.number, (issue) => ({
          ...issue,
          body: issue.body.replace(/"r":"([0-9a-z]+),/u, (_all, n: string) => `"r":"${n}1,`),
          updatedAt: at(week, 0, 11),
        }));
        const later = at(week, 0, 12);
        const partial = reportOn(scanned(y.world, later), later);
        const full = reportOn(y.world, later);
        expect(partial).toContain(
          `The records kept in the summary of [#${w4.number} 2026-W04](${w4.url}) cannot be read (they were edited, or written by a version of engagement-keeper this one cannot read)`,
        );
        // What the block held and no run reads any more is left out: fewer, never more, never guessed.
        expect(firstResponses(partial)).toBeLessThan(firstResponses(full));
        // The run that week writes nothing new about it, and a rerun is quiet (scheduledRun holds it).
        scheduledRun(y, later);
      }
    }, 11);
  }, 300_000);

  it('summaries written before records existed: the totals say from when they count, instead of shrinking silently', () => {
    aYear((y, week) => {
      if (week !== 8) return;
      // As if the weeks before had been written by a version without records.
      for (const issue of summaries(y.world))
        y.world = updateIssue(y.world, issue.number, (i) => ({ ...i, body: stripRecords(i.body) }));
      const later = at(week, 0, 12);
      scheduledRun(y, later);
      const partial = reportOn(scanned(y.world, later), later);
      // The first block written now keeps what the scan reads from last week's start (Monday 23 February).
      expect(partial).toContain(
        'Not counted in the figures to date: closed feedback last updated before Mon, 23 Feb 2026.',
      );
      expect(firstResponses(partial)).toBeLessThan(firstResponses(reportOn(y.world, later)));
    }, 9);
  }, 300_000);
});
