// Client feedback: volume by topic, type and priority, age of what is open, response times, SLA
// compliance, satisfaction, kudos and conflicting feedback waiting for an answer.
import type { FeedbackFacts } from '../core/facts';
import { FEEDBACK_TYPES, PRIORITIES } from '../engagement/schema';
import { quoteSafely } from '../messages/format';
import { cut, moreLine } from './cut';
import { feedbackOpenAt, resolvedAtOf, type Compliance } from './figures';
import { decimal, issueLink, labelQuery, noPlaceholders, percent, safeText, table } from './markdown';
import { fence, pieChart } from './mermaid';
import type { View } from './view';

const DAY = 86_400_000;
const AGE_LIMITS = [1 * DAY, 3 * DAY, 7 * DAY, 28 * DAY, Number.POSITIVE_INFINITY];

export function renderFeedback(view: View): string[] {
  const { w } = view;
  const figures = view.thisWeek;
  const lines = [`## ${w.feedbackHeading}`, ''];
  const received = view.feedback.filter((f) => Date.parse(f.createdAt) <= view.asOf.getTime());
  if (received.length === 0) return [...lines, w.noFeedback];

  lines.push(w.feedbackCounts(figures.newInWeek, figures.resolvedInWeek, figures.openFeedback), '');
  lines.push(
    ...breakdown(
      view,
      received,
      w.byTopic,
      w.topicColumn,
      topicKeys(view, received),
      (f) => f.topic,
      (key) => topicName(view, key),
    ),
  );
  lines.push(
    ...breakdown(
      view,
      received,
      w.byType,
      w.typeColumn,
      FEEDBACK_TYPES,
      (f) => f.type,
      (key) => w.type[key as keyof typeof w.type] ?? key,
    ),
  );
  lines.push(
    ...breakdown(
      view,
      received,
      w.byPriority,
      w.priorityColumn,
      PRIORITIES,
      (f) => f.priority,
      (key) => key,
    ),
  );
  lines.push(...openByAge(view, received));
  lines.push(...responseTimes(view));
  lines.push(...satisfaction(view));
  lines.push(...renderPie(view, received));
  lines.push(...kudos(view));
  lines.push(...contradictions(view));
  return lines;
}

function breakdown(
  view: View,
  received: readonly FeedbackFacts[],
  heading: string,
  column: string,
  keys: readonly string[],
  keyOf: (f: FeedbackFacts) => string,
  nameOf: (key: string) => string,
): string[] {
  const rows: string[][] = [];
  for (const key of keys) {
    const group = received.filter((f) => keyOf(f) === key);
    const fresh = group.filter((f) => inWeek(view, f.createdAt)).length;
    const resolved = group.filter((f) => inWeek(view, resolvedAtOf(f))).length;
    const open = group.filter((f) => feedbackOpenAt(f, view.asOf)).length;
    if (fresh + resolved + open > 0) rows.push([nameOf(key), String(fresh), String(resolved), String(open)]);
  }
  if (rows.length === 0) return [];
  return [`### ${heading}`, '', ...table(view.w.countColumns(column), rows), ''];
}

