// The JSON Schema of the facts format, generated from the zod schema so the two never disagree. Tools
// that read the facts (dashboards, a CRM) validate against the committed copy.
import { z } from 'zod';
import { factsSchemas } from './schema';

/** Where the committed copy lives, relative to the repository root. */
export const FACTS_JSON_SCHEMA_PATH = 'schema/facts.schema.json';

export function renderFactsJsonSchema(): string {
  const schema = z.toJSONSchema(factsSchemas().runFactsSchema, { io: 'output', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
