// The weekly summary issue's life: opened once the configured day and time of the week has passed,
// edited in place while the week runs (only when the text changes), and closed with a link to the
// next week's issue when that one opens. Two runs that raced leave two issues: the composer's repair
// (core/duplicates.ts) keeps the lowest number and closes the others before this plan sees them.
import type { PlanContext } from '../core/context';
import { markedBody, sameMarkedBody, type Marker } from '../core/markers';
import { markedComment, markedIssue, refPlaceholder, type OpenIssueWrite, type Write } from '../core/plan';
import type { SnapshotIssue } from '../core/snapshot';
import { SUMMARY_KIND, findSummaryIssues, hasBotComment, weekSubject, type SummaryIssues } from './issues';
import { renderSummary } from './render';
import type { FactsAt, SummaryFacts } from './types';
import {
  compareWeeks,
  formatIsoWeek,
  opensAt,
  parseIsoWeek,
  previousWeek,
  weekEnd,
  weekOf,
  type IsoWeek,
} from './week';
import { WORDS } from './words';

export function planSummary(
  ctx: PlanContext,
  facts: SummaryFacts,
  week?: string,
  factsAt: FactsAt = () => facts,
): Write[] {
  const render = (target: IsoWeek) => renderWeek(ctx, facts, factsAt, target);
  const config = ctx.engagement.summary;
  if (!config.enabled) return [];
  const zone = ctx.engagement.engagement.time_zone;
  const existing = findSummaryIssues(ctx.snapshot);
  const writes: Write[] = [];

  let target: IsoWeek;
  if (week !== undefined) {
    const asked = parseIsoWeek(week);
    if (!asked) throw new Error(`The summary week "${week}" is not an ISO week: write it like 2026-W48.`);
    target = asked;
  } else {
    target = weekOf(ctx.now, zone);
    if (ctx.now.getTime() < opensAt(target, config.day, config.time, zone).getTime()) {
      // This week's issue is not due yet: last week's, if there is one, gets its final figures.
      const last = existing.find((entry) => compareWeeks(entry.week, previousWeek(target, zone)) === 0);
      return last ? [...writes, ...refresh(render, last)] : writes;
    }
  }

  const current = existing.find((entry) => compareWeeks(entry.week, target) === 0);
  let link: string;
  if (current) {
    writes.push(...refresh(render, current));
    link = `#${current.kept.number}`;
  } else {
    const open = openWrite(ctx, render, target);
    writes.push(open);
    link = refPlaceholder(open.key);
  }
  for (const older of existing.filter((entry) => compareWeeks(entry.week, target) < 0)) {
    // Closed with the figures of its end, not of its last run.
    if (older.kept.state === 'open') writes.push(...refresh(render, older));
    writes.push(...closeSuperseded(ctx, older.week, older.kept, target, link));
  }
  return writes;
}

type RenderWeek = (week: IsoWeek) => { title: string; body: string };

/**
 * A week that is over is rendered as of its end, from the facts of that instant; the running week
 * from the facts of now.
 */
function renderWeek(ctx: PlanContext, facts: SummaryFacts, factsAt: FactsAt, week: IsoWeek) {
  const end = weekEnd(week, ctx.engagement.engagement.time_zone);
  if (ctx.now.getTime() < end.getTime()) return renderSummary(ctx, facts, week);
  return renderSummary({ ...ctx, now: end }, factsAt(end), week);
}

function openWrite(ctx: PlanContext, render: RenderWeek, week: IsoWeek): OpenIssueWrite {
  const { title, body } = render(week);
  return markedIssue({
    title,
    text: body,
    marker: summaryMarker(week),
    labels: ctx.engagement.summary.labels,
    assignees: [],
    reason: `The weekly summary for ${formatIsoWeek(week)} is due and no summary issue exists for that week yet.`,
  });
}

/** An edit only when the title or the text would change, so a rerun in the same week writes nothing. */
function refresh(render: RenderWeek, entry: SummaryIssues): Write[] {
  const { title, body } = render(entry.week);
  const wanted = markedBody(body, [summaryMarker(entry.week)]);
  const issue = entry.kept;
  const titleChanged = issue.title !== title;
  const bodyChanged = !sameMarkedBody(issue.body, wanted);
  if (!titleChanged && !bodyChanged) return [];
  return [
    {
      kind: 'edit-issue',
      issue: { number: issue.number },
      ...(titleChanged ? { title } : {}),
      ...(bodyChanged ? { body: wanted } : {}),
      reason: `The figures of the ${formatIsoWeek(entry.week)} summary changed since it was last written${
        titleChanged ? ' (and so did its title)' : ''
      }.`,
    },
  ];
}

function closeSuperseded(
  ctx: PlanContext,
  week: IsoWeek,
  issue: SnapshotIssue,
  next: IsoWeek,
  link: string,
): Write[] {
  if (issue.state !== 'open') return [];
  const subject = weekSubject(week);
  const writes: Write[] = [];
  const stage = 'superseded';
  if (!hasBotComment(ctx.snapshot, issue, subject, stage)) {
    const marker: Marker = { kind: SUMMARY_KIND, subject, stage };
    writes.push(
      markedComment(
        { number: issue.number },
        WORDS[ctx.locale].closing(formatIsoWeek(next), link),
        [marker],
        `The summary of ${formatIsoWeek(next)} replaces this one: say where to read on before closing it.`,
      ),
    );
  }
  writes.push({
    kind: 'close-issue',
    issue: { number: issue.number },
    stateReason: 'completed',
    reason: `The ${formatIsoWeek(week)} summary is over: ${formatIsoWeek(next)} has its own issue.`,
  });
  return writes;
}

export function summaryMarker(week: IsoWeek): Marker {
  return { kind: SUMMARY_KIND, subject: weekSubject(week) };
}
