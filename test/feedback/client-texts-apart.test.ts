// Eighty client issues written apart from the classifier (test/fixtures/feedback/client-texts-apart.ts),
// each filed on its own repository after a first run and acted on by the whole planner. What must
// never happen is held item by item: an urgent report waiting on the client, a clear report asked
// questions, "not important" shown to a client, a reply in the wrong language. How often the triage
// reads them right is held to the figures measured when they were written (BENCHMARKS.md,
// twenty-second session): a change that loses any of them fails here.
import { describe, expect, it } from 'vitest';
import { addIssue, makeSnapshot } from '../../fake-github/world';
import { TEXTS, type Text } from '../fixtures/feedback/client-texts-apart';
import { commentsOf, labelsAdded, run } from './helpers';

const FIRST_RUN = '2026-11-24T01:00:00Z'; // Tue 08:00 in Ho Chi Minh City
const FILED = '2026-11-24T02:00:00Z';
const NOW = '2026-11-24T02:05:00Z';
const TYPES: Readonly<Record<string, string>> = { n: 'negative', p: 'positive', u: 'neutral' };

interface Outcome {
  readonly text: Text;
  readonly type: string;
  readonly p1: boolean;
  readonly asked: boolean;
  readonly visible: string;
}

function file(text: Text): Outcome {
  let world = makeSnapshot({ engagementFileAddedAt: '2026-11-20T02:00:00Z' });
  world = run(world, FIRST_RUN).snapshot;
  world = addIssue(world, {
    number: 40,
    title: text.title,
    body: text.body,
    labels: ['feedback'],
    createdAt: FILED,
  });
  const { writes } = run(world, NOW);
  const labels = labelsAdded(writes, 40);
  const label = (prefix: string): string =>
    labels.find((name) => name.startsWith(prefix))?.slice(prefix.length) ?? '';
  const ack = commentsOf(writes, 40).find((comment) => comment.marker.kind === 'feedback-ack');
  expect(ack, text.id).toBeDefined();
  return {
    text,
    type: label('type: '),
    p1: label('priority: ') === 'P1',
    asked: ack?.marker.data?.waiting === 'yes',
    visible: commentsOf(writes, 40)
      .map((comment) => comment.body.replace(/<!--[\s\S]*?-->/gu, ''))
      .join('\n'),
  };
}

describe('eighty client texts written apart from the classifier', () => {
  const outcomes = TEXTS.map(file);

  it('never holds an urgent report for the client, nor asks questions of a clear one', () => {
    expect(outcomes.filter((o) => o.text.p1 && o.asked).map((o) => o.text.id)).toEqual([]);
    expect(outcomes.filter((o) => !o.text.ask && o.asked).map((o) => o.text.id)).toEqual([]);
  });

  it('never tells a client their feedback is not important, and answers in their language', () => {
    expect(
      outcomes.filter((o) => /không quan trọng|not important/iu.test(o.visible)).map((o) => o.text.id),
    ).toEqual([]);
    const language = (o: Outcome): string =>
      /^Chào|^Xin chào/mu.test(o.visible) ? 'vi' : /^(Hi|Hello|Dear)\b/mu.test(o.visible) ? 'en' : '?';
    expect(
      outcomes.filter((o) => o.text.lang !== 'any' && language(o) !== o.text.lang).map((o) => o.text.id),
    ).toEqual([]);
  });

  it('never thanks a complaint as praise, and reads the type, urgent items and false P1 as well as when written', () => {
    const typeRight = outcomes.filter((o) => o.text.type.split('|').some((t) => TYPES[t] === o.type));
    expect(
      outcomes.filter((o) => o.text.type === 'n' && o.type === 'positive').map((o) => o.text.id),
    ).toEqual([]);
    const urgent = outcomes.filter((o) => o.text.p1);
    const others = outcomes.filter((o) => !o.text.p1);
    expect(outcomes).toHaveLength(80);
    expect(typeRight.length).toBeGreaterThanOrEqual(77);
    expect(urgent.filter((o) => o.p1).length).toBeGreaterThanOrEqual(20);
    expect(urgent).toHaveLength(22);
    expect(others.filter((o) => o.p1).length).toBeLessThanOrEqual(1);
  });
});
