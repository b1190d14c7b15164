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
import { priorityOf, type Classification } from './classify';
import type { Classify } from './classifications';
import { triageAnswer } from './answer';
import { parseFeedbackForm } from './form';
import { findMarker, type Found } from './issue';
import { KIND } from './kinds';
import { importanceValues, priorityValues, topicValues, typeValues, valuesWithPrefix } from './labels';

// The urgency levels by their own names: how the action records an urgency it read.
const URGENCIES = Object.fromEntries(URGENCY_LEVELS.map((level) => [level, level])) as Readonly<
  Record<string, Urgency>
>;

export interface Triage extends Classification {
  /** Labels the action added when it acknowledged the feedback (none before that). */
  readonly applied: readonly string[];
  /** True once the client answered the action's questions: the action's own labels follow the answer. */
  readonly answered: boolean;
  /** The reading of the report with the client's answer (recorded once the feedback was accepted). */
  readonly answerReading: AnswerReading | null;
}

/** What the client's answer reads as: recorded in the acceptance marker, so that it stands. */
export interface AnswerReading {
  readonly topic: string;
  readonly importance: Importance;
  readonly type: FeedbackType;
  readonly urgency: Urgency;
}

/** The answer's reading recorded in the acceptance marker, when it holds one (earlier versions did not). */
function recordedAnswerReading(
  found: readonly Found[],
  topics: Readonly<Record<string, string>>,
): AnswerReading | null {
  const data = findMarker(found, KIND.accepted)?.marker.data;
  if (!data) return null;
  const topic = topics[data.answerTopic?.toLowerCase() ?? ''];
  const importance = importanceValues[data.answerImportance?.toLowerCase() ?? ''];
  const type = typeValues[data.answerType?.toLowerCase() ?? ''];
  const urgency = URGENCY_LEVELS.find((level) => level === data.answerUrgency);
  return topic && importance && type && urgency ? { topic, importance, type, urgency } : null;
}

/** Labels the action applied, as recorded in its acknowledgement marker. */
export function appliedLabels(found: readonly Found[]): string[] {
  const recorded = findMarker(found, KIND.ack)?.marker.data?.labels;
  return recorded ? recorded.split('\n').filter(Boolean) : [];
}

export function effectiveTriage(
  ctx: PlanContext,
  issue: SnapshotIssue,
  found: readonly Found[],
  classify: Classify,
): Triage {
  const { engagement } = ctx;
  // Classifying the text is the costly part of planning. Once the action acknowledged the feedback,
  // the labels and its records decide the triage, and the text is classified only if something still
  // asks (most runs, for most open feedback, nothing does).
  let classified: Classification | undefined;
  const fresh = (): Classification =>
    (classified ??= classify({ title: issue.title, body: issue.body }, issue.modelTriage));
  // The client's answer to the action's questions is read with the report (beside its title, which
  // every reading of a report takes in, form or not): what the action guessed from too little yields.
  // Once the feedback was accepted, the answer's reading then recorded stands: a later run (more words
  // from the client, or a retrained model) does not move the labels again.
  const answer = triageAnswer(ctx, issue, found);
  const recorded = answer === null ? null : recordedAnswerReading(found, topicValues(engagement));
  const answerClassified =
    answer === null || recorded ? null : classify({ title: `${issue.title}\n${answer}`, body: issue.body });
  const answered: Reading | null = recorded
    ? {
        ...recorded,
        priority: priorityOf(engagement, recorded.importance, recorded.urgency),
        likelyPriority: priorityOf(engagement, recorded.importance, recorded.urgency),
        likelyImportance: recorded.importance,
      }
    : answerClassified;
  // The classifier's details (what is missing, how sure, the language) of the reading that holds.
  const details = (): Classification =>
    answerClassified ?? (answered ? { ...fresh(), ...answered } : fresh());
  const data = findMarker(found, KIND.ack)?.marker.data ?? {};
  const applied = appliedLabels(found);
  const appliedLower = new Set(applied.map((name) => name.toLowerCase()));
  // A label the action did not apply is a person's choice: it wins over the action's.
  const personal = issue.labels.filter((name) => !appliedLower.has(name.toLowerCase()));
  const actions = issue.labels.filter((name) => appliedLower.has(name.toLowerCase()));
  const fromData = <T extends string>(key: string, values: Readonly<Record<string, T>>): T | undefined => {
    const value = data[key];
    return value === undefined ? undefined : values[value.toLowerCase()];
  };
  /** A person's label; else the action's, read again with the answer when there is one; else the record. */
  const pick = <T extends string>(
    prefix: string,
    values: Readonly<Record<string, T>>,
    key: 'topic' | 'importance' | 'type' | 'priority',
    reread: T | undefined,
    guess: () => T,
  ): T => {
    const own = valuesWithPrefix(personal, prefix, values)[0];
    if (own !== undefined) return own;
    const action = valuesWithPrefix(actions, prefix, values)[0];
    if (action !== undefined) return reread ?? action;
    return fromData(key, values) ?? guess();
  };

  const labels = engagement.labels;
  const topics = topicValues(engagement);
  const topic = pick(labels.topic_prefix, topics, 'topic', answered?.topic, () => fresh().topic);
  const importance: Importance = pick(
    labels.importance_prefix,
    importanceValues,
    'importance',
    answered?.importance,
    () => fresh().importance,
  );
  const type: FeedbackType = pick(labels.type_prefix, typeValues, 'type', answered?.type, () => fresh().type);
  // Urgency has no label of its own (the priority label stands for it): asked for only when needed.
  let urgencyRead: Urgency | undefined;
  const urgency = (): Urgency =>
    (urgencyRead ??= answered?.urgency ?? fromData('urgency', URGENCIES) ?? fresh().urgency);
  const byMatrix = (): Priority => priorityOf(engagement, importance, urgency());
  const priority: Priority = pick(
    labels.priority_prefix,
    priorityValues,
    'priority',
    answered ? byMatrix() : undefined,
    byMatrix,
  );
  // The reading the action's guess came from: the answer's, once the client answered; else the text's.
  const source = (): Reading => answered ?? fresh();
  // The model's most likely priority counts for the root-cause prompt only while the triage is still
  // the action's own guess: a person's label, or a reading that differs from the guess, is the truth.
  const personalSays =
    valuesWithPrefix(personal, labels.importance_prefix, importanceValues).length > 0 ||
    valuesWithPrefix(personal, labels.priority_prefix, priorityValues).length > 0;
  const guessed = (): boolean =>
    !personalSays &&
    importance === source().importance &&
    urgency() === source().urgency &&
    priority === source().priority;
  // What the action recorded when it decided (the acknowledgement, or the acceptance once the client
  // answered) stands: a later run, perhaps with a retrained model, does not reopen the decision. An
  // earlier version's markers record none, and the reading of today's model stands in.
  const decided = answered ? (findMarker(found, KIND.accepted)?.marker.data ?? {}) : data;
  const recordedLikely = priorityValues[decided.likelyPriority?.toLowerCase() ?? ''];
  const recordedPriority = priorityValues[decided.priority?.toLowerCase() ?? ''];
  const likelyPriority = (): Priority =>
    recordedLikely === undefined
      ? guessed()
        ? source().likelyPriority
        : priority
      : !personalSays && priority === recordedPriority
        ? recordedLikely
        : priority;
  return new SettledTriage(
    {
      topic,
      importance,
      type,
      priority,
      applied,
      answered: answered !== null,
      answerReading: answered
        ? {
            topic: answered.topic,
            importance: answered.importance,
            type: answered.type,
            urgency: answered.urgency,
          }
        : null,
      // From the issue form alone, as classifying would give it: the weekly facts read it for every issue.
      milestone: parseFeedbackForm(issue.body, engagement).milestone,
    },
    details,
    urgency,
    likelyPriority,
    () => (guessed() ? source().likelyImportance : importance),
  );
}

