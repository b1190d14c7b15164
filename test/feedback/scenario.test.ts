// A whole week in memory: a client files three pieces of feedback (urgent and negative, unclear,
// positive); the team answers the urgent one late. Every run is planned, applied as GitHub would,
// and the final labels, comments and escalation are checked exactly; a rerun writes nothing.
import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../src/core/markers';
import { composePlan } from '../../src/plan/planner';
import type { Snapshot } from '../../src/core/snapshot';
import { deriveFeedbackFacts, feedbackDomain } from '../../src/feedback';
import { addComment, addIssue, applyPlan, makeSnapshot } from '../../fake-github/world';
import { ctxAt, formBody } from './helpers';

/** One run of the feedback domain through the real composer, labels included (the harness reruns it). */
function runAll(snapshot: Snapshot, now: string): { snapshot: Snapshot; count: number } {
  const plan = composePlan(ctxAt(snapshot, now), [feedbackDomain]).plan;
  return { snapshot: applyPlan(snapshot, plan, now).snapshot, count: plan.writes.length };
}

const markerKinds = (snapshot: Snapshot, number: number): string[] =>
  snapshot.issues
    .find((issue) => issue.number === number)!
    .comments.map((comment) => {
      const marker = parseMarkers(comment.body)[0];
      return marker
        ? `${marker.kind}${marker.stage ? `/${marker.stage}` : ''}`
        : `person:${comment.author.login}`;
    });
const labels = (snapshot: Snapshot, number: number): string[] =>
  [...snapshot.issues.find((issue) => issue.number === number)!.labels].sort();

describe('three pieces of feedback, one answered late', () => {
  let world = makeSnapshot();
  world = addIssue(world, {
    number: 1,
    title: 'Không thanh toán được',
    body: formBody({
      topic: 'Product quality / Chất lượng sản phẩm',
      importance: 'Urgent / Khẩn cấp',
      type: 'Negative — something is wrong / Tiêu cực — có vấn đề',
      what: 'Từ sáng nay khách không thanh toán được bằng thẻ, trang báo lỗi 500.',
      expected: 'Khách thanh toán bằng thẻ như trước.',
    }),
    labels: ['feedback'],
    createdAt: '2026-11-23T02:00:00Z', // Mon 09:00
  });
  world = addIssue(world, {
    number: 2,
    title: 'Trang chủ',
    body: 'Trang chủ không ổn.',
    labels: ['feedback'],
    createdAt: '2026-11-23T02:10:00Z',
  });
  world = addIssue(world, {
    number: 3,
    title: 'Cảm ơn',
    body: 'Thiết kế trang sản phẩm rất đẹp, cả nhóm bên mình đều thích. Cảm ơn các bạn!',
    labels: ['feedback'],
    createdAt: '2026-11-23T02:20:00Z',
  });

  const timeline: Array<[string, (s: Snapshot) => Snapshot]> = [
    ['2026-11-23T02:30:00Z', (s) => s], // acknowledgements
    ['2026-11-23T05:00:00Z', (s) => s], // 12:00: warning on #1
    ['2026-11-23T06:05:00Z', (s) => s], // 13:05: #1 breached
    [
      '2026-11-23T07:05:00Z',
      (s) =>
        addComment(s, 1, {
          author: 'vy-songhan',
          association: 'MEMBER',
          body: 'Chúng tôi đã tìm ra lỗi ở cổng thanh toán và đang sửa.',
          createdAt: '2026-11-23T07:00:00Z',
        }),
    ],
    [
      '2026-11-24T03:05:00Z',
      (s) =>
        addComment(s, 2, {
          body: 'Ảnh sản phẩm trên trang chủ bị vỡ trên điện thoại. Mong ảnh hiển thị rõ như trên máy tính.',
          createdAt: '2026-11-24T03:00:00Z',
        }),
    ],
    [
      '2026-11-24T04:05:00Z',
      (s) =>
        addComment(s, 2, {
          author: 'quang-songhan',
          association: 'OWNER',
          body: 'Cảm ơn chị, chúng tôi sẽ tối ưu ảnh trong hôm nay.',
          createdAt: '2026-11-24T04:00:00Z',
        }),
    ],
  ];
  const counts: number[] = [];
  for (const [at, change] of timeline) {
    const result = runAll(change(world), at);
    world = result.snapshot;
    counts.push(result.count);
  }
  const end = '2026-11-24T04:10:00Z';

  it('ends with exactly the right labels', () => {
    expect(labels(world, 1)).toEqual([
      'feedback',
      'feedback: in progress',
      'importance: urgent',
      'priority: P1',
      'sla: breached',
      'topic: quality',
      'type: negative',
    ]);
    expect(labels(world, 2)).toEqual([
      'feedback',
      'feedback: in progress',
      'importance: important',
      'priority: P2',
      // The client's answer (product photos broken on phones: how it looks) confirms the topic
      // guessed from two words.
      'topic: design',
      // Two words are too thin to be sure of: the triage role is asked to confirm.
      'triage: needs review',
      'type: negative',
    ]);
    expect(labels(world, 3)).toEqual([
      'feedback',
      'feedback: acknowledged',
      // Praise asks nothing of the team: low importance, P4 (the label says "low", never "not important").
      'importance: low',
      'kudos',
      'priority: P4',
      'topic: design',
      'type: positive',
    ]);
  });

  it('ends with exactly the right comments', () => {
    expect(markerKinds(world, 1)).toEqual([
      'feedback-ack/negative',
      'feedback-5whys',
      'feedback-sla-warning/first_response',
      'feedback-sla-breach/first_response',
      'person:vy-songhan',
    ]);
    expect(markerKinds(world, 2)).toEqual([
      'feedback-ack/unclear',
      'feedback-triage-review',
      'person:lan-bepxanh',
      'feedback-accepted',
      'feedback-5whys',
      'person:quang-songhan',
    ]);
    expect(markerKinds(world, 3)).toEqual(['feedback-ack/positive']);
  });

  it('opened exactly one escalation issue, for the account manager', () => {
    const escalations = world.issues.filter((issue) => issue.author.login === world.botLogin);
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      number: 4,
      assignees: ['hoa-songhan'],
      labels: ['engagement: escalation'],
    });
    expect(escalations[0]!.title).toBe('Escalation: feedback #1 passed its first-response time');
  });

  it('created the labels it uses once, with colours', () => {
    expect(counts[0]).toBeGreaterThan(0);
    expect(world.labels.find((label) => label.name === 'sla: breached')).toMatchObject({ color: 'b60205' });
    expect(new Set(world.labels.map((label) => label.name)).size).toBe(world.labels.length);
  });

  it('writes nothing on a rerun', () => {
    expect(runAll(world, end).count).toBe(0);
  });

  it('derives the facts the weekly summary needs', () => {
    const facts = deriveFeedbackFacts(ctxAt(world, end));
    expect(
      facts.map((fact) => [fact.number, fact.processState, fact.firstResponse.met, fact.escalated]),
    ).toEqual([
      [1, 'in_progress', false, true],
      [2, 'in_progress', true, false],
      [3, 'acknowledged', null, false],
    ]);
    expect(facts[0]!.firstResponse.minutesTaken).toBe(300);
    expect(facts[2]!.kudos).toContain('Thiết kế trang sản phẩm rất đẹp');
  });
});
