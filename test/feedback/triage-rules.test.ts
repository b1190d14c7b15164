// The never-wrong rules of triage (issue #12): urgent is never held, a missing topic is never the
// client's problem, questions only for thin reports, doubts go to the triage role, and importance is
// shown to the client in client words.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/snapshot';
import { classifyFeedback } from '../../src/feedback/classify';
import type { TriageWeights } from '../../src/feedback/classifier/model';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { commentsOf, ENGAGEMENT, engagementWith, labelsAdded, plan, run } from './helpers';

const FILED = '2026-11-23T02:00:00Z'; // Mon 09:00 ICT
const NOW = '2026-11-23T02:05:00Z';
const file = (number: number, title: string, body: string, snapshot: Snapshot = makeSnapshot()): Snapshot =>
  addIssue(snapshot, { number, title, body, labels: ['feedback'], createdAt: FILED });

describe('urgent is acted on at once', () => {
  // The bundled demo's own checkout bug, which used to be asked to classify itself and held.
  const world = file(
    1,
    'Nút thanh toán trên điện thoại không bấm được',
    'Khách báo không bấm được nút thanh toán trên điện thoại từ sáng, cần xử lý gấp.',
  );
  const writes = plan(world, NOW);
  const ack = commentsOf(writes, 1).find((write) => write.marker.kind === 'feedback-ack');

  it('is labelled quality, urgent, negative, P1', () => {
    expect(labelsAdded(writes, 1)).toEqual(
      expect.arrayContaining(['topic: quality', 'importance: urgent', 'type: negative', 'priority: P1']),
    );
  });

  it('gets an apology, a reply time and a resolution date, and is not held', () => {
    expect(ack?.marker.data).toMatchObject({ waiting: 'no', priority: 'P1' });
    expect(ack?.body).toContain('xin lỗi');
    expect(ack?.body).toContain('chậm nhất');
    expect(ack?.body).toContain('cam kết giải quyết trước');
    expect(labelsAdded(writes, 1)).not.toContain('feedback: waiting for client');
    expect(commentsOf(writes, 1).map((write) => write.marker.kind)).toContain('feedback-5whys');
  });

  it('is never held even when it is short and names no topic', () => {
    const result = classifyFeedback(ENGAGEMENT, { title: 'Web sập', body: 'Trang trắng xoá, gấp!' });
    expect(result.importance).toBe('urgent');
    expect(result.missing).toEqual([]);
  });

  // A reviewer's short outage reports, which were asked "what happened?" with their clock held.
  it.each([
    'Web chết rồi',
    'web die roi',
    'web ko len',
    'Web trắng trơn',
    'web trang tron',
    'Mất hết dữ liệu sản phẩm',
    'Trình duyệt báo web không an toàn',
  ])('reads the short outage report "%s" as P1, asking nothing', (text) => {
    const result = classifyFeedback(ENGAGEMENT, { title: text, body: text });
    expect(result.priority).toBe('P1');
    expect(result.missing).toEqual([]);
  });
});

describe('an unsure urgency reading', () => {
  // Weights made for the case: every text reads the same, with the stated odds.
  const odds = (importance: readonly number[], urgency: readonly number[]): TriageWeights => ({
    version: 1,
    dimensions: {
      topic: { classes: ['quality', 'other'], weights: { bias: [3, 0] } },
      importance: {
        classes: ['urgent', 'important', 'not_important'],
        weights: { bias: importance.map(Math.log) },
      },
      type: { classes: ['negative', 'neutral', 'positive'], weights: { bias: [3, 0, 0] } },
      urgency: { classes: ['high', 'normal', 'low'], weights: { bias: urgency.map(Math.log) } },
    },
  });
  const report = {
    title: 'Trang đặt hàng có vấn đề',
    body: 'Sáng nay mấy khách nhắn là bấm đặt hàng xong không thấy gì, em kiểm tra giúp chị.',
  };

  it('takes the more urgent reading for the response time, and asks the triage role to confirm', () => {
    // Important is the most likely reading (45 %), urgent a close rival (40 %).
    const result = classifyFeedback(ENGAGEMENT, report, odds([0.4, 0.45, 0.15], [0.3, 0.6, 0.1]));
    expect(result.likelyPriority).toBe('P2');
    expect(result).toMatchObject({ importance: 'urgent', priority: 'P1', missing: [] });
    expect(result.unsure).toContain('importance');
  });

  it('takes P1 when P1 is likely as a whole, though no single reading says so', () => {
    // Urgent 30 % (not a close rival of important at 65 %), yet urgent × high/normal is 27 %.
    const result = classifyFeedback(ENGAGEMENT, report, odds([0.3, 0.65, 0.05], [0.4, 0.5, 0.1]));
    expect(result.likelyPriority).toBe('P2');
    expect(result.priority).toBe('P1');
    expect(result.unsure).toEqual(expect.arrayContaining(['importance']));
  });

  it('stays with the likely reading when P1 is only a remote chance', () => {
    const result = classifyFeedback(ENGAGEMENT, report, odds([0.1, 0.8, 0.1], [0.2, 0.7, 0.1]));
    expect(result).toMatchObject({ importance: 'important', priority: 'P2', likelyPriority: 'P2' });
  });
});

