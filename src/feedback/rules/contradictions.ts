// Contradictory feedback. The rule, kept simple on purpose so people can predict it: two OPEN pieces
// of feedback on the SAME topic conflict when they ask for opposite changes to the SAME THING
// ("make the logo bigger" / "logo to quá, làm nhỏ lại"; "add a popup" / "remove the popup") — an
// opposite direction alone is not enough ("add a map" / "remove the fax number" ask nothing opposite).
// How a request and its thing are read is in ../opposites.ts. Praise beside a complaint on the same
// topic is not a contradiction: the praise asks for nothing to change. Nor is an urgent (P1) report:
// it says something is broken now, and a note offering to close it in favour of another request would
// be the wrong answer to it. Words the client quotes ("the e-mail “Giảm 50%” went out") are what they
// saw, not what they ask, and are not read as a request. Both get the contradiction label and a
// comment linking the other; the newer one asks its author, by name, which stands: each request in
// one sentence of the client's own words, and the options. While the question waits, neither clock is held (the team may
// still pause one with `/waiting`). Once per pair, and bounded: each new piece is compared with a
// handful of the latest candidates filed within a time window before it, and an issue carries at most
// one open contradiction note — as the older side or the newer side — until it is resolved (one of
// the two is closed), so the output never grows with the square of open feedback.
import type { PlanContext } from '../../core/context';
import type { Marker } from '../../core/markers';
import { markedComment, type Write } from '../../core/plan';
import { parseFeedbackForm } from '../form';
import { findMarker } from '../issue';
import { KIND } from '../kinds';
import { greetingFor, sayTo, viewAddress } from '../address';
import { requestSentence } from '../request-sentence';
import { askKeys, asksOf, opposingKeys, opposite, type Asks } from '../opposites';
import { tookBack, type FeedbackView } from '../view';
import { mentions, topicName } from '../words';

export interface Contradiction {
  readonly older: FeedbackView;
  readonly newer: FeedbackView;
  /** The two opposite requests, as the keywords that matched. */
  readonly why: { readonly kind: 'request'; readonly newer: string; readonly older: string };
}

/** How many earlier pieces of feedback asking the opposite each new piece is compared with. */
export const CANDIDATES_CHECKED = 5;

/** How long before a new piece of feedback an earlier one may be filed and still be compared with it. */
export const CANDIDATE_WINDOW_DAYS = 30;
const CANDIDATE_WINDOW_MS = CANDIDATE_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** The open feedback a view's contradiction notes name: notes still open (unresolved). */
function openNotesOf(view: FeedbackView, open: ReadonlySet<number>): number[] {
  return view.found
    .filter(({ marker }) => marker.kind === KIND.contradiction)
    .map(({ marker }) => Number((marker.stage ?? '').replace(/^with-/u, '')))
    .filter((other) => other !== view.issue.number && open.has(other));
}

function requestText(ctx: PlanContext, view: FeedbackView): string {
  const form = parseFeedbackForm(view.issue.body, ctx.engagement);
  return withoutQuotes(form.isForm ? (form.expected ?? '') : `${view.issue.title}\n${view.issue.body}`);
}

// A short span in quotation marks: a name, a subject line, a button's words. Long quotes are left: a
// client may quote their own earlier request in full.
const QUOTED = /“[^”\n]{1,80}”|"[^"\n]{1,80}"|‘[^’\n]{1,80}’|«[^»\n]{1,80}»/gu;

/** The text without what it quotes. */
function withoutQuotes(text: string): string {
  return text.replace(QUOTED, ' ');
}

/** Whether a piece of feedback can be one side of a contradiction: it asks for a change, calmly. */
function asksForChange(view: FeedbackView): boolean {
  return view.triage.type !== 'positive' && view.triage.priority !== 'P1';
}

/** What a piece of feedback asks to change, and of what. */
function asksOfView(ctx: PlanContext, view: FeedbackView): Asks {
  return asksOf(requestText(ctx, view), view.issue.title);
}

