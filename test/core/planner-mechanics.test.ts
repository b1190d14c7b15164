import { describe, expect, it } from 'vitest';
import { missingLabelWrites } from '../../src/core/labels';
import { markerKey, renderMarker, type Marker } from '../../src/core/markers';
import type { Write } from '../../src/core/plan';
import { refPlaceholder } from '../../src/core/plan';
import { orderWrites } from '../../src/plan/planner';
import { applyPlan, BOT, makeIssue, makeSnapshot } from '../../fake-github/world';

const escalation: Marker = { kind: 'escalation', subject: 'milestone:design' };
const key = markerKey(escalation);

const sample: Write[] = [
  {
    kind: 'comment',
    issue: { number: 3 },
    body: `Escalated in ${refPlaceholder(key)}`,
    marker: { kind: 'reminder', subject: 'milestone:design' },
    reason: 'link',
  },
  { kind: 'close-issue', issue: { number: 2 }, stateReason: 'completed', reason: 'done' },
  { kind: 'add-labels', issue: { created: key }, labels: ['urgent'], reason: 'label' },
  {
    kind: 'open-issue',
    key,
    title: 'Escalation',
    body: `Tracking: #3\n${renderMarker(escalation)}`,
    marker: escalation,
    labels: ['engagement: escalation'],
    assignees: ['hoa'],
    reason: 'late',
  },
  { kind: 'add-labels', issue: { number: 2 }, labels: ['kudos'], reason: 'positive' },
];

describe('orderWrites', () => {
  it('opens issues before referring to them, closes last, and keeps ties stable', () => {
    expect(orderWrites(sample).map((write) => write.kind)).toEqual([
      'open-issue',
      'add-labels',
      'add-labels',
      'comment',
      'close-issue',
    ]);
    const labels = orderWrites(sample).filter((write) => write.kind === 'add-labels');
    expect(labels.map((write) => ('number' in write.issue ? write.issue.number : 'new'))).toEqual([2, 'new']);
  });
});

describe('missingLabelWrites', () => {
  it('creates only labels that are used and missing, with the catalogue colour', () => {
    const writes = missingLabelWrites(
      sample,
      [{ name: 'kudos', color: '0e8a16', description: 'Praise' }],
      [{ name: 'Engagement: Escalation', color: 'b60205', description: null }],
    );
    expect(writes).toEqual([
      expect.objectContaining({ kind: 'create-label', name: 'kudos', color: '0e8a16' }),
      expect.objectContaining({ kind: 'create-label', name: 'urgent', color: 'ededed' }),
    ]);
  });
});

describe('applyPlan (the in-memory GitHub of core tests)', () => {
  const world = makeSnapshot({ issues: [makeIssue({ number: 2 }), makeIssue({ number: 3 })] });

  it('resolves created-issue refs and placeholders, authored by the bot', () => {
    const { snapshot, created } = applyPlan(
      world,
      { writes: orderWrites(sample), notes: [] },
      '2026-11-24T00:00:00Z',
    );
    const number = created.get(key)!;
    expect(number).toBe(4);
    const opened = snapshot.issues.find((issue) => issue.number === 4)!;
    expect(opened.author.login).toBe(BOT);
    expect(opened.labels).toEqual(['engagement: escalation', 'urgent']);
    const tracking = snapshot.issues.find((issue) => issue.number === 3)!;
    expect(tracking.comments[0]!.body).toBe('Escalated in #4');
    expect(snapshot.issues.find((issue) => issue.number === 2)!.state).toBe('closed');
  });

  it('stops after k writes, as an interrupted run would', () => {
    const { snapshot, applied } = applyPlan(
      world,
      { writes: orderWrites(sample), notes: [] },
      '2026-11-24T00:00:00Z',
      {
        stopAfter: 1,
      },
    );
    expect(applied).toBe(1);
    expect(snapshot.issues).toHaveLength(3);
    expect(snapshot.issues.find((issue) => issue.number === 3)!.comments).toHaveLength(0);
  });
});
