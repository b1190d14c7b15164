// A run reads the feedback more than once (the shell's extra reads, then the plan as found, then as
// its writes will leave it, for the summary): each text is classified once per engagement object,
// whoever asks; an engagement loaded afresh classifies afresh.
import { describe, expect, it, vi } from 'vitest';
import { buildContext, composePlan } from '../../src/plan/planner';
import { issuesWanting, readSince } from '../../src/plan/reads';
import { planRun } from '../../src/plan/planner';
import { readableBy, realisticSnapshot, settle } from '../../fake-github/realistic-repo';
import { adoptedEngagement } from '../../bench/adopted-engagement';
import { engagementWith } from './helpers';
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

describe('classifications are kept per engagement', () => {
  const NOW = new Date('2026-11-23T03:00:00Z');
  const planOnce = (engagement: typeof ENGAGEMENT): number => {
    const spy = vi.mocked(classify.classifyFeedback);
    spy.mockClear();
    // What the shell asks before planning: the feedback planned once to learn what to read more of.
    issuesWanting('deleted-notes', engagement, snapshot, NOW);
    issuesWanting('closer', engagement, snapshot, NOW);
    const ctx = buildContext(engagement, snapshot, NOW, { summaryWeek: '2026-W48' });
    const composed = composePlan(ctx, [feedbackDomain, summaryDomain]);
    // The acknowledgement is planned, so the summary's facts come from a second reading.
    expect(composed.plan.writes.some((write) => write.kind === 'comment')).toBe(true);
    composed.facts();
    return spy.mock.calls.length;
  };

  it('classifies a new report once, though the extra reads and the plan read it four times', () => {
    const engagement = engagementWith();
    expect(planOnce(engagement)).toBe(1);
    // A second plan of the same engagement object classifies nothing again.
    expect(planOnce(engagement)).toBe(0);
  });

  it('classifies afresh for an engagement loaded afresh', () => {
    expect(planOnce(engagementWith())).toBe(1);
  });
});

describe('a settled repository', () => {
  it("is planned without classifying any text: labels and the action's records decide the triage", () => {
    // A realistic repository adopted today: open feedback from before the adoption, labelled by the
    // first runs, and new feedback acknowledged by them. Classifying is the costly part of planning.
    const NOW = new Date('2026-12-02T02:00:00Z');
    const { load } = adoptedEngagement(NOW);
    const engagement = load();
    const world = realisticSnapshot(engagement, 200, NOW);
    const settled = settle(engagement, readableBy(world, readSince(engagement, NOW)), NOW, 12);
    expect(settled.firstPlan.writes.length).toBeGreaterThan(0);
    const spy = vi.mocked(classify.classifyFeedback);
    spy.mockClear();
    // The next run loads the engagement afresh, so nothing is remembered from the runs before.
    expect(planRun(load(), settled.snapshot, NOW).writes).toEqual([]);
    expect(spy.mock.calls.length).toBe(0);
  });
});
