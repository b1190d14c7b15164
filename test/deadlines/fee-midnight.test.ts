// The late fee and "N business days late" in one text count lateness by the same rule: a business day
// counts once its working time has begun. At 00:00, before work starts, the fee had already counted the
// new day (₫3,000,000 beside "7 business days late" with two days of grace, instead of ₫2,500,000).
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { emptyWorld, engagementOf, planOf, step } from './helpers';
import { calendarDays } from '../support/calendar-days';

const at = (date: string, time: string): string => new Date(`${date}T${time}:00+07:00`).toISOString();

const feeAndDays = (body: string): { days: number; fee: number } => ({
  days: Number(/\*\*(\d+) business days\*\* late/u.exec(body)?.[1]),
  fee: Number((/Late fee under the contract: \*\*₫([\d,]+)\*\*/u.exec(body)?.[1] ?? '').replace(/,/gu, '')),
});

describe('the late fee beside the days late', () => {
  it('counts the same business days at midnight as in working hours (₫500,000 a day after 2 days)', () => {
    const engagement = engagementOf();
    let world: Snapshot = emptyWorld();
    for (const date of calendarDays('2026-11-02', '2026-12-08'))
      world = step(engagement, world, at(date, '23:59')).snapshot;
    for (const time of ['00:00', '10:00']) {
      const now = at('2026-12-09', time);
      const edit = planOf(engagement, world, now).writes.find((write) => write.kind === 'edit-issue');
      const body =
        edit && 'body' in edit && edit.body
          ? edit.body
          : world.issues.find((issue) => issue.title.startsWith('Escalation'))!.body;
      const { days: late, fee } = feeAndDays(body);
      expect(late, time).toBeGreaterThan(2);
      expect(fee, time).toBe((late - 2) * 500_000);
      world = step(engagement, world, now).snapshot;
    }
  });
});
