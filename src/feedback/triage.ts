// The triage that holds for an issue now. A label on the issue wins (a person may have changed it);
// then what the action decided when it acknowledged the feedback (kept in its marker); then a fresh
// classification of the text.
import type { PlanContext } from '../core/context';
import type { SnapshotIssue } from '../core/snapshot';
import {
  URGENCY_LEVELS,
  type FeedbackType,
  type Importance,
  type Priority,
  type Urgency,
} from '../engagement/schema';
import { classifyFeedback, priorityOf, type Classification } from './classify';
import { findMarker, type Found } from './issue';
import { KIND } from './kinds';
import { importanceValues, priorityValues, topicValues, typeValues, valuesWithPrefix } from './labels';

export interface Triage extends Classification {
  /** Labels the action added when it acknowledged the feedback (none before that). */
  readonly applied: readonly string[];
}

/** Labels the action applied, as recorded in its acknowledgement marker. */
export function appliedLabels(found: readonly Found[]): string[] {
  const recorded = findMarker(found, KIND.ack)?.marker.data?.labels;
  return recorded ? recorded.split('\n').filter(Boolean) : [];
}

export function effectiveTriage(ctx: PlanContext, issue: SnapshotIssue, found: readonly Found[]): Triage {
  const { engagement } = ctx;
  const fresh = classifyFeedback(engagement, { title: issue.title, body: issue.body });
  const data = findMarker(found, KIND.ack)?.marker.data ?? {};
  const applied = appliedLabels(found);
  const appliedLower = new Set(applied.map((name) => name.toLowerCase()));
  // A label the action did not apply is a person's choice: prefer it when there are several.
  const personal = issue.labels.filter((name) => !appliedLower.has(name.toLowerCase()));
  const ordered = [...personal, ...issue.labels.filter((name) => appliedLower.has(name.toLowerCase()))];
  const fromLabels = <T extends string>(prefix: string, values: Readonly<Record<string, T>>): T | undefined =>
    valuesWithPrefix(ordered, prefix, values)[0];
  const fromData = <T extends string>(key: string, values: Readonly<Record<string, T>>): T | undefined => {
    const value = data[key];
    return value === undefined ? undefined : values[value.toLowerCase()];
  };

  const labels = engagement.labels;
  const topics = topicValues(engagement);
  const topic = fromLabels(labels.topic_prefix, topics) ?? fromData('topic', topics) ?? fresh.topic;
  const importance: Importance =
    fromLabels(labels.importance_prefix, importanceValues) ??
    fromData('importance', importanceValues) ??
    fresh.importance;
  const type: FeedbackType =
    fromLabels(labels.type_prefix, typeValues) ?? fromData('type', typeValues) ?? fresh.type;
  const urgencies = Object.fromEntries(URGENCY_LEVELS.map((level) => [level, level])) as Record<
    string,
    Urgency
  >;
  const urgency: Urgency = fromData('urgency', urgencies) ?? fresh.urgency;
  const priority: Priority =
    fromLabels(labels.priority_prefix, priorityValues) ??
    fromData('priority', priorityValues) ??
    priorityOf(engagement, importance, urgency);
  return { ...fresh, topic, importance, type, urgency, priority, applied };
}
