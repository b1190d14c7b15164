// Every label the deadline rules use, with colour and description, so a fresh repository gets them.
import type { LabelSpec } from '../core/labels';
import { ROOT_CAUSES, type Engagement } from '../engagement/schema';
import { ROOT_CAUSE_COLOUR, rootCauseLabel } from './rules/completion';

export function deadlineLabels(engagement: Engagement): LabelSpec[] {
  const labels = engagement.labels;
  return [
    { name: labels.milestone, color: '5319e7', description: 'Tracks a milestone of the engagement file.' },
    {
      name: labels.deadline,
      color: '1d76db',
      description: 'A handoff deadline filed through the issue form.',
    },
    {
      name: labels.escalation,
      color: 'b60205',
      description: 'A late handoff escalated to the account manager.',
    },
    { name: labels.upcoming, color: 'c2e0c6', description: 'Handoff: not due soon yet.' },
    { name: labels.due_soon, color: 'fbca04', description: 'Handoff: due within a few business days.' },
    { name: labels.at_risk, color: 'f9a03f', description: 'Handoff: signs of delay before the due date.' },
    { name: labels.overdue, color: 'd93f0b', description: 'Handoff: past its due date and not complete.' },
    { name: labels.done_on_time, color: '0e8a16', description: 'Handoff: completed on time.' },
    { name: labels.done_late, color: '8a6d3b', description: 'Handoff: completed after its due date.' },
    ...(engagement.kickoff.enabled
      ? [
          {
            name: engagement.kickoff.label,
            color: '0052cc',
            description: 'The kickoff issue: schedule, contacts and terms agreed as the baseline.',
          },
        ]
      : []),
    ...ROOT_CAUSES.map((cause) => ({
      name: rootCauseLabel(engagement, cause),
      color: ROOT_CAUSE_COLOUR,
      description: `Root cause of a late handoff: ${cause.replace(/-/gu, ' ')}.`,
    })),
  ];
}
