// PLACEHOLDER until the business calendar lands (issue 4).
import type { Engagement } from '../engagement/schema';
import type { BusinessCalendar } from './types';

export type { BusinessCalendar } from './types';

export function createBusinessCalendar(_config: Engagement['calendar'], _zone: string): BusinessCalendar {
  throw new Error('The business calendar is not built yet.');
}
