// A handover the engagement file records (`handed_over_on`) rather than ticked boxes: dated by the
// file, on time or late against the governing date, never chased, and recorded once — the record
// stands when the file's date is edited or removed afterwards.
import { describe, expect, it } from 'vitest';
import { deriveMilestoneFacts } from '../../src/deadlines';
import type { Engagement } from '../../src/engagement/schema';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

/** The default engagement with the first milestone (brand assets, due Friday 27 November) handed over. */
function withHandover(on: string | undefined): Engagement {
  const base = engagementOf();
  const [brand, ...rest] = base.milestones;
  return { ...base, milestones: [{ ...brand!, handed_over_on: on }, ...rest] };
}

describe('a handover recorded in the engagement file', () => {
  it('completes an open tracking issue once, dated by the file, and the record outlives the file', () => {
    const before = step(engagementOf(), emptyWorld(), at('2026-11-20')).snapshot;
    const brand = issueByTitle(before, 'Brand assets').number;
    // Handed over on the due day (date only): on time, all deliverables with it.
    const file = withHandover('2026-11-27');
    const { writes, snapshot } = step(file, before, at('2026-11-30', '10:00'));
    const record = comments(writes).find((write) => write.marker.kind === 'completion')!;
    expect(record.marker.data).toMatchObject({ late: 'false', at: at('2026-11-27', '17:30') });
    // The file gives a day, not a time: the note says the day and invents no hour.
    expect(record.body).toContain('hoàn tất vào thứ Sáu, 27/11/2026 (hạn 17:30 thứ Sáu, 27/11/2026');
    expect(
      writes.some(
        (write) => write.kind === 'close-issue' && 'number' in write.issue && write.issue.number === brand,
      ),
    ).toBe(true);
    expect(issueByTitle(snapshot, 'Brand assets').body).toContain('- [x] Logo files');
    expect(comments(writes).filter((write) => write.marker.kind === 'ladder')).toEqual([]);
    // Later the date in the file is changed to a late one, or removed: the record stands.
    for (const edited of [withHandover('2026-12-02'), withHandover(undefined)]) {
      const later = planOf(edited, snapshot, at('2026-12-03', '10:00'));
      expect(
        later.writes.filter(
          (write) => 'issue' in write && 'number' in write.issue && write.issue.number === brand,
        ),
      ).toEqual([]);
      expect(deriveMilestoneFacts(contextOf(edited, snapshot, at('2026-12-03')))[0]).toMatchObject({
        status: 'done_on_time',
      });
    }
    expect(planOf(file, snapshot, at('2026-11-30', '10:00')).writes).toEqual([]);
  });

  it('a day after the due day is late by one business day, at every run that day; a day to come is none yet', () => {
    const before = step(engagementOf(), emptyWorld(), at('2026-11-20')).snapshot;
    // Monday's handover for Friday's due, read before work starts on Monday, mid-morning and the
    // next day: late by one business day each time (a day alone stands for the end of that day).
    for (const run of [at('2026-11-30', '08:00'), at('2026-11-30', '10:00'), at('2026-12-01', '10:00')]) {
      const late = planOf(withHandover('2026-11-30'), before, run);
      expect(
        comments(late.writes).find((write) => write.marker.kind === 'completion')?.marker.data,
        run,
      ).toMatchObject({ late: 'true', days: '1', at: at('2026-11-30', '17:30') });
    }
    const ahead = planOf(withHandover('2026-12-01'), before, at('2026-11-30', '09:00'));
    expect(comments(ahead.writes).some((write) => write.marker.kind === 'completion')).toBe(false);
    expect(comments(ahead.writes).map((write) => write.marker.kind)).toContain('ladder');
  });

  it('a day alone on the due day is on time whatever hour the due has, on the day and after it', () => {
    const base = engagementOf();
    const [brand, ...rest] = base.milestones;
    // Due at noon on Friday 27 November; handed over "on 27 November".
    const file = {
      ...base,
      milestones: [{ ...brand!, due: '2026-11-27T12:00', handed_over_on: '2026-11-27' }, ...rest],
    };
    const before = step(engagementOf(), emptyWorld(), at('2026-11-20')).snapshot;
    for (const run of [at('2026-11-27', '10:00'), at('2026-11-27', '15:00'), at('2026-11-30', '10:00')]) {
      const facts = deriveMilestoneFacts(contextOf(file, before, run))[0];
      expect(facts, run).toMatchObject({ status: 'done_on_time', businessDaysLate: 0 });
    }
  });

  it('opens no tracking issue for a milestone handed over before it needed one', () => {
    const { writes, snapshot } = step(withHandover('2026-11-25'), emptyWorld(), at('2026-11-30'));
    const opened = writes.flatMap((write) => (write.kind === 'open-issue' ? [write.title] : []));
    expect(opened.some((title) => title.includes('Brand assets'))).toBe(false);
    expect(opened.some((title) => title.includes('Visual design'))).toBe(true);
    expect(
      deriveMilestoneFacts(contextOf(withHandover('2026-11-25'), snapshot, at('2026-11-30')))[0],
    ).toMatchObject({
      status: 'done_on_time',
    });
    expect(planOf(withHandover('2026-11-25'), snapshot, at('2026-11-30')).writes).toEqual([]);
  });
});
