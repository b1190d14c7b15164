// Hostile engagement files: every one either gives exactly its located errors or is accepted and
// planned without throwing. None crashes, hangs, or reaches the planner only to fail there.
import { describe, expect, it } from 'vitest';
import { planRun } from '../../src/plan/planner';
import { formatEngagementError, loadEngagement } from '../../src/engagement/load';
import { makeIssue, makeSnapshot } from '../../fake-github/world';
import { HOSTILE_FILES } from './engagement-cases';

const snapshot = makeSnapshot({
  issues: [
    makeIssue({
      number: 1,
      title: 'Checkout is broken',
      labels: ['feedback'],
      createdAt: '2026-11-20T02:00:00Z',
    }),
  ],
});

describe('hostile engagement files', () => {
  it.each(HOSTILE_FILES.map((file) => [file.name, file] as const))('%s', (_name, file) => {
    const result = loadEngagement(file.text, 'e.yml');
    if (file.expected === 'runs') {
      expect(result.ok ? [] : result.errors.map(formatEngagementError)).toEqual([]);
      if (!result.ok) return;
      for (const now of ['2026-11-30T08:00:00Z', '2027-06-30T08:00:00Z']) {
        const plan = planRun(result.engagement, { ...snapshot, readAt: now }, new Date(now));
        expect(plan.writes.length).toBeGreaterThan(0);
      }
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatEngagementError)).toEqual(file.expected);
  });
});
