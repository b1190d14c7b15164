// Vietnamese words for where the action cuts its own text to fit GitHub's limits.
import type { LimitsMessageKey } from '../en/limits';

export const LIMITS_VI: Readonly<Record<LimitsMessageKey, string>> = {
  'limits.body_cut':
    '_…và {count} dòng nữa, được lược bớt tại đây để không vượt giới hạn {limit} ký tự của GitHub._',
  'limits.title_cut': '… (và {count} ký tự nữa)',
};
