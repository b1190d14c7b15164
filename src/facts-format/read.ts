// Reads a facts document written by any run: checks the format and version first, so a file from a
// newer action says "upgrade" instead of listing every field it does not recognise.
import { FACTS_FORMAT, FACTS_VERSION, factsSchemas, type RunFacts } from './schema';

export type ReadFactsResult = { ok: true; facts: RunFacts } | { ok: false; problem: string };

export function readFacts(text: string, source: string): ReadFactsResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `${source} is not JSON (${(error as Error).message}).` };
  }
  const head = (typeof data === 'object' && data !== null ? data : {}) as {
    format?: unknown;
    version?: unknown;
  };
  if (head.format !== FACTS_FORMAT) {
    return {
      ok: false,
      problem: `${source} is not an engagement-keeper facts file (no \`format: ${FACTS_FORMAT}\`).`,
    };
  }
  if (typeof head.version !== 'number' || head.version > FACTS_VERSION) {
    return {
      ok: false,
      problem: `${source} is facts version ${String(head.version)}; this engagement-keeper reads version ${FACTS_VERSION}: use the same release for every job of the workflow.`,
    };
  }
  const parsed = factsSchemas().runFactsSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') || '(top)' : '(top)';
    const more = parsed.error.issues.length - 1;
    return {
      ok: false,
      problem: `${source}: \`${where}\` ${first?.message ?? 'is not valid'}${more > 0 ? ` (and ${more} more problems)` : ''}.`,
    };
  }
  return { ok: true, facts: parsed.data };
}