function openByAge(view: View, received: readonly FeedbackFacts[]): string[] {
  const open = received.filter((f) => feedbackOpenAt(f, view.asOf));
  if (open.length === 0) return [];
  const counts = AGE_LIMITS.map(() => 0);
  for (const f of open) {
    const age = view.asOf.getTime() - Date.parse(f.createdAt);
    const bucket = AGE_LIMITS.findIndex((limit) => age < limit);
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  const rows = view.w.ageBuckets.map((name, index) => [name, String(counts[index] ?? 0)]);
  return [`### ${view.w.openByAge}`, '', ...table(view.w.ageColumns, rows), ''];
}

function responseTimes(view: View): string[] {
  const { w } = view;
  const figures = view.thisWeek;
  const duration = (minutes: number | null): string => (minutes === null ? '—' : w.duration(minutes));
  return [
    `### ${w.responseTimes}`,
    '',
    ...table(w.responseColumns, [
      [
        w.firstResponse,
        duration(figures.firstResponse.median),
        duration(figures.firstResponse.p90),
        String(figures.firstResponse.count),
      ],
      [
        w.resolution,
        duration(figures.resolution.median),
        duration(figures.resolution.p90),
        String(figures.resolution.count),
      ],
    ]),
    '',
    w.elapsedNote,
    '',
    ...recordNotes(view),
    `- ${sla(view, w.firstResponse, figures.firstResponseSla)}`,
    `- ${sla(view, w.resolution, figures.resolutionSla)}`,
    '',
  ];
}

/** What the totals to date leave out because the records behind them cannot vouch for it. */
function recordNotes(view: View): string[] {
  const { w, records } = view;
  const lines: string[] = [];
  if (records.notCountedBefore !== null) lines.push(w.recordsNotCounted(view.date(records.notCountedBefore)));
  if (records.damaged.length > 0) {
    const weeks = records.damaged.map((d) => issueLink(d.number, d.url, d.week)).join(', ');
    lines.push(w.recordsDamaged(records.damaged.length, weeks));
  }
  if (records.over > 0) lines.push(w.recordsOver(records.over));
  return lines.length === 0 ? [] : [...lines.flatMap((line) => [line, '']), ''];
}

function sla(view: View, which: string, compliance: Compliance): string {
  if (compliance.rate === null) return view.w.slaNone(which);
  return view.w.slaCompliance(which, percent(compliance.rate), compliance.met, compliance.decided);
}

function satisfaction(view: View): string[] {
  const figures = view.thisWeek;
  if (figures.ratingAverage === null) return [view.w.noRating, ''];
  return [view.w.rating(decimal(figures.ratingAverage), figures.ratingCount), ''];
}

function renderPie(view: View, received: readonly FeedbackFacts[]): string[] {
  const slices = topicKeys(view, received).map((key) => ({
    label: topicLabel(view, key),
    value: received.filter((f) => f.topic === key).length,
  }));
  return [fence(pieChart(view.w.pieTitle, slices)), ''];
}

function kudos(view: View): string[] {
  const praised = view.feedback.filter((f) => f.type === 'positive' && f.kudos && inWeek(view, f.createdAt));
  if (praised.length === 0) return [];
  const shown = cut(praised, view.caps.kudos);
  const lines = [`### ${view.w.kudosHeading}`, ''];
  for (const f of shown.shown) {
    lines.push(
      quoteSafely(noPlaceholders(f.kudos ?? ''), 400),
      '',
      view.w.kudosFrom(issueLink(f.number, f.url, f.title)),
      '',
    );
  }
  lines.push(...moreLine(view, shown.more, `is:issue ${labelQuery(view.engagement.labels.kudos)}`));
  return lines;
}

function contradictions(view: View): string[] {
  const waiting = view.feedback.filter((f) => f.contradicts.length > 0 && feedbackOpenAt(f, view.asOf));
  if (waiting.length === 0) return [];
  const shown = cut(waiting, view.caps.contradictions);
  const lines = [`### ${view.w.contradictionsHeading}`, ''];
  for (const f of shown.shown) {
    const others = f.contradicts.map((n) => issueLink(n, view.issueUrl(n))).join(', ');
    lines.push(`- ${view.w.contradiction(issueLink(f.number, f.url, f.title), others)}`);
  }
  lines.push(
    ...moreLine(view, shown.more, `is:issue is:open ${labelQuery(view.engagement.labels.contradiction)}`),
  );
  return lines;
}

/** Configured topics first, in the file's order, then any other topic the facts carry. */
function topicKeys(view: View, received: readonly FeedbackFacts[]): string[] {
  const configured = view.engagement.feedback.topics.map((topic) => topic.id);
  const others = [...new Set(received.map((f) => f.topic))].filter((id) => !configured.includes(id)).sort();
  return [...configured, ...others];
}

function topicName(view: View, id: string): string {
  return safeText(topicLabel(view, id), 40);
}

/** The topic's name as configured, in the summary's language (raw: the caller makes it safe). */
function topicLabel(view: View, id: string): string {
  const topic = view.engagement.feedback.topics.find((t) => t.id === id);
  const name = view.locale === 'vi' ? (topic?.name_vi ?? topic?.name) : topic?.name;
  return name ?? id;
}

function inWeek(view: View, iso: string | null): boolean {
  if (iso === null) return false;
  const t = Date.parse(iso);
  return t >= view.start.getTime() && t < view.end.getTime() && t <= view.asOf.getTime();
}
