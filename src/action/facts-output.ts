// Emits the run's facts: always to a file (the portfolio workflow uploads it as an artifact), and as
// the `facts` output when it fits. GitHub caps a job's outputs at 1 MB in all, so a large engagement's
// facts go by file only and the output says where.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunFacts } from '../facts-format';
import type { ActionIO } from './io';

/** Leaves room under GitHub's 1 MB for the other outputs of the job. */
export const FACTS_OUTPUT_LIMIT = 900_000;

export const DEFAULT_FACTS_FILE = 'engagement-keeper-facts.json';

/** The `facts-file` input, else a file in the runner's temporary folder; null outside a runner. */
export function factsPath(input: string, env: Readonly<Record<string, string | undefined>>): string | null {
  const written = input.trim();
  if (written) return path.resolve(env.GITHUB_WORKSPACE ?? '.', written);
  return env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, DEFAULT_FACTS_FILE) : null;
}

export async function emitFacts(io: ActionIO, facts: RunFacts, file: string | null): Promise<void> {
  if (file) {
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, `${JSON.stringify(facts, null, 2)}\n`);
      io.setOutput('facts-file', file);
    } catch (error) {
      io.warning(`Could not write the facts to ${file}: ${(error as Error).message}`);
    }
  }
  const compact = JSON.stringify(facts);
  if (Buffer.byteLength(compact) <= FACTS_OUTPUT_LIMIT) {
    io.setOutput('facts', compact);
  } else {
    io.setOutput('facts', '');
    io.notice(
      `The facts are ${Buffer.byteLength(compact)} bytes, over what a step output may hold: read them from ${file} (the \`facts-file\` output).`,
    );
  }
}
