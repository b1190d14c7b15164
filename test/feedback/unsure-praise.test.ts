// Praise has no response clock, so a positive reading the model is unsure of is acted on as neutral
// while the triage role checks: a reply time and a resolution date, no thanks for praise, no kudos,
// no apology. Only praise the model is sure of is thanked without a clock.
import { describe, expect, it, vi } from 'vitest';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, engagementWith, labelsAdded, run } from './helpers';

const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 ICT
const NOW = '2026-11-23T02:05:00Z';

// Weights made for the case (odds-weights.ts): every text reads the same, with the odds the test sets.
const odds = vi.hoisted(() => ({
  importance: [0.1, 0.6, 0.3],
  urgency: [0.1, 0.7, 0.2],
  type: [0.3, 0.25, 0.45] as number[],
}));
vi.mock('../../src/feedback/classifier/predict', async (original) => {
  const real = await original<typeof import('../../src/feedback/classifier/predict')>();
  const { oddsWeights } = await import('./odds-weights');
  return { ...real, shippedWeights: () => oddsWeights(odds) };
});

// Written for this test: praise, then a problem the client's customers have now.
const TITLE = 'Web mới';
const BODY = 'Web đẹp lắm em, mà khách không đặt hàng được từ sáng tới giờ, em xem giúp chị với.';

function fileAndRun(typeOdds: number[]) {
  odds.type = typeOdds;
  const world = addIssue(makeSnapshot(), {
    number: 1,
    title: TITLE,
    body: BODY,
    labels: ['feedback'],
    createdAt: FILED,
  });
  // A fresh engagement each time: classifications are kept per engagement, and the odds change.
  const { writes } = run(world, NOW, engagementWith());
  const comments = commentsOf(writes, 1);
  return {
    labels: labelsAdded(writes, 1),
    ack: comments.find((write) => write.marker.kind === 'feedback-ack'),
    review: comments.find((write) => write.marker.kind === 'feedback-triage-review'),
  };
}

describe('a positive reading the model is unsure of', () => {
  it('is acknowledged as neutral with a reply time and a resolution date, and sent for review', () => {
    const { labels, ack, review } = fileAndRun([0.3, 0.25, 0.45]);
    expect(labels).toEqual(expect.arrayContaining(['type: neutral', 'triage: needs review']));
    expect(labels).not.toContain('type: positive');
    expect(labels).not.toContain('kudos');
    expect(ack?.marker.data).toMatchObject({ waiting: 'no' });
    expect(ack?.marker.data?.firstResponseDue).toEqual(expect.any(String));
    expect(ack?.body).toContain('chậm nhất');
    expect(ack?.body).not.toContain('xin lỗi');
    expect(ack?.body).not.toMatch(/ghi nhận những lời|lời khen/u);
    expect(review?.body).toMatch(/positive/u);
  });

  it('is thanked as praise, without a clock, only when the model is sure', () => {
    const { labels, ack } = fileAndRun([0.1, 0.1, 0.8]);
    expect(labels).toEqual(expect.arrayContaining(['type: positive', 'kudos']));
    expect(ack?.marker.data?.firstResponseDue).toBeUndefined();
  });
});
