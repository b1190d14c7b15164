import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import { addIssue, applyPlan, makeSnapshot, updateIssue } from '../../fake-github/world';
import { asPlan, commentsOf, formBody, kinds, labelsAdded, plan, run } from './helpers';

const NOW = '2026-11-23T02:05:00Z'; // Mon 09:05 in Hồ Chí Minh City
const urgentForm = formBody({
  topic: 'Product quality / Chất lượng sản phẩm',
  importance: 'Urgent / Khẩn cấp',
  type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
  what: 'Trang thanh toán báo lỗi khi khách trả bằng thẻ Visa từ sáng nay.',
  expected: 'Khách thanh toán được bằng thẻ như bình thường.',
});

const world = (body = urgentForm, labels = ['feedback']) =>
  addIssue(makeSnapshot(), {
    number: 7,
    title: 'Lỗi thanh toán',
    body,
    labels,
    createdAt: '2026-11-23T02:00:00Z',
  });

describe('intake', () => {
  it('labels, assigns the triage and analysis roles and acknowledges in the client language at once', () => {
    const writes = plan(world(), NOW);
    expect(labelsAdded(writes, 7)).toEqual([
      'topic: quality',
      'importance: urgent',
      'type: negative',
      'priority: P1',
      'feedback: acknowledged',
    ]);
    // Clear feedback that asks for action is accepted at once: the analysis role takes it too.
    expect(writes).toContainEqual(
      expect.objectContaining({ kind: 'assign', assignees: ['quang-songhan', 'vy-songhan'] }),
    );
    const [ack, fiveWhys] = commentsOf(writes, 7);
    expect(ack?.marker).toMatchObject({ kind: 'feedback-ack', subject: 'issue:7', stage: 'negative' });
    // `name: Chị Lan` is read as a form of address: the greeting and every sentence after it say `chị`.
    expect(ack?.body).toContain('Chào chị Lan,');
    expect(ack?.body).not.toContain('anh/chị');
    expect(ack?.body).toContain('xin lỗi');
    expect(ack?.body).toContain('**Chất lượng sản phẩm**, mức độ **khẩn cấp** (ưu tiên P1)');
    // 4 working hours from Mon 09:00 → Mon 13:00; resolution 2 working days → Wed 09:00.
    expect(ack?.body).toContain('chậm nhất vào **13:00 thứ Hai, 23/11/2026 (giờ Việt Nam)**');
    expect(ack?.body).toContain('giải quyết trước **09:00 thứ Tư, 25/11/2026 (giờ Việt Nam)**');
    expect(fiveWhys?.marker.kind).toBe('feedback-5whys');
    expect(fiveWhys?.body).toContain('@vy-songhan');
    expect(fiveWhys?.body).toContain('5 whys');
  });

  it('writes nothing more on a rerun (idempotent)', () => {
    const once = run(world(), NOW);
    expect(plan(once.snapshot, NOW)).toEqual([]);
    expect(plan(once.snapshot, '2026-11-23T03:00:00Z')).toEqual([]);
  });

  it('ends in the same state when a run is interrupted after any write', () => {
    const full = run(world(), NOW).snapshot;
    const writes = plan(world(), NOW);
    for (let k = 0; k < writes.length; k += 1) {
      const partial = applyPlan(world(), asPlan(writes), NOW, { stopAfter: k }).snapshot;
      const resumed = run(partial, NOW).snapshot;
      const issue = resumed.issues.find((candidate) => candidate.number === 7)!;
      const expected = full.issues.find((candidate) => candidate.number === 7)!;
      expect([...issue.labels].sort()).toEqual([...expected.labels].sort());
      expect(issue.comments.map((comment) => parseMarkers(comment.body)[0]?.kind)).toEqual(
        expected.comments.map((comment) => parseMarkers(comment.body)[0]?.kind),
      );
      expect(plan(resumed, NOW)).toEqual([]);
    }
  });

  it('records what it applied and never undoes a person’s later label change', () => {
    const after = run(world(), NOW).snapshot;
    // The account manager decides it is only important, and removes the priority label.
    const changed = updateIssue(after, 7, (issue) => ({
      ...issue,
      labels: issue.labels
        .filter((name) => name !== 'importance: urgent' && name !== 'priority: P1')
        .concat('importance: important'),
    }));
    expect(plan(changed, '2026-11-23T02:30:00Z')).toEqual([]);
  });

  it('follows a person’s importance for the SLA clock', () => {
    const after = run(world(), NOW).snapshot;
    const lowered = updateIssue(after, 7, (issue) => ({
      ...issue,
      labels: issue.labels.filter((name) => name !== 'importance: urgent').concat('importance: important'),
    }));
    // Mon 14:00: past the urgent 4 working hours, but well within the important 16.
    expect(kinds(plan(lowered, '2026-11-23T07:00:00Z'))).toEqual([]);
    expect(kinds(plan(after, '2026-11-23T07:00:00Z'))).toContain('comment:feedback-sla-breach');
  });

  it('leaves a dimension someone labelled before the action alone', () => {
    const writes = plan(world(urgentForm, ['feedback', 'topic: support']), NOW);
    expect(labelsAdded(writes, 7)).not.toContain('topic: quality');
    const ack = commentsOf(writes, 7)[0];
    expect(ack?.marker.data?.topic).toBe('support');
    expect(ack?.marker.data?.labels?.split('\n')).not.toContain('topic: support');
  });

  it('ignores issues without the feedback label and closed feedback it never saw', () => {
    expect(plan(world(urgentForm, ['question']), NOW)).toEqual([]);
    const closed = updateIssue(world(), 7, (issue) => ({
      ...issue,
      state: 'closed',
      stateReason: 'NOT_PLANNED',
      closedAt: NOW,
    }));
    expect(plan(closed, NOW)).toEqual([]);
  });
});