/** The values of a reading that the triage takes over or compares with. */
type Reading = Pick<
  Classification,
  'topic' | 'importance' | 'type' | 'urgency' | 'priority' | 'likelyPriority' | 'likelyImportance'
>;

type Decided = Pick<
  Triage,
  'topic' | 'importance' | 'type' | 'priority' | 'applied' | 'answered' | 'answerReading' | 'milestone'
>;

/**
 * A triage whose decided values are known, and whose classifier details (what is missing, how sure,
 * the text's language) are worked out from the text only when a rule asks for them.
 */
class SettledTriage implements Triage {
  readonly topic: string;
  readonly importance: Importance;
  readonly type: FeedbackType;
  readonly priority: Priority;
  readonly applied: readonly string[];
  readonly answered: boolean;
  readonly answerReading: AnswerReading | null;
  readonly milestone: string | null;
  #urgency: Urgency | undefined;
  #likelyPriority: Priority | undefined;
  #likelyImportance: Importance | undefined;

  constructor(
    decided: Decided,
    private readonly reading: () => Classification,
    private readonly urgencyOf: () => Urgency,
    private readonly likelyPriorityOf: () => Priority,
    private readonly likelyImportanceOf: () => Importance,
  ) {
    this.topic = decided.topic;
    this.importance = decided.importance;
    this.type = decided.type;
    this.priority = decided.priority;
    this.applied = decided.applied;
    this.answered = decided.answered;
    this.answerReading = decided.answerReading;
    this.milestone = decided.milestone;
  }

  get urgency(): Urgency {
    return (this.#urgency ??= this.urgencyOf());
  }
  get likelyPriority(): Priority {
    return (this.#likelyPriority ??= this.likelyPriorityOf());
  }
  get likelyImportance(): Importance {
    return (this.#likelyImportance ??= this.likelyImportanceOf());
  }
  get fromForm(): boolean {
    return this.reading().fromForm;
  }
  get missing(): Classification['missing'] {
    return this.reading().missing;
  }
  get confidence(): Classification['confidence'] {
    return this.reading().confidence;
  }
  get ranking(): Classification['ranking'] {
    return this.reading().ranking;
  }
  get unsure(): Classification['unsure'] {
    return this.reading().unsure;
  }
  get topicFallback(): boolean {
    return this.reading().topicFallback;
  }
  get language(): Classification['language'] {
    return this.reading().language;
  }
  get model(): string | null {
    return this.reading().model;
  }
}
