// Contradictory feedback. The rule, kept simple on purpose so people can predict it: two OPEN pieces
// of feedback on the SAME topic conflict when one is positive and the other negative, or when one
// asks for one side of a pair of opposites ("bigger"/"smaller", "thêm"/"bỏ", …) and the other for
// the other side. Both get the contradiction label and a comment linking the other; the newer one
// asks the client's contacts which stands. Once per pair.
import type { PlanContext } from '../../core/context';
import { renderMarker, type Marker } from '../../core/markers';
import type { Write } from '../../core/plan';
import { inlineSafely } from '../../messages/format';
import { parseFeedbackForm } from '../form';
import { findMarker } from '../issue';
import { KIND } from '../kinds';
import { OPPOSITE_REQUESTS } from '../keywords';
import { feedbackMessage } from '../messages';
import { findKeywords } from '../text';
import type { FeedbackView } from '../view';
import { mentions, topicName } from '../words';

export interface Contradiction {
  readonly older: FeedbackView;
  readonly newer: FeedbackView;
  /** `type`, or the two opposite requests (as the keywords that matched). */
  readonly why:
    { readonly kind: 'type' } | { readonly kind: 'request'; readonly newer: string; readonly older: string };
}

function requestText(ctx: PlanContext, view: FeedbackView): string {
  const form = parseFeedbackForm(view.issue.body, ctx.engagement);
  return form.isForm ? (form.expected ?? '') : `${view.issue.title}\n${view.issue.body}`;
}

/** Which side of each pair of opposites a text asks for: pair index → side (0 or 1) and the word. */
function sidesAsked(text: string): Map<number, { side: number; word: string }> {
  const asked = new Map<number, { side: number; word: string }>();
  OPPOSITE_REQUESTS.forEach(([first, second], index) => {
    const hits = findKeywords(text, [
      { category: 'first', keywords: first },
      { category: 'second', keywords: second },
    ]);
    const sides = new Set(hits.map((hit) => hit.category));
    // A text that names both sides is comparing, not asking: it decides nothing.
    if (sides.size !== 1) return;
    const hit = hits[0];
    if (hit) asked.set(index, { side: hit.category === 'first' ? 0 : 1, word: hit.keyword });
  });
  return asked;
}

export function findContradictions(ctx: PlanContext, views: readonly FeedbackView[]): Contradiction[] {
  const open = views
    .filter((view) => view.issue.state === 'open')
    .sort((a, b) => a.issue.number - b.issue.number);
  const asked = new Map(open.map((view) => [view.issue.number, sidesAsked(requestText(ctx, view))]));
  const found: Contradiction[] = [];
  for (let i = 0; i < open.length; i += 1) {
    for (let j = i + 1; j < open.length; j += 1) {
      const older = open[i] as FeedbackView;
      const newer = open[j] as FeedbackView;
      if (older.triage.topic !== newer.triage.topic) continue;
      const types = new Set([older.triage.type, newer.triage.type]);
      if (types.has('positive') && types.has('negative')) {
        found.push({ older, newer, why: { kind: 'type' } });
        continue;
      }
      const olderAsks = asked.get(older.issue.number) ?? new Map();
      const newerAsks = asked.get(newer.issue.number) ?? new Map();
      for (const [pair, ask] of newerAsks) {
        const other = olderAsks.get(pair);
        if (other && other.side !== ask.side) {
          found.push({ older, newer, why: { kind: 'request', newer: ask.word, older: other.word } });
          break;
        }
      }
    }
  }
  return found;
}

export function planContradictions(ctx: PlanContext, views: readonly FeedbackView[]): Write[] {
  const writes: Write[] = [];
  const labelled = new Set<number>();
  const label = ctx.engagement.labels.contradiction;
  const locale = ctx.clientLocale;
  const say = (key: Parameters<typeof feedbackMessage>[2], values: Record<string, string | number>): string =>
    feedbackMessage(ctx.engagement, locale, key, values);

  const labelOnce = (view: FeedbackView, other: number): void => {
    // The label is the action's to add once per issue: if a person removed it, it stays removed.
    const before = view.found.some(({ marker }) => marker.kind === KIND.contradiction);
    const present = view.issue.labels.some((name) => name.toLowerCase() === label.toLowerCase());
    if (before || present || labelled.has(view.issue.number)) return;
    labelled.add(view.issue.number);
    writes.push({
      kind: 'add-labels',
      issue: view.ref,
      labels: [label],
      reason: `Feedback #${view.issue.number} conflicts with #${other}.`,
    });
  };

  for (const { older, newer, why } of findContradictions(ctx, views)) {
    const whyText =
      why.kind === 'type'
        ? say('feedback.contradiction.why_type', {})
        : say('feedback.contradiction.why_request', {
            a: inlineSafely(why.newer),
            b: inlineSafely(why.older),
          });
    const client = ctx.engagement.contacts.client;
    const contacts = mentions([
      client.primary.handle,
      ...(client.account_manager ? [client.account_manager.handle] : []),
    ]);

    if (!findMarker(newer.found, KIND.contradiction, `with-${older.issue.number}`)) {
      labelOnce(newer, older.issue.number);
      const marker: Marker = {
        kind: KIND.contradiction,
        subject: newer.subject,
        stage: `with-${older.issue.number}`,
      };
      const body = say('feedback.contradiction.ask', {
        other: `#${older.issue.number}`,
        topic: topicName(ctx.engagement, newer.triage.topic, locale),
        why: whyText,
        contacts,
      });
      writes.push({
        kind: 'comment',
        issue: newer.ref,
        body: `${body}\n\n${renderMarker(marker)}`,
        marker,
        reason: `Feedback #${newer.issue.number} conflicts with open feedback #${older.issue.number} on the same topic: ask the client which stands.`,
      });
    }
    if (!findMarker(older.found, KIND.contradiction, `with-${newer.issue.number}`)) {
      labelOnce(older, newer.issue.number);
      const marker: Marker = {
        kind: KIND.contradiction,
        subject: older.subject,
        stage: `with-${newer.issue.number}`,
      };
      writes.push({
        kind: 'comment',
        issue: older.ref,
        body: `${say('feedback.contradiction.linked', { other: `#${newer.issue.number}` })}\n\n${renderMarker(marker)}`,
        marker,
        reason: `Link feedback #${older.issue.number} to the conflicting feedback #${newer.issue.number}.`,
      });
    }
  }
  return writes;
}
