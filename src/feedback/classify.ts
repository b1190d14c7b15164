// Triage of one piece of feedback: the issue form's answers first, then the triage model (the
// engagement's own keywords weigh most, then what was learned from the labelled corpus). It says
// how sure it is per dimension, which readings it is unsure about, and what is missing for the
// feedback to be actionable — only when the report itself is too thin to act on.
import type { Engagement, FeedbackType, Importance, Priority, Urgency } from '../engagement/schema';
import { IMPORTANCE_LEVELS, URGENCY_LEVELS } from '../engagement/schema';
import { type LanguageGroup } from './classifier/features';
import type { Dimension, Scored, TriageWeights } from './classifier/model';
import { predict, shippedWeights } from './classifier/predict';
import { replyLanguage } from './classifier/reply-language';
import type { ModelTriage } from '../core/snapshot';
import { parseFeedbackForm } from './form';

/** What the client still has to tell us, each asked as its own open question. */
export type MissingDetail = 'details' | 'expected';

export interface Classification {
  readonly topic: string;
  readonly importance: Importance;
  readonly type: FeedbackType;
  readonly urgency: Urgency;
  readonly priority: Priority;
  /**
   * The priority of the most likely readings. It differs from `priority` only while the classifier
   * is unsure and a more urgent reading was taken for the response time; the root-cause prompt
   * follows this one, so a probable typo is not analysed as a P2 failure.
   */
  readonly likelyPriority: Priority;
  /**
   * The importance of the most likely reading (the form's answer when it gave one). It differs from
   * `importance` only while the classifier is unsure and a more urgent reading was taken: the
   * response time, which follows importance, is then the more urgent one's.
   */
  readonly likelyImportance: Importance;
  readonly fromForm: boolean;
  readonly milestone: string | null;
  /** What the feedback lacks; empty when it can be acted on. Positive and urgent feedback never lack. */
  readonly missing: readonly MissingDetail[];
  /** How sure the triage is of each dimension, 0–1 (1 when the issue form answered it). */
  readonly confidence: Readonly<Record<Dimension, number>>;
  /** The model's readings with their probabilities, most likely first (empty where the form answered). */
  readonly ranking: Readonly<Record<Dimension, Scored['ranking']>>;
  /** Dimensions the triage is unsure of: the triage role is asked to confirm them. */
  readonly unsure: readonly Dimension[];
  /** True when no topic could be read and the fallback topic was used. */
  readonly topicFallback: boolean;
  /** The language the client wrote in. */
  readonly language: LanguageGroup;
  /** The hosted model whose reading was used, when one was (`feedback.model_triage`). */
  readonly model: string | null;
}

export interface FeedbackText {
  readonly title: string;
  readonly body: string;
}

/** Below this probability a dimension counts as unsure. */
export const CONFIDENT = 0.6;
/** A more urgent reading at least this likely is the one whose SLA applies while a person checks. */
export const PLAUSIBLE = 0.2;

/** …and at least this share of the most likely reading's probability: a close rival, not noise. */
export const RIVAL = 0.5;
/**
 * When the chance that the feedback is P1 (importance × urgency, summed over the matrix's P1 cells)
 * is at least this, it is acted on as P1 while a person checks: an urgent report read as normal
 * waits the normal time, the costliest mistake triage can make. Chosen by cross-validation on the
 * training corpus when it was smaller; on today's (2,129 items, 5 folds) it finds 93.8 % of P1 with
 * 3.2 % false P1, and 95.0 % / 5.9 % on the items written apart (BENCHMARKS.md): lower thresholds
 * trade one for the other on both.
 */
export const P1_PLAUSIBLE = 0.25;

/** A topic is read from the text only when the model gives it at least this probability… */
export const TOPIC_FOUND = 0.35;
/**
 * …and, when the text names nothing of any topic (no topical word, no topic keyword), at least this
 * one — well above the unsure threshold: a vague report ("em xem lại rồi báo chị") is not guessed
 * into a topic on its phrasing alone, it is `other` and the triage role is asked. On held-out
 * training folds this costs about one point of topic accuracy (88.6 % against 89.7 % without it).
 */
export const TOPIC_FOUND_UNNAMED = 0.7;

/** Priority from the engagement's impact × urgency matrix. */
export function priorityOf(engagement: Engagement, importance: Importance, urgency: Urgency): Priority {
  return engagement.feedback.priority_matrix[importance][urgency];
}

