// Handoff deadlines: (engagement, snapshot, now) -> writes. Tracking issues, reminders, the early
// warning, status labels, the escalation ladder, documented agreements, completion and root causes.
import { isFromBeforeAdoption } from '../core/adoption';
import type { PlanContext } from '../core/context';
import type { Domain } from '../core/domain';
import { deriveMilestoneFacts } from './facts';
import { deadlineLabels } from './labels';
import { commentMarkers, markedComment, type Write } from '../core/plan';
import { inlineSafely } from '../messages/format';
import { voiceFor } from './render';
import { issuesNeedingBodyHistory, issuesNeedingCloser, readDeadlines, type DeadlineWorld } from './state';
import { planAgreements } from './rules/agreements';
import { planContactNotes } from './rules/contact-notes';
import { planKickoff } from './rules/kickoff';
import { planCompletion, planRootCauseLabels } from './rules/completion';
import { planHandoffRating } from './rules/handoff-rating';
import { planEscalationUpkeep } from './rules/escalation';
import { issuesNeedingDeletedNotes, planNudges } from './rules/nudges';
import { planStatusLabels } from './rules/status';
import { planTrackingIssues } from './rules/tracking';
import { planConfirmationRecord, planHeldDeadlines } from './rules/filing';
import { botCommentMarkers, issueSubject, type Marker } from '../core/markers';
import { contactOfLogin, localeFor, speakerSide } from './people';
import { yearWords } from './years';

export { deriveMilestoneFacts } from './facts';
export { deadlineLabels } from './labels';

/** Handoff deadlines as one domain of the composer: its world is read once and gives writes and facts. */
export const deadlinesDomain: Domain = {
  name: 'deadlines',
  labels: deadlineLabels,
  trackedLabels: (engagement) => [engagement.labels.deadline],
  // Each milestone's tracking issue, and the escalation issue of a late handoff.
  keptLabels: (engagement) => [engagement.labels.milestone, engagement.labels.escalation],
  ownLabels: (engagement) => [
    engagement.labels.milestone,
    engagement.labels.escalation,
    engagement.kickoff.label,
  ],
  readsFacts: false,
  // Who closed a tracking issue with no handoff recorded decides whether it was a delivery; a handoff
  // just completed by ticks is dated by the edit that ticked the last box.
  extraReads: {
    closer: issuesNeedingCloser,
    'body-history': issuesNeedingBodyHistory,
    'deleted-notes': issuesNeedingDeletedNotes,
  },
  read(ctx) {
    const world = readDeadlines(ctx);
    return {
      plan: () => planDeadlines(ctx, world),
      facts: () => ({ milestones: deriveMilestoneFacts(ctx, world) }),
    };
  },
};

export function planDeadlines(ctx: PlanContext, world: DeadlineWorld = readDeadlines(ctx)): Write[] {
  const writes: Write[] = [...planTrackingIssues(ctx, world)];
  for (const state of world.states) {
    // Back in the file, the tracking issue reopens in this plan and is kept up in the same run, as
    // state.ts reads it: its status label again, and whatever else is due now.
    const own: Write[] = [
      ...planConfirmationRecord(ctx, state),
      ...planStatusLabels(ctx, state),
      ...planAgreements(ctx, world, state),
      ...planContactNotes(ctx, state),
      ...planNudges(ctx, world, state),
      ...planCompletion(ctx, state),
      ...planHandoffRating(ctx, state),
    ];
    // The escalation timeline includes what this run is about to post, so a rerun has nothing to add.
    const planned = own.flatMap((write) => (write.kind === 'comment' ? commentMarkers(write) : []));
    writes.push(...own, ...planEscalationUpkeep(ctx, world, state, planned));
  }
  writes.push(...planRootCauseLabels(ctx, world.states));
  writes.push(...planInvalidDeadlineReplies(ctx, world));
  writes.push(...planKickoff(ctx, world));
  writes.push(...planHeldDeadlines(ctx, world));
  return writes;
}

/** A filed deadline without a readable due date gets one polite reply saying what is missing. */
function planInvalidDeadlineReplies(ctx: PlanContext, world: DeadlineWorld): Write[] {
  const writes: Write[] = [];
  for (const { issue, missingOwner, outOfYears } of world.invalid) {
    const subject = issueSubject(issue.number);
    const answered = botCommentMarkers(ctx.snapshot, issue).some(
      ({ marker }) => marker.kind === 'deadline-invalid' && marker.subject === subject,
    );
    // Filed before the action took over: no reply months later as if it had just been filed.
    if (answered || issue.state !== 'open' || isFromBeforeAdoption(ctx, issue)) continue;
    const filer = contactOfLogin(ctx.engagement, issue.author.login);
    const voice = voiceFor(
      ctx,
      filer?.language ?? localeFor(ctx, speakerSide(ctx, issue.author) ?? 'client'),
      filer,
    );
    const marker: Marker = { kind: 'deadline-invalid', subject, data: { at: ctx.now.toISOString() } };
    writes.push(
      markedComment(
        { number: issue.number },
        outOfYears
          ? voice.t(
              outOfYears.milestone === undefined
                ? 'deadline.out_of_years'
                : 'deadline.milestone_out_of_years',
              {
                date: `\`${outOfYears.date.replace('T', ' ')}\``,
                milestone: inlineSafely(outOfYears.milestone ?? ''),
                ...yearWords(),
                owner_hint: missingOwner ? voice.t('deadline.invalid_owner_hint') : '',
              },
            )
          : voice.t('deadline.invalid', {
              what: voice.t('deadline.invalid_due'),
              owner_hint: missingOwner ? voice.t('deadline.invalid_owner_hint') : '',
            }),
        [marker],
        outOfYears
          ? `#${issue.number} is labelled as a deadline with a due date outside the years that can be planned (${outOfYears.date}).`
          : `#${issue.number} is labelled as a deadline but has no readable due date (${inlineSafely(issue.title, 60)}).`,
      ),
    );
  }
  return writes;
}
