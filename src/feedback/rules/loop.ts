// Closing the loop. When feedback is closed as completed, the client is asked to confirm and rate it
// (`/rate 1-5`, or a reaction on that comment); the rating is recorded in the action's marker and the
// feedback moves to confirmed. "not resolved", `/reopen` or "chưa được giải quyết" from the client
// side after the closing reopens it.
import { commandLines, findCommand, RATE_COMMAND } from '../../core/command-lines';
import type { PlanContext } from '../../core/context';
import { botCommentMarkers, type Marker } from '../../core/markers';
import { markedComment, type Write } from '../../core/plan';
import { repositoryUrl, type SnapshotComment } from '../../core/snapshot';
import type { SnapshotIssue } from '../../core/snapshot';
import { inlineSafely } from '../../messages/format';
import { decidesForClient, filedByVendor, findMarker, isClientSide, type Found } from '../issue';
import { KIND } from '../kinds';
import { NOT_RESOLVED_PHRASES } from '../keywords';
import { mentionsAny } from '../text';
import { isClosedBeforeAdoption } from '../../core/adoption';
import { feedbackIssues } from '../issue';
import { isClosedAsCompleted, tookBack, viewOf, type FeedbackView } from '../view';
import { greetingFor, sayTo, viewAddress, type Address, type Say } from '../address';
import { clientDecider, namedMentions, otherLanguageNote, sayAbout } from '../words';
import { commentStage } from '../solution';

const REOPEN_COMMAND = /^\/reopen\b/iu;

// How a reaction on the confirmation request reads as a rating. A reaction counts only when the shell
// says who gave it (`reactors`) and that person gives the client's decisions on this issue: a
// stranger's 👎, or the team's own 👍, is not the client's rating.
const REACTION_RATINGS: Readonly<Record<string, number>> = {
  HEART: 5,
  HOORAY: 5,
  ROCKET: 5,
  THUMBS_UP: 4,
  LAUGH: 4,
  CONFUSED: 2,
  THUMBS_DOWN: 1,
};

export interface Rating {
  readonly value: number;
  readonly source: 'command' | 'reaction';
  /** When the client rated: their comment's time, or the request's time for a reaction. */
  readonly at: string;
}

/** The stage naming one closing: an issue closed, reopened and closed again is asked again. */
export function closingStage(closedAt: string): string {
  return `closed-${closedAt}`;
}

/** The stage of the closing the client is to be asked to confirm now, or null: asked already, or nothing to ask. */
function closingToAsk(view: FeedbackView): string | null {
  // Kudos are not "resolved": there is nothing to confirm.
  if (view.triage.type === 'positive' || !isClosedAsCompleted(view.issue) || !view.issue.closedAt)
    return null;
  const stage = closingStage(view.issue.closedAt);
  // A request a person took back after this closing is not posted again.
  return findMarker(view.found, KIND.confirm, stage) || tookBack(view, view.issue.closedAt) ? null : stage;
}

/**
 * Feedback whose closer the shell should read before planning: closed as completed, its client not
 * asked to confirm this closing yet. The request names the pull request or commit that closed it.
 */
export function feedbackNeedingCloser(ctx: PlanContext): number[] {
  return feedbackIssues(ctx)
    .filter(
      (issue) =>
        issue.closedWith === undefined && isClosedAsCompleted(issue) && !isClosedBeforeAdoption(ctx, issue),
    )
    .filter((issue) => closingToAsk(viewOf(ctx, issue)) !== null)
    .map((issue) => issue.number);
}

/**
 * The comments whose reactions the shell reads (REST ids): the action's request to confirm and rate
 * the current closing of an issue whose rating is not recorded yet, where a 👍 or ❤️ is a rating. Once
 * the rating is in the action's marker they no longer matter, so a settled run asks for none; asking
 * for every comment's reactions would cost 100 points a page (docs/budgets.md).
 */
