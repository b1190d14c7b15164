// The optional monthly pulse: one check-in issue a month for the client primary, from the start of
// working hours on the month's first business day, only for months the engagement had begun before;
// the first client `/rate` on it is recorded once and closes it; an unanswered one closes quietly when
// the next opens; the summary lists the answers as they stood at the week's end.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot, SnapshotIssue } from '../../src/core/snapshot';
import type { EngagementInput } from '../../src/engagement/schema';
import { addComment, deleteComment, editComment, updateIssue } from '../../fake-github/world';
import { emptyWorld, engagementOf, issueByTitle } from '../deadlines/helpers';
import { planRun } from '../../src/plan/planner';
import { fullRun } from '../support/runs';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const minuteBefore = (iso: string): string => new Date(Date.parse(iso) - 60_000).toISOString();
const minuteAfter = (iso: string): string => new Date(Date.parse(iso) + 60_000).toISOString();

const MILESTONES: EngagementInput['milestones'] = [
  { id: 'design', title: 'Visual design', owner: 'vendor', due: '2027-02-26', deliverables: ['Home page'] },
];
const withPulse = engagementOf({ milestones: MILESTONES, pulse: { monthly: true } });

const checkIns = (snapshot: Snapshot): SnapshotIssue[] =>
  snapshot.issues.filter((issue) => parseMarkers(issue.body)[0]?.kind === 'pulse');
const summaryBody = (snapshot: Snapshot): string =>
  snapshot.issues.find((issue) => parseMarkers(issue.body)[0]?.kind === 'summary' && issue.state === 'open')
    ?.body ?? '';

/** The engagement starts on Monday 30 November; December's check-in is due Tuesday 1 December, 08:30. */
function started(engagement = withPulse): Snapshot {
  return fullRun(engagement, emptyWorld(), at('2026-11-30')).snapshot;
}

describe('the monthly check-in', () => {
  it('is off unless the engagement file turns it on', () => {
    const off = engagementOf({ milestones: MILESTONES });
    const snapshot = fullRun(off, started(off), at('2026-12-01', '10:00')).snapshot;
    expect(checkIns(snapshot)).toEqual([]);
  });

  it('opens a minute after working hours begin on the first business day, not a minute before, once', () => {
    let snapshot = started();
    // Its label is there from the first run, before a check-in needs it.
    expect(snapshot.labels.map((label) => label.name)).toContain('engagement: pulse');
    snapshot = fullRun(withPulse, snapshot, minuteBefore(at('2026-12-01', '08:30'))).snapshot;
    expect(checkIns(snapshot)).toEqual([]);
    // One pass plans it all: the summary already lists the check-in this same run opens.
    const once = planRun(withPulse, snapshot, new Date(minuteAfter(at('2026-12-01', '08:30'))));
    const summaryWrites = once.writes.filter(
      (write) =>
        (write.kind === 'edit-issue' || write.kind === 'open-issue') && write.body?.includes('week:'),
    );
    expect(summaryWrites.map((write) => 'body' in write && write.body)).toEqual([
      expect.stringContaining('- December 2026: asked, not answered yet'),
    ]);
    const run = fullRun(withPulse, snapshot, minuteAfter(at('2026-12-01', '08:30')));
    const [checkIn] = checkIns(run.snapshot);
    expect(checkIns(run.snapshot)).toHaveLength(1);
    expect(checkIn!.title).toBe('Bếp Xanh website rebuild: công việc đang thế nào? Trao đổi tháng 12/2026');
    expect(checkIn!.labels).toContain('engagement: pulse');
    // In the client's language, to the client primary by their form of address, in one voice.
    expect(checkIn!.body).toMatch(/^Chào chị Lan \(@lan-bepxanh\)\. Đầu mỗi tháng, chúng tôi xin hỏi chị/u);
    expect(checkIn!.body).toContain('`/rate`');
    expect(checkIn!.body).not.toContain('anh/chị');
    // The rest of the month: nothing more (each fullRun also ends with an unchanged rerun).
    const later = fullRun(withPulse, run.snapshot, at('2026-12-21')).snapshot;
    expect(checkIns(later)).toHaveLength(1);
  });

  it('skips the month the engagement began in, and waits for the first business day after New Year', () => {
    // Adopted on 2 December: December is not asked about.
    let snapshot = fullRun(withPulse, emptyWorld(), at('2026-12-02')).snapshot;
    snapshot = fullRun(withPulse, snapshot, at('2026-12-15')).snapshot;
    expect(checkIns(snapshot)).toEqual([]);
    // 1 January 2027 is a public holiday, 2 and 3 January a weekend: the check-in waits for Monday 4th.
    snapshot = fullRun(withPulse, snapshot, at('2027-01-01', '10:00')).snapshot;
    snapshot = fullRun(withPulse, snapshot, at('2027-01-03', '10:00')).snapshot;
    expect(checkIns(snapshot)).toEqual([]);
    snapshot = fullRun(withPulse, snapshot, minuteAfter(at('2027-01-04', '08:30'))).snapshot;
    expect(checkIns(snapshot).map((issue) => issue.title)).toEqual([
      'Bếp Xanh website rebuild: công việc đang thế nào? Trao đổi tháng 1/2027',
    ]);
  });

  it('opens none once every milestone is handed over: the retrospective takes over', () => {
    const done = engagementOf({
      milestones: [{ ...MILESTONES[0]!, due: '2026-12-10' }],
      pulse: { monthly: true },
    });
    let snapshot = fullRun(done, emptyWorld(), at('2026-11-02')).snapshot;
    const design = issueByTitle(snapshot, 'Visual design').number;
    snapshot = updateIssue(snapshot, design, (issue) => ({
      ...issue,
      body: issue.body.replace('- [ ] Home page', '- [x] Home page'),
      updatedAt: at('2026-11-20'),
    }));
    snapshot = fullRun(done, snapshot, at('2026-11-20', '10:00')).snapshot;
    snapshot = fullRun(done, snapshot, at('2026-12-01', '10:00')).snapshot;
    expect(checkIns(snapshot)).toEqual([]);
  });
});

