// The triage review note tells the team where the client stands, and only what is true: whether the
// client was asked for details (and their clock waits), acknowledged with the likely reading's time,
// or given the more urgent reading's time while the team checks.
import { describe, expect, it, vi } from 'vitest';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, engagementWith, plan } from './helpers';

const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 ICT
const NOW = '2026-11-23T02:05:00Z';

// Weights made for the case (odds-weights.ts): every text reads the same, with the odds the test sets.
const odds = vi.hoisted(() => ({ importance: [0.4, 0.45, 0.15], urgency: [0.3, 0.6, 0.1] }));
vi.mock('../../src/feedback/classifier/predict', async (original) => {
  const real = await original<typeof import('../../src/feedback/classifier/predict')>();
  const { oddsWeights } = await import('./odds-weights');
  return { ...real, shippedWeights: () => oddsWeights(odds) };
});

function reviewOf(
  title: string,
  body: string,
  labels: readonly string[] = [],
): { note: string; ack: string; waiting: unknown } {
  const world = addIssue(makeSnapshot(), {
    number: 1,
    title,
    body,
    labels: ['feedback', ...labels],
    createdAt: FILED,
  });
  // A fresh engagement each time: classifications are kept per engagement, and the odds change.
  const comments = commentsOf(plan(world, NOW, engagementWith()), 1);
  const note = comments.find((write) => write.marker.kind === 'feedback-triage-review');
  const ack = comments.find((write) => write.marker.kind === 'feedback-ack');
  return { note: note?.body ?? '', ack: ack?.body ?? '', waiting: ack?.marker.data?.waiting };
}

const CLEAR = [
  'Trang đặt hàng có vấn đề',
  'Sáng nay mấy khách nhắn là bấm đặt hàng xong không thấy gì, em kiểm tra giúp chị.',
] as const;

describe('the triage review note', () => {
  it('says the more urgent reading was taken, and which, only when it was', () => {
    odds.importance = [0.4, 0.45, 0.15]; // important likeliest, urgent a close rival
    odds.urgency = [0.3, 0.6, 0.1];
    const { note, waiting } = reviewOf(...CLEAR);
    expect(waiting).toBe('no');
    expect(note).toContain('with the response time of the more urgent reading (importance **urgent**');
    expect(note).toContain('the most likely reading is important, P2');
  });

  it('does not claim a more urgent reading when the likely one was used', () => {
    odds.importance = [0.05, 0.5, 0.45]; // unsure, but the rival is less urgent
    odds.urgency = [0.05, 0.9, 0.05];
    const { note, waiting } = reviewOf(...CLEAR);
    expect(waiting).toBe('no');
    expect(note).toContain('Nothing is asked of the client');
    expect(note).not.toContain('more urgent');
  });

  it("does not call a teammate's importance label the more urgent reading", () => {
    odds.importance = [0.4, 0.45, 0.15]; // would take urgent, but a person labelled it low
    odds.urgency = [0.45, 0.5, 0.05]; // unsure: the note goes out
    const { note } = reviewOf(...CLEAR, ['importance: low']);
    expect(note).toContain('with the response time for importance **low**');
    expect(note).not.toContain('more urgent');
  });

  it('does not claim a more urgent response time when only the urgency was read cautiously', () => {
    odds.importance = [0.05, 0.9, 0.05]; // important, sure; urgency unsure between normal and high
    odds.urgency = [0.45, 0.5, 0.05];
    const { note } = reviewOf(...CLEAR);
    expect(note).toContain('with the response time for importance **important**');
    expect(note).not.toContain('more urgent');
  });

  it('says the client was asked and their clock waits, when the report was too thin', () => {
    odds.importance = [0.34, 0.34, 0.32];
    odds.urgency = [0.3, 0.4, 0.3];
    const { note, ack, waiting } = reviewOf('Trang chủ', 'Không ổn.');
    expect(waiting).toBe('yes');
    expect(ack).toContain('?');
    expect(note).toContain('asked for the details the report lacks');
    expect(note).not.toContain('Nothing is asked of the client');
    expect(note).not.toContain('more urgent');
  });
});
