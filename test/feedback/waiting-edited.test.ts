// `/waiting` counts from when it was written. Edited into an older comment, it pauses the clocks from
// the edit, never from the comment's creation: a pause back-dated over a breach already reported would
// rewrite the record (the weekly SLA compliance). Every run ends with an unchanged rerun.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveFeedbackFacts } from '../../src/feedback';
import { addComment, addIssue, editComment, makeSnapshot } from '../../fake-github/world';
import { ctxAt, kinds, plan, run } from './helpers';

// Important feedback (16 business hours / 5 business days), filed Mon 23 Nov 09:00 ICT: its
// resolution is due Mon 30 Nov 09:00 ICT (02:00Z).
const DUE = '2026-11-30T02:00:00.000Z';

function answeredByTheTeam(): Snapshot {
  let world = addIssue(makeSnapshot(), {
    number: 31,
    title: 'Sai giá sản phẩm',
    body: 'Giá sản phẩm cà phê Arabica bị hiển thị sai trên trang chi tiết. Nhờ bên em sửa lại giúp chị.',
    labels: ['feedback'],
    createdAt: '2026-11-23T02:00:00Z',
  });
  world = run(world, '2026-11-23T02:01:00Z').snapshot;
  world = addComment(world, 31, {
    id: 501,
    author: 'vy-songhan',
    body: 'Bên em đang kiểm tra.',
    createdAt: '2026-11-23T03:00:00Z',
  });
  return run(world, '2026-11-23T03:01:00Z').snapshot;
}

const resolution = (world: Snapshot, now: string) =>
  deriveFeedbackFacts(ctxAt(world, now)).find((facts) => facts.number === 31)!.resolution;

describe('/waiting edited into an older comment', () => {
  it('after the breach was reported, does not pause the clocks back over it', () => {
    let world = run(answeredByTheTeam(), '2026-12-02T03:00:00Z').snapshot;
    expect(resolution(world, '2026-12-02T03:00:00Z')).toMatchObject({ dueAt: DUE, met: false });
    world = editComment(world, 31, 501, 'Bên em đang kiểm tra.\n/waiting', '2026-12-02T04:00:00Z');
    expect(resolution(world, '2026-12-02T04:30:00Z')).toMatchObject({ dueAt: DUE, met: false });
    const ran = run(world, '2026-12-02T04:30:00Z');
    expect(kinds(ran.writes)).toEqual(['remove-label', 'add-labels']);
    expect(plan(ran.snapshot, '2026-12-02T04:30:00Z')).toEqual([]);
  });

  it('before the due time, pauses the clocks from the edit only', () => {
    let world = editComment(
      answeredByTheTeam(),
      31,
      501,
      'Một câu hỏi cho chị.\n/waiting',
      '2026-11-25T03:00:00Z',
    );
    // Waiting since Wed 10:00 ICT: two working hours later the due time has moved by two hours.
    expect(resolution(world, '2026-11-25T05:00:00Z')).toMatchObject({
      dueAt: '2026-11-30T04:00:00.000Z',
      met: null,
    });
    world = run(world, '2026-11-25T05:00:00Z').snapshot;
    expect(plan(world, '2026-11-25T05:00:00Z')).toEqual([]);
  });

  it('a client who answered the comment before the edit has answered it: the edit pauses nothing', () => {
    let world = addComment(answeredByTheTeam(), 31, {
      author: 'lan-bepxanh',
      body: 'Ok em.',
      createdAt: '2026-11-24T03:00:00Z',
    });
    world = run(world, '2026-11-24T03:01:00Z').snapshot;
    world = editComment(world, 31, 501, 'Bên em đang kiểm tra.\n/waiting', '2026-11-25T03:00:00Z');
    expect(resolution(world, '2026-11-25T05:00:00Z')).toMatchObject({ dueAt: DUE, met: null });
    const ran = run(world, '2026-11-25T05:00:00Z');
    expect(kinds(ran.writes)).not.toContain('add-labels');
    expect(plan(ran.snapshot, '2026-11-25T05:00:00Z')).toEqual([]);
  });
});
