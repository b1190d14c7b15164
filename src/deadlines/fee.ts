// The late fee under the contract: per unit of lateness after a grace period, up to a cap. It applies
// to handoffs the client owns; the delivery team's own lateness moves dates instead (day-for-day).
import type { PlanContext } from '../core/context';
import type { DeadlineState } from './state';
import { businessDaysLate } from '../calendar/lateness';

export interface FeeAccrued {
  readonly amount: number;
  readonly currency: string;
  /** Units charged so far (business days, days or weeks as the contract counts). */
  readonly units: number;
  /** True while the grace period is still running. */
  readonly inGrace: boolean;
}

const DAY_MS = 86_400_000;

export function feeAccrued(ctx: PlanContext, state: DeadlineState): FeeAccrued | null {
  const fee = ctx.engagement.contract.late_fee;
  if (!fee || state.owner !== 'client') return null;
  const due = state.completion?.due ?? state.effectiveDue;
  const end = state.completion?.at ?? ctx.now;
  if (end.getTime() <= due.getTime() || (state.completion && !state.completion.late)) return null;
  const calendar = ctx.calendar;
  const graceEnd = calendar.addDuration(due, fee.grace);
  if (end.getTime() <= graceEnd.getTime())
    return { amount: 0, currency: fee.currency, units: 0, inGrace: true };
  let units: number;
  switch (fee.per) {
    case 'business_day':
      // The days the messages say it is late, counted past the grace by the one lateness rule: a day
      // counts once its working time has begun, so at midnight the fee does not run a day ahead of
      // "N business days late" written beside it.
      units = Math.max(1, businessDaysLate(calendar, graceEnd, end));
      break;
    case 'day':
      units = Math.ceil((end.getTime() - graceEnd.getTime()) / DAY_MS);
      break;
    case 'week':
      units = Math.ceil((end.getTime() - graceEnd.getTime()) / (7 * DAY_MS));
      break;
  }
  const amount = Math.min(units * fee.amount, fee.cap ?? Number.POSITIVE_INFINITY);
  return { amount, currency: fee.currency, units, inGrace: false };
}
