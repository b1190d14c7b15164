// One run of the whole action (runAction) against a GitHub fake, with every output, log line,
// annotation and the job summary recorded: the one recorder the runtime, hostile, end-to-end, budget
// and portfolio tests share.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActionIO, Annotation } from '../../src/action/io';
import { runAction } from '../../src/action/run';
import { WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import { fakeClock, fastPacing } from '../../fake-github/pacing';
import { runThenRerunQuietly, type FakeRunOutcome } from './quiet-rerun';

/** The tokens every run needs, as the workflow passes them. */
export const TOKEN_INPUTS: Readonly<Record<string, string>> = {
  'github-token': WORKFLOW_TOKEN,
  'workflow-token': WORKFLOW_TOKEN,
};

export interface RecordedRun {
  readonly code: number;
  /** Every line the run logged, as `level message`; the job summary as `summary text`. */
  readonly log: string[];
  readonly annotations: Array<{ level: string; message: string; annotation?: Annotation }>;
  readonly outputs: Record<string, string>;
  readonly failed: string | null;
  /** The job summary, as written. */
  readonly summary: string;
}

export interface ActionRun {
  /** The action's inputs, exactly (TOKEN_INPUTS is not added). */
  readonly inputs: Readonly<Record<string, string>>;
  /** The event that started the workflow; a schedule by default. */
  readonly event?: { readonly name: string; readonly payload: object };
  /** Environment beyond the event and the fake's repository and address (a workspace, RUNNER_TEMP). */
  readonly env?: Readonly<Record<string, string>>;
  /** Where the clock starts (pacing sleeps move it forward); the real time by default. */
  readonly clockStart?: number;
}

/**
 * One run of the action on the fake, recorded. The harness reruns it unchanged right after it, off the
 * record (test/support/quiet-rerun.ts): that rerun must write nothing.
 */
export async function recordActionRun(fake: FakeGitHub, run: ActionRun): Promise<RecordedRun> {
  const dryRun = (run.inputs['dry-run'] ?? '').trim().toLowerCase() === 'true';
  const outcomeOf = (recorded: RecordedRun): FakeRunOutcome => ({
    code: recorded.code,
    // A dry run plans the same writes every time and writes none: only what it sends counts.
    planned: dryRun ? [] : plannedWrites(recorded.outputs),
    remaining: Number(recorded.outputs.remaining ?? 0) || 0,
  });
  return runThenRerunQuietly(
    fake,
    `${run.event?.name ?? 'schedule'} run at ${run.inputs.now ?? 'the clock'}`,
    () => runOnce(fake, run),
    outcomeOf,
    async () => outcomeOf(await runOnce(fake, run)),
  );
}

/** The plan output's writes as `kind → target: reason`. */
export function plannedWrites(outputs: Readonly<Record<string, string>>): string[] {
  if (!outputs.plan) return [];
  const plan = JSON.parse(outputs.plan) as {
    writes: Array<{ kind: string; reason: string; issue?: unknown }>;
  };
  return plan.writes.map((w) => `${w.kind} → ${JSON.stringify(w.issue ?? '')}: ${w.reason}`);
}

async function runOnce(fake: FakeGitHub, run: ActionRun): Promise<RecordedRun> {
  const event = run.event ?? { name: 'schedule', payload: {} };
  const eventPath = path.join(await mkdtemp(path.join(tmpdir(), 'ek-run-')), 'event.json');
  await writeFile(eventPath, JSON.stringify(event.payload));
  const log: string[] = [];
  const annotations: RecordedRun['annotations'] = [];
  const outputs: Record<string, string> = {};
  let failed: string | null = null;
  let summary = '';
  const annotate = (level: string) => (message: string, annotation?: Annotation) => {
    log.push(`${level} ${message}`);
    annotations.push({ level, message, ...(annotation ? { annotation } : {}) });
  };
  const io: ActionIO = {
    getInput: (name) => run.inputs[name] ?? '',
    setOutput: (name, value) => void (outputs[name] = String(value)),
    info: (m) => void log.push(`info ${m}`),
    notice: (m) => void log.push(`notice ${m}`),
    warning: annotate('warning'),
    error: annotate('error'),
    setFailed: (m) => void (failed = m),
    writeSummary: async (m) => {
      log.push(`summary ${m}`);
      summary += m;
    },
  };
  const code = await runAction({
    io,
    env: {
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${fake.repo.owner}/${fake.repo.name}`,
      GITHUB_API_URL: fake.url,
      ...run.env,
    },
    clock: fakeClock(run.clockStart),
    pacing: fastPacing(),
    createRetryBaseMs: 1,
  });
  return { code, log, annotations, outputs, failed, summary };
}
