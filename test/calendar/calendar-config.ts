// A business calendar's settings for a test: Monday to Friday, 09:00–18:00, no holidays, with the
// test's own changes.
import type { Engagement } from '../../src/engagement/schema';

export type CalendarConfig = Engagement['calendar'];

export function calendarConfig(overrides: Partial<CalendarConfig> = {}): CalendarConfig {
  return {
    work_days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    work_hours: { start: '09:00', end: '18:00' },
    holidays: null,
    closed_days: [],
    open_days: [],
    ...overrides,
  };
}
