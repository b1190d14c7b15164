import { describe, expect, it } from 'vitest';
import { futureHandovers } from '../../src/engagement/handover-dates';
import { formatEngagementError, loadEngagement } from '../../src/engagement/load';

const file = (handedOverOn: string): string => `engagement:
  name: Acme landing page
  time_zone: Asia/Ho_Chi_Minh
contacts:
  client: { primary: '@acme-jane' }
  vendor: { primary: '@studio-sam' }
milestones:
  - id: copy
    title: Final copy and images
    owner: client
    due: 2026-12-18
    handed_over_on: ${handedOverOn}
`;

function warnings(handedOverOn: string, now: string): string[] {
  const text = file(handedOverOn);
  const loaded = loadEngagement(text, 'e.yml');
  if (!loaded.ok) throw new Error(loaded.errors.map(formatEngagementError).join('\n'));
  return futureHandovers(text, 'e.yml', loaded.engagement, new Date(now)).map(formatEngagementError);
}

describe('a handed_over_on still to come', () => {
  it('is warned about at its line, in the engagement time zone, and a day or moment already here is not', () => {
    // 23:30 on 19 December in UTC is already 20 December in Vietnam.
    expect(warnings('2026-12-20', '2026-12-19T16:00:00Z')).toHaveLength(1);
    expect(warnings('2026-12-20', '2026-12-19T17:30:00Z')).toEqual([]);
    expect(warnings('2026-12-20', '2026-12-19T16:00:00Z')[0]).toMatch(
      /^e\.yml:12:21 {2}milestones\[0\]\.handed_over_on {2}`2026-12-20` is still to come/u,
    );
    // A moment later today is still to come; one earlier today is not.
    expect(warnings('2026-12-20T15:00', '2026-12-20T07:00:00Z')).toHaveLength(1);
    expect(warnings('2026-12-20T15:00', '2026-12-20T08:30:00Z')).toEqual([]);
  });
});
