// The way from an analysed piece of feedback to its fix: the team's `/propose <solution>`, the
// client's `/agree`, the team's `/implemented [what changed]`. Each is recorded once by the action
// (a marker holding what was proposed, who agreed and when), and from then on the record is the truth:
// editing or deleting people's comments afterwards changes nothing. Commands not yet recorded are read
// from the comments as written at their time (an edited comment at its edit time), and only from the
// side entitled to them: the team proposes and implements, the client agrees.
import { commandLines, writtenAt } from '../core/command-lines';
import type { PlanContext } from '../core/context';
import { isBot } from '../core/markers';
import type { SnapshotComment, SnapshotIssue } from '../core/snapshot';
import { decisionSide, type Found } from './issue';
import { KIND } from './kinds';

/** A team's step written as a command: a proposal (`/propose`) or an implementation (`/implemented`). */
export interface TeamStep {
  /** Its comment: the stage of every record about it. */
  readonly commentId: number;
  readonly url: string;
  /** The solution as proposed, or what changed (the team's words: show them only through quoteSafely). */
  readonly text: string;
  readonly by: string;
  readonly at: string;
  /** True when read from the action's record, which no later edit changes. */
  readonly recorded: boolean;
}

export type Proposal = TeamStep;
export type Implementation = TeamStep;

export interface Agreement {
  readonly proposal: Proposal;
  readonly agreer: string;
  readonly agreedAt: string;
  readonly agreeCommentId: number;
  readonly agreeUrl: string;
  readonly recorded: boolean;
}

/**
 * A `/agree` the client's side did not give: written by a team member named in the engagement file
 * on feedback they filed themselves (relaying a client's call), after a proposal not agreed yet. It
 * is not an agreement; the team member is told, once, who can give it (rules/solution.ts).
 */
export interface AgreeNotTheClients {
  readonly commentId: number;
  readonly by: string;
  readonly at: string;
  /** The proposal it would have agreed to. */
  readonly proposalId: number;
}

export interface SolutionLog {
  /** Every proposal, recorded or still to record, in the order written. */
  readonly proposals: readonly Proposal[];
  readonly agreements: readonly Agreement[];
  readonly implementations: readonly Implementation[];
  /** `/agree` comments of the team on feedback one of them filed: not the client's agreement. */
  readonly agreesNotTheClients: readonly AgreeNotTheClients[];
}

export const NO_SOLUTION: SolutionLog = {
  proposals: [],
  agreements: [],
  implementations: [],
  agreesNotTheClients: [],
};

/** The longest proposal text kept in a record and shown back. */
const MAX_TEXT = 1500;

type Command =
  | { readonly kind: 'propose'; readonly text: string }
  | { readonly kind: 'agree' }
  | { readonly kind: 'implemented'; readonly text: string };

const COMMAND_LINE = /^\/(propose|agree|implemented)\b:?\s*(.*)$/iu;

/**
 * The first solution command of a comment. A proposal's text is the rest of its line and every line
 * after it (a list of steps reads naturally); a `/propose` with no text proposes nothing.
 */
export function parseSolutionCommand(body: string): Command | undefined {
  for (const line of commandLines(body)) {
    const match = COMMAND_LINE.exec(line);
    if (!match) continue;
    const name = (match[1] ?? '').toLowerCase();
    if (name === 'agree') return match[2]?.trim() ? undefined : { kind: 'agree' };
    const text = [match[2] ?? '', ...linesAfter(body, line)].join('\n').trim().slice(0, MAX_TEXT);
    if (name === 'propose') return text ? { kind: 'propose', text } : undefined;
    return { kind: 'implemented', text };
  }
  return undefined;
}

/** The raw lines of a body after the first line that reads `line` (the command's own line). */
function linesAfter(body: string, line: string): string[] {
  const raw = body.split(/\r?\n/u);
  const at = raw.findIndex((candidate) => candidate.trim() === line);
  return at < 0 ? [] : raw.slice(at + 1);
}

const num = (value: string | undefined): number => Number(value ?? '');
const stageId = (stage: string | undefined): number => num((stage ?? '').replace(/^comment-/u, ''));
export const commentStage = (id: number): string => `comment-${id}`;

function recordedStep(found: Found, needsText: boolean): TeamStep | undefined {
  const data = found.marker.data ?? {};
  const commentId = stageId(found.marker.stage);
  if (!Number.isInteger(commentId) || (needsText && !data.text) || !data.by || !data.at) return undefined;
  return {
    commentId,
    url: data.url ?? found.comment.url,
    text: data.text ?? '',
    by: data.by,
    at: data.at,
    recorded: true,
  };
}

function recordedAgreement(found: Found): Agreement | undefined {
  const data = found.marker.data ?? {};
  const proposal = recordedStep(
    {
      ...found,
      marker: {
        ...found.marker,
        data: {
          text: data.text ?? '',
          by: data.by ?? '',
          at: data.proposedAt ?? '',
          url: data.proposalUrl ?? '',
        },
      },
    },
    true,
  );
  const agreeCommentId = num(data.agreeId);
  if (!proposal || !data.agreer || !data.agreedAt || !Number.isInteger(agreeCommentId)) return undefined;
  return {
    proposal,
    agreer: data.agreer,
    agreedAt: data.agreedAt,
    agreeCommentId,
    agreeUrl: data.agreeUrl ?? found.comment.url,
    recorded: true,
  };
}