describe('a missing topic', () => {
  const world = file(
    2,
    'Góp ý',
    'Chị thấy cái này kỳ kỳ sao đó, em xem lại với nhóm rồi báo chị nha, cảm ơn em.',
  );
  const done = run(world, NOW);
  const comments = commentsOf(done.writes, 2);
  const ack = comments.find((write) => write.marker.kind === 'feedback-ack');
  const review = comments.find((write) => write.marker.kind === 'feedback-triage-review');

  it('is `other`, and the client is not asked about it', () => {
    expect(labelsAdded(done.writes, 2)).toContain('topic: other');
    expect(ack?.body).not.toContain('phần việc nào');
    expect(ack?.marker.data?.waiting).toBe('no');
  });

  it('is told to the triage role, with the needs-review label', () => {
    expect(labelsAdded(done.writes, 2)).toContain('triage: needs review');
    expect(review?.body).toContain('@quang-songhan');
    expect(review?.body).toContain('no topic could be read');
    expect(review?.body).toMatch(/nothing is asked of (the client|them)/iu);
  });

  it('names readings and labels in words a person reads, never raw ids, in the team language', () => {
    const doubts = (body: string): string[] => body.split('\n').filter((line) => line.startsWith('- **'));
    const shown = (body: string): string => body.replace(/<!--[\s\S]*?-->/gu, '');
    expect(review?.body).toContain('filed under **Other**, labelled `topic: other`');
    for (const line of doubts(review?.body ?? '')) {
      // Each doubt names the label to change, and its odds in words ("low", not `not_important`).
      expect(line).toMatch(/labelled `(topic|importance|type|priority): [^`]+`/u);
    }
    expect(shown(review?.body ?? '')).not.toContain('_');
    const vi = engagementWith({ engagement: { locale: 'vi' } });
    const note = commentsOf(plan(world, NOW, vi), 2).find((w) => w.marker.kind === 'feedback-triage-review');
    expect(note?.body).toContain('xếp vào **Khác**, nhãn `topic: other`');
    for (const line of doubts(note?.body ?? '')) {
      expect(line).toMatch(/nhãn `(topic|importance|type|priority): [^`]+`/u);
      // Vietnamese words for the readings: no English ids in a Vietnamese note.
      expect(line).not.toMatch(
        /\b(negative|neutral|positive|normal|high|urgent|important|not_important) \d/u,
      );
    }
  });

  it('settles: a rerun plans nothing', () => {
    expect(plan(done.snapshot, '2026-11-23T02:10:00Z')).toEqual([]);
  });

  it('takes the configured name of the review label', () => {
    const engagement = engagementWith({ labels: { needs_review: 'cần xem lại' } });
    expect(labelsAdded(plan(world, NOW, engagement), 2)).toContain('cần xem lại');
  });
});

describe('questions to the client', () => {
  it('only when the report is too thin to act on, and only then is the clock held', () => {
    const thin = plan(file(3, 'Lỗi', 'Không ổn.'), NOW);
    expect(commentsOf(thin, 3)[0]?.marker.data?.waiting).toBe('yes');
    const clear = plan(
      file(4, 'Ảnh sản phẩm', 'Ảnh sản phẩm ở trang danh mục bị mờ trên điện thoại, trên máy tính thì rõ.'),
      NOW,
    );
    expect(commentsOf(clear, 4)[0]?.marker.data?.waiting).toBe('no');
    expect(labelsAdded(clear, 4)).not.toContain('feedback: waiting for client');
  });
});

/** What the client reads: the hidden marker (which keeps internal label ids) left out. */
const visible = (body: string): string => body.replace(/<!--[\s\S]*?-->/gu, '');

describe('importance in client words', () => {
  it('is "thấp" / "low", never "không quan trọng" / "not important"', () => {
    const text = 'Dòng chữ ở chân trang hơi nhỏ, chuyện nhỏ thôi, không gấp, khi nào rảnh em chỉnh giúp chị.';
    const vi = visible(commentsOf(plan(file(5, 'Chữ chân trang', text), NOW), 5)[0]?.body ?? '');
    expect(vi).toContain('mức độ **thấp**');
    expect(vi).not.toContain('không quan trọng');
    const english = engagementWith({ engagement: { client_locale: 'en' } });
    const en = visible(
      commentsOf(
        plan(file(6, 'Footer text', 'The footer text is a bit small, minor, no rush at all.'), NOW, english),
        6,
      )[0]?.body ?? '',
    );
    expect(en).toContain('importance **low**');
    expect(en).not.toContain('not important');
  });
});
