// The extensions agreed on a deadline, for the summary's learning section: the handoff article asks
// teams to see whether a new date was kept or slipped again, not only that one was agreed.
import type { PlanContext } from '../core/context';
import { extensionOutcomesAt } from '../core/extension-outcome';
import type { ExtensionFacts } from '../core/facts';
import { inEffect, type Amendment } from './agreements';
import type { DeadlineState } from './state';

export function extensionsOf(ctx: PlanContext, state: DeadlineState): ExtensionFacts[] {
  const agreed = inEffect(state.agreements.amendments).filter(
    (amendment): amendment is Amendment & { due: string } => amendment.kind === 'extend' && !!amendment.due,
  );
  let from = state.baselineInstant.toISOString();
  const dated = agreed.map((extension) => {
    const to = ctx.calendar.dueInstant(extension.due).toISOString();
    const item = {
      from,
      to,
      agreedAt: extension.agreedAt,
      url: extension.agreeUrl,
      proposedBy: extension.side,
    };
    from = to;
    return item;
  });
  const outcomes = extensionOutcomesAt(
    {
      extensions: dated,
      completedAt: state.completion?.at.toISOString() ?? null,
      governingDue: state.effectiveDue.toISOString(),
    },
    ctx.now,
  );
  return dated.map((extension, index) => ({ ...extension, outcome: outcomes[index] ?? 'open' }));
}
