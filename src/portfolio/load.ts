// Loads the portfolio file with the engagement file's machinery: located errors, near-name hints.
import { formatLocatedError, loadYamlFile, type LocatedError } from '../engagement/load-yaml';
import { checkPortfolioSections } from './checks';
import { portfolioFileSchema, type Portfolio } from './schema';

export const DEFAULT_PORTFOLIO_PATH = '.github/portfolio.yml';

export type PortfolioLoadResult =
  { ok: true; portfolio: Portfolio; warnings: LocatedError[] } | { ok: false; errors: LocatedError[] };

export function loadPortfolio(text: string, file: string): PortfolioLoadResult {
  const result = loadYamlFile(text, file, {
    schema: portfolioFileSchema(),
    checkSections: checkPortfolioSections,
    empty: {
      message: 'is empty: a portfolio file needs at least `portfolio` and `engagements`',
      hint: 'start from examples/portfolio/portfolio.yml',
    },
    noun: 'a portfolio file',
    tooLargeHint: 'a portfolio file lists engagements: keep their details in their own engagement files',
  });
  return result.ok ? { ok: true, portfolio: result.value, warnings: result.warnings } : result;
}

export { formatLocatedError as formatPortfolioError };
