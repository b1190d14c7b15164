// GitHub's limits on a step's outputs (1 MB) and job summary (1 MiB): the `plan` output and the plan
// table are cut to fit, with a count of what was left out, and the whole plan goes to a file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  boundedPlanJson,
  boundedSummary,
  PLAN_OUTPUT_BYTES,
  SUMMARY_BYTES,
} from '../../src/action/output-limits';
import { planTable } from '../../src/action/plan-report';
import type { Plan, Write } from '../../src/core/plan';
import { startLife, type Life } from '../e2e/life-helpers';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function bigPlan(count: number): Plan {
  const writes: Write[] = Array.from({ length: count }, (_, i) => ({
    kind: 'comment',
    issue: { number: i + 1 },
    body: `Chào chị Lan, cảm ơn chị đã gửi góp ý số ${i + 1}. ${'Chúng tôi đã tiếp nhận. '.repeat(20)}`,
    marker: { kind: 'feedback-ack', subject: `issue:${i + 1}`, data: {} },
    reason: `Acknowledge feedback #${i + 1} at once, with the time of the first response.`,
  }));
  return { writes, notes: [] };
}

describe('the plan output and the job summary under GitHub limits', () => {
  it('cuts the plan output at a write, counting what was left out', () => {
    const plan = bigPlan(3000);
    expect(bytes(JSON.stringify(plan))).toBeGreaterThan(1_000_000);
    const { json, omitted } = boundedPlanJson(plan, '/tmp/plan.json');
    expect(bytes(json)).toBeLessThanOrEqual(PLAN_OUTPUT_BYTES);
    const parsed = JSON.parse(json) as { writes: Write[]; omitted: number; file: string };
    expect(omitted).toBeGreaterThan(0);
    expect(parsed.omitted).toBe(omitted);
    expect(parsed.writes.length + omitted).toBe(3000);
    expect(parsed.writes[0]).toEqual(plan.writes[0]);
    expect(parsed.file).toBe('/tmp/plan.json');
    expect(boundedPlanJson(bigPlan(3), null)).toMatchObject({ omitted: 0 });
  });

  it('keeps the job summary under 1 MiB, the weekly report below the table included', () => {
    const plan = bigPlan(20_000);
    const table = planTable({
      ...plan,
      writes: plan.writes.map((w) => ({ ...w, reason: w.reason.repeat(3) })),
    });
    expect(bytes(table)).toBeGreaterThan(SUMMARY_BYTES);
    const report = '\n\n# Weekly summary\n\nEverything the team needs.\n';
    const summary = boundedSummary(
      '## engagement-keeper\n\n',
      table,
      report,
      '/tmp/x/engagement-keeper-plan.json',
    );
    expect(bytes(summary)).toBeLessThan(SUMMARY_BYTES);
    expect(summary.endsWith(report)).toBe(true);
    expect(summary).toMatch(
      /_… \d+ more row\(s\) left out: a job summary holds at most 1 MiB; the whole plan is in `engagement-keeper-plan.json`/u,
    );
  });
});

describe('a dry run whose plan is larger than 1 MB, on the local GitHub fake', () => {
  let life: Life;
  beforeAll(async () => {
    life = await startLife(
      `engagement:\n  name: Big\n  time_zone: UTC\n  adopted_on: 2026-11-01\ncontacts:\n  client: { primary: '@client-a' }\n  vendor: { primary: '@vendor-b' }\nsummary:\n  enabled: false\n`,
      '2026-11-30T09:00:00Z',
    );
    life.fake.repo.addLabel('feedback');
    for (let i = 0; i < 1500; i += 1) {
      life.fake.repo.addIssue({
        title: `Feedback ${i}`,
        body: `The page ${i} loads slowly on phones and the buttons overlap the text; customers complain about it every day and we would like it fixed.`,
        author: 'client-a',
        labels: ['feedback'],
        createdAt: '2026-11-30T08:00:00Z',
        updatedAt: '2026-11-30T08:00:00Z',
      });
    }
  }, 120_000);
  afterAll(async () => {
    expect(life.fake.violations).toEqual([]);
    await life.close();
  });

  it('sets a cut plan output with the count left out, and writes the whole plan to plan-file', async () => {
    const dry = await life.run('2026-11-30T09:00:00Z', { 'dry-run': 'true' });
    expect(dry.code, dry.log.join('\n')).toBe(0);
    expect(bytes(dry.outputs.plan!)).toBeLessThanOrEqual(PLAN_OUTPUT_BYTES);
    const omitted = Number(dry.outputs['plan-omitted']);
    expect(omitted).toBeGreaterThan(0);
    const whole = JSON.parse(readFileSync(dry.outputs['plan-file']!, 'utf8')) as Plan;
    expect(whole.writes).toHaveLength(Number(dry.outputs.planned));
    const cut = JSON.parse(dry.outputs.plan!) as { writes: Write[]; omitted: number };
    expect(cut.writes.length + cut.omitted).toBe(whole.writes.length);
    const summary = dry.log.find((line) => line.startsWith('summary '))!;
    expect(bytes(summary)).toBeLessThan(SUMMARY_BYTES);
  }, 180_000);
});
