// Nobody is chased on a day off (a weekend, a public holiday such as Tết, a declared closed day): the
// reminders and nudges that fall due then wait for the first run of the next working day. One rule
// for every domain that chases people; acknowledgements and the team's own alerts are not held.
import type { BusinessCalendar } from './types';

export function isDayOff(calendar: BusinessCalendar, now: Date): boolean {
  return !calendar.isBusinessDay(calendar.localDate(now));
}
