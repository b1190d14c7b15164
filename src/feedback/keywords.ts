// Keyword lists of feedback handling that are not the triage model's (its lexicon lives in
// classifier/lexicon.ts): what shows an expectation, "not resolved", and the engagement file's own
// triage keywords. Vietnamese is written with full diacritics. Opposite requests are read in
// opposites.ts: a direction and the thing it is asked of, not a word list alone.
import type { Engagement } from '../engagement/schema';

/** Words that show the client said what outcome they want ("expected", "should", "mong muốn"). */
export const EXPECTATION_KEYWORDS: readonly string[] = [
  'expect',
  'expected',
  'expecting',
  'should',
  'would like',
  'want',
  'wanted',
  'wish',
  'please',
  'need',
  'needs',
  'hope',
  'would be nice',
  'instead',
  'could you',
  'can you',
  'prefer',
  'mong',
  'muốn',
  'mong muốn',
  'mong đợi',
  'kỳ vọng',
  'nên',
  'cần',
  'đề nghị',
  'vui lòng',
  'hy vọng',
  'hi vọng',
  'thay vì',
  'yêu cầu',
  'làm ơn',
];

/** Commands and phrases by which the author says a closed piece of feedback is not resolved. */
export const NOT_RESOLVED_PHRASES: readonly string[] = [
  'not resolved',
  'not fixed',
  'still broken',
  'still happening',
  'chưa được giải quyết',
  'chưa giải quyết',
  'chưa được sửa',
  'chưa sửa',
  'vẫn còn lỗi',
  'vẫn bị',
];

/** Keyword rules of the engagement file itself; categories read `dimension:label`. */
export type EngagementKeywordRules = ReadonlyArray<{
  readonly category: string;
  readonly keywords: readonly string[];
}>;

const rulesByEngagement = new WeakMap<Engagement, EngagementKeywordRules>();

/**
 * The engagement's own keywords (`feedback.topics[].keywords`, `feedback.keywords`), built once per
 * engagement. They weigh more than anything the model learned: the team knows its client's words.
 */
export function engagementKeywordRules(engagement: Engagement): EngagementKeywordRules {
  let rules = rulesByEngagement.get(engagement);
  if (!rules) {
    const extra = engagement.feedback.keywords;
    rules = [
      ...engagement.feedback.topics.map((topic) => ({
        category: `topic:${topic.id}`,
        keywords: topic.keywords,
      })),
      { category: 'importance:urgent', keywords: extra.urgent },
      { category: 'importance:important', keywords: extra.important },
      { category: 'importance:not_important', keywords: extra.not_important },
      { category: 'type:positive', keywords: extra.positive },
      { category: 'type:negative', keywords: extra.negative },
      { category: 'urgency:high', keywords: extra.high_urgency },
    ].filter((rule) => rule.keywords.length > 0);
    rulesByEngagement.set(engagement, rules);
  }
  return rules;
}
