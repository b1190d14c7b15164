// English words for where the action cuts its own text to fit GitHub's limits (src/plan/github-limits.ts).
export const LIMITS_EN = {
  'limits.body_cut':
    "_…and {count} more lines, cut here to stay within GitHub's limit of {limit} characters._",
  'limits.title_cut': '… (and {count} more characters)',
} as const;

export type LimitsMessageKey = keyof typeof LIMITS_EN;
