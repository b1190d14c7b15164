// Records the way to a fix as it happens: the team's `/propose <solution>` is shown to the client with
// how to accept it; the client's `/agree` is recorded (the proposal as agreed, who, when), the
// resolution role is assigned and the date the team keeps to is restated; the team's `/implemented`
// tells the client the solution is in place. Each record is written once, carries everything needed
// to read it back alone (solution.ts), and is the truth from then on.
import type { PlanContext } from '../../core/context';
import type { Marker } from '../../core/markers';
import { markedComment, type Write } from '../../core/plan';
import { quoteSafely } from '../../messages/format';
import { greetingFor, sayTo, viewAddress, type Address } from '../address';
import { capitalise } from '../../messages/address';
import { feedbackClock } from '../clocks';
import { filedByVendor, findMarker } from '../issue';
import { KIND } from '../kinds';
import { dueAt } from '../sla';
import { agreementData, commentStage, stepData, type Agreement, type Proposal } from '../solution';
import { tookBack, type FeedbackView } from '../view';
import {
  clientDecider,
  namedMentions,
  otherLanguageNote,
  sayAbout,
  resolutionRole,
  when,
  workingHoursValues,
  workingTimeKey,
} from '../words';

export function planSolution(ctx: PlanContext, view: FeedbackView): Write[] {
  if (view.issue.state !== 'open') return [];
  const address = viewAddress(ctx, view);
  const { proposals, agreements, implementations } = view.solution;
  const agreedNow = agreements.filter((agreement) => !agreement.recorded);
  const writes: Write[] = [];
  // Proposals still to record: the latest is shown to the client, earlier ones of the same run ride on
  // its record; one agreed in this very run is recorded by its agreement alone.
  const toRecord = proposals.filter(
    (p) => !p.recorded && !agreedNow.some((agreement) => agreement.proposal.commentId === p.commentId),
  );
  const latest = toRecord.at(-1);
  if (latest) writes.push(proposalRecord(ctx, view, address, latest, toRecord.slice(0, -1)));
  for (const agreement of agreedNow) writes.push(...agreementRecord(ctx, view, address, agreement));
  writes.push(...agreesNotTheClients(ctx, view, address));
  const implemented = implementations.filter((i) => !i.recorded);
  const last = implemented.at(-1);
  if (last) {
    const say = sayAbout(sayTo(ctx, address), view.triage);
    const change = last.text
      ? say('feedback.implemented.change', {
          quote: quoteSafely(last.text),
          as_written: asWritten(ctx, last.text, address),
        })
      : '';
    const markers = implemented.map((i): Marker => ({
      kind: KIND.implemented,
      subject: view.subject,
      stage: commentStage(i.commentId),
      data: stepData(i),
    }));
    writes.push(
      markedComment(
        view.ref,
        [greetingFor(ctx, address), say('feedback.implemented'), change, say('feedback.implemented.check')]
          .filter(Boolean)
          .join('\n\n'),
        markers as [Marker, ...Marker[]],
        `@${last.by} wrote /implemented on feedback #${view.issue.number}: tell the client the solution is in place and record it.`,
      ),
    );
  }
  return writes;
}

/**
 * The team member who filed the feedback (relaying a client's call) wrote `/agree` to the team's
 * proposal: it is not the client's agreement. They are told once, calmly, who gives it — unless the
 * client has agreed to that proposal meanwhile, or a person took the reply back.
 */
function agreesNotTheClients(ctx: PlanContext, view: FeedbackView, address: Address): Write[] {
  const say = sayTo(ctx, address);
  return view.solution.agreesNotTheClients
    .filter(
      (refused) =>
        !view.solution.agreements.some((agreement) => agreement.proposal.commentId === refused.proposalId) &&
        !findMarker(view.found, KIND.commandReply, commentStage(refused.commentId)) &&
        !tookBack(view, refused.at),
    )
    .map((refused) =>
      markedComment(
        view.ref,
        say('feedback.agree.client_only', { client: clientDecider(ctx.engagement, address.locale) }),
        [
          {
            kind: KIND.commandReply,
            subject: view.subject,
            stage: commentStage(refused.commentId),
            data: { person: refused.by },
          },
        ],
        `@${refused.by} filed feedback #${view.issue.number} for the client and wrote /agree to the team's proposal: an agreement is the client's to give, so it is not recorded; say who can give it.`,
      ),
    );
}

