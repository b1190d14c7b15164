// Pairs each engagement of the portfolio file with the facts its run left. An engagement whose run
// left no facts (the job died before the action ran: no token, no runner) is failed too: the
// portfolio never silently drops an engagement.
import type { FailureKind, OkFacts, RunFacts } from '../facts-format';
import type { Portfolio, PortfolioEngagement } from './schema';

export interface PortfolioRow {
  readonly entry: PortfolioEngagement;
  /** The group's name (or id), when the engagement belongs to one. */
  readonly team: string | null;
  /** The engagement's account manager: the entry's, the group's, else the engagement file's. */
  readonly accountManager: string | null;
  readonly outcome:
    | { readonly kind: 'ok'; readonly facts: OkFacts }
    | { readonly kind: 'failed'; readonly failure: RowFailure };
}

/**
 * Why an engagement has no figures: its run's failure code (`no_facts` when its job left none, `null`
 * from a file written before runs gave a code), the run's English line and its located errors.
 */
export interface RowFailure {
  readonly kind: FailureKind | 'no_facts' | null;
  readonly reason: string;
  readonly details: readonly string[];
  readonly status: number | null;
  /** The repository (`owner/name`) where GitHub refused the run's writes; null for other failures. */
  readonly repository: string | null;
}

const NO_FACTS: RowFailure = {
  kind: 'no_facts',
  reason: 'no facts arrived from its job',
  details: [],
  status: null,
  repository: null,
};

export interface FactsInput {
  /** Where the facts came from (an artifact file name), for notes. */
  readonly source: string;
  readonly facts: RunFacts;
}

export interface Rows {
  readonly rows: readonly PortfolioRow[];
  /** Facts no engagement of the portfolio file asked for (an old artifact, a renamed repository). */
  readonly strays: readonly string[];
}

function keyOf(repository: string, config: string): string {
  return `${repository.toLowerCase()}\u0000${config.replace(/^\.\//u, '')}`;
}

export function pairRows(portfolio: Portfolio, inputs: readonly FactsInput[]): Rows {
  const byKey = new Map<string, FactsInput>();
  for (const input of inputs) {
    const { owner, name } = input.facts.repository;
    const key = keyOf(`${owner}/${name}`, input.facts.configPath);
    const known = byKey.get(key);
    // Two files for one engagement (a rerun's artifact): the newer facts stand.
    if (!known || known.facts.generatedAt < input.facts.generatedAt) byKey.set(key, input);
  }
  const used = new Set<string>();
  const rows = portfolio.engagements.map((entry): PortfolioRow => {
    const key = keyOf(entry.repository, entry.config);
    const found = byKey.get(key);
    if (found) used.add(key);
    const group = portfolio.groups.find((g) => g.id === entry.group);
    const facts = found?.facts;
    return {
      entry,
      team: group ? (group.name ?? group.id) : null,
      accountManager:
        entry.account_manager ??
        group?.account_manager ??
        (facts?.outcome === 'ok' ? facts.engagement.accountManager : null),
      outcome: !facts
        ? { kind: 'failed', failure: NO_FACTS }
        : facts.outcome === 'ok'
          ? { kind: 'ok', facts }
          : {
              kind: 'failed',
              failure: {
                kind: facts.failure.kind ?? null,
                reason: facts.failure.reason,
                details: facts.failure.details,
                status: facts.failure.status ?? null,
                repository:
                  facts.failure.repository ??
                  (facts.failure.kind === 'write_permission'
                    ? `${facts.repository.owner}/${facts.repository.name}`
                    : null),
              },
            },
    };
  });
  const strays = [...byKey.entries()].filter(([key]) => !used.has(key)).map(([, input]) => input.source);
  return { rows, strays };
}
