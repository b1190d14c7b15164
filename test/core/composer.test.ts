// The composer's promise, with domains that count what is asked of them: each domain plans exactly
// once per plan, from one reading of the snapshot; the summary's facts come from that same reading
// when the domains before it write nothing, and otherwise from one more reading of the projected
// snapshot (the repository as the run's writes make it), which gives facts and is never planned.
import { describe, expect, it } from 'vitest';
import type { PlanContext } from '../../src/core/context';
import type { Domain } from '../../src/core/domain';
import type { Marker } from '../../src/core/markers';
import { markedComment, type Write } from '../../src/core/plan';
import { buildContext, composePlan } from '../../src/plan/planner';
import { makeIssue, makeSnapshot } from '../../fake-github/world';
import { ENGAGEMENT } from '../feedback/helpers';

const NOW = new Date('2026-11-23T03:00:00Z');
const reminder: Marker = { kind: 'reminder', subject: 'issue:1' };

/** What a domain was asked: the snapshots it read (by the bot comments on #1), plans and facts. */
interface Asked {
  readonly readings: number[];
  plans: number;
  facts: number[];
}

/**
 * A domain that adds facts and, when `writes`, comments once on #1 unless it already did; when
 * `asks`, it reads the facts of the domains before it, as the pulse does on a month's first day.
 */
function contributor(
  writes: boolean,
  name: Domain['name'] = 'deadlines',
  asks = false,
): { domain: Domain; asked: Asked } {
  const asked: Asked = { readings: [], plans: 0, facts: [] };
  const commentsOn = (ctx: PlanContext): number =>
    ctx.snapshot.issues.find((issue) => issue.number === 1)?.comments.length ?? 0;
  const domain: Domain = {
    name,
    labels: () => [],
    trackedLabels: () => [],
    keptLabels: () => [],
    ownLabels: () => [],
    readsFacts: false,
    read(ctx) {
      const seen = commentsOn(ctx);
      asked.readings.push(seen);
      return {
        plan: (factsBefore) => {
          asked.plans += 1;
          if (asks) factsBefore();
          return writes && seen === 0
            ? [markedComment({ number: 1 }, 'A reminder.', [reminder], 'A reminder is due.')]
            : [];
        },
        facts: () => {
          asked.facts.push(seen);
          return { milestones: [] };
        },
      };
    },
  };
  return { domain, asked };
}

/** A domain that reports on the facts before it (when `asks`), as the summary does. */
function reporter(asks: boolean): { domain: Domain; asked: Asked } {
  const asked: Asked = { readings: [], plans: 0, facts: [] };
  const domain: Domain = {
    name: 'summary',
    labels: () => [],
    trackedLabels: () => [],
    keptLabels: () => [],
    ownLabels: () => [],
    readsFacts: true,
    read() {
      asked.readings.push(0);
      return {
        plan: (factsBefore): Write[] => {
          asked.plans += 1;
          if (asks) {
            factsBefore();
            factsBefore();
          }
          return [];
        },
        facts: () => ({}),
      };
    },
  };
  return { domain, asked };
}

const snapshot = makeSnapshot({ issues: [makeIssue({ number: 1 })] });
const compose = (domains: readonly Domain[]) => composePlan(buildContext(ENGAGEMENT, snapshot, NOW), domains);

describe('the composer reads each domain once per snapshot and plans it once', () => {
  it('when the domains before the summary write nothing, their one reading gives the facts', () => {
    const before = contributor(false);
    const summary = reporter(true);
    const composed = compose([before.domain, summary.domain]);
    composed.facts();
    expect(before.asked).toEqual({ readings: [0], plans: 1, facts: [0] });
    expect(summary.asked.plans).toBe(1);
  });

  it('when they write, one more reading of the projected snapshot gives the facts, and is never planned', () => {
    const before = contributor(true);
    const summary = reporter(true);
    const composed = compose([before.domain, summary.domain]);
    expect(composed.plan.writes.map((write) => write.kind)).toEqual(['comment']);
    // Read on the snapshot as read (no comment) and on the projected one (its comment made); planned
    // once, from the first; its facts asked once, of the second, however often the summary asks.
    expect(before.asked).toEqual({ readings: [0, 1], plans: 1, facts: [1] });
    composed.facts();
    expect(before.asked).toEqual({ readings: [0, 1], plans: 1, facts: [1] });
    expect(summary.asked).toEqual({ readings: [0], plans: 1, facts: [] });
  });

  it('a domain between them that asks and writes nothing shares the projection with the summary', () => {
    const first = contributor(true);
    const between = contributor(false, 'pulse', true);
    const summary = reporter(true);
    compose([first.domain, between.domain, summary.domain]).facts();
    expect(first.asked).toEqual({ readings: [0, 1], plans: 1, facts: [1] });
    expect(between.asked).toEqual({ readings: [0, 1], plans: 1, facts: [1] });
    expect(summary.asked.plans).toBe(1);
  });

  it('a summary that does not ask for the facts (an event run) costs no second reading', () => {
    const before = contributor(true);
    compose([before.domain, reporter(false).domain]);
    expect(before.asked).toEqual({ readings: [0], plans: 1, facts: [] });
  });
});