/** What a proposal or implementation record keeps: everything needed to read it back alone. */
export function stepData(step: TeamStep): Record<string, string> {
  return { text: step.text, by: step.by, at: step.at, url: step.url };
}

/** What an agreement record keeps: the proposal as agreed, and who agreed when. */
export function agreementData(agreement: Agreement): Record<string, string> {
  const { proposal } = agreement;
  return {
    text: proposal.text,
    by: proposal.by,
    proposedAt: proposal.at,
    proposalUrl: proposal.url,
    agreer: agreement.agreer,
    agreedAt: agreement.agreedAt,
    agreeId: String(agreement.agreeCommentId),
    agreeUrl: agreement.agreeUrl,
  };
}

/** Reads the solution records and the commands not recorded yet, on one feedback issue. */
export function readSolution(ctx: PlanContext, issue: SnapshotIssue, found: readonly Found[]): SolutionLog {
  const records = <T>(kind: string, read: (found: Found) => T | undefined): T[] =>
    found.filter(({ marker }) => marker.kind === kind).flatMap((entry) => read(entry) ?? []);
  const recordedProposals = records(KIND.proposal, (entry) => recordedStep(entry, true));
  const agreements = records(KIND.agreement, recordedAgreement);
  const implementations = records(KIND.implemented, (entry) => recordedStep(entry, false));
  // An agreed proposal recorded only in its agreement (both in one run) is a proposal all the same.
  const proposals = [...recordedProposals];
  for (const agreement of agreements) {
    if (!proposals.some((p) => p.commentId === agreement.proposal.commentId))
      proposals.push(agreement.proposal);
  }
  const consumed = new Set([
    ...proposals.map((p) => p.commentId),
    ...agreements.map((a) => a.agreeCommentId),
    ...implementations.map((i) => i.commentId),
  ]);
  const byTime =
    <T>(at: (item: T) => string) =>
    (a: T, b: T): number =>
      instant(at(a)) - instant(at(b));
  const commands = issue.comments
    .filter((comment) => !isBot(ctx.snapshot, comment.author.login) && !consumed.has(comment.id))
    .map((comment) => ({ comment, at: writtenAt(comment), command: parseSolutionCommand(comment.body) }))
    .filter((entry) => entry.command !== undefined)
    .sort((a, b) => instant(a.at) - instant(b.at) || a.comment.id - b.comment.id);

  const agreesNotTheClients: AgreeNotTheClients[] = [];
  const filer = issue.author.login.toLowerCase();
  for (const { comment, at, command } of commands) {
    // The filer speaks for the client only when the engagement file does not name them on the team.
    const side = decisionSide(ctx, issue, comment.author.login);
    if (!command) continue;
    if (command.kind === 'propose' && side === 'vendor') {
      proposals.push({ ...fromComment(comment, at), text: command.text, recorded: false });
    } else if (command.kind === 'implemented' && side === 'vendor') {
      implementations.push({ ...fromComment(comment, at), text: command.text, recorded: false });
    } else if (command.kind === 'agree' && side === 'client') {
      // It agrees to the latest proposal written before it, once.
      const proposal = latestBefore(proposals, at);
      if (!proposal || agreements.some((a) => a.proposal.commentId === proposal.commentId)) continue;
      agreements.push({
        proposal,
        agreer: comment.author.login,
        agreedAt: at,
        agreeCommentId: comment.id,
        agreeUrl: comment.url,
        recorded: false,
      });
    } else if (
      command.kind === 'agree' &&
      side === 'vendor' &&
      comment.author.login.toLowerCase() === filer
    ) {
      // The team member who filed it may believe the agreement is theirs to give: they are told who
      // gives it, when there is a proposal waiting for it. Anyone else of the team is ignored silently.
      const proposal = latestBefore(proposals, at);
      if (!proposal || agreements.some((a) => a.proposal.commentId === proposal.commentId)) continue;
      agreesNotTheClients.push({
        commentId: comment.id,
        by: comment.author.login,
        at,
        proposalId: proposal.commentId,
      });
    }
  }
  return {
    proposals: proposals.sort(byTime((p) => p.at)),
    agreements: agreements.sort(byTime((a) => a.agreedAt)),
    implementations: implementations.sort(byTime((i) => i.at)),
    agreesNotTheClients,
  };
}

function fromComment(
  comment: SnapshotComment,
  at: string,
): { commentId: number; url: string; by: string; at: string } {
  return { commentId: comment.id, url: comment.url, by: comment.author.login, at };
}

/** Instants as written by GitHub or by an older record may differ in form (`…:00Z`, `…:00.000Z`). */
export const instant = (at: string): number => Date.parse(at);

function latestBefore(proposals: readonly Proposal[], at: string): Proposal | undefined {
  return proposals
    .filter((p) => instant(p.at) < instant(at))
    .sort((a, b) => instant(a.at) - instant(b.at))
    .at(-1);
}

/** The agreement the resolution clock counts from, when the engagement says so: the latest one. */
export function latestAgreement(log: SolutionLog): Agreement | undefined {
  return log.agreements.at(-1);
}
