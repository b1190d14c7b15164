// Loads an engagement file: YAML text in, a checked Engagement (every default applied) or every error
// of the file out, each at its file:line:column. Pure: the caller reads the file.
import { checkSections } from './checks';
import type { EngagementFault } from './fault';
import { formatLocatedError, loadYamlFile, locateField, type LocatedError } from './load-yaml';
import { engagementFileSchema, type Engagement } from './schema';

export type EngagementError = LocatedError;

export type LoadResult =
  | { ok: true; engagement: Engagement; warnings: EngagementError[] }
  | { ok: false; errors: EngagementError[] };

export function loadEngagement(text: string, file: string): LoadResult {
  const result = loadYamlFile(text, file, {
    schema: engagementFileSchema,
    checkSections,
    empty: {
      message: 'is empty: an engagement file needs at least `engagement` and `contacts`',
      hint: 'create it with `engagement-keeper init`, or start from examples/engagement.minimal.yml in the engagement-keeper repository',
    },
    noun: 'an engagement file',
    tooLargeHint:
      'an engagement file describes one engagement: keep long texts in the issues, not in the file',
  });
  return result.ok ? { ok: true, engagement: result.value, warnings: result.warnings } : result;
}

/** Where a fault the planner found sits in the file it came from, as a located error. */
export function locateFault(text: string, file: string, fault: EngagementFault): EngagementError {
  return locateField(text, file, fault.path, fault.detail, fault.hint);
}

/** `file:line:column  path  message (hint)` — the shape editors and CI logs turn into links. */
export const formatEngagementError = formatLocatedError;
