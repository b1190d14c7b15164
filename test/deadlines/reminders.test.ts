import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';
import { addComment, tickItem } from '../../fake-github/world';
import { comments, emptyWorld, engagementOf, issueByTitle, planOf, step } from './helpers';

// Brand assets (client, 4 deliverables) are due Friday 27 Nov 2026 at 17:30 in Ho Chi Minh City.
const at = (date: string, time = '09:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

function opened(now: string): Snapshot {
  return step(engagementOf(), emptyWorld(), now).snapshot;
}

describe('reminders before the date', () => {
  it('reminds the owner primary contact 7 business days before, in their language, once', () => {
    const engagement = engagementOf();
    const start = opened(at('2026-11-02'));
    const { writes, snapshot } = step(engagement, start, at('2026-11-18'));
    const [reminder, ...others] = comments(writes);
    expect(others).toEqual([]);
    expect(reminder?.marker).toMatchObject({
      kind: 'reminder',
      subject: 'milestone:brand-assets',
      stage: 'before-7',
    });
    expect(reminder?.body).toContain('Chào chị Lan (@lan-bepxanh)');
    expect(reminder?.body).toContain('27/11/2026');
    expect(reminder?.body).toContain('còn 7 ngày làm việc');
    expect(reminder?.body).toContain('- Brand guidelines PDF');
    expect(reminder?.body).toMatch(/sẵn lòng hỗ trợ/);
    // Later the same week: nothing new until the next stage.
    expect(planOf(engagement, snapshot, at('2026-11-19')).writes).toEqual([]);
  });

  it('posts only the latest missed stage when the action was off (no burst)', () => {
    const engagement = engagementOf();
    const { writes } = step(engagement, emptyWorld(), at('2026-11-26'));
    const brandNotes = comments(writes).filter((write) => write.marker.subject === 'milestone:brand-assets');
    expect(brandNotes).toHaveLength(1);
    const markers = parseMarkers(brandNotes[0]!.body);
    expect(markers.map((marker) => `${marker.kind}:${marker.stage ?? ''}`)).toEqual([
      'early-warning:',
      'reminder:before-1',
    ]);
  });

  it('names only the deliverables still missing', () => {
    const engagement = engagementOf();
    let snapshot = opened(at('2026-11-02'));
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    snapshot = tickItem(snapshot, brand, 'Logo files', at('2026-11-20'));
    snapshot = tickItem(snapshot, brand, 'Product photos', at('2026-11-20'));
    snapshot = tickItem(snapshot, brand, 'About-us text', at('2026-11-20'));
    const { writes } = step(engagement, snapshot, at('2026-11-24'));
    const body = comments(writes)[0]!.body;
    expect(body).toContain('- Brand guidelines PDF');
    expect(body).not.toContain('- Logo files');
    expect(comments(writes)[0]!.marker.stage).toBe('before-3');
  });
});

describe('early warning and status labels', () => {
  it('labels the milestone at risk and posts one proactive note when most deliverables are missing', () => {
    const engagement = engagementOf();
    let snapshot = step(engagement, opened(at('2026-11-02')), at('2026-11-18')).snapshot;
    const result = step(engagement, snapshot, at('2026-11-20'));
    const brand = issueByTitle(result.snapshot, 'Brand assets');
    expect(brand.labels).toContain('deadline: at risk');
    expect(brand.labels).not.toContain('deadline: upcoming');
    const note = comments(result.writes)[0]!;
    expect(note.marker.kind).toBe('early-warning');
    expect(note.body).toContain('Hiện đã có 0/4 hạng mục được bàn giao.');
    expect(note.body).toMatch(/vướng mắc/);
    snapshot = result.snapshot;
    // Deliverables arrive: the label tells the truth again (due soon), the note is not repeated.
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos']) {
      snapshot = tickItem(snapshot, brand.number, item, at('2026-11-23', '09:30'));
    }
    snapshot = addComment(snapshot, brand.number, {
      author: 'lan-bepxanh',
      body: 'Bên mình gửi gần đủ rồi, phần giới thiệu sẽ xong trong tuần.',
      createdAt: at('2026-11-23', '10:00'),
    });
    const later = step(engagement, snapshot, at('2026-11-24'));
    const labels = issueByTitle(later.snapshot, 'Brand assets').labels.filter((label) =>
      label.startsWith('deadline:'),
    );
    expect(labels).toEqual(['deadline: due soon']);
    expect(comments(later.writes).map((write) => write.marker.kind)).toEqual(['reminder']);
  });

  it('warns when the owner side has been silent after a reminder, even with deliverables in', () => {
    const engagement = engagementOf();
    let snapshot = opened(at('2026-11-02'));
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos'])
      snapshot = tickItem(snapshot, brand, item, at('2026-11-10'));
    snapshot = step(engagement, snapshot, at('2026-11-18')).snapshot; // reminder, then silence
    const { writes, snapshot: after } = step(engagement, snapshot, at('2026-11-23'));
    const note = comments(writes)[0]!;
    expect(parseMarkers(note.body).map((marker) => marker.kind)).toEqual(['early-warning', 'alternates']);
    expect(note.body).toContain('kể từ');
    expect(note.body).toContain('@minh-bepxanh');
    expect(issueByTitle(after, 'Brand assets').labels).toContain('deadline: at risk');
  });

  it('a reply from the owner side stops the silence clock', () => {
    const engagement = engagementOf();
    let snapshot = opened(at('2026-11-02'));
    const brand = issueByTitle(snapshot, 'Brand assets').number;
    for (const item of ['Logo files', 'Brand guidelines PDF', 'Product photos'])
      snapshot = tickItem(snapshot, brand, item, at('2026-11-10'));
    snapshot = step(engagement, snapshot, at('2026-11-18')).snapshot;
    snapshot = addComment(snapshot, brand, {
      author: 'lan-bepxanh',
      body: 'Đang làm phần giới thiệu ạ.',
      createdAt: at('2026-11-19'),
    });
    const { writes } = step(engagement, snapshot, at('2026-11-23'));
    expect(comments(writes)).toEqual([]);
  });
});
