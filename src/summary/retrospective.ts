// Retrospectives (handoff article §6, feedback article §6): learning does not stop at counting. At the
// end of the engagement — and every N weeks if the file asks — the vendor team gets one issue with the
// figures since the last retrospective and three questions: what was hard, what to change, what to keep.
// It is addressed to the vendor side only; the client is never mentioned in it.
import type { PlanContext } from '../core/context';
import { extensionOutcomesAt } from '../core/extension-outcome';
import type { FeedbackFacts, MilestoneFacts } from '../core/facts';
import type { Marker } from '../core/markers';
import { engagementStart } from '../core/engagement-start';
import { issuesOpenedOfKind } from '../core/opened-issues';
import { markedIssue, type Write } from '../core/plan';
import { mayShow, vendorPlace, writtenIn, type Place } from '../core/places';
import { ROOT_CAUSES } from '../engagement/schema';
import { sideContacts } from '../engagement/contacts';
import { translator, type Translate } from '../messages/catalogue';
import { formatDate, mention } from '../messages/format';
import { decimal, percent } from './markdown';
import type { SummaryFacts } from './types';
import { formatIsoWeek, localDateOf, weekOf } from './week';
import { daysLateWords } from './words';

const KIND = 'retrospective';
const END = 'retro:end';
const WEEK_MS = 7 * 24 * 3_600_000;

interface Period {
  readonly subject: string;
  readonly from: Date;
  readonly to: Date;
  readonly atEnd: boolean;
}

export function planRetrospective(ctx: PlanContext, facts: SummaryFacts): Write[] {
  const period = duePeriod(ctx, facts);
  if (!period) return [];
  const t = translator(ctx.engagement, ctx.locale);
  const marker: Marker = { kind: KIND, subject: period.subject };
  const vendor = sideContacts(ctx.engagement, 'vendor');
  const label = ctx.engagement.retrospective.label;
  const place = vendorPlace(ctx.snapshot);
  // The composer creates the label with the first retrospective (core/labels.ts), not on every first run.
  return [
    markedIssue({
      // The team's own learning: in the internal repository when the engagement has one.
      place,
      title: t(period.atEnd ? 'retro.title_end' : 'retro.title', {
        engagement: ctx.engagement.engagement.name,
        from: day(ctx, period.from),
        to: day(ctx, period.to),
      }),
      text: writtenIn(ctx, place, renderRetrospective(ctx, facts, period, t, place)),
      marker,
      labels: [label],
      assignees: vendor.slice(0, 1).map((contact) => contact.handle.replace(/^@/u, '')),
      reason: period.atEnd
        ? 'Every milestone of the engagement is handed over: the vendor team gets one retrospective issue.'
        : `${ctx.engagement.retrospective.every_weeks ?? 0} weeks have passed since the last retrospective: the vendor team gets the next one.`,
    }),
  ];
}

/** The retrospective this run should open, if any: the end first, else the periodic one. */
function duePeriod(ctx: PlanContext, facts: SummaryFacts): Period | null {
  const config = ctx.engagement.retrospective;
  const opened = issuesOpenedOfKind(ctx, KIND);
  const last = [...opened.values()]
    .flat()
    .map((entry) => Date.parse(entry.issue.createdAt))
    .reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const start = engagementStart(ctx, facts);
  if (!start) return null;
  const from = Number.isFinite(last) ? new Date(last) : start;
  const fromFile = facts.milestones.filter((m) => m.source === 'engagement-file');
  if (config.at_end && !opened.has(END) && fromFile.length > 0) {
    const done = fromFile.every((m) => m.status === 'done_on_time' || m.status === 'done_late');
    const lastDone = Math.max(...fromFile.map((m) => (m.completedAt ? Date.parse(m.completedAt) : 0)));
    // An engagement that was over before the action took over is history: no retrospective for it.
    const adopted = ctx.adoptedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (done && lastDone >= adopted) return { subject: END, from, to: ctx.now, atEnd: true };
  }
  if (config.every_weeks !== null && !opened.has(END)) {
    const due = from.getTime() + config.every_weeks * WEEK_MS;
    const subject = `retro:${formatIsoWeek(weekOf(ctx.now, ctx.engagement.engagement.time_zone))}`;
    if (ctx.now.getTime() >= due && !opened.has(subject)) return { subject, from, to: ctx.now, atEnd: false };
  }
  return null;
}

const day = (ctx: PlanContext, instant: Date): string =>
  formatDate(localDateOf(instant, ctx.engagement.engagement.time_zone), ctx.locale);

