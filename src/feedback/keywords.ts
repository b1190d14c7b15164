// Default keyword rules, English and Vietnamese, that triage feedback written freely. The engagement
// file adds to them (`feedback.topics[].keywords`, `feedback.keywords`); it never has to repeat them.
// Vietnamese keywords are written with full diacritics: text without diacritics still matches them.
import type { Engagement, FeedbackType, Importance, Urgency } from '../engagement/schema';

/** Keywords for the default topic ids; a topic with another id has only its own keywords and names. */
export const DEFAULT_TOPIC_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  quality: [
    'bug',
    'bugs',
    'error',
    'errors',
    'broken',
    'crash',
    'crashes',
    'defect',
    'quality',
    'not working',
    "doesn't work",
    'does not work',
    'lỗi',
    'hỏng',
    'bị lỗi',
    'chất lượng',
    'không hoạt động',
    'không chạy',
  ],
  delivery: [
    'late',
    'delay',
    'delayed',
    'deadline',
    'schedule',
    'on time',
    'behind schedule',
    'slow delivery',
    'trễ',
    'chậm',
    'muộn',
    'tiến độ',
    'trễ hạn',
    'đúng hạn',
    'thời hạn',
    'giao hàng',
    'bàn giao',
  ],
  support: [
    'support',
    'help',
    'helpdesk',
    'no reply',
    'no answer',
    'response time',
    'hỗ trợ',
    'trả lời',
    'giúp đỡ',
    'không phản hồi',
  ],
  communication: [
    'communication',
    'meeting',
    'meetings',
    'email',
    'call',
    'update',
    'updates',
    'informed',
    'giao tiếp',
    'trao đổi',
    'cuộc họp',
    'họp',
    'liên lạc',
    'cập nhật',
    'thông báo',
  ],
  design: [
    'design',
    'layout',
    'colour',
    'color',
    'colours',
    'colors',
    'font',
    'fonts',
    'logo',
    'thiết kế',
    'giao diện',
    'màu',
    'màu sắc',
    'phông chữ',
    'bố cục',
  ],
};

export const DEFAULT_IMPORTANCE_KEYWORDS: Readonly<Record<Importance, readonly string[]>> = {
  urgent: [
    'urgent',
    'urgently',
    'asap',
    'critical',
    'emergency',
    'blocker',
    'blocking',
    'production down',
    'site down',
    'khẩn',
    'khẩn cấp',
    'gấp',
    'rất gấp',
    'nghiêm trọng',
    'cấp bách',
  ],
  important: ['important', 'significant', 'major', 'serious', 'quan trọng', 'đáng kể'],
  not_important: [
    'not important',
    'not urgent',
    'không khẩn cấp',
    'minor',
    'trivial',
    'cosmetic',
    'small thing',
    'nice to have',
    'no rush',
    'không quan trọng',
    'không gấp',
    'nhỏ',
    'chuyện nhỏ',
    'không cần gấp',
  ],
};

export const DEFAULT_TYPE_KEYWORDS: Readonly<Record<Exclude<FeedbackType, 'neutral'>, readonly string[]>> = {
  positive: [
    'thank',
    'thanks',
    'thank you',
    'great',
    'love',
    'excellent',
    'good job',
    'well done',
    'awesome',
    'appreciate',
    'impressed',
    'happy with',
    'pleased',
    'perfect',
    'cảm ơn',
    'cám ơn',
    'tuyệt',
    'tuyệt vời',
    'hài lòng',
    'rất tốt',
    'xuất sắc',
    'rất thích',
    'ấn tượng',
    'làm tốt',
  ],
  negative: [
    'bug',
    'broken',
    'wrong',
    'late',
    'slow',
    'error',
    'fail',
    'fails',
    'failed',
    'crash',
    'unhappy',
    'disappointed',
    'disappointing',
    'problem',
    'not working',
    "doesn't work",
    'does not work',
    'missing',
    'not happy',
    'not satisfied',
    'complaint',
    'lỗi',
    'hỏng',
    'sai',
    'chậm',
    'trễ',
    'muộn',
    'thiếu',
    'không hài lòng',
    'thất vọng',
    'vấn đề',
    'không hoạt động',
    'tệ',
    'không ổn',
    'chưa ổn',
    'không được',
  ],
};