/**
 * ` (nguyên văn tiếng Anh)` after the words that introduce the team's quoted text (a proposal, an
 * `/implemented` note) when it is in another language than the message; else nothing.
 */
function asWritten(ctx: PlanContext, text: string, address: Address): string {
  const note = otherLanguageNote(ctx.engagement, text, address.locale);
  return note ? ` (${note})` : '';
}

function proposalMarker(view: FeedbackView, proposal: Proposal): Marker {
  return {
    kind: KIND.proposal,
    subject: view.subject,
    stage: commentStage(proposal.commentId),
    data: stepData(proposal),
  };
}

function proposalRecord(
  ctx: PlanContext,
  view: FeedbackView,
  address: Address,
  proposal: Proposal,
  superseded: readonly Proposal[],
): Write {
  const say = sayTo(ctx, address);
  // Filed by the team for a client: the proposal tells the client the agreement is theirs, not the filer's.
  const decides = filedByVendor(ctx, view.issue) ? `\n\n${say('feedback.proposal.client_decides')}` : '';
  return markedComment(
    view.ref,
    `${greetingFor(ctx, address)}\n\n${say('feedback.proposal', {
      quote: quoteSafely(proposal.text, 1500),
      as_written: asWritten(ctx, proposal.text, address),
    })}${decides}`,
    [proposalMarker(view, proposal), ...superseded.map((p) => proposalMarker(view, p))],
    `@${proposal.by} proposed a solution to feedback #${view.issue.number} (/propose): show it to the client with how to accept it, and record it as proposed.`,
  );
}

function agreementRecord(
  ctx: PlanContext,
  view: FeedbackView,
  address: Address,
  agreement: Agreement,
): Write[] {
  const say = sayTo(ctx, address);
  const resolvers = resolutionRole(ctx.engagement);
  const { clock, agreedAt } = feedbackClock(ctx, view, 'resolution');
  const due = dueAt(ctx, clock, ctx.now);
  const restarted = agreedAt !== null && Date.parse(agreedAt) === Date.parse(agreement.agreedAt);
  // The date the client can hold us to, true at the moment it is said: a date already passed is
  // named as passed, with an apology and the next step, never restated as a promise.
  const dueText = when(ctx, due, address.locale);
  const ahead = due.getTime() > ctx.now.getTime();
  const workingTime = ahead ? workingTimeKey(null, clock) : null;
  const dueLine = !ahead
    ? say('feedback.agreed.due_passed', { due: dueText })
    : [
        say(restarted ? 'feedback.agreed.due_restarted' : 'feedback.agreed.due_kept', { due: dueText }),
        ...(workingTime ? [say(workingTime, workingHoursValues(ctx, address.locale))] : []),
      ].join(' ');
  const text = [
    greetingFor(ctx, address),
    say('feedback.agreed', {
      date: when(ctx, new Date(agreement.agreedAt), address.locale),
      quote: quoteSafely(agreement.proposal.text, 1500),
      as_written: asWritten(ctx, agreement.proposal.text, address),
      // It opens its paragraph: `Anh Quang (@quang-songhan) sẽ phụ trách …`.
      who: capitalise(namedMentions(ctx.engagement, resolvers, address.locale)),
    }),
    dueLine,
  ]
    .filter(Boolean)
    .join('\n\n');
  const marker: Marker = {
    kind: KIND.agreement,
    subject: view.subject,
    stage: commentStage(agreement.proposal.commentId),
    data: agreementData(agreement),
  };
  const extra = agreement.proposal.recorded ? [] : [proposalMarker(view, agreement.proposal)];
  const writes: Write[] = [
    markedComment(
      view.ref,
      text,
      [marker, ...extra],
      `@${agreement.agreer} agreed (/agree) to the solution @${agreement.proposal.by} proposed on feedback #${view.issue.number}: record the agreement${restarted ? ' and restart the resolution time from it, as the engagement file says' : ''}.`,
    ),
  ];
  const assignees = resolvers.filter(
    (handle) => !view.issue.assignees.some((login) => login.toLowerCase() === handle.toLowerCase()),
  );
  if (assignees.length > 0) {
    writes.push({
      kind: 'assign',
      issue: view.ref,
      assignees,
      reason: `A solution to feedback #${view.issue.number} is agreed: it goes to the resolution role.`,
    });
  }
  return writes;
}
