// What the vendor's people owe across the portfolio, as the portfolio job last saw it: the shell reads
// the portfolio-load file and hands it to the planner like the snapshot, so that the reply to an
// `/extend` can weigh the new window against other clients' deadlines. The file's format and its
// reader live in src/portfolio/load-file.ts.

export const LOAD_FORMAT = 'engagement-keeper/portfolio-load';
export const LOAD_VERSION = 1;

/** One vendor-owned handoff one person still owes on one engagement. */
export interface OwedHandoff {
  readonly person: string;
  /** `owner/name` of the engagement. */
  readonly repository: string;
  readonly engagement: string;
  readonly milestone: string;
  readonly title: string;
  /** ISO instant. */
  readonly due: string;
  readonly url: string | null;
}

export interface PortfolioLoad {
  readonly format: typeof LOAD_FORMAT;
  readonly version: typeof LOAD_VERSION;
  /** ISO instant. */
  readonly generatedAt: string;
  readonly owed: readonly OwedHandoff[];
}

/** What these people owe on other engagements between two instants (the window an extension opens). */
export function owedInWindow(
  load: PortfolioLoad,
  people: readonly string[],
  ownRepository: string,
  from: Date,
  to: Date,
): OwedHandoff[] {
  const wanted = new Set(people.map((p) => p.toLowerCase()));
  return load.owed.filter(
    (o) =>
      wanted.has(o.person.toLowerCase()) &&
      o.repository.toLowerCase() !== ownRepository.toLowerCase() &&
      new Date(o.due).getTime() >= from.getTime() &&
      new Date(o.due).getTime() <= to.getTime(),
  );
}
