// Loads an engagement file: YAML text in, a checked Engagement (every default applied) or every error
// of the file out, each at its file:line:column. Pure: the caller reads the file.
import { checkSections } from './checks';
import { formatLocatedError, loadYamlFile, type LocatedError } from './load-yaml';
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
      hint: 'start from examples/engagement.minimal.yml',
    },
  });
  return result.ok ? { ok: true, engagement: result.value, warnings: result.warnings } : result;
}

/** `file:line:column  path  message (hint)` — the shape editors and CI logs turn into links. */
export const formatEngagementError = formatLocatedError;