/** Why two open pieces of feedback on one topic conflict, or null when they do not. */
function conflict(
  older: FeedbackView,
  newer: FeedbackView,
  olderAsks: Asks,
  newerAsks: Asks,
): Contradiction['why'] | null {
  // Praise asks for nothing to change, whatever words it uses; an urgent report asks for a fix now.
  if (!asksForChange(older) || !asksForChange(newer)) return null;
  const found = opposite(olderAsks, newerAsks);
  return found ? { kind: 'request', newer: found.newer.word, older: found.older.word } : null;
}

/**
 * The conflicting pairs to note, older before newer, in the order of filing. A pair stands while a
 * note of the action names it and both pieces are open; each piece of feedback in no such pair is
 * then compared, in the order of filing, with the latest few earlier pieces of its topic asking the
 * opposite and filed within the window, and paired with the latest of them still free. A piece is
 * in one pair at most, so thousands of open pieces of feedback mean neither millions of comparisons
 * nor a note linking every old request; the pairing depends on the snapshot alone, not on the order
 * it lists the issues in, and the notes it leads to only take pieces out of later pairings.
 */
export function findContradictions(ctx: PlanContext, views: readonly FeedbackView[]): Contradiction[] {
  const filed = new Map(views.map((view) => [view, Date.parse(view.issue.createdAt)]));
  const at = (view: FeedbackView): number => filed.get(view) ?? 0;
  const open = views
    .filter((view) => view.issue.state === 'open')
    .sort((a, b) => at(a) - at(b) || a.issue.number - b.issue.number);
  const openNumbers = new Set(open.map((view) => view.issue.number));
  const indexOf = new Map(open.map((view, index) => [view.issue.number, index]));
  const asked = open.map((view) => asksOfView(ctx, view));

  // The pairs the action's open notes already name: both pieces are taken until one is closed.
  const taken = new Set<number>();
  const pairs = new Map<string, { older: number; newer: number }>();
  open.forEach((view, index) => {
    for (const other of openNotesOf(view, openNumbers)) {
      const partner = indexOf.get(other) as number;
      const [older, newer] = index < partner ? [index, partner] : [partner, index];
      taken.add(older).add(newer);
      pairs.set(`${older}:${newer}`, { older, newer });
    }
  });

  const byTopic = new Map<string, number[]>();
  open.forEach((view, index) => {
    const list = byTopic.get(view.triage.topic);
    if (list) list.push(index);
    else byTopic.set(view.triage.topic, [index]);
  });
  for (const members of byTopic.values()) {
    // Earlier members of this topic, by each change they ask for and the thing they ask it of (the
    // direction, and each word of the thing). Praise asks for nothing, and taken pieces stay listed,
    // so the candidates depend on the snapshot alone.
    const bySide = new Map<string, number[]>();
    for (const j of members) {
      const newer = open[j] as FeedbackView;
      const newerAsks = asked[j] as Asks;
      if (!asksForChange(newer)) continue;
      if (!taken.has(j)) {
        const from = at(newer) - CANDIDATE_WINDOW_MS;
        const candidates = new Set<number>();
        for (const key of opposingKeys(newerAsks)) {
          for (const i of (bySide.get(key) ?? []).slice(-CANDIDATES_CHECKED)) {
            if (at(open[i] as FeedbackView) >= from) candidates.add(i);
          }
        }
        // The latest of the handful that is free and truly asks the opposite.
        const partner = [...candidates]
          .sort((a, b) => b - a)
          .slice(0, CANDIDATES_CHECKED)
          .find(
            (i) => !taken.has(i) && conflict(open[i] as FeedbackView, newer, asked[i] as Asks, newerAsks),
          );
        if (partner !== undefined) {
          taken.add(partner).add(j);
          pairs.set(`${partner}:${j}`, { older: partner, newer: j });
        }
      }
      for (const key of askKeys(newerAsks)) {
        const list = bySide.get(key);
        if (list) list.push(j);
        else bySide.set(key, [j]);
      }
    }
  }
  return [...pairs.values()]
    .sort((a, b) => a.older - b.older || a.newer - b.newer)
    .flatMap(({ older, newer }) => {
      const why = conflict(
        open[older] as FeedbackView,
        open[newer] as FeedbackView,
        asked[older] as Asks,
        asked[newer] as Asks,
      );
      // A standing pair whose requests were edited apart has nothing left to complete.
      return why ? [{ older: open[older] as FeedbackView, newer: open[newer] as FeedbackView, why }] : [];
    });
}