function renderRetrospective(
  ctx: PlanContext,
  facts: SummaryFacts,
  period: Period,
  t: Translate,
  place: Place,
): string {
  const inPeriod = (iso: string | null): boolean =>
    iso !== null && Date.parse(iso) >= period.from.getTime() && Date.parse(iso) <= period.to.getTime();
  const handedOver = facts.milestones.filter((m) => inPeriod(m.completedAt));
  const late = handedOver.filter((m) => m.status === 'done_late');
  const feedback = facts.feedback.filter((f) => inPeriod(f.createdAt));
  const resolved = facts.feedback.filter((f) => inPeriod(f.resolvedAt));
  const vendor = sideContacts(ctx.engagement, 'vendor').map((contact) => mention(contact.handle));
  const lines = [
    t('retro.intro', {
      team: [...new Set(vendor)].join(' '),
      // "For the team only" is true only where the client cannot read it.
      audience: t(place === 'internal' ? 'retro.audience_internal' : 'retro.audience_client'),
      from: day(ctx, period.from),
      to: day(ctx, period.to),
    }),
    '',
    `## ${t('retro.figures_heading')}`,
    '',
    `- ${t('retro.handoffs', { done: handedOver.length, on_time: handedOver.length - late.length, late: late.length })}`,
    ...(late.length > 0
      ? [
          `- ${t('retro.average_delay', { days: daysLateWords(t, late.reduce((sum, m) => sum + m.businessDaysLate, 0) / late.length) })}`,
        ]
      : []),
    `- ${extensionsLine(facts.milestones, period, t)}`,
    `- ${t('retro.feedback', { received: feedback.length, resolved: resolved.length })}`,
    `- ${slaLine(feedback, t)}`,
    `- ${ratingsLine(facts, inPeriod, t)}`,
    '',
    // Root-cause counts, where the client may read them, only when the engagement file says so.
    ...(mayShow(ctx.engagement, place, 'root_causes')
      ? [
          `### ${t('retro.causes_heading')}`,
          '',
          ...causeLines([...late.map((m) => m.rootCauses), ...feedback.map((f) => f.rootCauses)], t),
          '',
        ]
      : []),
    `## ${t('retro.questions_heading')}`,
    '',
    `1. ${t('retro.question.hard')}`,
    `2. ${t('retro.question.change')}`,
    `3. ${t('retro.question.keep')}`,
    '',
    t('retro.how'),
  ];
  return lines.join('\n');
}

function extensionsLine(milestones: readonly MilestoneFacts[], period: Period, t: Translate): string {
  const outcomes = milestones.flatMap((m) =>
    extensionOutcomesAt(m, period.to).filter(
      (_, index) => Date.parse(m.extensions[index]?.agreedAt ?? '') >= period.from.getTime(),
    ),
  );
  const count = (outcome: string): number => outcomes.filter((o) => o === outcome).length;
  return t('retro.extensions', {
    agreed: outcomes.length,
    met: count('met'),
    slipped: count('slipped'),
    open: count('open'),
  });
}

function slaLine(feedback: readonly FeedbackFacts[], t: Translate): string {
  const decided = feedback.filter((f) => f.firstResponse.met !== null);
  if (decided.length === 0) return t('retro.sla_none');
  const met = decided.filter((f) => f.firstResponse.met === true).length;
  return t('retro.sla', { rate: percent(met / decided.length), met, decided: decided.length });
}

function ratingsLine(facts: SummaryFacts, inPeriod: (iso: string | null) => boolean, t: Translate): string {
  const fixes = facts.feedback
    .filter((f) => f.rating !== null && inPeriod(f.resolvedAt))
    .map((f) => f.rating ?? 0);
  const handoffs = facts.milestones.flatMap((m) =>
    m.handoffRating && inPeriod(m.handoffRating.at) ? [m.handoffRating.value] : [],
  );
  const average = (values: readonly number[]): string =>
    values.length === 0
      ? '—'
      : `${decimal(values.reduce((a, b) => a + b, 0) / values.length)} / 5 (${values.length})`;
  const pulse = facts.pulses.flatMap((p) => (p.answer && inPeriod(p.answer.at) ? [p.answer.value] : []));
  return t('retro.ratings', { fixes: average(fixes), handoffs: average(handoffs), pulse: average(pulse) });
}

function causeLines(causes: ReadonlyArray<readonly string[]>, t: Translate): string[] {
  const counted = ROOT_CAUSES.map((cause) => ({
    cause,
    count: causes.filter((list) => list.includes(cause)).length,
  }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  if (counted.length === 0) return [t('retro.causes_none')];
  return counted.map(({ cause, count }) => `- ${t(`weekly.root_cause.${cause}`)}: **${count}**`);
}
