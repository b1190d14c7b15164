// The monthly pulse as a domain of the composer: it opens the month's check-in with the client and
// records the answer, and adds the check-ins to the week's facts. It runs before the summary, so the
// summary reads the check-in this run opens from the projected repository like any other write.
import type { Domain } from '../core/domain';
import type { LabelSpec } from '../core/labels';
import type { Engagement } from '../engagement/schema';
import { planPulse, pulseFacts } from './check-ins';

export function pulseLabels(engagement: Engagement): LabelSpec[] {
  if (!engagement.pulse.monthly) return [];
  return [
    {
      name: engagement.pulse.label,
      color: 'c5def5',
      description: 'The monthly check-in with the client, kept by engagement-keeper.',
    },
  ];
}

export const pulseDomain: Domain = {
  name: 'pulse',
  labels: pulseLabels,
  // The check-ins are the action's own issues: a full scan reads them by author, and an event run on
  // one reads that issue itself.
  trackedLabels: () => [],
  keptLabels: () => [],
  ownLabels: (engagement) => [engagement.pulse.label],
  readsFacts: false,
  read(ctx) {
    return {
      // An event run sees one issue: it records an answer to a check-in, and opens nothing.
      plan: (factsBefore) => planPulse(ctx, ctx.snapshot.scope.kind === 'full' ? factsBefore : null),
      facts: () => ({ pulses: pulseFacts(ctx) }),
    };
  },
};
