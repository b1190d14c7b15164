// A decision the action made on a piece of feedback stands when the model changes: the root-cause
// prompt follows the most likely reading recorded when the feedback was acknowledged, not what a
// retrained model reads from the same text on a later run. A person's label still moves it.
import { describe, expect, it, vi } from 'vitest';
import { addComment, addIssue, makeSnapshot, updateIssue } from '../../fake-github/world';
import { commentsOf, engagementWith, run } from './helpers';

const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 ICT

// Weights made for the case (odds-weights.ts): every text reads the same, with the odds the test sets.
const odds = vi.hoisted(() => ({ importance: [0.05, 0.45, 0.5], urgency: [0.05, 0.9, 0.05] }));
vi.mock('../../src/feedback/classifier/predict', async (original) => {
  const real = await original<typeof import('../../src/feedback/classifier/predict')>();
  const { oddsWeights } = await import('./odds-weights');
  return { ...real, shippedWeights: () => oddsWeights(odds) };
});

const fiveWhys = (writes: Parameters<typeof commentsOf>[0]) =>
  commentsOf(writes, 1).filter((write) => write.marker.kind === 'feedback-5whys');

describe('decisions stand when the model changes', () => {
  const world = addIssue(makeSnapshot(), {
    number: 1,
    title: 'Trang đặt hàng có vấn đề',
    body: 'Sáng nay mấy khách nhắn là bấm đặt hàng xong không thấy gì, em kiểm tra giúp chị.',
    labels: ['feedback'],
    createdAt: FILED,
  });
  // Low is the most likely importance, important a close rival: acted on as important (P2), but
  // the most likely reading is P4, so no root-cause prompt.
  odds.importance = [0.05, 0.45, 0.5];
  const first = run(world, '2026-11-23T02:05:00Z', engagementWith());

  it('acknowledges as P2 without a root-cause prompt', () => {
    expect(commentsOf(first.writes, 1).map((write) => write.marker.kind)).toContain('feedback-ack');
    expect(fiveWhys(first.writes)).toEqual([]);
  });

  it('does not prompt later because a retrained model now reads the text as important', () => {
    odds.importance = [0.05, 0.9, 0.05];
    // A later run loads the engagement afresh, as a run does.
    const later = run(first.snapshot, '2026-11-24T02:00:00Z', engagementWith());
    expect(fiveWhys(later.writes)).toEqual([]);
    expect(later.writes).toEqual([]);
  });

  it('still prompts when a person raises the priority', () => {
    odds.importance = [0.05, 0.9, 0.05];
    const raised = updateIssue(first.snapshot, 1, (issue) => ({
      ...issue,
      labels: [...issue.labels.filter((label) => !label.startsWith('priority:')), 'priority: P1'],
    }));
    const later = run(raised, '2026-11-24T02:00:00Z', engagementWith());
    expect(fiveWhys(later.writes)).toHaveLength(1);
  });
});

describe("the labels a client's answer decided stand when the model changes", () => {
  it('keeps the labels the accepted answer gave, and a rerun with a retrained model writes nothing', () => {
    odds.importance = [0.05, 0.9, 0.05];
    odds.urgency = [0.05, 0.9, 0.05];
    const thin = addIssue(makeSnapshot(), {
      number: 1,
      title: 'Trang chủ',
      body: 'Không ổn.',
      labels: ['feedback'],
      createdAt: FILED,
    });
    const asked = run(thin, '2026-11-23T02:05:00Z', engagementWith());
    expect(commentsOf(asked.writes, 1)[0]?.marker.data?.waiting).toBe('yes');
    const answered = addComment(asked.snapshot, 1, {
      body: 'Ảnh sản phẩm trên trang chủ bị vỡ trên điện thoại, khách nhìn không rõ.',
      createdAt: '2026-11-24T07:00:00Z',
    });
    const accepted = run(answered, '2026-11-24T07:05:00Z', engagementWith());
    expect(commentsOf(accepted.writes, 1).map((write) => write.marker.kind)).toContain('feedback-accepted');
    // A retrained model reads the same words as urgent now: the labels the answer decided stand.
    odds.importance = [0.9, 0.05, 0.05];
    odds.urgency = [0.9, 0.05, 0.05];
    expect(run(accepted.snapshot, '2026-11-24T08:00:00Z', engagementWith()).writes).toEqual([]);
  });
});
