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
  /** The completion the action recorded on the tracking issue (its marker), or null. */
  readonly completion: { readonly at: string; readonly late: boolean; readonly text: string } | null;
  /** The summary row's business-days-late cell (`—` when none). */
  readonly summaryDaysLate: string | null;
  /** The status tags of its bar in the summary's chart (`done`, `crit`, `active`), or null. */
  readonly chartTags: readonly string[] | null;
  /**
   * The milestone's escalation issue: whether it is closed, and the last note that closed it: for the
   * handoff complete (its text names the outcome) or for the date moved past now.
   */
  readonly escalation: {
    readonly closed: boolean;
    readonly closingNote: { readonly because: 'completed' | 'moved'; readonly text: string } | null;
  } | null;
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
    .map((line) => /^\s+(.*?) : ((?:[a-z]+, )*)m\d+, (\d{4}-\d{2}-\d{2}), (\d+)d$/u.exec(line))
    .find((match) => match && letters(match[1]!) === letters(title));

  const completionNote = tracking.comments.find((comment) => markerOf(comment.body)?.kind === 'completion');
  const completionMarker = completionNote ? markerOf(completionNote.body) : undefined;
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
    chartEnd: bar ? addDays(bar[3]!, Number(bar[4]) - 1) : null,
    lastReminderDue: (reminders.at(-1)?.data?.due as string | undefined) ?? null,
    escalationDue: escalationDueLine ? firstDate(escalationDueLine) : null,
    completion:
      completionNote && completionMarker
        ? {
            at: String(completionMarker.data?.at ?? completionNote.createdAt),
            late: completionMarker.data?.late === 'true',
            text: completionNote.body,
          }
        : null,
    summaryDaysLate: cells?.[5] ?? null,
    chartTags: bar ? bar[2]!.split(', ').filter((tag) => tag.length > 0) : null,
    escalation: escalation
      ? {
          closed: escalation.state === 'closed',
          closingNote: closingNoteOf(escalation),
        }
      : null,
  };
}

function closingNoteOf(
  escalation: SnapshotIssue,
): NonNullable<MilestoneReadBack['escalation']>['closingNote'] {
  const note = escalation.comments
    .filter((comment) => markerOf(comment.body)?.kind === 'escalation-closed')
    .at(-1);
  if (!note) return null;
  return { because: markerOf(note.body)?.stage === 'moved' ? 'moved' : 'completed', text: note.body };
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
  /**
   * The handoff is complete: when (an ISO instant) and whether late, and by how many business days.
   * Every surface must say so: the action's record, the status label, the summary's row, days-late
   * cell and chart, no line in the next 14 days, and a closed escalation whose note names the outcome.
   */
  readonly completed?: { readonly at: string; readonly late: boolean; readonly businessDaysLate?: number };
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
  if (read.escalationDue !== null && expected.completed === undefined)
    expect(read.escalationDue, `${where}: the due date its escalation issue states`).toBe(expected.due);
  if (expected.completed !== undefined) expectCompleted(read, where, expected.completed);
  return read;
}

/** The done-on-time / done-late markers of the summary's status column, in either language. */
const DONE_ON_TIME = '✅';
const DONE_LATE = '☑️';

function expectCompleted(
  read: MilestoneReadBack,
  where: string,
  completed: NonNullable<ExpectedFact['completed']>,
): void {
  const { late } = completed;
  expect(read.completion, `${where}: the action recorded the completion`).not.toBeNull();
  expect(new Date(read.completion!.at).toISOString(), `${where}: the recorded completion time`).toBe(
    new Date(completed.at).toISOString(),
  );
  expect(read.completion!.late, `${where}: the recorded verdict (late)`).toBe(late);
  expect(read.trackingStatus, `${where}: the tracking issue's status label`).toBe(
    late ? 'done late' : 'done on time',
  );
  expect(read.summaryRow?.status, `${where}: the summary row's status`).toContain(
    late ? DONE_LATE : DONE_ON_TIME,
  );
  const daysLate = completed.businessDaysLate;
  if (daysLate !== undefined) {
    expect(read.summaryDaysLate, `${where}: the summary row's days late`).toBe(
      daysLate > 0 ? String(daysLate) : late ? 'less than a business day' : '—',
    );
    expect(read.completion!.text.includes(String(daysLate)) || daysLate === 0, `${where}: the record`).toBe(
      true,
    );
  }
  expect(read.chartTags, `${where}: its bar in the chart is done`).toContain('done');
  expect(read.chartTags?.includes('crit'), `${where}: its bar in the chart is late (crit)`).toBe(late);
  expect(read.next14Days, `${where}: a handoff done is not listed in the next 14 days`).toBeNull();
  if (read.escalation !== null) {
    expect(read.escalation.closed, `${where}: its escalation is closed`).toBe(true);
    const note = read.escalation.closingNote;
    expect(note, `${where}: the note that closed its escalation`).not.toBeNull();
    if (note?.because === 'completed') {
      const saysLate = /\blate\b|trễ/iu.test(note.text.split('<!--')[0]!);
      expect(saysLate, `${where}: the escalation's closing note names the outcome`).toBe(late);
    }
  }
}
