// Learning: the figures the seeds ask teams to watch, this week against last week, and the root
// causes of late handoffs.
import { extensionOutcomesAt } from '../core/extension-outcome';
import type { FeedbackFacts, MilestoneFacts } from '../core/facts';
import { mayShow } from '../core/places';
import { ROOT_CAUSES } from '../engagement/schema';
import type { Figures } from './figures';
import { milestoneName } from './render-headline';
import { cappedList, decimal, feedbackLink, percent, table } from './markdown';
import { formatMonth, inlineSafely } from '../messages/format';
import { nameInSentence } from '../messages/address';
import type { View } from './view';

type Kind = 'rate' | 'days' | 'count' | 'minutes' | 'rating';

interface Row {
  readonly name: string;
  readonly kind: Kind;
  readonly pick: (f: Figures) => number | null;
  readonly show: (f: Figures) => string;
}

export function renderLearning(view: View): string[] {
  const { w } = view;
  const rows = figureRows(view);
  return [
    `## ${w.learningHeading}`,
    '',
    ...table(
      w.learningColumns,
      rows.map((row) => [
        row.name,
        row.show(view.thisWeek),
        row.show(view.lastWeek),
        change(view, row.kind, row.pick(view.thisWeek), row.pick(view.lastWeek)),
      ]),
    ),
    ...extensions(view),
    ...pulses(view),
    // Root-cause counts are the team's own learning: shown where the client may read them only when
    // the engagement file says so (core/places.ts).
    ...(mayShow(view.engagement, view.place, 'root_causes')
      ? ['', `### ${w.rootCausesHeading}`, '', ...rootCauses(view), ...feedbackRootCauses(view)]
      : []),
  ];
}

/** The client's monthly check-ins (the optional pulse), latest first, as recorded by the week's end. */
function pulses(view: View): string[] {
  const { w } = view;
  if (view.pulses.length === 0) return [];
  return [
    '',
    `### ${w.pulseHeading}`,
    '',
    ...view.pulses.map(({ month, answer }) => {
      const name = formatMonth(month, view.locale);
      if (!answer) return `- ${w.pulseWaiting(name)}`;
      // The facts keep the name as the file writes it; the summary names people in its own language.
      const by = nameInSentence(answer.byName, view.locale);
      return `- ${w.pulseItem(name, answer.value, by, inlineSafely(answer.words, 200))}`;
    }),
  ];
}

/**
 * Every extension agreed by the week's end, and whether its new date held as of then: the handoff
 * article's test of an extension is whether the new date was kept, not that one was agreed.
 */
function extensions(view: View): string[] {
  const { w } = view;
  const rows = view.milestones.flatMap((m) => {
    const outcomes = extensionOutcomesAt(m, view.asOf);
    return outcomes.map((outcome, index) => ({ m, extension: m.extensions[index], outcome }));
  });
  if (rows.length === 0) return [];
  const count = (outcome: string): number => rows.filter((row) => row.outcome === outcome).length;
  return [
    '',
    `### ${w.extensionsHeading}`,
    '',
    w.extensionsTotal(rows.length, count('met'), count('slipped'), count('open')),
    '',
    ...rows
      .slice(0, view.caps.milestones)
      .flatMap(({ m, extension, outcome }) =>
        extension
          ? [
              `- ${w.extensionItem(
                milestoneName(m),
                view.date(extension.from),
                view.date(extension.to),
                view.date(extension.agreedAt),
                w.extensionOutcome[outcome],
              )}`,
            ]
          : [],
      ),
  ];
}

/** Root causes the team labelled on feedback after its 5 whys: the same list as late handoffs'. */
function feedbackRootCauses(view: View): string[] {
  const { w } = view;
  const asOf = view.asOf.getTime();
  const analysed = view.feedback.filter((f) => f.rootCauses.length > 0 && Date.parse(f.createdAt) <= asOf);
  if (analysed.length === 0) return [];
  const counted = ROOT_CAUSES.map((cause) => ({
    cause,
    items: analysed.filter((f) => f.rootCauses.includes(cause)),
  }))
    .filter((entry) => entry.items.length > 0)
    .sort((a, b) => b.items.length - a.items.length);
  return [
    '',
    `### ${w.feedbackRootCausesHeading}`,
    '',
    ...counted.map(
      ({ cause, items }) => `- ${w.rootCause[cause]}: **${items.length}** — ${feedbackLinks(view, items)}`,
    ),
  ];
}

