// The action in-process against the HTTP fake, with a runner that records every log line and the
// annotations, for hostile-input tests that look at what a person reads in the workflow log.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActionIO, Annotation } from '../../src/action/io';
import { runAction } from '../../src/action/run';
import { fakeClock, fastPacing } from '../../fake-github/pacing';
import { WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';

export interface RecordedRun {
  readonly code: number;
  readonly log: string[];
  readonly annotations: Array<{ level: string; message: string; annotation?: Annotation }>;
  readonly outputs: Record<string, string>;
  readonly failed: string | null;
}

export async function runActionOn(
  fake: FakeGitHub,
  inputs: Record<string, string>,
  eventName = 'schedule',
  payload: object = {},
): Promise<RecordedRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ek-hostile-'));
  const eventPath = path.join(dir, 'event.json');
  await writeFile(eventPath, JSON.stringify(payload));
  const log: string[] = [];
  const annotations: RecordedRun['annotations'] = [];
  const outputs: Record<string, string> = {};
  let failed: string | null = null;
  const annotate = (level: string) => (message: string, annotation?: Annotation) => {
    log.push(`${level} ${message}`);
    annotations.push({ level, message, ...(annotation ? { annotation } : {}) });
  };
  const io: ActionIO = {
    getInput: (name) =>
      ({ 'github-token': WORKFLOW_TOKEN, 'workflow-token': WORKFLOW_TOKEN, ...inputs })[name] ?? '',
    setOutput: (name, value) => (outputs[name] = String(value)),
    info: (m) => log.push(`info ${m}`),
    notice: (m) => log.push(`notice ${m}`),
    warning: annotate('warning'),
    error: annotate('error'),
    setFailed: (m) => (failed = m),
    writeSummary: async (m) => void log.push(`summary ${m}`),
  };
  const code = await runAction({
    io,
    env: {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${fake.repo.owner}/${fake.repo.name}`,
      GITHUB_API_URL: fake.url,
    },
    clock: fakeClock(),
    pacing: fastPacing(),
    createRetryBaseMs: 1,
  });
  return { code, log, annotations, outputs, failed };
}
