// The portfolio-load file: every handoff the vendor's people still owe, across all engagements, as the
// latest facts tell. The portfolio job writes it; an engagement run reads it (the `portfolio-load`
// input) so that the answer to an `/extend` proposal names what the same people already owe elsewhere
// in the new window — an extension must not silently collide with another client's deadline.
import { z } from 'zod';
import { isOpenHandoff } from './figures';
import { pairRows, type FactsInput } from './rows';
import type { Portfolio } from './schema';

export const LOAD_FORMAT = 'engagement-keeper/portfolio-load';
export const LOAD_VERSION = 1;

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

export type PortfolioLoad = z.output<typeof portfolioLoadSchema>;
export type Owed = PortfolioLoad['owed'][number];

export function portfolioLoad(portfolio: Portfolio, facts: readonly FactsInput[], now: Date): PortfolioLoad {
  const { rows } = pairRows(portfolio, facts, '');
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

/** What these people owe on other engagements between two instants (the window an extension opens). */
export function owedInWindow(
  load: PortfolioLoad,
  people: readonly string[],
  ownRepository: string,
  from: Date,
  to: Date,
): Owed[] {
  const wanted = new Set(people.map((p) => p.toLowerCase()));
  return load.owed.filter(
    (o) =>
      wanted.has(o.person.toLowerCase()) &&
      o.repository.toLowerCase() !== ownRepository.toLowerCase() &&
      new Date(o.due).getTime() >= from.getTime() &&
      new Date(o.due).getTime() <= to.getTime(),
  );
}
