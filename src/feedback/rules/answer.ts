// The client answered the action's questions about a thin report: the labels the action chose then
// are replaced by what the answer says (the triage reads it), and a label a person set is left alone.
import type { PlanContext } from '../../core/context';
import type { Write } from '../../core/plan';
import { importanceLabel, priorityLabel, topicLabel, typeLabel } from '../labels';
import type { FeedbackView } from '../view';

export function planAnswerLabels(ctx: PlanContext, view: FeedbackView): Write[] {
  const { issue, triage } = view;
  if (!triage.answered || issue.state !== 'open') return [];
  const { engagement } = ctx;
  const labels = engagement.labels;
  const applied = new Set(triage.applied.map((name) => name.toLowerCase()));
  const wanted: ReadonlyArray<readonly [string, string, string]> = [
    ['topic', labels.topic_prefix, topicLabel(engagement, triage.topic)],
    ['importance', labels.importance_prefix, importanceLabel(engagement, triage.importance)],
    ['type', labels.type_prefix, typeLabel(engagement, triage.type)],
    ['priority', labels.priority_prefix, priorityLabel(engagement, triage.priority)],
  ];
  const writes: Write[] = [];
  const added: string[] = [];
  const changes: string[] = [];
  for (const [dimension, prefix, label] of wanted) {
    const present = issue.labels.filter((name) => name.toLowerCase().startsWith(prefix.toLowerCase()));
    // Nothing to follow: no label (a person removed it), already right, or set by a person.
    if (present.length === 0) continue;
    if (present.some((name) => name.toLowerCase() === label.toLowerCase())) continue;
    if (!present.every((name) => applied.has(name.toLowerCase()))) continue;
    for (const name of present) {
      writes.push({
        kind: 'remove-label',
        issue: view.ref,
        label: name,
        reason: `Feedback #${issue.number}: the client's answer reads as ${dimension} "${label}", not the action's earlier guess "${name}".`,
      });
    }
    added.push(label);
    changes.push(`${present.join(', ')} → ${label}`);
  }
  if (added.length > 0) {
    writes.push({
      kind: 'add-labels',
      issue: view.ref,
      labels: added,
      reason: `Feedback #${issue.number}: the client answered the questions the action asked; the labels the action guessed follow the answer (${changes.join('; ')}).`,
    });
  }
  return writes;
}
