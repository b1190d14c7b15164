import { describe, expect, it } from 'vitest';
import type { MarkerKind } from '../../src/core/marker-kinds';
import { markerKey, type Marker } from '../../src/core/markers';
import { refPlaceholder, type Write } from '../../src/core/plan';
import { mergeLabels, orderWrites } from '../../src/github/write-order';

const comment = (issue: number, kind: MarkerKind, reason: string = kind): Write => {
  const marker: Marker = { kind, subject: `issue:${issue}` };
  return { kind: 'comment', issue: { number: issue }, body: `text ${kind}`, marker, reason };
};
const labels = (issue: number, ...names: string[]): Write => ({
  kind: 'add-labels',
  issue: { number: issue },
  labels: names,
  reason: `labels ${names.join(',')}`,
});

describe('the order a plan is applied in', () => {
  // A backlog in issue-number order, with today's new feedback last, as a planner makes it.
  const summary: Marker = { kind: 'summary', subject: 'week:2026-W49' };
  const plan: Write[] = [
    comment(1, 'command-reply'),
    comment(2, 'feedback-confirm'),
    comment(3, 'reminder'),
    {
      kind: 'open-issue',
      key: markerKey(summary),
      title: 'Week',
      body: 'b',
      marker: summary,
      labels: ['s'],
      assignees: [],
      reason: 'summary',
    },
    comment(4, 'feedback-sla-breach'),
    labels(5, 'feedback', 'feedback: received'),
    comment(5, 'feedback-ack'),
    labels(5, 'topic: ui'),
    { kind: 'create-label', name: 'feedback', color: 'ffffff', description: 'd', reason: 'intake label' },
  ];

  it('puts acknowledgements first, then breaches, due reminders, backfill, housekeeping, refused replies last', () => {
    const reasons = orderWrites(plan).map((group) => group.indexes.map((i) => plan[i]!.reason));
    expect(reasons).toEqual([
      ['intake label'],
      ['labels feedback,feedback: received', 'feedback-ack', 'labels topic: ui'],
      ['feedback-sla-breach'],
      ['reminder'],
      ['feedback-confirm'],
      ['summary'],
      ['command-reply'],
    ]);
  });

  it('sends one label request per issue in a group, and gives an opened issue its labels at creation', () => {
    const ack = orderWrites(plan)[1]!;
    const sends = mergeLabels(plan, ack.indexes);
    expect(sends.map(({ write }) => write.kind)).toEqual(['add-labels', 'comment']);
    expect(sends[0]!.write).toMatchObject({ labels: ['feedback', 'feedback: received', 'topic: ui'] });
    expect(sends[0]!.covers).toEqual([5, 7]);

    const escalation: Marker = { kind: 'escalation', subject: 'issue:9' };
    const key = markerKey(escalation);
    const opening: Write[] = [
      {
        kind: 'open-issue',
        key,
        title: 'E',
        body: 'b',
        marker: escalation,
        labels: ['esc'],
        assignees: [],
        reason: 'open',
      },
      { kind: 'add-labels', issue: { created: key }, labels: ['p1'], reason: 'priority' },
    ];
    const merged = mergeLabels(opening, [0, 1]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.write).toMatchObject({ kind: 'open-issue', labels: ['esc', 'p1'] });
  });

  it('never puts a write before the issue it refers to, even when the write is more urgent', () => {
    const escalation: Marker = { kind: 'escalation-closed', subject: 'x' };
    const key = markerKey(escalation);
    const writes: Write[] = [
      {
        kind: 'open-issue',
        key,
        title: 'T',
        body: 'b',
        marker: escalation,
        labels: [],
        assignees: [],
        reason: 'open',
      },
      { ...comment(7, 'feedback-ack'), body: `see ${refPlaceholder(key)}` } as Write,
    ];
    expect(orderWrites(writes).map((group) => group.indexes)).toEqual([[0], [1]]);
  });

  it('keeps a breach note that names the new escalation issue with the breach label, after that issue', () => {
    const escalation: Marker = { kind: 'escalation', subject: 'issue:4' };
    const key = markerKey(escalation);
    const open: Write = {
      kind: 'open-issue',
      key,
      title: 'Escalation',
      body: 'b',
      marker: escalation,
      labels: [],
      assignees: [],
      reason: 'open',
    };
    const note = { ...comment(4, 'feedback-sla-breach'), body: `see ${refPlaceholder(key)}` } as Write;
    // In either plan order the label and the note are one group (whole or not at all), after the issue.
    for (const writes of [
      [open, labels(4, 'sla: breached'), note],
      [labels(4, 'sla: breached'), note, open],
    ]) {
      const groups = orderWrites(writes).map((group) => group.indexes.map((i) => writes[i]!.kind));
      expect(groups).toEqual([['open-issue'], ['add-labels', 'comment']]);
    }
    expect(orderWrites([labels(4, 'sla: breached'), note, open]).map((group) => group.urgency)).toEqual([
      'breach',
      'breach',
    ]);
  });
});
