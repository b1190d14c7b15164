// The JSON Schema of the portfolio file, generated from the zod schema, for editors.
import { z } from 'zod';
import { portfolioFileSchema } from './schema';

export const PORTFOLIO_JSON_SCHEMA_PATH = 'schema/portfolio.schema.json';

export function renderPortfolioJsonSchema(): string {
  const schema = z.toJSONSchema(portfolioFileSchema(), { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