export function commentsAwaitingRating(ctx: PlanContext): number[] {
  const ids: number[] = [];
  for (const issue of ctx.snapshot.issues) {
    if (issue.state !== 'closed' || !issue.closedAt) continue;
    const current = closingStage(issue.closedAt);
    const found = botCommentMarkers(ctx.snapshot, issue);
    const rated = new Set(
      found.filter(({ marker }) => marker.kind === KIND.rating).map(({ marker }) => marker.stage ?? ''),
    );
    for (const { comment, marker } of found) {
      if (marker.kind === KIND.confirm && marker.stage === current && !rated.has(current))
        ids.push(comment.id);
    }
  }
  return ids;
}

/**
 * What changed, in one sentence: the pull request or commit that closed the issue, when it is in the
 * client's repository (one elsewhere, a repository of the team's the client may not open, is not
 * linked: its title and address are the team's); else the team's own `/implemented` note above; else,
 * plainly, that the change is not linked here. Never a guess: null when the closer was not read (a
 * plan offline from a snapshot recorded without it). The title is the team's words: quoted, and said
 * to be in another language when it is (an English title in a Vietnamese message).
 */
function changeSentence(ctx: PlanContext, view: FeedbackView, address: Address, say: Say): string | null {
  const closer = view.issue.closedWith;
  const here = closer
    ? closer.url.toLowerCase().startsWith(`${repositoryUrl(ctx.snapshot).toLowerCase()}/`)
    : false;
  const title = (text: string): { title: string; as_written: string } => {
    const note = otherLanguageNote(ctx.engagement, text, address.locale);
    return { title: inlineSafely(text, 120), as_written: note ? `${note}; ` : '' };
  };
  if (closer?.kind === 'pull-request' && here)
    return say('feedback.confirm.change.pull_request', {
      ...title(closer.title),
      number: closer.number,
      url: closer.url,
    });
  if (closer?.kind === 'commit' && here)
    return say('feedback.confirm.change.commit', {
      ...title(closer.title),
      sha: closer.sha,
      url: closer.url,
    });
  const noted = view.solution.implementations.some(
    (step) =>
      Date.parse(step.at) >= view.workSince && Date.parse(step.at) <= Date.parse(view.issue.closedAt ?? ''),
  );
  if (noted) return say('feedback.confirm.change.noted');
  if (closer) return say('feedback.confirm.change.elsewhere');
  return closer === null ? say('feedback.confirm.change.none') : null;
}

/** The confirmation request the action posted for the issue's current closing, if any. */
export function confirmRequest(view: FeedbackView): Found | undefined {
  if (!view.issue.closedAt) return undefined;
  return findMarker(view.found, KIND.confirm, closingStage(view.issue.closedAt));
}

/** The client's rating of the current closing, from a `/rate` comment or reactions on the request. */
export function ratingGiven(ctx: PlanContext, view: FeedbackView, request: Found): Rating | null {
  const after = new Date(request.comment.createdAt).getTime();
  for (const comment of view.issue.comments) {
    if (
      new Date(comment.createdAt).getTime() < after ||
      !decidesForClient(ctx, view.issue, comment.author.login)
    )
      continue;
    const match = findCommand(comment.body, RATE_COMMAND);
    if (match) return { value: Number(match[1]), source: 'command', at: comment.createdAt };
  }
  let total = 0;
  let count = 0;
  // Who reacted is read with the counts (`reactors`); a count alone cannot tell the client from anyone.
  const reactors = request.comment.reactors ?? {};
  for (const [content, logins] of Object.entries(reactors)) {
    const value = REACTION_RATINGS[content];
    if (value === undefined) continue;
    // Each person once per reaction, and only the client's side.
    const clients = new Set(
      logins.filter((login) => decidesForClient(ctx, view.issue, login)).map((login) => login.toLowerCase()),
    );
    total += value * clients.size;
    count += clients.size;
  }
  return count > 0
    ? { value: Math.round(total / count), source: 'reaction', at: request.comment.createdAt }
    : null;
}

/** A recorded rating (the action's marker), whichever closing it belongs to: the latest wins. */
export function recordedRating(found: readonly Found[]): { value: number; stage: string } | null {
  const ratings = found.filter(({ marker }) => marker.kind === KIND.rating);
  const last = ratings[ratings.length - 1];
  const value = Number(last?.marker.data?.rating);
  return last && Number.isInteger(value) ? { value, stage: last.marker.stage ?? '' } : null;
}

