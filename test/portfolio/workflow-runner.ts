// The ops repository's portfolio workflow (examples/portfolio/workflow.yml) played on the local fake of
// GitHub: every job runs the real action (runAction, in-process) with the inputs the workflow gives it
// on top of action.yml's defaults, on a runner of its own (its own temporary folder), and what the
// workflow moves between jobs (the matrix output, the facts artifacts, the cached portfolio-load
// file) moves through files as it does on GitHub. Each repository is its own fake server, so "the
// aggregate job reads no client repository" is a count of requests, not a promise.
import { copyFile, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import { recordActionRun } from '../support/action-run';

/** The App installation token `actions/create-github-app-token` gives each engagement job. */
export const APP_TOKEN = 'ghs_app_installation_token';
/** Who that token writes as: `${{ steps.token.outputs.app-slug }}[bot]` in the workflow. */
export const APP_BOT = 'engagement-keeper[bot]';

export interface JobResult {
  readonly code: number;
  readonly outputs: Readonly<Record<string, string>>;
  readonly log: readonly string[];
  readonly failed: string | null;
  readonly summary: string;
  /** REST writes the job's repository received. */
  readonly restWrites: number;
}

export interface MatrixEntry {
  readonly id: string;
  readonly repository: string;
  readonly owner: string;
  readonly name: string;
  readonly config: string;
}

/** action.yml's defaults, `${{ github.token }}` being the workflow's token, as the runner fills them. */
async function actionDefaults(): Promise<Record<string, string>> {
  const action = parse(await readFile('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    defaults[name] = String(input.default ?? '').replace('${{ github.token }}', WORKFLOW_TOKEN);
  }
  return defaults;
}

const restWrites = (fake: FakeGitHub): number => fake.restWrites().length;

export interface Agency {
  readonly ops: FakeGitHub;
  readonly clients: ReadonlyMap<string, FakeGitHub>;
  /** Every request any client repository received so far. */
  clientRequests(): number;
  /** The workflow's three stages at `now`; `load` is the portfolio-load file the cache restores. */
  list(now: string): Promise<JobResult>;
  engagement(entry: MatrixEntry, now: string, artifacts: string, load: string | null): Promise<JobResult>;
  aggregate(now: string, artifacts: string): Promise<JobResult & { load: string | null }>;
  /** A new folder for one workflow run's artifacts. */
  artifactsFolder(): Promise<string>;
  close(): Promise<void>;
}

export async function startAgency(
  opsFiles: Record<string, string>,
  clients: Record<string, Record<string, string>>,
): Promise<Agency> {
  let current = new Date('2026-11-30T00:00:00Z');
  const clock = () => current;
  const tokens = { [WORKFLOW_TOKEN]: null, [APP_TOKEN]: { app: APP_BOT } };
  const ops = await startFakeGitHub({ owner: 'songhan', repo: 'ops', clock, tokens });
  const fakes = new Map<string, FakeGitHub>();
  for (const [repository, files] of Object.entries(clients)) {
    const [owner = '', repo = ''] = repository.split('/');
    const fake = await startFakeGitHub({ owner, repo, clock, tokens });
    for (const [file, text] of Object.entries(files)) fake.repo.files.set(file, text);
    fakes.set(repository, fake);
  }
  const root = await mkdtemp(path.join(tmpdir(), 'ek-portfolio-'));
  // The ops repository as actions/checkout leaves it.
  const workspace = path.join(root, 'ops-workspace');
  for (const [file, text] of Object.entries(opsFiles)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), text);
  }
  const defaults = await actionDefaults();
  let runners = 0;

  async function job(fake: FakeGitHub, now: string, inputs: Record<string, string>, temp: string) {
    current = new Date(now);
    const before = restWrites(fake);
    const { code, outputs, log, failed, summary } = await recordActionRun(fake, {
      inputs: { ...defaults, now, ...inputs },
      env: {
        // Every job of the workflow runs in the ops repository; `repository` names the client's.
        GITHUB_REPOSITORY: 'songhan/ops',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: temp,
      },
      clockStart: current.getTime(),
    });
    return { code, outputs, log, failed, summary, restWrites: restWrites(fake) - before };
  }

  const runnerTemp = async (): Promise<string> => {
    runners += 1;
    const temp = path.join(root, `runner-${runners}`);
    await mkdir(temp, { recursive: true });
    return temp;
  };

  return {
    ops,
    clients: fakes,
    clientRequests: () => [...fakes.values()].reduce((sum, fake) => sum + fake.requests.length, 0),
    async list(now) {
      return job(
        ops,
        now,
        { 'portfolio-mode': 'list', portfolio: '.github/portfolio.yml' },
        await runnerTemp(),
      );
    },
    async engagement(entry, now, artifacts, load) {
      const fake = fakes.get(entry.repository);
      if (!fake) throw new Error(`no fake for ${entry.repository}`);
      const temp = await runnerTemp();
      const factsFile = path.join(temp, 'facts', `${entry.id}.json`);
      const loadFile = path.join(temp, 'portfolio-load.json');
      // actions/cache/restore: the latest portfolio-load file, when a portfolio run saved one.
      if (load) await copyFile(load, loadFile);
      const result = await job(
        fake,
        now,
        {
          'github-token': APP_TOKEN,
          'bot-login': APP_BOT,
          repository: entry.repository,
          config: entry.config,
          'facts-file': factsFile,
          'portfolio-load': loadFile,
        },
        temp,
      );
      // actions/upload-artifact with `if: always()` and `if-no-files-found: ignore`.
      if (await exists(factsFile)) {
        const artifact = path.join(artifacts, `facts-${entry.id}`);
        await mkdir(artifact, { recursive: true });
        await copyFile(factsFile, path.join(artifact, `${entry.id}.json`));
      }
      return result;
    },
    async aggregate(now, artifacts) {
      const temp = await runnerTemp();
      const result = await job(
        ops,
        now,
        { 'portfolio-mode': 'aggregate', portfolio: '.github/portfolio.yml', 'portfolio-facts': artifacts },
        temp,
      );
      const load = path.join(temp, 'portfolio-load.json');
      return { ...result, load: (await exists(load)) ? load : null };
    },
    async artifactsFolder() {
      runners += 1;
      const folder = path.join(root, `artifacts-${runners}`);
      await mkdir(folder, { recursive: true });
      return folder;
    },
    async close() {
      await ops.close();
      for (const fake of fakes.values()) await fake.close();
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
