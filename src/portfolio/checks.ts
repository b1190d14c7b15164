// Checks of the portfolio file beyond the schema: ids and repositories listed once, groups that
// exist, a real time zone and holiday country.
import { holidayCountryProblems, timeZoneProblems } from '../engagement/checks';
import type { Problem } from '../engagement/issues';
import { didYouMean } from '../engagement/suggest';
import type { Portfolio } from './schema';

function error(path: Problem['path'], message: string, hint?: string): Problem {
  return { path, message, hint, at: 'value', severity: 'error' };
}

/** The second and later entries that repeat a key, each pointing at where it was first written. */
function repeats<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  report: (item: T, index: number, first: number) => Problem,
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push(report(item, index, first));
  });
  return problems;
}

function checkEngagements(portfolio: Pick<Portfolio, 'engagements' | 'groups'>): Problem[] {
  const { engagements, groups } = portfolio;
  const groupIds = groups.map((group) => group.id);
  return [
    ...repeats(
      engagements,
      (e) => e.id,
      (e, index, first) =>
        error(
          ['engagements', index, 'id'],
          `\`${e.id}\` is already the id of engagements[${first}]`,
          'give each engagement its own id',
        ),
    ),
    ...repeats(
      engagements,
      (e) => `${e.repository.toLowerCase()}\u0000${e.config}`,
      (e, index, first) =>
        error(
          ['engagements', index, 'repository'],
          `\`${e.repository}\` with \`${e.config}\` is already engagements[${first}]`,
          'one engagement file runs once: remove this entry, or point `config` at another engagement file',
        ),
    ),
    ...engagements.flatMap((e, index) =>
      e.group === undefined || groupIds.includes(e.group)
        ? []
        : [
            error(
              ['engagements', index, 'group'],
              `\`${e.group}\` is not the id of a group`,
              didYouMean(e.group, groupIds) ??
                (groupIds.length > 0 ? `known groups: ${groupIds.join(', ')}` : 'add it under `groups:`'),
            ),
          ],
    ),
  ];
}

function checkGroups(portfolio: Pick<Portfolio, 'groups'>): Problem[] {
  return repeats(
    portfolio.groups,
    (g) => g.id,
    (g, index, first) => error(['groups', index, 'id'], `\`${g.id}\` is already the id of groups[${first}]`),
  );
}

/** The checks whose sections passed the schema, so every error is reported in one run. */
export function checkPortfolioSections(sections: Partial<Portfolio>): Problem[] {
  const problems: Problem[] = [];
  if (sections.portfolio)
    problems.push(...timeZoneProblems(sections.portfolio.time_zone, ['portfolio', 'time_zone']));
  if (sections.calendar)
    problems.push(...holidayCountryProblems(sections.calendar.holidays, ['calendar', 'holidays']));
  if (sections.groups) problems.push(...checkGroups({ groups: sections.groups }));
  if (sections.engagements && sections.groups) {
    problems.push(...checkEngagements({ engagements: sections.engagements, groups: sections.groups }));
  }
  return problems;
}
