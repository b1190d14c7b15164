// An urgent feedback's escalation issue is opened for its first breach. A later breach — the
// resolution time after the first response, or the time agreed with the client under
// `feedback.resolution_from_agreement` — is told on that issue too, reopening it if it was closed:
// the breach note on the feedback links the escalation, so the escalation must know it. Every run
// ends with an unchanged rerun that plans nothing (`run` checks it).
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { addComment, addIssue, applyPlan, makeSnapshot, updateIssue } from '../../fake-github/world';
import { asPlan, commentsOf, engagementWith, kinds, plan, run } from './helpers';

// Urgent (4 business hours to a first response, 2 business days to a resolution), filed Mon 09:00 ICT.
const FILED = '2026-11-23T02:00:00Z';
const FROM_AGREEMENT = engagementWith({ feedback: { resolution_from_agreement: true } });
const FROM_FILING = engagementWith();
const FEEDBACK = 11;
const ESCALATION = 12;

let ids = 8000;
const say = (snapshot: Snapshot, author: string, body: string, at: string, id = ids++): Snapshot =>
  addComment(snapshot, FEEDBACK, { id, author, body, createdAt: at });

const setState = (snapshot: Snapshot, number: number, state: 'open' | 'closed', at: string): Snapshot =>
  updateIssue(snapshot, number, (issue) => ({
    ...issue,
    state,
    stateReason: state === 'closed' ? 'completed' : 'reopened',
    closedAt: state === 'closed' ? at : null,
    updatedAt: at,
  }));

const issue = (snapshot: Snapshot, number: number) => snapshot.issues.find((i) => i.number === number)!;

/** Filed, acknowledged, first response missed (escalation #12 opened), then answered at 13:30. */
function escalatedThenAnswered(engagement = FROM_AGREEMENT): Snapshot {
  let world = addIssue(makeSnapshot(), {
    number: FEEDBACK,
    title: 'Trang web sập',
    body: 'Trang web không hoạt động từ 8 giờ sáng nay, khách không đặt hàng được. Rất gấp, mong khắc phục ngay lập tức.',
    labels: ['feedback'],
    createdAt: FILED,
  });
  world = run(world, '2026-11-23T02:01:00Z', engagement).snapshot;
  const breached = run(world, '2026-11-23T06:00:00Z', engagement);
  expect(kinds(breached.writes)).toEqual(['open-issue', 'add-labels', 'comment:feedback-sla-breach']);
  expect(issue(breached.snapshot, ESCALATION).title).toContain('#11');
  world = say(breached.snapshot, 'quang-songhan', 'Bên em đang xử lý ạ.', '2026-11-23T06:30:00Z');
  return run(world, '2026-11-23T06:35:00Z', engagement).snapshot;
}

describe('a later breach of urgent feedback reaches its escalation issue', () => {
  it('the time agreed with the client passes after the team closed the escalation: reopened, with one note', () => {
    let world = escalatedThenAnswered();
    world = say(world, 'quang-songhan', '/propose Chuyển sang máy chủ dự phòng.', '2026-11-24T03:00:00Z');
    world = run(world, '2026-11-24T03:05:00Z', FROM_AGREEMENT).snapshot;
    world = say(world, 'lan-bepxanh', '/agree', '2026-11-24T04:00:00Z', 8301);
    world = run(world, '2026-11-24T04:05:00Z', FROM_AGREEMENT).snapshot;
    // The client has a date: the team closes the escalation, as its own steps say.
    world = setState(world, ESCALATION, 'closed', '2026-11-24T05:00:00Z');
    // Agreed Tue 11:00 ICT; two business days later is Thu 11:00 ICT (04:00Z). A minute before: nothing.
    const before = run(world, '2026-11-26T03:59:00Z', FROM_AGREEMENT);
    expect(kinds(before.writes)).toEqual(['comment:feedback-sla-warning']);
    world = before.snapshot;
    const again = run(world, '2026-11-26T04:01:00Z', FROM_AGREEMENT);
    expect(kinds(again.writes)).toEqual([
      'reopen-issue',
      'comment:feedback-sla-breach',
      'comment:feedback-escalation-again',
    ]);
    const [note] = commentsOf(again.writes, ESCALATION);
    expect(note?.marker).toMatchObject({
      kind: 'feedback-escalation-again',
      stage: 'resolution-agreed-8301',
    });
    expect(note?.body).toContain('@quang-songhan');
    expect(note?.body).toContain('@hoa-songhan');
    expect(note?.body).toContain(
      'Feedback #11 has now also passed its resolution time, at **Thu, 26 Nov 2026, 11:00 (Vietnam time)**, and is not resolved yet.',
    );
    // What the breach note on the feedback says is true: the escalation it links is open and knows.
    const [breach] = commentsOf(again.writes, FEEDBACK);
    expect(breach?.body).toContain(`#${ESCALATION}`);
    expect(issue(again.snapshot, ESCALATION).state).toBe('open');

    // Closed again by a person after that note: theirs to decide; nothing more is written.
    const closedAgain = setState(again.snapshot, ESCALATION, 'closed', '2026-11-26T05:00:00Z');
    expect(plan(closedAgain, '2026-11-27T02:00:00Z', FROM_AGREEMENT)).toEqual([]);
  });

  it('without an agreement, the resolution time passing after the first response is told on the open escalation', () => {
    // Filed Mon 09:00 ICT: the resolution time from the filing ends Wed 09:00 ICT (02:00Z).
    const before = run(escalatedThenAnswered(FROM_FILING), '2026-11-25T01:59:00Z', FROM_FILING);
    expect(kinds(before.writes)).not.toContain('comment:feedback-sla-breach');
    const world = before.snapshot;
    const again = run(world, '2026-11-25T02:01:00Z', FROM_FILING);
    expect(kinds(again.writes)).toEqual(['comment:feedback-sla-breach', 'comment:feedback-escalation-again']);
    expect(commentsOf(again.writes, ESCALATION)[0]?.marker.stage).toBe('resolution');
  });

  it('a run stopped between the breach note and the escalation note finishes the job on the next run', () => {
    const world = escalatedThenAnswered(FROM_FILING);
    const now = '2026-11-25T02:01:00Z';
    const writes = plan(world, now, FROM_FILING);
    const k = writes.findIndex(
      (write) => write.kind === 'comment' && write.marker.kind === 'feedback-escalation-again',
    );
    expect(k).toBeGreaterThan(0);
    const stopped = applyPlan(world, asPlan(writes), now, { stopAfter: k }).snapshot;
    const finished = run(stopped, '2026-11-25T02:30:00Z', FROM_FILING);
    expect(kinds(finished.writes)).toEqual(['comment:feedback-escalation-again']);
  });
});
