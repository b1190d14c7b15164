// A record of the action deleted by a person after the fact: the agreement or the handoff it recorded
// is not lost. The action writes the record again, once, from what it rests on (the proposal and the
// `/agree`, the ticked boxes), with the same facts; the date that governs never moves in between
// (docs/runtime.md, "When people edit or delete the action's comments").
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveMilestoneFacts } from '../../src/deadlines';
import { addComment, deleteComment, tickItem } from '../../fake-github/world';
import { comments, contextOf, emptyWorld, engagementOf, issueByTitle, step } from './helpers';

const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();
const engagement = engagementOf();

const recordOf = (snapshot: Snapshot, kind: string) => {
  const comment = issueByTitle(snapshot, 'Brand assets').comments.find(
    (candidate) => parseMarkers(candidate.body)[0]?.kind === kind,
  )!;
  return { id: comment.id, marker: parseMarkers(comment.body)[0]! };
};

/** Brand assets (due 27 Nov) extended to 3 Dec: proposed by the client, agreed by the vendor. */
function agreed(): { snapshot: Snapshot; brand: number } {
  let snapshot = step(engagement, emptyWorld(), at('2026-11-18')).snapshot;
  const brand = issueByTitle(snapshot, 'Brand assets').number;
  snapshot = addComment(snapshot, brand, {
    author: 'lan-bepxanh',
    body: '/extend 2026-12-03 Ảnh sản phẩm đang chụp lại',
    createdAt: at('2026-11-24', '10:00'),
  });
  snapshot = step(engagement, snapshot, at('2026-11-24', '11:00')).snapshot;
  snapshot = addComment(snapshot, brand, {
    author: 'quang-songhan',
    body: '/agree',
    createdAt: at('2026-11-24', '14:00'),
  });
  snapshot = step(engagement, snapshot, at('2026-11-24', '15:00')).snapshot;
  return { snapshot, brand };
}

describe('a record of the action deleted after the fact', () => {
  it('the amendment record deleted: written again with the same agreement; the agreed date holds throughout', () => {
    const { snapshot: start, brand } = agreed();
    const original = recordOf(start, 'amendment');
    const deleted = deleteComment(start, brand, original.id, at('2026-11-25', '10:00'));
    // In between, the agreed date still governs: nothing reads as late or asks for the old date.
    expect(deriveMilestoneFacts(contextOf(engagement, deleted, at('2026-11-30')))[0]).toMatchObject({
      currentDue: '2026-12-03T10:30:00.000Z',
      status: 'at_risk',
    });
    const { writes, snapshot: after } = step(engagement, deleted, at('2026-11-30'));
    const again = comments(writes).filter((write) => write.marker.kind === 'amendment');
    expect(again).toHaveLength(1);
    // The same agreement, word for word; only the time of the note itself is the new run's.
    const same = Object.entries(original.marker.data ?? {}).filter(([key]) => key !== 'at');
    expect(again[0]!.marker.data).toMatchObject(Object.fromEntries(same));
    expect(writes.filter((write) => write.kind === 'comment' && write.marker.kind === 'ladder')).toEqual([]);
    expect(recordOf(after, 'amendment').marker.data?.to).toBe('2026-12-03');
  });

  it('the completion record deleted: written again with the same time, due date and verdict', () => {
    const { snapshot: start, brand } = agreed();
    let snapshot = start;
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos', 'About-us text'])
      snapshot = tickItem(snapshot, brand, item, at('2026-12-01', '16:00'));
    snapshot = step(engagement, snapshot, at('2026-12-01', '17:00')).snapshot;
    const original = recordOf(snapshot, 'completion');
    snapshot = deleteComment(snapshot, brand, original.id, at('2026-12-02', '10:00'));
    const { writes, snapshot: after } = step(engagement, snapshot, at('2026-12-07'));
    const again = comments(writes).filter((write) => write.marker.kind === 'completion');
    expect(again).toHaveLength(1);
    for (const key of ['at', 'due', 'late', 'days'])
      expect(again[0]!.marker.data?.[key], key).toBe(original.marker.data?.[key]);
    expect(issueByTitle(after, 'Brand assets').labels).toContain('deadline: done on time');
  });
});
