// The zone's UTC offset at an instant, cheaply. luxon asks Intl for the offset on every call, which
// costs microseconds; planning a large repository asks millions of times. Offsets change only at
// transitions, so one answer per UTC hour is kept, and an hour whose two ends disagree (it holds a
// transition) is answered exactly, instant by instant.
import { IANAZone } from 'luxon';

const HOUR_MS = 3_600_000;

export type OffsetAt = (instant: number) => number;

/** Offset in minutes east of UTC (what luxon's `IANAZone#offset` gives) at an epoch-millisecond instant. */
export function zoneOffsets(zone: string): OffsetAt {
  const iana = IANAZone.create(zone);
  const byHour = new Map<number, number | null>();
  return (instant) => {
    const hour = Math.floor(instant / HOUR_MS);
    let known = byHour.get(hour);
    if (known === undefined) {
      const atStart = iana.offset(hour * HOUR_MS);
      known = iana.offset((hour + 1) * HOUR_MS - 1) === atStart ? atStart : null;
      byHour.set(hour, known);
    }
    return known ?? iana.offset(instant);
  };
}

/** The `YYYY-MM-DD` date at an instant in the zone (years 0000–9999, as luxon's `toISODate`). */
export function localDateAt(offsetAt: OffsetAt, instant: number): string {
  return new Date(instant + offsetAt(instant) * 60_000).toISOString().slice(0, 10);
}
