// What the client may read: with the engagement file's defaults, nothing written in the client's
// repository names a late fee, the dispute ladder or root-cause counts; `client_sees` turns each on.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import type { Engagement } from '../../src/engagement/schema';
import { planRun } from '../../src/plan/planner';
import { applyPlan } from '../../fake-github/world';
import { emptyWorld, engagementOf, issueByTitle } from '../deadlines/helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

/** Words that tell of fees, disputes and root-cause statistics, in both languages. */
export const INTERNAL_WORDS: readonly RegExp[] = [
  /late fee|phí trễ hạn|₫|\bVND\b/iu,
  /dispute|tranh chấp|arbitration|trọng tài|mediation|hòa giải|\bVIAC\b/iu,
  // Counts of root causes (the summary's learning section); the completion note's question which
  // label fits is an invitation to learn, not a count, and stays.
  /root causes of late|nguyên nhân gốc rễ|without a root cause|chưa có nguyên nhân/iu,
];

function engagementWith(clientSees: Record<string, boolean> | undefined): Engagement {
  const base = engagementOf();
  return engagementOf({
    engagement: { ...base.engagement, client_sees: clientSees ?? {} } as never,
    contract: {
      reference: 'SH-2026-014',
      late_fee: { amount: 500000, currency: 'VND', grace: '2 business days', cap: 10000000 },
      dispute_ladder: ['contract review', 'negotiation', 'mediation', 'Arbitration at VIAC'],
    },
  });
}

/** Runs the whole action plan day by day through the ladder and a weekly summary; every body written. */
function bodiesOfALateHandoff(engagement: Engagement): string[] {
  let snapshot: Snapshot = emptyWorld();
  const bodies: string[] = [];
  for (const day of ['2026-11-02', '2026-11-30', '2026-12-02', '2026-12-04', '2026-12-07']) {
    const now = at(day);
    const plan = planRun(engagement, snapshot, new Date(now));
    for (const write of plan.writes) if ('body' in write && write.body) bodies.push(write.body);
    snapshot = applyPlan(snapshot, plan, now).snapshot;
    expect(planRun(engagement, snapshot, new Date(now)).writes, `rerun on ${day}`).toEqual([]);
  }
  // A late handoff with a root cause, so the summary has causes to count.
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  snapshot = {
    ...snapshot,
    issues: snapshot.issues.map((issue) =>
      issue.number === brand
        ? {
            ...issue,
            state: 'closed',
            stateReason: 'COMPLETED',
            closedAt: at('2026-12-08', '10:00'),
            labels: [...issue.labels, 'root cause: late-information'],
          }
        : issue,
    ),
  };
  const plan = planRun(engagement, snapshot, new Date(at('2026-12-10')));
  for (const write of plan.writes) if ('body' in write && write.body) bodies.push(write.body);
  return bodies;
}

describe('client-visible text (engagement.client_sees)', () => {
  it('by default names no fee, no dispute step and no root-cause count in the client repository', () => {
    const bodies = bodiesOfALateHandoff(engagementWith(undefined));
    // The run did reach a formal notice, an escalation and a summary: the scan has something to scan.
    expect(bodies.some((body) => body.includes('formal notice'))).toBe(true);
    expect(bodies.some((body) => /### Impact/u.test(body))).toBe(true);
    expect(bodies.some((body) => /## Learning|## Rút kinh nghiệm/u.test(body))).toBe(true);
    for (const body of bodies)
      for (const words of INTERNAL_WORDS) expect(body, `client-visible body:\n${body}`).not.toMatch(words);
  });

  it('shows each one only when the engagement file says the client may see it', () => {
    const feesOnly = bodiesOfALateHandoff(engagementWith({ fees: true })).join('\n');
    expect(feesOnly).toMatch(/Phí trễ hạn theo hợp đồng: \*\*500\.000\s₫\*\*/u);
    expect(feesOnly).not.toMatch(INTERNAL_WORDS[1]!);
    expect(feesOnly).not.toMatch(/### Root causes/u);

    const all = bodiesOfALateHandoff(engagementWith({ fees: true, dispute: true, root_causes: true })).join(
      '\n',
    );
    expect(all).toContain('- [ ] Arbitration at VIAC');
    expect(all).toMatch(/### Root causes/u);
  });
});
