// The shipped model's triage of a text, worked out once per engagement. A plan reads the feedback
// more than once (the repository as found, then, when earlier domains write, as it will stand after
// those writes, one projection shared by the pulse and the summary), and an issue the run does not change reads the same each time: its
// classification is the same too, so it is looked up rather than computed again. Pure: the same
// engagement and text always give the same classification.
import type { Engagement } from '../engagement/schema';
import type { ModelTriage } from '../core/snapshot';
import { classifyFeedback, type Classification, type FeedbackText } from './classify';

const known = new WeakMap<Engagement, Map<string, Classification>>();

export function classifyFeedbackOnce(
  engagement: Engagement,
  text: FeedbackText,
  hosted?: ModelTriage,
): Classification {
  // A hosted model's reading is one issue's own; it is not worth keeping.
  if (hosted) return classifyFeedback(engagement, text, undefined, hosted);
  let byText = known.get(engagement);
  if (!byText) known.set(engagement, (byText = new Map()));
  const key = `${text.title}\u0000${text.body}`;
  let classification = byText.get(key);
  if (!classification) byText.set(key, (classification = classifyFeedback(engagement, text)));
  return classification;
}
