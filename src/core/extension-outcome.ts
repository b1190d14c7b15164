// Whether an agreed extension was kept, judged from the milestone facts alone, as of any instant: the
// deadline facts use it at the run's time, a closed week's summary at the week's end.
import type { ExtensionOutcome } from './facts';

export interface ExtendedMilestone {
  readonly extensions: readonly { readonly to: string; readonly agreedAt: string }[];
  readonly completedAt: string | null;
  /** The due that governs the last agreed date (a day-for-day shift from upstream included). */
  readonly governingDue: string;
}

/** The extensions agreed by `asOf`, each with its outcome as it stood then. */
export function extensionOutcomesAt(milestone: ExtendedMilestone, asOf: Date): ExtensionOutcome[] {
  const at = asOf.getTime();
  const agreed = milestone.extensions.filter((extension) => Date.parse(extension.agreedAt) <= at);
  return agreed.map((extension, index) => {
    // Moved again before it was kept: the new date slipped too.
    if (index < agreed.length - 1) return 'slipped';
    const final = agreed.length === milestone.extensions.length;
    const due = Math.max(Date.parse(extension.to), final ? Date.parse(milestone.governingDue) : 0);
    const completed = milestone.completedAt ? Date.parse(milestone.completedAt) : null;
    if (completed !== null && completed <= at) return completed <= due ? 'met' : 'slipped';
    return at > due ? 'slipped' : 'open';
  });
}
