// A plan reads the feedback more than once (as found, then as its writes will leave it, for the
// summary); the classifications the first reading made are handed to the later one, so each text is
// classified once per plan, and nothing is kept from one plan to the next.
import { describe, expect, it, vi } from 'vitest';
import { buildContext, composePlan } from '../../src/plan/planner';
import { feedbackDomain } from '../../src/feedback';
import { summaryDomain } from '../../src/summary';
import * as classify from '../../src/feedback/classify';
import { makeIssue, makeSnapshot } from '../../fake-github/world';
import { ENGAGEMENT } from './helpers';

vi.mock('../../src/feedback/classify', { spy: true });

const snapshot = makeSnapshot({
  issues: [
    makeIssue({
      number: 7,
      title: 'Trang thanh toán báo lỗi 500',
      body: 'Bấm "Đặt hàng" thì trang báo lỗi 500, khách không mua được.',
      labels: [ENGAGEMENT.feedback.label],
      author: 'lan-bepxanh',
    }),
  ],
});

describe('classifications are handed along within a plan', () => {
  it('classifies a new report once per plan, though the plan reads it again after its own writes', () => {
    const spy = vi.mocked(classify.classifyFeedback);
    const perPlan = [0, 1].map(() => {
      spy.mockClear();
      const ctx = buildContext(ENGAGEMENT, snapshot, new Date('2026-11-23T03:00:00Z'), {
        summaryWeek: '2026-W48',
      });
      const composed = composePlan(ctx, [feedbackDomain, summaryDomain]);
      // The acknowledgement is planned, so the summary's facts come from a second reading.
      expect(composed.plan.writes.some((write) => write.kind === 'comment')).toBe(true);
      composed.facts();
      return spy.mock.calls.length;
    });
    expect(perPlan).toEqual([1, 1]);
  });
});
