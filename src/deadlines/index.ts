// PLACEHOLDER until the deadlines work lands (issue 4): plans nothing, derives nothing.
import type { PlanContext } from '../core/context';
import type { MilestoneFacts } from '../core/facts';
import type { LabelSpec } from '../core/labels';
import type { Write } from '../core/plan';
import type { Engagement } from '../engagement/schema';

export function planDeadlines(_ctx: PlanContext): Write[] {
  return [];
}

export function deriveMilestoneFacts(_ctx: PlanContext): MilestoneFacts[] {
  return [];
}

export function deadlineLabels(_engagement: Engagement): LabelSpec[] {
  return [];
}