describe('the answer is a record', () => {
  it('records the first client /rate once and closes the check-in; later edits and deletes change nothing', () => {
    let snapshot = fullRun(withPulse, started(), at('2026-12-01', '10:00')).snapshot;
    const number = checkIns(snapshot)[0]!.number;
    // A vendor's /rate and a quoted or fenced one do not count.
    snapshot = addComment(snapshot, number, {
      author: 'quang-songhan',
      body: '/rate 5',
      createdAt: at('2026-12-01', '11:00'),
    });
    snapshot = addComment(snapshot, number, {
      author: 'lan-bepxanh',
      body: 'Trả lời kiểu như\n```\n/rate 1\n```\nhoặc\n> /rate 2',
      createdAt: at('2026-12-01', '12:00'),
    });
    const before = fullRun(withPulse, snapshot, at('2026-12-01', '13:00'));
    expect(before.writes.filter((write) => write.kind === 'comment')).toEqual([]);
    snapshot = addComment(before.snapshot, number, {
      author: 'lan-bepxanh',
      body: '/rate 4 Mọi thứ ổn, chỉ mong báo trước lịch demo sớm hơn.',
      createdAt: at('2026-12-02', '09:00'),
    });
    const rated = fullRun(withPulse, snapshot, at('2026-12-02', '10:00'));
    const record = rated.writes.filter((write) => write.kind === 'comment');
    expect(record.map((write) => write.marker.kind)).toEqual(['pulse-rating']);
    expect(record[0]!.marker.data).toMatchObject({
      rating: '4',
      by: 'lan-bepxanh',
      words: 'Mọi thứ ổn, chỉ mong báo trước lịch demo sớm hơn.',
    });
    expect(record[0]!.body).toMatch(
      /^Cảm ơn chị Lan \(@lan-bepxanh\): chúng tôi đã ghi nhận chị chấm \*\*4\/5\*\* cho tháng 12\/2026\./u,
    );
    expect(rated.writes.filter((write) => write.kind === 'close-issue')).toHaveLength(1);
    snapshot = rated.snapshot;
    expect(checkIns(snapshot)[0]!.state).toBe('closed');
    // The summary lists it, in the team's language.
    expect(summaryBody(snapshot)).toContain('### Monthly check-ins with the client');
    expect(summaryBody(snapshot)).toContain(
      '- December 2026: **4/5**, from Lan — “Mọi thứ ổn, chỉ mong báo trước lịch demo sớm hơn.”',
    );

    // Edited to 1, then deleted: the record stands, nothing is written, the summary keeps 4/5.
    const answer = checkIns(snapshot)[0]!.comments.find((comment) => comment.body.startsWith('/rate 4'))!;
    snapshot = editComment(snapshot, number, answer.id, '/rate 1', at('2026-12-03'));
    const edited = fullRun(withPulse, snapshot, at('2026-12-03', '10:00'));
    expect(edited.writes.filter((write) => write.kind !== 'edit-issue')).toEqual([]);
    snapshot = deleteComment(edited.snapshot, number, answer.id);
    const deleted = fullRun(withPulse, snapshot, at('2026-12-04', '10:00'));
    expect(deleted.writes.filter((write) => write.kind === 'comment')).toEqual([]);
    expect(summaryBody(deleted.snapshot)).toContain('- December 2026: **4/5**');
  });

  it('an answer given in an event run on the check-in is recorded there', () => {
    let snapshot = fullRun(withPulse, started(), at('2026-12-01', '10:00')).snapshot;
    const number = checkIns(snapshot)[0]!.number;
    snapshot = addComment(snapshot, number, {
      author: 'lan-bepxanh',
      body: '/rate 5',
      createdAt: at('2026-12-01', '14:00'),
    });
    const event = fullRun(
      withPulse,
      { ...snapshot, scope: { kind: 'issue', number } },
      at('2026-12-01', '14:01'),
    );
    expect(event.writes.map((write) => write.kind)).toEqual(['comment', 'close-issue']);
  });

  it('an unanswered check-in closes quietly when the next month opens', () => {
    let snapshot = fullRun(withPulse, started(), at('2026-12-01', '10:00')).snapshot;
    snapshot = fullRun(withPulse, snapshot, at('2026-12-31', '10:00')).snapshot;
    expect(summaryBody(snapshot)).toContain('- December 2026: asked, not answered yet');
    const january = fullRun(withPulse, snapshot, at('2027-01-04', '09:00'));
    const closes = january.writes.filter((write) => write.kind === 'close-issue');
    expect(closes.map((write) => write.kind === 'close-issue' && write.stateReason)).toContain('not_planned');
    expect(
      january.writes.filter((write) => write.kind === 'comment' && write.marker.kind.startsWith('pulse')),
    ).toEqual([]);
    expect(
      checkIns(january.snapshot).map((issue) => [issue.title.replace(/^.*Trao đổi /u, ''), issue.state]),
    ).toEqual([
      ['tháng 12/2026', 'closed'],
      ['tháng 1/2027', 'open'],
    ]);
  });
});
