// The one nudge on unclear feedback is a chase like a handoff reminder: it waits for a working day
// (calendar/days-off.ts). Filed on a Tuesday evening, its questions wait three business days, to
// Friday evening; a daily 07:00 run would have nudged on Saturday. The acknowledgement itself is never
// held. Each run is followed by an unchanged rerun that must plan nothing.
import { describe, expect, it } from 'vitest';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, plan, run } from './helpers';

const at = (date: string, time = '07:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

describe('the nudge on unclear feedback', () => {
  it('due by Saturday 07:00, goes on Monday; the acknowledgement went at once on Tuesday evening', () => {
    let world = addIssue(makeSnapshot(), {
      number: 50,
      title: 'Lỗi',
      body: 'Web bị lỗi.',
      labels: ['feedback'],
      author: 'lan-bepxanh',
      createdAt: at('2026-11-24', '19:00'),
    });
    const first = run(world, at('2026-11-24', '19:05'));
    expect(commentsOf(first.writes, 50).map((write) => write.marker.kind)).toContain('feedback-ack');
    world = first.snapshot;
    const nudged: string[] = [];
    for (const date of [
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]) {
      const next = run(world, at(date));
      if (commentsOf(next.writes, 50).some((write) => write.marker.kind === 'feedback-nudge'))
        nudged.push(date);
      world = next.snapshot;
      expect(plan(world, at(date, '07:01'))).toEqual([]);
    }
    expect(nudged).toEqual(['2026-11-30']);
  });
});
