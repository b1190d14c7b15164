// Feedback the action first reads after both its times passed (it was off, or adopted late, between
// the acknowledgement and now) gets one honest note, naming both times, not a note per time; urgent
// feedback's escalation issue is opened naming both, with no note on it that it passed "another" of
// its times in the same breath. Every run ends with an unchanged rerun that plans nothing.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import type { Write } from '../../src/core/plan';
import { commentMarkers } from '../../src/core/plan';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, engagementWith, kinds, plan, run } from './helpers';

// Mon 23 Nov 09:00 ICT. Urgent: first response by 13:00 ICT, resolution by Wed 25 Nov 09:00 ICT.
const FILED = '2026-11-23T02:00:00Z';
const BACK = '2026-11-26T02:00:00Z';

function acknowledgedThenOff(title: string, body: string, engagement = engagementWith()): Snapshot {
  const world = addIssue(makeSnapshot(), { number: 41, title, body, labels: ['feedback'], createdAt: FILED });
  return run(world, '2026-11-23T02:01:00Z', engagement).snapshot;
}

const URGENT = [
  'Trang web sập',
  'Trang web không hoạt động từ 8 giờ sáng nay, khách không đặt hàng được. Rất gấp, mong khắc phục ngay lập tức.',
] as const;

const breachNotes = (writes: readonly Write[]) =>
  commentsOf(writes, 41).filter((write) => write.marker.kind === 'feedback-sla-breach');

describe('both times passed before the action saw them', () => {
  it('urgent feedback: one breach note naming both times, one escalation issue naming both, no "again" note', () => {
    const engagement = engagementWith();
    const world = acknowledgedThenOff(...URGENT, engagement);
    const back = run(world, BACK, engagement);
    expect(kinds(back.writes)).toEqual(['open-issue', 'add-labels', 'comment:feedback-sla-breach']);
    const [note] = breachNotes(back.writes);
    expect(commentMarkers(note!).map((marker) => marker.stage)).toEqual(['first_response', 'resolution']);
    expect(note!.body).toContain('first-response time for this feedback passed at **Mon, 23 Nov 2026, 13:00');
    expect(note!.body).toContain('resolution time at **Wed, 25 Nov 2026, 09:00');
    const escalation = back.writes.find((write) => write.kind === 'open-issue')!;
    expect(escalation.kind === 'open-issue' && escalation.title).toBe(
      'Escalation: feedback #41 passed its first-response and resolution times',
    );
    expect(escalation.kind === 'open-issue' && escalation.body).toContain(
      'passed its agreed first-response time at **Mon, 23 Nov 2026, 13:00 (Vietnam time)**, and its resolution time at **Wed, 25 Nov 2026, 09:00',
    );
    expect(plan(back.snapshot, BACK, engagement)).toEqual([]);
    // Days later, nothing new has passed: nothing is said again, on either issue.
    const later = run(back.snapshot, '2026-11-30T02:00:00Z', engagement);
    expect(later.writes).toEqual([]);
  });

  it('in Vietnamese too, and for feedback that is not urgent: one note, no escalation issue', () => {
    const engagement = engagementWith({ engagement: { locale: 'vi' } });
    const world = acknowledgedThenOff(
      'Sai giá sản phẩm',
      'Giá sản phẩm cà phê Arabica bị hiển thị sai trên trang chi tiết. Nhờ bên em sửa lại giúp chị.',
      engagement,
    );
    // Important: first response by Tue 16:00 ICT, resolution by Mon 30 Nov 09:00 ICT.
    const back = run(world, '2026-12-01T02:00:00Z', engagement);
    expect(kinds(back.writes)).toEqual(['add-labels', 'comment:feedback-sla-breach']);
    const [note] = breachNotes(back.writes);
    expect(note!.body).toContain('Hạn phản hồi đầu tiên đã thống nhất cho mục này là **');
    expect(note!.body).toContain('và hạn giải quyết là **');
    expect(commentMarkers(note!)).toHaveLength(2);
    expect(plan(back.snapshot, '2026-12-01T02:00:00Z', engagement)).toEqual([]);
  });

  it('one time passed and the other’s warning fell due: one note says both', () => {
    const engagement = engagementWith();
    const world = acknowledgedThenOff(...URGENT, engagement);
    // Tue 24 Nov 16:00 ICT: the first response is past, the resolution (Wed 09:00 ICT) 75 % used.
    const now = '2026-11-24T09:00:00Z';
    const back = run(world, now, engagement);
    expect(kinds(back.writes)).toEqual(['open-issue', 'add-labels', 'comment:feedback-sla-breach']);
    const [note] = breachNotes(back.writes);
    expect(commentMarkers(note!).map(({ kind, stage }) => `${kind}:${stage}`)).toEqual([
      'feedback-sla-breach:first_response',
      'feedback-sla-warning:resolution',
    ]);
    expect(note!.body).toContain('first-response time for this feedback passed at **Mon, 23 Nov 2026, 13:00');
    expect(note!.body).toContain(
      'A reminder: the agreed resolution time for this feedback ends at **Wed, 25 Nov 2026, 09:00',
    );
    // The triage role is the vendor's primary contact, named once.
    expect(note!.body.match(/@quang-songhan/gu)).toHaveLength(1);
    expect(plan(back.snapshot, now, engagement)).toEqual([]);
    // The resolution time passes: its own note, and the escalation issue is told of it.
    const passed = run(back.snapshot, BACK, engagement);
    expect(kinds(passed.writes)).toEqual([
      'comment:feedback-sla-breach',
      'comment:feedback-escalation-again',
    ]);
    expect(plan(passed.snapshot, BACK, engagement)).toEqual([]);
  });

  it('one time passed while the action was off: one note for it, as before', () => {
    const engagement = engagementWith();
    const world = acknowledgedThenOff(...URGENT, engagement);
    const back = run(world, '2026-11-24T02:00:00Z', engagement);
    expect(kinds(back.writes)).toEqual(['open-issue', 'add-labels', 'comment:feedback-sla-breach']);
    const escalation = back.writes.find((write) => write.kind === 'open-issue')!;
    expect(escalation.kind === 'open-issue' && escalation.title).toBe(
      'Escalation: feedback #41 passed its first-response time',
    );
    // The resolution time passes later: its own note, and the escalation issue is told, once.
    const resolution = run(back.snapshot, BACK, engagement);
    expect(kinds(resolution.writes)).toEqual([
      'comment:feedback-sla-breach',
      'comment:feedback-escalation-again',
    ]);
    expect(plan(resolution.snapshot, BACK, engagement)).toEqual([]);
  });
});
