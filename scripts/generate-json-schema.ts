// Writes schema/engagement.schema.json from the zod schema: `npm run schema`.
// test/engagement/json-schema.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { ENGAGEMENT_JSON_SCHEMA_PATH, renderEngagementJsonSchema } from '../src/engagement/json-schema';

writeFileSync(ENGAGEMENT_JSON_SCHEMA_PATH, renderEngagementJsonSchema());
console.log(`Wrote ${ENGAGEMENT_JSON_SCHEMA_PATH}`);
