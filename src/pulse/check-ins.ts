// The monthly pulse (feedback article §3: ask how it is going, not only after a fix). When the
// engagement file turns it on, the client primary gets one short check-in issue on the first business
// day of each month, in their language, asking for a 1–5 `/rate` and a sentence. The first rating a
// client-side person gives there is recorded once as the action's own note (editing or deleting the
// comment later changes nothing) and the check-in closes; a check-in nobody answered closes quietly
// when the next month's opens. The summary counts the ratings beside the fix and handoff ratings.
import type { PlanContext } from '../core/context';
import { findCommand, RATE_COMMAND, writtenAt } from '../core/command-lines';
import { engagementStart } from '../core/engagement-start';
import type { PulseFacts, WeeklyFacts } from '../core/facts';
import { botCommentMarkers, type Marker } from '../core/markers';
import { issuesOpenedOfKind, lowestNumber } from '../core/opened-issues';
import { markedComment, markedIssue, refOf, type Write } from '../core/plan';
import { sideOf } from '../core/sides';
import type { SnapshotComment, SnapshotIssue } from '../core/snapshot';
import { plusDays } from '../calendar/dates';
import { sideContact } from '../engagement/contacts';
import type { Contact, Locale } from '../engagement/schema';
import { addressOf } from '../messages/address';
import { messageText, type MessageKey, type MessageValues } from '../messages/catalogue';
import { formatMonth, inlineSafely, mention } from '../messages/format';

const KIND = 'pulse';
const RATING = 'pulse-rating';
const SUBJECT = /^pulse:(\d{4}-\d{2})$/u;

/** A client's answer to one check-in: read from the action's record, or about to be recorded. */
interface PulseAnswer {
  /** `YYYY-MM`: the month the check-in asked about. */
  readonly month: string;
  readonly value: number;
  readonly by: string;
  /** How the summary names them without a ping: their configured name, else their login. */
  readonly byName: string;
  readonly at: string;
  readonly words: string;
  readonly recorded: boolean;
  readonly comment: SnapshotComment | null;
}

interface CheckIn {
  readonly month: string;
  readonly issue: SnapshotIssue;
  readonly locale: Locale;
}

/**
 * `facts` (the week's facts of the domains before it) is asked for only when a check-in may open,
 * once a month: asking costs the composer a projection. Null on an event run, which sees one issue
 * and only records an answer.
 */
export function planPulse(ctx: PlanContext, facts: (() => WeeklyFacts) | null): Write[] {
  const checkIns = readCheckIns(ctx);
  const writes = checkIns.flatMap((checkIn) => recordAnswer(ctx, checkIn));
  const month = ctx.engagement.pulse.monthly ? monthBegun(ctx) : null;
  if (!facts || !month || checkIns.some((checkIn) => checkIn.month === month)) return writes;
  if (runsIn(ctx, month, facts())) {
    writes.push(openCheckIn(ctx, month));
    for (const earlier of checkIns) {
      if (earlier.issue.state !== 'open' || answerOn(ctx, earlier)) continue;
      writes.push({
        kind: 'close-issue',
        issue: refOf(earlier.issue),
        stateReason: 'not_planned',
        reason: `The check-in for ${earlier.month} was not answered and the one for ${month} opens: the older one is closed quietly, without asking again.`,
      });
    }
  }
  return writes;
}

/** Every check-in with its answer (recorded, or about to be), oldest month first: the week's facts. */
export function pulseFacts(ctx: PlanContext): PulseFacts[] {
  return readCheckIns(ctx).map((checkIn) => {
    const answer = answerOn(ctx, checkIn);
    return {
      month: checkIn.month,
      askedAt: checkIn.issue.createdAt,
      answer: answer
        ? { value: answer.value, by: answer.by, byName: answer.byName, at: answer.at, words: answer.words }
        : null,
    };
  });
}

function readCheckIns(ctx: PlanContext): CheckIn[] {
  const checkIns: CheckIn[] = [];
  for (const [subject, opened] of issuesOpenedOfKind(ctx, KIND)) {
    const month = SUBJECT.exec(subject)?.[1];
    const issue = lowestNumber(opened);
    if (!month || !issue) continue;
    const lang = opened.find((entry) => entry.issue === issue)?.marker.data?.lang;
    checkIns.push({ month, issue, locale: lang === 'en' || lang === 'vi' ? lang : ctx.clientLocale });
  }
  return checkIns.sort((a, b) => a.month.localeCompare(b.month));
}

/** The month now, once its check-in time has come: working hours on its first business day. */
function monthBegun(ctx: PlanContext): string | null {
  const today = ctx.calendar.localDate(ctx.now);
  const month = today.slice(0, 7);
  let first = `${month}-01`;
  for (let i = 0; i < 31 && !ctx.calendar.isBusinessDay(first); i += 1) first = plusDays(first, 1);
  if (!first.startsWith(month) || today < first) return null;
  const opensAt = ctx.calendar.instantOf(`${first}T${ctx.engagement.calendar.work_hours.start}`);
  return ctx.now.getTime() < opensAt.getTime() ? null : month;
}

