// The client's answer to the questions the action asked about a thin report updates the labels the
// action guessed from too little — never a label a person set, and never once the team has taken over.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveFeedbackFacts } from '../../src/feedback';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import { ctxAt, plan, run } from './helpers';

const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 ICT
const ASKED = '2026-11-23T02:05:00Z';
const ANSWERED = '2026-11-24T07:00:00Z';
const NEXT_RUN = '2026-11-24T07:05:00Z';
const ANSWER =
  'Nút thanh toán bị lỗi, bấm vào thì trang trắng, khách không đặt hàng được. Rất gấp vì đang chạy khuyến mãi.';

const labelsOf = (snapshot: Snapshot, number = 5): string[] =>
  [...(snapshot.issues.find((issue) => issue.number === number)?.labels ?? [])].sort();

/** A two-word report: the action labels it as best it can and asks what happened. */
function asked(): Snapshot {
  const filed = addIssue(makeSnapshot(), {
    number: 5,
    title: 'Trang chủ',
    body: 'Trang chủ nhìn chưa ổn.',
    labels: ['feedback'],
    createdAt: FILED,
  });
  return run(filed, ASKED).snapshot;
}

/** The topic label the action guessed from the two words (whatever the model reads there). */
const guessedTopic = (snapshot: Snapshot): string =>
  labelsOf(snapshot).find((name) => name.startsWith('topic: ')) ?? 'none';

const answer = (snapshot: Snapshot, extra: Partial<{ author: string; createdAt: string }> = {}): Snapshot =>
  addComment(snapshot, 5, { body: ANSWER, createdAt: ANSWERED, ...extra });

