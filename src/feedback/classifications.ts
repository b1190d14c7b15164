// The shipped model's triage of feedback texts, kept per engagement. A run reads the feedback several
// times: the shell's extra reads plan the feedback to learn which issues to read more of (deleted
// notes, closers), then the plan reads it as found and again as its writes will leave it (the pulse,
// the summary). The same text gives the same classification for the same engagement, so each text is
// classified once per engagement object, whoever asks; the table lives as long as the engagement
// object (one run; a portfolio loads each engagement afresh) and goes with it. Pure: the same
// engagement and text always give the same classification.
import type { Engagement } from '../engagement/schema';
import type { ModelTriage } from '../core/snapshot';
import { classifyFeedback, type Classification, type FeedbackText } from './classify';

/** Classifies a feedback text, looking up what was already classified for the engagement. */
export type Classify = (text: FeedbackText, hosted?: ModelTriage) => Classification;

const tables = new WeakMap<Engagement, Map<string, Classification>>();

/** The engagement's table of classifications: every reading of its feedback shares it. */
export function classificationsOf(engagement: Engagement): Classify {
  const table = tables.get(engagement) ?? new Map<string, Classification>();
  tables.set(engagement, table);
  return (text, hosted) => {
    // A hosted model's reading is one issue's own; it is not worth keeping.
    if (hosted) return classifyFeedback(engagement, text, undefined, hosted);
    const key = `${text.title}\u0000${text.body}`;
    let classification = table.get(key);
    if (!classification) table.set(key, (classification = classifyFeedback(engagement, text)));
    return classification;
  };
}