/**
 * Whether the engagement runs in `month`: it had begun before the month did, and not every milestone
 * is handed over yet (from then on the retrospective takes over).
 */
function runsIn(ctx: PlanContext, month: string, facts: WeeklyFacts): boolean {
  const start = engagementStart(ctx, facts);
  if (!start || start.getTime() >= ctx.calendar.instantOf(`${month}-01T00:00`).getTime()) return false;
  const fromFile = facts.milestones.filter((m) => m.source === 'engagement-file');
  return !(
    fromFile.length > 0 && fromFile.every((m) => m.status === 'done_on_time' || m.status === 'done_late')
  );
}

function openCheckIn(ctx: PlanContext, month: string): Write {
  const primary = ctx.engagement.contacts.client.primary;
  const locale = primary.language ?? ctx.clientLocale;
  const say = sayTo(ctx, primary, locale);
  const marker: Marker = { kind: KIND, subject: `pulse:${month}`, data: { lang: locale } };
  return markedIssue({
    title: say('pulse.title', {
      engagement: inlineSafely(ctx.engagement.engagement.name),
      month: formatMonth(month, locale),
    }),
    text: say('pulse.body', {
      who: who(ctx, primary, locale),
      engagement: inlineSafely(ctx.engagement.engagement.name),
      month: formatMonth(month, locale),
    }),
    marker,
    labels: [ctx.engagement.pulse.label],
    assignees: [],
    reason: `The monthly pulse is on and ${month} has begun: the client primary is asked once how the engagement is going (1–5).`,
  });
}

function recordAnswer(ctx: PlanContext, checkIn: CheckIn): Write[] {
  const answer = answerOn(ctx, checkIn);
  if (!answer || answer.recorded || !answer.comment) return [];
  const contact = clientContact(ctx, answer.by);
  const locale = contact?.language ?? checkIn.locale;
  const say = sayTo(ctx, contact, locale);
  const writes: Write[] = [
    markedComment(
      refOf(checkIn.issue),
      say('pulse.recorded', {
        who: who(ctx, contact, locale, answer.by),
        rating: answer.value,
        month: formatMonth(checkIn.month, locale),
      }),
      [
        {
          kind: RATING,
          subject: `pulse:${checkIn.month}`,
          stage: String(answer.comment.id),
          data: {
            rating: String(answer.value),
            by: answer.by,
            ratedAt: answer.at,
            words: answer.words.slice(0, 500),
          },
        },
      ],
      `${answer.by} rated ${checkIn.month} ${answer.value}/5 on the monthly check-in: record it once, so later edits change nothing.`,
    ),
  ];
  if (checkIn.issue.state === 'open') {
    writes.push({
      kind: 'close-issue',
      issue: refOf(checkIn.issue),
      stateReason: 'completed',
      reason: `The check-in for ${checkIn.month} is answered: it closes with the thank-you.`,
    });
  }
  return writes;
}

/** The recorded answer on a check-in, else the first client-side `/rate` written after it opened. */
function answerOn(ctx: PlanContext, checkIn: CheckIn): PulseAnswer | null {
  const record = botCommentMarkers(ctx.snapshot, checkIn.issue).find((found) => found.marker.kind === RATING);
  const value = Number(record?.marker.data?.rating);
  if (record && Number.isInteger(value)) {
    return {
      month: checkIn.month,
      value,
      by: record.marker.data?.by ?? '',
      byName: nameOf(ctx, record.marker.data?.by ?? ''),
      at: record.marker.data?.ratedAt ?? record.comment.createdAt,
      words: record.marker.data?.words ?? '',
      recorded: true,
      comment: null,
    };
  }
  const opened = Date.parse(checkIn.issue.createdAt);
  for (const comment of checkIn.issue.comments) {
    if (Date.parse(writtenAt(comment)) < opened) continue;
    if (sideOf(ctx, comment.author.login) !== 'client') continue;
    const match = findCommand(comment.body, RATE_COMMAND);
    if (!match) continue;
    return {
      month: checkIn.month,
      value: Number(match[1]),
      by: comment.author.login,
      byName: nameOf(ctx, comment.author.login),
      at: writtenAt(comment),
      words: (match[2] ?? '').trim(),
      recorded: false,
      comment,
    };
  }
  return null;
}

function clientContact(ctx: PlanContext, login: string): Contact | undefined {
  return sideContact(ctx.engagement, 'client', login);
}

function nameOf(ctx: PlanContext, login: string): string {
  return inlineSafely(clientContact(ctx, login)?.name ?? login.replace(/^@/u, ''));
}

type Say = (key: MessageKey, values?: MessageValues) => string;

function sayTo(ctx: PlanContext, contact: Contact | undefined, locale: Locale): Say {
  const { words } = addressOf(ctx, contact, locale);
  return (key, values = {}) => messageText(ctx.engagement, locale, key, { ...words, ...values });
}

/** `chị Lan (@lan)`: the reader named their way, with the mention that pings them. */
function who(ctx: PlanContext, contact: Contact | undefined, locale: Locale, login?: string): string {
  const handle = mention(login ?? contact?.handle ?? '');
  const { name } = addressOf(ctx, contact, locale);
  return name ? `${name} (${handle})` : handle;
}
