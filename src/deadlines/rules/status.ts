// Status labels that always tell the truth: exactly one of upcoming, due soon, at risk, overdue,
// done on time, done late; a change of status removes the old label.
import type { PlanContext } from '../../core/context';
import type { MilestoneStatus } from '../../core/facts';
import type { Write } from '../../core/plan';
import type { Engagement } from '../../engagement/schema';
import type { DeadlineState } from '../state';

export function statusLabels(engagement: Engagement): Record<MilestoneStatus, string> {
  const labels = engagement.labels;
  return {
    upcoming: labels.upcoming,
    due_soon: labels.due_soon,
    at_risk: labels.at_risk,
    overdue: labels.overdue,
    done_on_time: labels.done_on_time,
    done_late: labels.done_late,
  };
}

export function statusLabel(ctx: PlanContext, status: MilestoneStatus): string {
  return statusLabels(ctx.engagement)[status];
}

const STATUS_WORDS: Record<MilestoneStatus, string> = {
  upcoming: 'upcoming',
  due_soon: 'due soon',
  at_risk: 'at risk',
  overdue: 'overdue',
  done_on_time: 'done on time',
  done_late: 'done late',
};

export function planStatusLabels(ctx: PlanContext, state: DeadlineState): Write[] {
  const issue = state.issue;
  if (!issue) return [];
  const wanted = statusLabel(ctx, state.status);
  const all = Object.values(statusLabels(ctx.engagement)).map((name) => name.toLowerCase());
  const writes: Write[] = [];
  for (const label of issue.labels) {
    const lower = label.toLowerCase();
    if (all.includes(lower) && lower !== wanted.toLowerCase()) {
      writes.push({
        kind: 'remove-label',
        issue: { number: issue.number },
        label,
        reason: `"${state.title}" is ${STATUS_WORDS[state.status]} now, so "${label}" no longer holds.`,
      });
    }
  }
  if (!issue.labels.some((label) => label.toLowerCase() === wanted.toLowerCase())) {
    writes.push({
      kind: 'add-labels',
      issue: { number: issue.number },
      labels: [wanted],
      reason: `"${state.title}" is ${STATUS_WORDS[state.status]} (due ${state.effectiveDue.toISOString()}${state.shift ? `, moved from ${state.currentDue.toISOString()} because "${state.shift.upstream.title}" slipped` : ''}).`,
    });
  }
  return writes;
}
