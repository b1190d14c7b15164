// Read back every surface that states a milestone's due date and status, as a person reads them: the
// tracking issue (its Due row and its status label), the weekly summary's table row, its next-14-days
// list and its chart, the last reminder's marker and the escalation issue. A domain test where a fact
// moves (an extension, a day-for-day shift, a completion, a week closing) ends with
// expectOneFactEverywhere(): every surface that states the fact states the same one.
import { expect } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot, SnapshotIssue } from '../../src/core/snapshot';

/** A date as the engagement's calendar names it: `YYYY-MM-DD`. */
export type LocalDate = string;

export interface MilestoneReadBack {
  /** The tracking issue's Due row (English or Vietnamese). */
  readonly trackingDue: LocalDate;
  /** The tracking issue's `deadline: …` label, without the prefix. */
  readonly trackingStatus: string | null;
  /** The summary's table row, or null when the summary has no row for it (or there is no summary). */
  readonly summaryRow: {
    readonly baseline: LocalDate;
    readonly current: LocalDate;
    readonly status: string;
  } | null;
  /** Its date in the summary's next-14-days list, or null when it is not listed. */
  readonly next14Days: LocalDate | null;
  /** The last day of its bar in the summary's chart (the current date), or null. */
  readonly chartEnd: LocalDate | null;
  /** The due date the last reminder posted on the tracking issue states in its marker, or null. */
  readonly lastReminderDue: string | null;
  /** The due date the milestone's escalation issue states, or null when there is none. */
  readonly escalationDue: LocalDate | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first date written in `text`, English (`25 Dec 2026`) or Vietnamese (`25/12/2026`). */
export function firstDate(text: string): LocalDate | null {
  const en = /(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/u.exec(text);
  const vi = /(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(text);
  const pick = en && vi ? (en.index < vi.index ? en : vi) : (en ?? vi);
  if (!pick) return null;
  const month = pick === en ? MONTHS.indexOf(pick[2]!) + 1 : Number(pick[2]);
  return `${pick[3]}-${String(month).padStart(2, '0')}-${pick[1]!.padStart(2, '0')}`;
}

/** Letters and digits only: how a title is told apart in the chart, which rewrites punctuation. */
const letters = (text: string): string => text.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');

const markerOf = (text: string) => parseMarkers(text)[0];

/** The summary issue of `week` (e.g. `2026-W51`), or the latest one. */
export function summaryIssue(snapshot: Snapshot, week?: string): SnapshotIssue | undefined {
  return snapshot.issues
    .concat(snapshot.internal?.issues ?? [])
    .filter((issue) => {
      const marker = markerOf(issue.body);
      return marker?.kind === 'summary' && (week === undefined || marker.subject === `week:${week}`);
    })
    .at(-1);
}

export function readBack(snapshot: Snapshot, trackingNumber: number, week?: string): MilestoneReadBack {
  const tracking = snapshot.issues.find((issue) => issue.number === trackingNumber);
  if (!tracking || markerOf(tracking.body)?.kind !== 'tracking')
    throw new Error(`#${trackingNumber} is no tracking issue`);
  const subject = markerOf(tracking.body)!.subject;
  const dueRow = tracking.body.split('\n').find((line) => /^\| (Due|Hạn bàn giao) \|/u.test(line));
  const trackingDue = dueRow ? firstDate(dueRow) : null;
  if (!trackingDue) throw new Error(`#${trackingNumber} states no due date:\n${tracking.body}`);
  const status = tracking.labels.find((label) => label.startsWith('deadline: '));

  const summary = summaryIssue(snapshot, week)?.body ?? '';
  const link = new RegExp(`\\]\\([^)]*/issues/${trackingNumber}\\)`, 'u');
  const row = summary.split('\n').find((line) => line.startsWith('| [') && link.test(line));
  const cells = row?.split(' | ').map((cell) => cell.trim());
  const listed = summary.split('\n').find((line) => line.startsWith('- **') && link.test(line));
  const title = tracking.body.split('\n')[0]?.replace(/^\*\*|\*\*$/gu, '') ?? '';
  const bar = summary
    .split('\n')
    .map((line) => /^\s+(.*?) : (?:[a-z]+, )*m\d+, (\d{4}-\d{2}-\d{2}), (\d+)d$/u.exec(line))
    .find((match) => match && letters(match[1]!) === letters(title));

  const reminders = tracking.comments
    .map((comment) => markerOf(comment.body))
    .filter((marker) => marker?.kind === 'reminder');
  const escalation = snapshot.issues
    .concat(snapshot.internal?.issues ?? [])
    .find(
      (issue) => markerOf(issue.body)?.kind === 'escalation' && markerOf(issue.body)?.subject === subject,
    );
  const escalationDueLine = escalation?.body
    .split('\n')
    .find((line) => /\b(due|hạn)\b/iu.test(line) && firstDate(line) !== null);

  return {
    trackingDue,
    trackingStatus: status ? status.slice('deadline: '.length) : null,
    summaryRow: cells
      ? {
          baseline: firstDate(cells[2] ?? '') ?? '',
          current: firstDate(cells[3] ?? '') ?? '',
          status: cells[4] ?? '',
        }
      : null,
    next14Days: listed ? firstDate(listed) : null,
    chartEnd: bar ? addDays(bar[2]!, Number(bar[3]) - 1) : null,
    lastReminderDue: (reminders.at(-1)?.data?.due as string | undefined) ?? null,
    escalationDue: escalationDueLine ? firstDate(escalationDueLine) : null,
  };
}

function addDays(date: LocalDate, days: number): LocalDate {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export interface ExpectedFact {
  /** The current due date every surface must state. */
  readonly due: LocalDate;
  /** The baseline date the summary's row keeps (the file's date), when it differs from `due`. */
  readonly baseline?: LocalDate;
  /** The `deadline: …` label the tracking issue carries (e.g. `upcoming`, `done on time`, `late`). */
  readonly status?: string;
  /** The summary row's status text must contain this (e.g. `Upcoming`, `Done`, `Late`). */
  readonly summaryStatus?: string;
  /** Whether the summary lists it in the next 14 days (checked only when given). */
  readonly inNext14Days?: boolean;
  /** The summary week to read (the latest summary issue when not given). */
  readonly week?: string;
  /** How to turn a reminder marker's instant into a local date (the engagement's time zone). */
  readonly timeZone?: string;
}

/**
 * Every surface that states the milestone's due date and status states `expected`: the tracking issue,
 * the summary's row, next 14 days and chart, the last reminder and the escalation (where they exist).
 */
export function expectOneFactEverywhere(
  snapshot: Snapshot,
  trackingNumber: number,
  expected: ExpectedFact,
): MilestoneReadBack {
  const read = readBack(snapshot, trackingNumber, expected.week);
  const where = `#${trackingNumber}`;
  expect(read.trackingDue, `${where}: the tracking issue's due date`).toBe(expected.due);
  if (expected.status !== undefined)
    expect(read.trackingStatus, `${where}: the tracking issue's status label`).toBe(expected.status);
  expect(read.summaryRow, `${where}: the summary has a row for it`).not.toBeNull();
  expect(read.summaryRow?.current, `${where}: the summary row's current date`).toBe(expected.due);
  if (expected.baseline !== undefined)
    expect(read.summaryRow?.baseline, `${where}: the summary row's baseline`).toBe(expected.baseline);
  if (expected.summaryStatus !== undefined)
    expect(read.summaryRow?.status, `${where}: the summary row's status`).toContain(expected.summaryStatus);
  expect(read.chartEnd, `${where}: the end of its bar in the summary's chart`).toBe(expected.due);
  if (expected.inNext14Days !== undefined)
    expect(read.next14Days !== null, `${where}: listed in the next 14 days`).toBe(expected.inNext14Days);
  if (read.next14Days !== null)
    expect(read.next14Days, `${where}: its date in the next 14 days`).toBe(expected.due);
  if (read.lastReminderDue !== null && expected.timeZone !== undefined)
    expect(
      new Date(read.lastReminderDue).toLocaleDateString('en-CA', { timeZone: expected.timeZone }),
      `${where}: the due date in the last reminder's marker`,
    ).toBe(expected.due);
  if (read.escalationDue !== null)
    expect(read.escalationDue, `${where}: the due date its escalation issue states`).toBe(expected.due);
  return read;
}
