// Triage of one piece of feedback: the issue form's answers first, keyword rules second, documented
// defaults last. It also says what is missing for the feedback to be actionable ("unclear").
import type { Engagement, FeedbackType, Importance, Priority, Urgency } from '../engagement/schema';
import { parseFeedbackForm } from './form';
import { EXPECTATION_KEYWORDS, keywordRules } from './keywords';
import { findKeywords, meaningfulLength, mentionsAny, tokenize } from './text';

/** What the client still has to tell us, each asked as its own open question. */
export type MissingDetail = 'details' | 'expected' | 'topic' | 'importance';

export interface Classification {
  readonly topic: string;
  readonly importance: Importance;
  readonly type: FeedbackType;
  readonly urgency: Urgency;
  readonly priority: Priority;
  readonly fromForm: boolean;
  readonly milestone: string | null;
  /** What the feedback lacks; empty when it is clear. Positive feedback is never unclear. */
  readonly missing: readonly MissingDetail[];
}

export interface FeedbackText {
  readonly title: string;
  readonly body: string;
}

/** Priority from the engagement's impact × urgency matrix. */
export function priorityOf(engagement: Engagement, importance: Importance, urgency: Urgency): Priority {
  return engagement.feedback.priority_matrix[importance][urgency];
}

export function classifyFeedback(engagement: Engagement, text: FeedbackText): Classification {
  const form = parseFeedbackForm(text.body, engagement);
  // The form's own headings and options ("Mức độ quan trọng", "something is wrong") are not the
  // client's words: only the free-text answers are searched for keywords.
  const words = form.isForm
    ? [text.title, form.whatHappened ?? '', form.expected ?? '']
    : [text.title, text.body];
  const whole = tokenize(words.join('\n'));
  const rules = keywordRules(engagement);

  const topicByKeywords = mostMentioned(findKeywords(whole, rules.topics).map((hit) => hit.category));
  const topic = form.topic ?? topicByKeywords;

  const importanceHits = new Set(findKeywords(whole, rules.importance).map((hit) => hit.category));
  const importanceByKeywords: Importance | null = importanceHits.has('urgent')
    ? 'urgent'
    : importanceHits.has('important')
      ? 'important'
      : importanceHits.has('not_important')
        ? 'not_important'
        : null;
  const importance = form.importance ?? importanceByKeywords;

  // A complaint wrapped in thanks is still a complaint: any negative word makes it negative.
  const typeHits = new Set(findKeywords(whole, rules.type).map((hit) => hit.category));
  const type: FeedbackType =
    form.type ?? (typeHits.has('negative') ? 'negative' : typeHits.has('positive') ? 'positive' : 'neutral');

  const urgencyHits = new Set(findKeywords(whole, rules.urgency).map((hit) => hit.category));
  const urgency: Urgency = urgencyHits.has('high') ? 'high' : urgencyHits.has('low') ? 'low' : 'normal';

  const resolvedImportance = importance ?? 'important';
  const missing: MissingDetail[] = [];
  if (type !== 'positive') {
    const minLength = engagement.feedback.unclear.min_length;
    const details = form.isForm ? (form.whatHappened ?? '') : text.body;
    if (meaningfulLength(details) < minLength) missing.push('details');
    const expected = form.isForm
      ? form.expected
      : mentionsAny(whole, EXPECTATION_KEYWORDS)
        ? text.body
        : null;
    if (expected === null || meaningfulLength(expected) === 0) missing.push('expected');
    if (topic === null) missing.push('topic');
    if (form.isForm && importance === null) missing.push('importance');
  }

  return {
    topic: topic ?? fallbackTopic(engagement),
    importance: resolvedImportance,
    type,
    urgency,
    priority: priorityOf(engagement, resolvedImportance, urgency),
    fromForm: form.isForm,
    milestone: form.milestone,
    missing,
  };
}

/** The topic of feedback that names none: `other` when the engagement has it, else the last topic. */
export function fallbackTopic(engagement: Engagement): string {
  const topics = engagement.feedback.topics;
  return topics.find((topic) => topic.id === 'other')?.id ?? topics[topics.length - 1]?.id ?? 'other';
}

/** The category named most often; ties go to the one named first. */
function mostMentioned(categories: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  let best: string | null = null;
  for (const [category, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0)) best = category;
  }
  return best;
}
