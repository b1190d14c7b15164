// The shipped model's triage of the feedback texts of one plan. A plan reads the feedback more than once
// (the repository as found, then, when earlier domains write, as it will stand after those writes), and
// an issue the run does not change reads the same each time. The first reading makes this table and the
// composer hands it to the later readings of the same plan (`DomainReading.reread`), so a text is
// classified once per plan; nothing outlives the plan. Pure: the same engagement and text always give
// the same classification.
import type { Engagement } from '../engagement/schema';
import type { ModelTriage } from '../core/snapshot';
import { classifyFeedback, type Classification, type FeedbackText } from './classify';

/** Classifies a feedback text, looking up what this plan already classified. */
export type Classify = (text: FeedbackText, hosted?: ModelTriage) => Classification;

/** A fresh table for one plan's readings of the feedback. */
export function classificationsOf(engagement: Engagement): Classify {
  const byText = new Map<string, Classification>();
  return (text, hosted) => {
    // A hosted model's reading is one issue's own; it is not worth keeping.
    if (hosted) return classifyFeedback(engagement, text, undefined, hosted);
    const key = `${text.title}\u0000${text.body}`;
    let classification = byText.get(key);
    if (!classification) byText.set(key, (classification = classifyFeedback(engagement, text)));
    return classification;
  };
}