export const DEFAULT_URGENCY_KEYWORDS: Readonly<Record<Exclude<Urgency, 'normal'>, readonly string[]>> = {
  high: [
    'asap',
    'today',
    'right now',
    'immediately',
    'right away',
    'blocking',
    'tonight',
    'before launch',
    'hôm nay',
    'làm ngay',
    'sửa ngay',
    'ngay lập tức',
    'gấp',
    'tối nay',
    'trước khi ra mắt',
  ],
  low: [
    'no rush',
    'whenever',
    'when you have time',
    'later',
    'not urgent',
    'không gấp',
    'khi nào rảnh',
    'lúc nào cũng được',
    'không cần gấp',
    'sau này',
  ],
};

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

/** Pairs of opposite requests: feedback on one topic asking for one side conflicts with the other. */
export const OPPOSITE_REQUESTS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [
    ['more', 'nhiều hơn'],
    ['less', 'fewer', 'ít hơn'],
  ],
  [
    ['bigger', 'larger', 'to hơn', 'lớn hơn'],
    ['smaller', 'nhỏ hơn'],
  ],
  [
    ['add', 'thêm'],
    ['remove', 'bỏ', 'xóa', 'xoá', 'bớt'],
  ],
  [
    ['increase', 'tăng'],
    ['decrease', 'reduce', 'giảm'],
  ],
  [
    ['longer', 'dài hơn'],
    ['shorter', 'ngắn hơn'],
  ],
  [
    ['darker', 'đậm hơn', 'tối hơn'],
    ['lighter', 'brighter', 'nhạt hơn', 'sáng hơn'],
  ],
  [
    ['faster', 'nhanh hơn'],
    ['slower', 'chậm hơn'],
  ],
  [
    ['keep', 'giữ', 'giữ nguyên'],
    ['change', 'replace', 'đổi', 'thay đổi'],
  ],
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

export interface KeywordRules {
  readonly topics: ReadonlyArray<{ readonly category: string; readonly keywords: readonly string[] }>;
  readonly importance: ReadonlyArray<{ readonly category: Importance; readonly keywords: readonly string[] }>;
  readonly type: ReadonlyArray<{
    readonly category: 'positive' | 'negative';
    readonly keywords: readonly string[];
  }>;
  readonly urgency: ReadonlyArray<{
    readonly category: 'high' | 'low';
    readonly keywords: readonly string[];
  }>;
}

const rulesByEngagement = new WeakMap<Engagement, KeywordRules>();

/** The defaults merged with what the engagement file adds (built once per engagement). */
export function keywordRules(engagement: Engagement): KeywordRules {
  let rules = rulesByEngagement.get(engagement);
  if (!rules) {
    rules = buildKeywordRules(engagement);
    rulesByEngagement.set(engagement, rules);
  }
  return rules;
}

function buildKeywordRules(engagement: Engagement): KeywordRules {
  const extra = engagement.feedback.keywords;
  return {
    topics: engagement.feedback.topics.map((topic) => ({
      category: topic.id,
      keywords: [
        ...(DEFAULT_TOPIC_KEYWORDS[topic.id] ?? []),
        ...topic.keywords,
        ...(topic.name ? [topic.name] : []),
        ...(topic.name_vi ? [topic.name_vi] : []),
      ],
    })),
    importance: [
      // Order matters only between keywords of equal length: the more severe reading wins.
      { category: 'urgent', keywords: [...DEFAULT_IMPORTANCE_KEYWORDS.urgent, ...extra.urgent] },
      {
        category: 'not_important',
        keywords: [...DEFAULT_IMPORTANCE_KEYWORDS.not_important, ...extra.not_important],
      },
      { category: 'important', keywords: [...DEFAULT_IMPORTANCE_KEYWORDS.important, ...extra.important] },
    ],
    type: [
      { category: 'negative', keywords: [...DEFAULT_TYPE_KEYWORDS.negative, ...extra.negative] },
      { category: 'positive', keywords: [...DEFAULT_TYPE_KEYWORDS.positive, ...extra.positive] },
    ],
    urgency: [
      { category: 'low', keywords: DEFAULT_URGENCY_KEYWORDS.low },
      { category: 'high', keywords: [...DEFAULT_URGENCY_KEYWORDS.high, ...extra.high_urgency] },
    ],
  };
}
