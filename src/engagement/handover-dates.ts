// A `handed_over_on` still to come is a plan, not a handover: the action ignores it until then, and
// would record it as done on that day whether or not it happened. Said at its line on every run and by
// `validate`, which know the day; the loader's checks do not read the clock.
import { DateTime } from 'luxon';
import { locateField, type LocatedError } from './load-yaml';
import type { Engagement } from './schema';

export function futureHandovers(
  text: string,
  file: string,
  engagement: Engagement,
  now: Date,
): LocatedError[] {
  const zone = engagement.engagement.time_zone;
  return engagement.milestones.flatMap((milestone, index) => {
    const written = milestone.handed_over_on;
    if (written === undefined) return [];
    const moment = DateTime.fromISO(written.replace(' ', 'T'), { zone });
    const ahead =
      written.length <= 10
        ? moment.startOf('day') > DateTime.fromJSDate(now).setZone(zone).startOf('day')
        : moment.toMillis() > now.getTime();
    if (!ahead) return [];
    return [
      locateField(
        text,
        file,
        ['milestones', index, 'handed_over_on'],
        `\`${written}\` is still to come: \`${milestone.id}\` is treated as not handed over until then, and from then on as handed over, whether it was or not`,
        'write `handed_over_on` once the handover has happened, with the day it did; until then the tracking issue and its ticked boxes record it',
      ),
    ];
  });
}
