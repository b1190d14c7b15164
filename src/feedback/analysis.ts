// Whether a piece of feedback has been analysed: the team answered the "5 whys" (a filled-in
// `Root cause:` line), wrote `/analysed`, or labelled the root cause from the engagement's list of
// causes (`root cause: late-information`, the same list as late handoffs). It mirrors the issue, like
// the other process states: the team's own words and labels say where the work stands.
import { commandLines } from '../core/command-lines';
import type { PlanContext } from '../core/context';
import type { SnapshotIssue } from '../core/snapshot';
import { ROOT_CAUSES, type RootCause } from '../engagement/schema';
import { decisionSide } from './issue';

export interface Analysis {
  /** When the team's analysis was written (its comment), or null when only a label says so. */
  readonly at: string | null;
  /** The root causes chosen by label, in the engagement's order. */
  readonly causes: readonly RootCause[];
}

const ANALYSED_COMMAND = /^\/analy[sz]ed\b/iu;
// The answer line of the 5 whys prompt, in either language, once something real follows the colon.
const ROOT_CAUSE_LINE = /^(?:root cause|nguyên nhân gốc rễ|nguyen nhan goc re)\s*:\s*(.*)$/iu;

function answersFiveWhys(body: string): boolean {
  return commandLines(body).some((line) => {
    const match = ROOT_CAUSE_LINE.exec(line.replace(/[*_]/gu, '').trim());
    return match !== null && /[\p{L}\p{N}]/u.test(match[1] ?? '');
  });
}

/** The root causes an issue is labelled with (`labels.root_cause_prefix` + a cause of the list). */
export function rootCauseLabels(ctx: PlanContext, issue: SnapshotIssue): RootCause[] {
  const prefix = ctx.engagement.labels.root_cause_prefix.toLowerCase();
  // Read for every feedback issue, and most have no root-cause label.
  const named = new Set<string>();
  for (const label of issue.labels) {
    const lower = label.toLowerCase();
    if (lower.startsWith(prefix)) named.add(lower.slice(prefix.length).trim());
  }
  return named.size === 0 ? [] : ROOT_CAUSES.filter((cause) => named.has(cause));
}

/**
 * When the team wrote its analysis on the issue since `since` (a reopening starts the work again): a
 * vendor comment with `/analysed` or a filled-in 5 whys answer. Read from the comments alone.
 */
export function analysedAt(ctx: PlanContext, issue: SnapshotIssue, since: number): string | null {
  const comment = issue.comments.find(
    (candidate) =>
      Date.parse(candidate.createdAt) > since &&
      decisionSide(ctx, issue, candidate.author.login) === 'vendor' &&
      (commandLines(candidate.body).some((line) => ANALYSED_COMMAND.test(line)) ||
        answersFiveWhys(candidate.body)),
  );
  return comment?.createdAt ?? null;
}

/** The analysis of a feedback issue: its written analysis (analysedAt) and its root-cause labels. */
export function readAnalysis(ctx: PlanContext, issue: SnapshotIssue, at: string | null): Analysis | null {
  const causes = rootCauseLabels(ctx, issue);
  if (at === null && causes.length === 0) return null;
  return { at, causes };
}
