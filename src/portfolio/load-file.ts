// The portfolio-load file: every handoff the vendor's people still owe, across all engagements, as the
// latest facts tell. The portfolio job writes it; an engagement run reads it (the `portfolio-load`
// input) so that the answer to an `/extend` proposal names what the same people already owe elsewhere
// in the new window — an extension must not silently collide with another client's deadline.
import { z } from 'zod';
import { LOAD_FORMAT, LOAD_VERSION, type PortfolioLoad } from '../core/portfolio-load';
import { isOpenHandoff } from './figures';
import { pairRows, type FactsInput } from './rows';
import type { Portfolio } from './schema';

export { LOAD_FORMAT, LOAD_VERSION, type PortfolioLoad };

const owedSchema = z.object({
  person: z.string(),
  repository: z.string().meta({ description: '`owner/name` of the engagement.' }),
  engagement: z.string(),
  milestone: z.string(),
  title: z.string(),
  due: z.iso.datetime({ offset: true }),
  url: z.string().nullable(),
});

export const portfolioLoadSchema = z.object({
  format: z.literal(LOAD_FORMAT),
  version: z.literal(LOAD_VERSION),
  generatedAt: z.iso.datetime({ offset: true }),
  owed: z.array(owedSchema),
});

export function portfolioLoad(portfolio: Portfolio, facts: readonly FactsInput[], now: Date): PortfolioLoad {
  const { rows } = pairRows(portfolio, facts);
  const owed = rows.flatMap((row) => {
    if (row.outcome.kind !== 'ok') return [];
    const f = row.outcome.facts;
    return f.milestones
      .filter((m) => m.owner === 'vendor' && isOpenHandoff(m))
      .flatMap((m) =>
        m.people.map((person) => ({
          person,
          repository: `${f.repository.owner}/${f.repository.name}`,
          engagement: f.engagement.name,
          milestone: m.id,
          title: m.title,
          due: m.governingDue,
          url: m.url,
        })),
      );
  });
  owed.sort((a, b) => a.due.localeCompare(b.due) || a.person.localeCompare(b.person));
  return { format: LOAD_FORMAT, version: LOAD_VERSION, generatedAt: now.toISOString(), owed };
}