describe("the client's answer to the triage questions", () => {
  it('replaces the labels the action guessed, and a rerun writes nothing', () => {
    const before = asked();
    const guessed = guessedTopic(before);
    expect(guessed).not.toBe('topic: quality');
    expect(labelsOf(before)).toEqual(expect.arrayContaining(['importance: important', 'priority: P2']));
    const after = run(answer(before), NEXT_RUN);
    expect(labelsOf(after.snapshot)).toEqual(
      expect.arrayContaining(['topic: quality', 'importance: urgent', 'priority: P1', 'type: negative']),
    );
    expect(labelsOf(after.snapshot)).not.toContain(guessed);
    expect(labelsOf(after.snapshot)).not.toContain('importance: important');
    const reasons = after.writes.filter((write) => write.kind === 'add-labels').map((write) => write.reason);
    expect(reasons.join('\n')).toContain('the client answered the questions the action asked');
    // The facts (and so the SLA and the summary) read the answer in the same run.
    const facts = deriveFeedbackFacts(ctxAt(after.snapshot, NEXT_RUN));
    expect(facts[0]).toMatchObject({ topic: 'quality', importance: 'urgent', priority: 'P1' });
    expect(plan(after.snapshot, NEXT_RUN)).toEqual([]);
    // Later runs keep the answer's labels.
    expect(plan(after.snapshot, '2026-11-24T07:30:00Z').filter((write) => write.kind !== 'comment')).toEqual(
      [],
    );
  });

  it('tells the client the importance and priority the answer made of it, with the dates that now apply', () => {
    const before = asked();
    const ack = before.issues[0]!.comments.find((comment) => comment.body.includes('"feedback-ack"'))!;
    // Too thin to read: the questions, no guessed topic or priority, and no clock the client never saw.
    expect(ack.body).not.toContain('ưu tiên P');
    expect(ack.body).not.toContain('tiếp tục được tính');
    expect(ack.body).toContain(
      'Ngay khi chị trả lời tại đây, chúng tôi sẽ báo chị thời hạn phản hồi và thời hạn giải quyết cụ thể.',
    );
    const after = run(answer(before), NEXT_RUN);
    expect(plan(after.snapshot, NEXT_RUN)).toEqual([]);
    const accepted = after.writes.find(
      (write) => write.kind === 'comment' && write.marker.kind === 'feedback-accepted',
    );
    const body = accepted?.kind === 'comment' ? accepted.body : '';
    // The acknowledgement said important (P2); the answer reads urgent (P1): the note says so, in the
    // acknowledgement's words, before the dates of the urgent clocks (2 business days to resolve).
    expect(body).toContain('mức độ **khẩn cấp** (ưu tiên P1); các mốc thời gian dưới đây theo mức độ này.');
    expect(body).toContain('Chúng tôi cam kết giải quyết trước **13:55 thứ Năm, 26/11/2026');
    expect(body).not.toContain('Góp ý này');
  });

  it('tells the triage the team set when the answer moved none of it', () => {
    // Every dimension labelled by a person: the answer moves none of them.
    const labelled = addIssue(makeSnapshot(), {
      number: 5,
      title: 'Trang chủ',
      body: 'Trang chủ nhìn chưa ổn.',
      labels: ['feedback', 'topic: design', 'importance: important', 'type: negative', 'priority: P2'],
      createdAt: FILED,
    });
    const before = run(labelled, ASKED).snapshot;
    const after = run(answer(before), NEXT_RUN);
    expect(plan(after.snapshot, NEXT_RUN)).toEqual([]);
    const accepted = after.writes.find(
      (write) => write.kind === 'comment' && write.marker.kind === 'feedback-accepted',
    );
    const body = accepted?.kind === 'comment' ? accepted.body : '';
    expect(body).toContain(
      'Với thông tin chị bổ sung, chúng tôi hiểu phản ánh này thuộc chủ đề **Thiết kế**, mức độ **quan trọng** (ưu tiên P2)',
    );
    expect(body).toContain('cam kết giải quyết trước');
  });

  it('leaves a label a person set, and follows the answer for the rest', () => {
    const relabelled = updateIssue(asked(), 5, (issue) => ({
      ...issue,
      labels: issue.labels.map((name) => (name.startsWith('topic: ') ? 'topic: support' : name)),
    }));
    const after = run(answer(relabelled), NEXT_RUN);
    expect(labelsOf(after.snapshot)).toContain('topic: support');
    expect(labelsOf(after.snapshot)).not.toContain('topic: quality');
    expect(labelsOf(after.snapshot)).toEqual(expect.arrayContaining(['importance: urgent', 'priority: P1']));
    expect(plan(after.snapshot, NEXT_RUN)).toEqual([]);
  });

  it('is not read once the team has responded, nor from the team itself', () => {
    const team = addComment(asked(), 5, {
      author: 'quang-songhan',
      association: 'OWNER',
      body: 'Chị cho em xin thêm ảnh chụp màn hình nhé.',
      createdAt: '2026-11-24T06:00:00Z',
    });
    const guessed = guessedTopic(asked());
    const late = run(answer(team), NEXT_RUN);
    expect(labelsOf(late.snapshot)).toEqual(
      expect.arrayContaining([guessed, 'importance: important', 'priority: P2']),
    );
    const fromTeam = run(answer(asked(), { author: 'vy-songhan' }), NEXT_RUN);
    expect(labelsOf(fromTeam.snapshot)).toContain(guessed);
  });

  it('changes nothing for feedback the action did not ask about', () => {
    const clear = addIssue(makeSnapshot(), {
      number: 5,
      title: 'Ảnh trang chủ bị mờ',
      body: 'Ảnh sản phẩm trên trang chủ bị mờ trên điện thoại. Mong ảnh hiển thị rõ như trên máy tính.',
      labels: ['feedback'],
      createdAt: FILED,
    });
    const acknowledged = run(clear, ASKED).snapshot;
    const labels = labelsOf(acknowledged);
    expect(labels).not.toContain('feedback: waiting for client');
    const later = run(answer(acknowledged), NEXT_RUN);
    expect(
      later.writes.filter((write) => write.kind === 'add-labels' || write.kind === 'remove-label'),
    ).toEqual([]);
    expect(labelsOf(later.snapshot)).toEqual(labels);
  });
});
