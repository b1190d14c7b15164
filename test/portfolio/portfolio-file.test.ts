// The portfolio file is checked like the engagement file: every error at once, located, with hints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate';
import { formatPortfolioError, loadPortfolio } from '../../src/portfolio/load';
import { PORTFOLIO_JSON_SCHEMA_PATH, renderPortfolioJsonSchema } from '../../src/portfolio/json-schema';

const ROOT = join(import.meta.dirname, '../..');
const EXAMPLE = 'examples/portfolio/portfolio.yml';
const committed = readFileSync(join(ROOT, PORTFOLIO_JSON_SCHEMA_PATH), 'utf8');

afterEach(() => vi.restoreAllMocks());

function errorsOf(text: string): string[] {
  const result = loadPortfolio(text, 'portfolio.yml');
  if (result.ok) return [];
  return result.errors.map(formatPortfolioError);
}

describe('the portfolio file', () => {
  it('has a current JSON Schema that accepts the example and refuses a misspelt key', () => {
    expect(committed).toBe(renderPortfolioJsonSchema());
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(committed));
    const text = readFileSync(join(ROOT, EXAMPLE), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/portfolio.schema.json');
    const example = parse(text) as { portfolio: Record<string, unknown> };
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, portfolio: { ...example.portfolio, timezone: 'UTC' } })).toBe(false);
  });

  it('loads the example with its defaults', () => {
    const result = loadPortfolio(readFileSync(join(ROOT, EXAMPLE), 'utf8'), EXAMPLE);
    if (!result.ok) throw new Error(result.errors.map(formatPortfolioError).join('\n'));
    expect(result.portfolio.engagements.map((e) => [e.id, e.config])).toEqual([
      ['bepxanh-web', '.github/engagement.yml'],
      ['thuyen-app', '.github/engagement.yml'],
      ['maison-shop', '.github/engagement.yml'],
    ]);
    expect(result.portfolio.summary).toMatchObject({
      load_days: 14,
      trend_weeks: 12,
      labels: ['portfolio-summary'],
    });
    expect(result.portfolio.groups[0]?.account_manager).toBe('lan-songhan');
  });

  it('reports every error at once, located, with near names', () => {
    const text = [
      'portfolio:',
      '  name: Studio',
      '  time_zone: Europe/Berln',
      'groups:',
      '  - id: team-hue',
      '  - id: team-hue',
      'engagements:',
      '  - id: web',
      '    repository: acme/web',
      '    group: team-heu',
      '  - id: web',
      '    repository: Acme/web',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'portfolio.yml:3:14  portfolio.time_zone  `Europe/Berln` is not an IANA time zone (did you mean `Europe/Berlin`?)',
      'portfolio.yml:6:9  groups[1].id  `team-hue` is already the id of groups[0]',
      'portfolio.yml:10:12  engagements[0].group  `team-heu` is not the id of a group (did you mean `team-hue`?)',
      'portfolio.yml:11:9  engagements[1].id  `web` is already the id of engagements[0] (give each engagement its own id)',
      'portfolio.yml:12:17  engagements[1].repository  `Acme/web` with `.github/engagement.yml` is already engagements[0] (one engagement file runs once: remove this entry, or point `config` at another engagement file)',
    ]);
    // Entries the schema refuses are reported with the schema's words and hints.
    expect(
      errorsOf(
        [
          'portfolio:',
          '  name: Studio',
          '  time_zone: UTC',
          'engagements:',
          '  - id: app',
          '    repository: not a repo',
          '    acount_manager: "@lan"',
        ].join('\n'),
      ),
    ).toEqual([
      'portfolio.yml:6:17  engagements[0].repository  must be `owner/name`, e.g. `songhan/bepxanh-website`',
      'portfolio.yml:7:5  engagements[0].acount_manager  is not a known key (did you mean `account_manager`?)',
    ]);
  });

  it('says what a portfolio needs when it is empty or has no engagements', () => {
    expect(errorsOf('')).toEqual([
      'portfolio.yml:1:1  (file)  is empty: a portfolio file needs at least `portfolio` and `engagements` (start from examples/portfolio/portfolio.yml)',
    ]);
    expect(errorsOf('portfolio:\n  name: S\n  time_zone: UTC\nengagements: []\n')).toEqual([
      'portfolio.yml:4:14  engagements  must list at least one engagement',
    ]);
  });

  it('is checked by `validate`, by its name or with --portfolio', async () => {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
    expect(await validateCommand.run([EXAMPLE])).toBe(0);
    expect(out.join('\n')).toMatch(/portfolio "Sông Hàn Studio" is valid — 3 engagements, 2 groups/);
    out.length = 0;
    // The engagement file read as a portfolio file fails with the portfolio's own errors.
    expect(await validateCommand.run(['--portfolio', '--json', 'examples/engagement.minimal.yml'])).toBe(1);
    const json = JSON.parse(out.join('\n')) as { ok: boolean; errors: Array<{ path: string }> };
    expect(json.ok).toBe(false);
    expect(json.errors.map((e) => e.path)).toEqual(['portfolio', 'engagement', 'contacts', 'milestones']);
  });
});
