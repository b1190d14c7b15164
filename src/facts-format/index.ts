// The facts format: what one engagement run emits for the portfolio and for other tools.
export { buildFailedFacts, buildRunFacts, type Failure } from './build';
export { factsOfSnapshot } from './of-snapshot';
export { FACTS_JSON_SCHEMA_PATH, renderFactsJsonSchema } from './json-schema';
export { readFacts, type ReadFactsResult } from './read';
export * from './schema';
