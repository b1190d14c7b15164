// The labels of feedback triage and process state, with colours and descriptions, and how a label
// on an issue is read back (a person may have changed it: their label wins).
import type { FeedbackProcessState } from '../core/facts';
import type { LabelSpec } from '../core/labels';
import {
  FEEDBACK_TYPES,
  IMPORTANCE_LEVELS,
  PRIORITIES,
  type Engagement,
  type FeedbackType,
  type Importance,
  type Priority,
} from '../engagement/schema';

/** The words a label shows: the client sees them on their own issue, so the lowest level is "low". */
export const IMPORTANCE_WORDS: Readonly<Record<Importance, string>> = {
  urgent: 'urgent',
  important: 'important',
  not_important: 'low',
};

/** Label words earlier versions applied, still read back on issues labelled with them. */
const FORMER_IMPORTANCE_WORDS: Readonly<Record<string, Importance>> = { 'not important': 'not_important' };

export const STATE_KEYS: Readonly<Record<FeedbackProcessState, keyof Engagement['labels']>> = {
  received: 'received',
  acknowledged: 'acknowledged',
  waiting_for_client: 'waiting_for_client',
  in_progress: 'in_progress',
  analysed: 'analysed',
  solution_proposed: 'solution_proposed',
  implemented: 'implemented',
  resolved: 'resolved',
  confirmed: 'confirmed',
};

export const PROCESS_STATES = Object.keys(STATE_KEYS) as FeedbackProcessState[];

export function stateLabel(engagement: Engagement, state: FeedbackProcessState): string {
  return engagement.labels[STATE_KEYS[state]];
}

export const topicLabel = (engagement: Engagement, topic: string): string =>
  `${engagement.labels.topic_prefix}${topic}`;
export const importanceLabel = (engagement: Engagement, importance: Importance): string =>
  `${engagement.labels.importance_prefix}${IMPORTANCE_WORDS[importance]}`;
export const typeLabel = (engagement: Engagement, type: FeedbackType): string =>
  `${engagement.labels.type_prefix}${type}`;
export const priorityLabel = (engagement: Engagement, priority: Priority): string =>
  `${engagement.labels.priority_prefix}${priority}`;

/** Values named by an issue's labels with a prefix, in label order (e.g. `topic: design` → `design`). */
export function valuesWithPrefix<T extends string>(
  labels: readonly string[],
  prefix: string,
  values: Readonly<Record<string, T>>,
): T[] {
  const wanted = prefix.toLowerCase();
  const found: T[] = [];
  for (const label of labels) {
    const name = label.toLowerCase();
    if (!name.startsWith(wanted)) continue;
    const value = values[name.slice(wanted.length).trim()];
    if (value !== undefined) found.push(value);
  }
  return found;
}

// Asked for every feedback issue: built once per engagement object.
const topicValuesByEngagement = new WeakMap<Engagement, Readonly<Record<string, string>>>();
export function topicValues(engagement: Engagement): Readonly<Record<string, string>> {
  let values = topicValuesByEngagement.get(engagement);
  if (!values) {
    values = Object.fromEntries(
      engagement.feedback.topics.map((topic) => [topic.id.toLowerCase(), topic.id]),
    );
    topicValuesByEngagement.set(engagement, values);
  }
  return values;
}
export const importanceValues: Readonly<Record<string, Importance>> = {
  ...FORMER_IMPORTANCE_WORDS,
  ...Object.fromEntries(
    IMPORTANCE_LEVELS.flatMap((level) => [
      [IMPORTANCE_WORDS[level], level],
      [level, level],
    ]),
  ),
};
export const typeValues: Readonly<Record<string, FeedbackType>> = Object.fromEntries(
  FEEDBACK_TYPES.map((type) => [type, type]),
);
export const priorityValues: Readonly<Record<string, Priority>> = Object.fromEntries(
  PRIORITIES.map((priority) => [priority.toLowerCase(), priority]),
);

const STATE_DESCRIPTIONS: Readonly<Record<FeedbackProcessState, [string, string]>> = {
  received: ['c5def5', 'Feedback received; not yet acknowledged.'],
  acknowledged: ['bfd4f2', 'Feedback acknowledged; first response from the team pending.'],
  waiting_for_client: ['fbca04', 'Waiting for the client to answer; the SLA clock is paused.'],
  in_progress: ['1d76db', 'The team has responded and is working on it.'],
  analysed: ['5319e7', 'The team found the root cause; a solution comes next.'],
  solution_proposed: ['0052cc', 'A solution was proposed to the client (`/propose`); `/agree` accepts it.'],
  implemented: ['0e8a16', 'The agreed solution is in place; the team closes it once checked.'],
  resolved: ['0e8a16', 'Resolved by the team; waiting for the client to confirm.'],
  confirmed: ['006b75', 'The client confirmed the resolution.'],
};

const IMPORTANCE_COLOURS: Readonly<Record<Importance, string>> = {
  urgent: 'b60205',
  important: 'd93f0b',
  not_important: 'fef2c0',
};
const TYPE_COLOURS: Readonly<Record<FeedbackType, string>> = {
  positive: '0e8a16',
  negative: 'e99695',
  neutral: 'cccccc',
};
const PRIORITY_COLOURS: Readonly<Record<Priority, string>> = {
  P1: 'b60205',
  P2: 'd93f0b',
  P3: 'fbca04',
  P4: 'c2e0c6',
};

/** Every label feedback uses, so that a fresh repository gets them with colours and descriptions. */
export function feedbackLabelCatalogue(engagement: Engagement): LabelSpec[] {
  const labels = engagement.labels;
  return [
    {
      name: engagement.feedback.label,
      color: '5319e7',
      description: 'Client feedback, triaged by engagement-keeper.',
    },
    ...PROCESS_STATES.map((state) => ({
      name: stateLabel(engagement, state),
      color: STATE_DESCRIPTIONS[state][0],
      description: STATE_DESCRIPTIONS[state][1],
    })),
    {
      name: labels.sla_breach,
      color: 'b60205',
      description: 'An agreed response or resolution time has passed.',
    },
    {
      name: labels.contradiction,
      color: 'd93f0b',
      description: 'Conflicts with other open feedback; the client is asked which stands.',
    },
    { name: labels.kudos, color: 'c2e0c6', description: 'Positive feedback, kept for the weekly summary.' },
    {
      name: labels.needs_review,
      color: 'fbca04',
      description: 'The triage is unsure: the triage role confirms or corrects the labels.',
    },
    { name: labels.escalation, color: 'b60205', description: 'Escalated to the account manager.' },
    ...engagement.feedback.topics.map((topic) => ({
      name: topicLabel(engagement, topic.id),
      color: 'd4c5f9',
      description: `Feedback topic: ${topic.name ?? topic.name_vi ?? topic.id}.`.slice(0, 100),
    })),
    ...IMPORTANCE_LEVELS.map((level) => ({
      name: importanceLabel(engagement, level),
      color: IMPORTANCE_COLOURS[level],
      description: `Importance of the feedback: ${IMPORTANCE_WORDS[level]}.`,
    })),
    ...FEEDBACK_TYPES.map((type) => ({
      name: typeLabel(engagement, type),
      color: TYPE_COLOURS[type],
      description: `Feedback type: ${type}.`,
    })),
    ...PRIORITIES.map((priority) => ({
      name: priorityLabel(engagement, priority),
      color: PRIORITY_COLOURS[priority],
      description: `Priority ${priority} from the impact × urgency matrix.`,
    })),
  ];
}