/**
 * The client asks to reopen: `/reopen`, or "not resolved" words in their own words. Words in quotes,
 * code and HTML comments are someone else's (the rating request quoted back, a log line), so only the
 * lines a command could be given on are read; and a `/rate` on its own line is the client's answer to
 * the request, which words around it ("hôm qua vẫn bị lỗi, nay ổn rồi") do not overturn. A `/rate`
 * inside a sentence is no command ("… vẫn bị sai … /rate 5"): the client's words that something is
 * still wrong come first, and the reply says the rating written with them is not recorded (`rating`).
 */
function asksToReopen(comment: SnapshotComment): { readonly rating: boolean } | null {
  const lines = commandLines(comment.body).join('\n');
  const rating = MENTIONS_RATE.test(lines);
  if (findCommand(comment.body, REOPEN_COMMAND) !== null) return { rating };
  if (findCommand(comment.body, RATE_COMMAND) !== null) return null;
  return mentionsAny(lines, NOT_RESOLVED_PHRASES) ? { rating } : null;
}

// A rating written anywhere in the client's own lines, as a command or inside a sentence.
const MENTIONS_RATE = /(?:^|[^\p{L}\p{N}/])\/rate\s*[1-5]\b/iu;

/** The client's request to reopen: after the closing (closed) or after the last request (reopened). */
function reopenRequest(
  ctx: PlanContext,
  view: FeedbackView,
): { readonly comment: SnapshotComment; readonly rating: boolean } | undefined {
  const { issue } = view;
  const requests = view.found.filter(({ marker }) => marker.kind === KIND.confirm);
  const lastRequest = requests[requests.length - 1];
  if (!lastRequest) return undefined;
  const since = Math.max(
    new Date(lastRequest.comment.createdAt).getTime(),
    issue.closedAt ? new Date(issue.closedAt).getTime() : 0,
  );
  for (const comment of issue.comments) {
    if (
      new Date(comment.createdAt).getTime() > since &&
      isClientSide(ctx, issue, comment) &&
      !findMarker(view.found, KIND.reopened, `comment-${comment.id}`)
    ) {
      const ask = asksToReopen(comment);
      if (ask) return { comment, rating: ask.rating };
    }
  }
  return undefined;
}

export interface LoopResult {
  readonly writes: Write[];
  readonly reopened: boolean;
  readonly rated: boolean;
}