function feedbackLinks(view: View, items: readonly FeedbackFacts[]): string {
  return cappedList(items.map(feedbackLink), view.caps.causeLinks);
}

function figureRows(view: View): Row[] {
  const { w } = view;
  const value = (v: number | null, format: (n: number) => string): string => (v === null ? '—' : format(v));
  return [
    {
      name: w.figure.onTimeRate,
      kind: 'rate',
      pick: (f) => f.onTimeRate,
      show: (f) => value(f.onTimeRate, (r) => w.rateOf(percent(r), f.handoffsOnTime, f.handoffsCounted)),
    },
    {
      name: w.figure.averageDelay,
      kind: 'days',
      pick: (f) => f.averageDelay,
      show: (f) => value(f.averageDelay, w.daysLate),
    },
    { name: w.figure.newFeedback, kind: 'count', pick: (f) => f.newInWeek, show: (f) => String(f.newInWeek) },
    {
      name: w.figure.resolvedFeedback,
      kind: 'count',
      pick: (f) => f.resolvedInWeek,
      show: (f) => String(f.resolvedInWeek),
    },
    {
      name: w.figure.openFeedback,
      kind: 'count',
      pick: (f) => f.openFeedback,
      show: (f) => String(f.openFeedback),
    },
    {
      name: w.figure.medianFirstResponse,
      kind: 'minutes',
      pick: (f) => f.firstResponse.median,
      show: (f) => value(f.firstResponse.median, w.duration),
    },
    {
      name: w.figure.firstResponseSla,
      kind: 'rate',
      pick: (f) => f.firstResponseSla.rate,
      show: (f) =>
        value(f.firstResponseSla.rate, (r) =>
          w.rateOf(percent(r), f.firstResponseSla.met, f.firstResponseSla.decided),
        ),
    },
    {
      name: w.figure.averageRating,
      kind: 'rating',
      pick: (f) => f.ratingAverage,
      show: (f) => value(f.ratingAverage, (r) => `${decimal(r)} / 5 (${f.ratingCount})`),
    },
    {
      name: w.figure.handoffRating,
      kind: 'rating',
      pick: (f) => f.handoffRatingAverage,
      show: (f) => value(f.handoffRatingAverage, (r) => `${decimal(r)} / 5 (${f.handoffRatingCount})`),
    },
  ];
}

function change(view: View, kind: Kind, now: number | null, before: number | null): string {
  if (now === null || before === null) return '—';
  const { w } = view;
  const diff = kind === 'rate' ? Math.round(now * 100) - Math.round(before * 100) : now - before;
  const rounded = kind === 'minutes' ? Math.round(diff) : Math.round(diff * 10) / 10;
  if (rounded === 0) return w.noChange;
  const sign = rounded > 0 ? '+' : '−';
  const size = Math.abs(rounded);
  switch (kind) {
    case 'rate':
      return `${sign}${size} ${w.points}`;
    case 'days':
      return `${sign}${w.businessDays(decimal(size))}`;
    case 'minutes':
      return `${sign}${w.duration(size)}`;
    default:
      return `${sign}${decimal(size)}`;
  }
}

function rootCauses(view: View): string[] {
  const { w } = view;
  const late = view.milestones.filter((m) => {
    const status = view.statusOf(m);
    return status === 'done_late' || status === 'overdue';
  });
  if (late.length === 0) return [w.noLateHandoffs];
  const lines: string[] = [];
  const counted = ROOT_CAUSES.map((cause) => ({
    cause,
    items: late.filter((m) => m.rootCauses.includes(cause)),
  }))
    .filter((entry) => entry.items.length > 0)
    .sort((a, b) => b.items.length - a.items.length);
  for (const { cause, items } of counted) {
    lines.push(`- ${w.rootCause[cause]}: **${items.length}** — ${names(view, items)}`);
  }
  const unexplained = late.filter((m) => m.rootCauses.length === 0).length;
  if (unexplained > 0) lines.push(...(lines.length > 0 ? [''] : []), w.lateWithoutCause(unexplained));
  return lines;
}

function names(view: View, items: readonly MilestoneFacts[]): string {
  return cappedList(items.map(milestoneName), view.caps.causeLinks);
}