/**
 * The reading to act on: the most likely one, or — when unsure — the most severe reading that is
 * still plausible, so that an unsure call never gives the client a slower response time.
 */
function cautious<T extends string>(scored: Scored, severity: readonly T[]): T {
  const top = scored.label as T;
  for (const level of severity) {
    if (level === top) return top;
    const probability = scored.ranking.find((entry) => entry.label === level)?.probability ?? 0;
    if (probability >= PLAUSIBLE && probability >= RIVAL * scored.confidence) return level;
  }
  return top;
}

export function classifyFeedback(
  engagement: Engagement,
  text: FeedbackText,
  weights: TriageWeights = shippedWeights(),
  hosted?: ModelTriage,
): Classification {
  const local = classifyLocally(engagement, text, weights);
  // A hosted model's reading (checked by the shell) replaces the local guesses, never the form's
  // answers: its topic must be one of the engagement's, else the local reading stands.
  if (!hosted || !engagement.feedback.topics.some((topic) => topic.id === hosted.topic)) return local;
  const form = parseFeedbackForm(text.body, engagement);
  const topic = form.topic ?? hosted.topic;
  const importance = form.importance ?? hosted.importance;
  const type = form.type ?? hosted.type;
  const urgency = hosted.urgency;
  const priority = priorityOf(engagement, importance, urgency);
  const acted = type === 'positive' || importance === 'urgent' || priority === 'P1';
  return {
    ...local,
    topic,
    importance,
    type,
    urgency,
    priority,
    likelyPriority: priority,
    likelyImportance: importance,
    missing: acted ? [] : local.missing,
    confidence: { topic: 1, importance: 1, type: 1, urgency: 1 },
    unsure: [],
    topicFallback: false,
    model: hosted.model,
  };
}

