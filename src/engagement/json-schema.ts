// The JSON Schema of the engagement file, generated from the zod schema so the two never disagree.
// Editors use it (through the `yaml-language-server` line) to complete and check fields as people type.
import { z } from 'zod';
import { engagementFileSchema } from './schema';

/** Where the committed copy lives, relative to the repository root. */
export const ENGAGEMENT_JSON_SCHEMA_PATH = 'schema/engagement.schema.json';

/** The schema of what people write (`io: 'input'`): fields with defaults are optional and show them. */
export function engagementJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(engagementFileSchema, { io: 'input', target: 'draft-2020-12' });
}

/** The exact text of the committed file. */
export function renderEngagementJsonSchema(): string {
  return `${JSON.stringify(engagementJsonSchema(), null, 2)}\n`;
}
