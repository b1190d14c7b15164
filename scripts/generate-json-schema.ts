// Writes the JSON Schemas generated from the zod schemas: `npm run schema`.
// test/engagement/json-schema.test.ts and test/facts-format/facts.test.ts and
// test/portfolio/portfolio-file.test.ts fail when a committed file is stale.
import { writeFileSync } from 'node:fs';
import { ENGAGEMENT_JSON_SCHEMA_PATH, renderEngagementJsonSchema } from '../src/engagement/json-schema';
import { FACTS_JSON_SCHEMA_PATH, renderFactsJsonSchema } from '../src/facts-format/json-schema';
import { PORTFOLIO_JSON_SCHEMA_PATH, renderPortfolioJsonSchema } from '../src/portfolio/json-schema';

for (const [file, render] of [
  [ENGAGEMENT_JSON_SCHEMA_PATH, renderEngagementJsonSchema],
  [FACTS_JSON_SCHEMA_PATH, renderFactsJsonSchema],
  [PORTFOLIO_JSON_SCHEMA_PATH, renderPortfolioJsonSchema],
] as const) {
  writeFileSync(file, render());
  console.log(`Wrote ${file}`);
}