function classifyLocally(engagement: Engagement, text: FeedbackText, weights: TriageWeights): Classification {
  const form = parseFeedbackForm(text.body, engagement);
  // The form's own headings and options ("Mức độ quan trọng", "something is wrong") are not the
  // client's words: only the free-text answers are read.
  const words = (
    form.isForm ? [text.title, form.whatHappened ?? '', form.expected ?? ''] : [text.title, text.body]
  )
    .filter(Boolean)
    .join('\n');
  const { scores, reading, topical } = predict(engagement, words, weights);

  const topicScore = scores.topic;
  const fallback = fallbackTopic(engagement);
  const topicFound =
    topicScore.confidence >= (topical ? TOPIC_FOUND : TOPIC_FOUND_UNNAMED) && topicScore.label !== fallback;
  const topic = form.topic ?? (topicFound ? topicScore.label : fallback);
  // Praise has no response clock. A positive reading the model is unsure of is acted on as neutral
  // while the triage role checks: acknowledged with a response and a resolution time, no thanks for
  // praise (no kudos), and no apology either — it may be a complaint ("Web đẹp lắm em, mà khách không
  // đặt hàng được") or praise of a fix ("Login issue gone"). An unsure call never gives the client a
  // slower response time.
  const unsurePraise = !form.type && scores.type.label === 'positive' && scores.type.confidence < CONFIDENT;
  // Praise that also asks for a change ("Love the new gallery. Could you also add captions?") is acted
  // on as the request it makes: the client is owed a response and a resolution date for it.
  const praiseAsking = !form.type && scores.type.label === 'positive' && reading.asksForChange;
  const type: FeedbackType =
    form.type ?? (unsurePraise || praiseAsking ? 'neutral' : (scores.type.label as FeedbackType));
  // A report too thin to act on says too little for a rival reading to mean anything: it is read as
  // its most likely reading and the client is asked, rather than labelled urgent on a guess. Praise
  // the model is sure of has no response clock to protect, so it is not read as the more urgent
  // rival either ("Checkout works perfectly now" is thanks, not a P1).
  const praise =
    !form.type && scores.type.label === 'positive' && scores.type.confidence >= CONFIDENT && !praiseAsking;
  const thin = reading.length < engagement.feedback.unclear.min_length;
  const likely = thin || praise || form.type === 'positive';
  const readingOf = <T extends string>(scored: Scored, severity: readonly T[]): T =>
    likely ? (scored.label as T) : cautious(scored, severity);
  const read = {
    importance: form.importance ?? readingOf(scores.importance, IMPORTANCE_LEVELS),
    urgency: readingOf(scores.urgency, URGENCY_LEVELS),
  };
  const { importance, urgency } = likely ? read : p1Reading(engagement, read, scores, form.importance);
  const priority = priorityOf(engagement, importance, urgency);
  const likelyPriority = priorityOf(
    engagement,
    form.importance ?? (scores.importance.label as Importance),
    scores.urgency.label as Urgency,
  );

  const confidence: Record<Dimension, number> = {
    topic: form.topic ? 1 : topicScore.confidence,
    importance: form.importance ? 1 : scores.importance.confidence,
    type: form.type ? 1 : scores.type.confidence,
    urgency: scores.urgency.confidence,
  };
  // Unsure: below the confidence threshold, or acted on by a reading other than the most likely one
  // (the more urgent reading): either way a person should confirm it.
  const acting: Partial<Record<Dimension, string>> = { importance, urgency };
  // Praise has no clock and no prompt: which topic it praises is not worth a person's check.
  const unsure = (Object.keys(confidence) as Dimension[]).filter(
    (dimension) =>
      !(praise && dimension === 'topic') &&
      (confidence[dimension] < CONFIDENT ||
        (acting[dimension] !== undefined &&
          !(dimension === 'importance' && form.importance) &&
          acting[dimension] !== scores[dimension].label)),
  );

  // Questions only when the report is too thin to act on, never for praise, and never for what
  // reads as urgent: that is acted on at once, whatever else is unknown.
  const missing: MissingDetail[] = [];
  const acted = type === 'positive' || importance === 'urgent' || priority === 'P1';
  if (!acted && thin) missing.push('details', 'expected');

  return {
    topic,
    importance,
    type,
    urgency,
    priority,
    likelyPriority: thin ? priority : likelyPriority,
    likelyImportance: thin ? importance : (form.importance ?? (scores.importance.label as Importance)),
    fromForm: form.isForm,
    milestone: form.milestone,
    missing,
    confidence,
    ranking: {
      topic: form.topic ? [] : topicScore.ranking,
      importance: form.importance ? [] : scores.importance.ranking,
      type: form.type ? [] : scores.type.ranking,
      urgency: scores.urgency.ranking,
    },
    unsure,
    topicFallback: !form.topic && !topicFound,
    // Replies follow the language the client wrote in: an English report quoting Vietnamese is English,
    // short Vietnamese typed without diacritics ("footer sai nam") Vietnamese.
    language: replyLanguage(reading.language, words),
    model: null,
  };
}

/**
 * The more urgent reading when P1 is plausible as a whole: a report whose importance and urgency
 * are each only somewhat likely to be urgent can still be likely P1. Then it is read as the most
 * likely P1 cell of the matrix (the form's importance, when it gave one, stays).
 */
function p1Reading(
  engagement: Engagement,
  read: { readonly importance: Importance; readonly urgency: Urgency },
  scores: Readonly<Record<Dimension, Scored>>,
  formImportance: Importance | null,
): { importance: Importance; urgency: Urgency } {
  if (priorityOf(engagement, read.importance, read.urgency) === 'P1') return read;
  const chance = (scored: Scored, label: string): number =>
    scored.ranking.find((entry) => entry.label === label)?.probability ?? 0;
  const cells = IMPORTANCE_LEVELS.filter((level) => !formImportance || level === formImportance).flatMap(
    (importance) =>
      URGENCY_LEVELS.filter((urgency) => priorityOf(engagement, importance, urgency) === 'P1').map(
        (urgency) => ({
          importance,
          urgency,
          chance:
            (formImportance ? 1 : chance(scores.importance, importance)) * chance(scores.urgency, urgency),
        }),
      ),
  );
  const total = cells.reduce((sum, cell) => sum + cell.chance, 0);
  const best = [...cells].sort((a, b) => b.chance - a.chance)[0];
  return best && total >= P1_PLAUSIBLE ? { importance: best.importance, urgency: best.urgency } : read;
}

/** The topic of feedback that names none: `other` when the engagement has it, else the last topic. */
export function fallbackTopic(engagement: Engagement): string {
  const topics = engagement.feedback.topics;
  return topics.find((topic) => topic.id === 'other')?.id ?? topics[topics.length - 1]?.id ?? 'other';
}
