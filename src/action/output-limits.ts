// GitHub's limits on what a step hands back: 1 MB for all of a step's outputs together, 1 MiB for
// the job summary. A run on a large repository plans more than that, so the `plan` output and the
// summary's plan table are cut to fit, saying how much was left out; the whole plan always goes to a
// file that the workflow can upload as an artifact.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plan } from '../core/plan';

/** Room for the `plan` output, leaving the rest of GitHub's 1 MB for the other outputs. */
export const PLAN_OUTPUT_BYTES = 900_000;
/** GitHub's limit for one step's job summary. */
export const SUMMARY_BYTES = 1024 * 1024;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * `{ writes, notes, omitted, file }`: as many writes as fit in `limit` bytes, in plan order, and the
 * number left out. `file` is where the whole plan is.
 */
export function boundedPlanJson(
  plan: Plan,
  file: string | null,
  limit = PLAN_OUTPUT_BYTES,
): { json: string; omitted: number } {
  const whole = JSON.stringify({ ...plan, omitted: 0, file });
  if (bytes(whole) <= limit) return { json: whole, omitted: 0 };
  const frame = bytes(JSON.stringify({ writes: [], notes: plan.notes, omitted: plan.writes.length, file }));
  let used = frame;
  const kept: string[] = [];
  for (const write of plan.writes) {
    const text = JSON.stringify(write);
    if (used + bytes(text) + 1 > limit) break;
    kept.push(text);
    used += bytes(text) + 1;
  }
  const omitted = plan.writes.length - kept.length;
  const json = `{"writes":[${kept.join(',')}],"notes":${JSON.stringify(plan.notes)},"omitted":${omitted},"file":${JSON.stringify(file)}}`;
  return { json, omitted };
}

/** Writes the whole plan as JSON under the runner's temporary folder; returns the path. */
export async function writePlanFile(
  plan: Plan,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  const dir = env.RUNNER_TEMP || (await mkdtemp(path.join(tmpdir(), 'engagement-keeper-')));
  const file = path.join(dir, 'engagement-keeper-plan.json');
  await writeFile(file, `${JSON.stringify(plan, null, 2)}\n`, 'utf8');
  return file;
}

/**
 * The job summary within GitHub's limit: `head` and `tail` (the weekly report) are kept, the plan
 * tables between them are cut at a row, with a line saying how many rows were left out and where the
 * whole plan is.
 */
export function boundedSummary(
  head: string,
  tables: string,
  tail: string,
  file: string | null,
  limit = SUMMARY_BYTES,
): string {
  const room = limit - bytes(head) - bytes(tail) - 1024;
  if (bytes(tables) <= room) return `${head}${tables}${tail}`;
  const lines = tables.split('\n');
  const kept: string[] = [];
  let used = 0;
  let index = 0;
  for (; index < lines.length; index += 1) {
    const size = bytes(lines[index]!) + 1;
    if (used + size > room) break;
    kept.push(lines[index]!);
    used += size;
  }
  const left = lines.slice(index).filter((line) => /^\| \d+ \|/u.test(line)).length;
  const where = file
    ? ` the whole plan is in \`${path.basename(file)}\` (the \`plan-file\` output, uploaded as an artifact)`
    : '';
  return `${head}${kept.join('\n')}\n\n_… ${left} more row(s) left out: a job summary holds at most 1 MiB;${where}._\n${tail}`;
}