export function planContradictions(ctx: PlanContext, views: readonly FeedbackView[]): Write[] {
  const writes: Write[] = [];
  const labelled = new Set<number>();
  const label = ctx.engagement.labels.contradiction;

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

  // One open note per issue: a side that carries an open note on another pair, or gets a note in this
  // plan, is not noted again (a pair completed after an interrupted run, or notes of older versions).
  const openNumbers = new Set(
    views.filter((view) => view.issue.state === 'open').map((view) => view.issue.number),
  );
  const noted = new Set<number>();
  const free = (view: FeedbackView, other: number): boolean =>
    !noted.has(view.issue.number) && openNotesOf(view, openNumbers).every((number) => number === other);

  for (const { older, newer, why } of findContradictions(ctx, views)) {
    // The question goes to the author of the newer piece, in its thread's language and form of
    // address; the client's primary and account manager are copied when that is someone else.
    const newerAddress = viewAddress(ctx, newer);
    const say = sayTo(ctx, newerAddress);
    // A note a person took back since the newer piece was filed is not posted again.
    const since = newer.issue.createdAt;
    if (
      !findMarker(newer.found, KIND.contradiction, `with-${older.issue.number}`) &&
      !tookBack(newer, since) &&
      free(newer, older.issue.number)
    ) {
      noted.add(newer.issue.number);
      labelOnce(newer, older.issue.number);
      const marker: Marker = {
        kind: KIND.contradiction,
        subject: newer.subject,
        stage: `with-${older.issue.number}`,
      };
      const client = ctx.engagement.contacts.client;
      const author = newer.issue.author.login.toLowerCase();
      const copied = [
        client.primary.handle,
        ...(client.account_manager ? [client.account_manager.handle] : []),
      ]
        .map((handle) => handle.replace(/^@/u, ''))
        .filter((handle, index, all) => handle.toLowerCase() !== author && all.indexOf(handle) === index);
      const asked = (view: FeedbackView, word: string): string =>
        requestSentence(requestText(ctx, view), view.issue.title, word);
      const paragraphs = [
        greetingFor(ctx, newerAddress),
        say('feedback.contradiction.ask', {
          other: `#${older.issue.number}`,
          this: `#${newer.issue.number}`,
          topic: topicName(ctx.engagement, newer.triage.topic, newerAddress.locale),
          older_request: asked(older, why.older),
          newer_request: asked(newer, why.newer),
        }),
        say('feedback.contradiction.options', { other: `#${older.issue.number}` }),
        say('feedback.contradiction.clocks'),
        ...(copied.length > 0 ? [say('feedback.contradiction.cc', { contacts: mentions(copied) })] : []),
      ];
      writes.push(
        markedComment(
          newer.ref,
          paragraphs.join('\n\n'),
          [marker],
          `Feedback #${newer.issue.number} conflicts with open feedback #${older.issue.number} on the same topic: ask the client which stands.`,
        ),
      );
    }
    if (
      !findMarker(older.found, KIND.contradiction, `with-${newer.issue.number}`) &&
      !tookBack(older, since) &&
      free(older, newer.issue.number)
    ) {
      noted.add(older.issue.number);
      labelOnce(older, newer.issue.number);
      const marker: Marker = {
        kind: KIND.contradiction,
        subject: older.subject,
        stage: `with-${newer.issue.number}`,
      };
      const olderAddress = viewAddress(ctx, older);
      writes.push(
        markedComment(
          older.ref,
          `${greetingFor(ctx, olderAddress)}\n\n${sayTo(ctx, olderAddress)('feedback.contradiction.linked', {
            other: `#${newer.issue.number}`,
            topic: topicName(ctx.engagement, older.triage.topic, olderAddress.locale),
          })}`,
          [marker],
          `Link feedback #${older.issue.number} to the conflicting feedback #${newer.issue.number}.`,
        ),
      );
    }
  }
  return writes;
}