export function planClosingLoop(ctx: PlanContext, view: FeedbackView): LoopResult {
  const { issue } = view;
  const none: LoopResult = { writes: [], reopened: false, rated: false };
  // Kudos are not "resolved": there is nothing to confirm.
  if (view.triage.type === 'positive') return none;
  // Whom it addresses is worked out only when something is said (it may need the text's language).
  let addressed: Address | undefined;
  const addressOf = (): Address => (addressed ??= viewAddress(ctx, view));
  const say: Say = (key, values) => sayAbout(sayTo(ctx, addressOf()), view.triage)(key, values);

  const asked = reopenRequest(ctx, view);
  if (asked && (issue.state === 'closed' || (issue.stateReason ?? '').toUpperCase() === 'REOPENED')) {
    const reopen = asked.comment;
    const marker: Marker = { kind: KIND.reopened, subject: view.subject, stage: `comment-${reopen.id}` };
    const writes: Write[] = [];
    if (issue.state === 'closed') {
      writes.push({
        kind: 'reopen-issue',
        issue: view.ref,
        reason: `The client says feedback #${issue.number} is not resolved.`,
      });
    }
    writes.push(
      markedComment(
        view.ref,
        [say('feedback.reopened'), ...(asked.rating ? [say('feedback.reopened.rating_held')] : [])].join(' '),
        [marker],
        `Tell the client that feedback #${issue.number} is reopened at their request${asked.rating ? ', and that the rating written with it is not recorded while something is still wrong' : ''}.`,
      ),
    );
    return { writes, reopened: true, rated: false };
  }

  const toAsk = closingToAsk(view);
  if (toAsk) {
    const marker: Marker = { kind: KIND.confirm, subject: view.subject, stage: toAsk };
    const resolved = [say('feedback.confirm.resolved'), changeSentence(ctx, view, addressOf(), say)]
      .filter(Boolean)
      .join(' ');
    // Filed by the team for a client: the request tells the client the rating is theirs, not the filer's.
    const decides = filedByVendor(ctx, issue) ? [say('feedback.confirm.client_decides')] : [];
    return {
      writes: [
        markedComment(
          view.ref,
          [greetingFor(ctx, addressOf()), resolved, say('feedback.confirm.ask'), ...decides].join('\n\n'),
          [marker],
          `Feedback #${issue.number} was closed as completed${closedWithText(issue.closedWith)}: ask the client to confirm and rate it.`,
        ),
      ],
      reopened: false,
      rated: false,
    };
  }
  if (!isClosedAsCompleted(issue) || !issue.closedAt) return none;
  const stage = closingStage(issue.closedAt);
  const request = findMarker(view.found, KIND.confirm, stage);
  if (!request) return none;
  if (findMarker(view.found, KIND.rating, stage)) return { ...none, rated: true };
  const rating = ratingGiven(ctx, view, request);
  if (!rating) return { ...none, writes: ratingsNotTheClients(ctx, view, request, say, addressOf) };
  const marker: Marker = {
    kind: KIND.rating,
    subject: view.subject,
    stage,
    data: { rating: String(rating.value), source: rating.source, at: rating.at },
  };
  const vendor = ctx.engagement.contacts.vendor;
  const follow =
    rating.value >= 4
      ? say('feedback.rating.high')
      : rating.value === 3
        ? say('feedback.rating.middle')
        : say('feedback.rating.low', {
            manager: namedMentions(
              ctx.engagement,
              [(vendor.account_manager ?? vendor.primary).handle],
              addressOf().locale,
            ),
          });
  const body = `${say('feedback.rating.thanks', { rating: rating.value })} ${follow}`;
  return {
    writes: [
      markedComment(
        view.ref,
        body,
        [marker],
        `The client rated the resolution of feedback #${issue.number} ${rating.value}/5 (${rating.source}): record it.`,
      ),
    ],
    reopened: false,
    rated: true,
  };
}

/**
 * The team member who filed the feedback (relaying a client's call) wrote `/rate` on the request: a
 * rating of the team's own fix is not the client's. They are told once, calmly, who gives it.
 */
function ratingsNotTheClients(
  ctx: PlanContext,
  view: FeedbackView,
  request: Found,
  say: Say,
  addressOf: () => Address,
): Write[] {
  const { issue } = view;
  if (!filedByVendor(ctx, issue)) return [];
  const after = Date.parse(request.comment.createdAt);
  const filer = issue.author.login.toLowerCase();
  return issue.comments
    .filter(
      (comment) =>
        Date.parse(comment.createdAt) > after &&
        comment.author.login.toLowerCase() === filer &&
        !decidesForClient(ctx, issue, comment.author.login) &&
        findCommand(comment.body, RATE_COMMAND) !== null &&
        !findMarker(view.found, KIND.commandReply, commentStage(comment.id)) &&
        !tookBack(view, comment.createdAt),
    )
    .map((comment) =>
      markedComment(
        view.ref,
        say('feedback.rating.client_only', { client: clientDecider(ctx.engagement, addressOf().locale) }),
        [
          {
            kind: KIND.commandReply,
            subject: view.subject,
            stage: commentStage(comment.id),
            data: { person: comment.author.login },
          },
        ],
        `@${comment.author.login} filed feedback #${issue.number} for the client and wrote /rate on the request to confirm it: a rating is the client's to give, so it is not recorded; say who can give it.`,
      ),
    );
}

function closedWithText(closer: SnapshotIssue['closedWith']): string {
  if (closer?.kind === 'pull-request') return ` by pull request #${closer.number}`;
  if (closer?.kind === 'commit') return ` by commit ${closer.sha}`;
  return closer === null ? ' by hand' : '';
}
