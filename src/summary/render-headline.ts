// The first ten seconds: are we on track, and what needs a decision now.
import type { FeedbackFacts, MilestoneFacts } from '../core/facts';
import { cut, moreLine } from './cut';
import { feedbackOpenAt, resolvedAtOf, slaBreachedAt } from './figures';
import { issueLink, labelQuery, link, safeText } from './markdown';
import { isDone, type View } from './view';
import type { SlaKind } from './words';

export function renderHeadline(view: View): string[] {
  const { w } = view;
  const late = view.milestones.filter((m) => view.statusOf(m) === 'overdue');
  const atRisk = view.milestones.filter((m) => view.statusOf(m) === 'at_risk');
  const breaches = breachedFeedback(view);
  let heading: string;
  let reason: string;
  if (late.length > 0) {
    const worst = [...late].sort((a, b) => view.daysLateOf(b) - view.daysLateOf(a))[0]!;
    heading = w.late;
    reason = w.reasonLate(late.length, milestoneName(worst), view.daysLateOf(worst), w.side[worst.owner]);
  } else if (atRisk.length > 0 || breaches.length > 0) {
    heading = w.atRisk;
    reason = w.reasonAtRisk(atRisk.length, breaches.length, atRisk[0] ? milestoneName(atRisk[0]) : null);
  } else if (view.milestones.length === 0) {
    heading = w.onTrack;
    reason = w.reasonNoMilestones;
  } else {
    const next = view.milestones.find((m) => !isDone(view.statusOf(m)));
    heading = w.onTrack;
    reason = w.reasonAllClear(next ? `${milestoneName(next)}, ${view.date(next.currentDue)}` : null);
  }
  return [`## ${heading}`, '', reason, '', ...renderDecisions(view, breaches)];
}

function renderDecisions(view: View, breaches: readonly FeedbackFacts[]): string[] {
  const { w, engagement } = view;
  const labels = engagement.labels;
  const escalations = view.milestones.filter((m) => m.escalation?.open);
  const agreements = view.milestones.flatMap((m) =>
    m.pendingAgreements
      .filter((a) => Date.parse(a.at) <= view.asOf.getTime())
      .map((agreement) => ({ milestone: m, agreement })),
  );
  const lines: string[] = [`### ${w.decisionsHeading}`, ''];
  if (escalations.length + agreements.length + breaches.length === 0) return [...lines, w.noDecisions];

  const shownEscalations = cut(escalations, view.caps.decisions);
  for (const m of shownEscalations.shown) {
    const escalation = m.escalation!;
    lines.push(
      `- ${w.escalationOpen(milestoneName(m), issueLink(escalation.issueNumber, escalation.url), view.daysLateOf(m))}`,
    );
  }
  // Escalations stand where the vendor's issues go: in an internal repository, with this engagement's tag.
  const { url: vendorUrl, tag } = view.vendorIssues;
  const escalationQuery = `is:issue is:open ${labelQuery(labels.escalation)}${tag ? ` ${labelQuery(tag)}` : ''}`;
  lines.push(...indentMore(moreLine(view, shownEscalations.more, escalationQuery, vendorUrl)));

  const shownAgreements = cut(agreements, view.caps.decisions);
  for (const { milestone, agreement } of shownAgreements.shown) {
    lines.push(
      `- ${w.agreementWaiting(
        w.sideInText[agreement.waitingFor],
        agreement.kind,
        milestoneName(milestone),
        safeText(agreement.summary, 120),
        `\`${safeText(agreement.proposedBy, 40).replace(/`/gu, '')}\``,
        view.date(agreement.at),
        link(w.proposalLink, agreement.url),
      )}`,
    );
  }
  lines.push(
    ...indentMore(moreLine(view, shownAgreements.more, `is:issue is:open ${labelQuery(labels.milestone)}`)),
  );

  const shownBreaches = cut(breaches, view.caps.decisions);
  for (const f of shownBreaches.shown) {
    lines.push(`- ${w.slaBreach(issueLink(f.number, f.url, f.title), breachesOf(f, view.asOf), f.priority)}`);
  }
  lines.push(
    ...indentMore(moreLine(view, shownBreaches.more, `is:issue is:open ${labelQuery(labels.sla_breach)}`)),
  );
  return lines;
}

/** Open feedback with a broken SLA at the view's instant: each one the figures count as broken. */
export function breachedFeedback(view: View): FeedbackFacts[] {
  return view.feedback.filter((f) => feedbackOpenAt(f, view.asOf) && breachesOf(f, view.asOf).length > 0);
}

/** Every SLA of one piece of feedback broken by `at`, counted as the figures count them. */
function breachesOf(f: FeedbackFacts, at: Date): SlaKind[] {
  const broken: SlaKind[] = [];
  if (slaBreachedAt(f.firstResponse, f.firstResponseAt, at)) broken.push('first_response');
  if (slaBreachedAt(f.resolution, resolvedAtOf(f), at)) broken.push('resolution');
  return broken;
}

/** A milestone's title, linked to its issue when it has one. */
export function milestoneName(m: MilestoneFacts): string {
  return link(safeText(m.title, 60), m.issueUrl);
}

function indentMore(lines: string[]): string[] {
  return lines.filter((line) => line !== '').map((line) => `- ${line}`);
}
