// Runs the COMMITTED bundle (dist/index.js) with node, as a runner would: INPUT_* variables, the event
// file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the API URLs pointing at the local fake.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import { startTunnel } from '../github/tunnel';

const bundle = path.resolve('dist/index.js');
const example = path.resolve('examples/engagement.yml');

let fake: FakeGitHub;
let dir: string;
beforeEach(async () => {
  fake = await startFakeGitHub();
  dir = await mkdtemp(path.join(tmpdir(), 'ek-e2e-'));
  await mkdir(path.join(dir, 'workspace', '.github'), { recursive: true });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

interface RunResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

async function runBundle(
  inputs: Record<string, string>,
  event: { name: string; payload: object },
  runner: Record<string, string> = {},
): Promise<RunResult> {
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output.txt');
  const summaryPath = path.join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(event.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${fake.repo.owner}/${fake.repo.name}`,
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
    GITHUB_WORKSPACE: path.join(dir, 'workspace'),
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    'INPUT_GITHUB-TOKEN': WORKFLOW_TOKEN,
    'INPUT_WORKFLOW-TOKEN': WORKFLOW_TOKEN,
    INPUT_CONFIG: '.github/engagement.yml',
    'INPUT_DRY-RUN': 'false',
    'INPUT_OPERATIONS-PER-RUN': '100',
    INPUT_NOW: '',
    INPUT_LOCALE: '',
    'INPUT_SUMMARY-WEEK': '',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, runner);
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, [bundle], { env, timeout: 25_000 }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: `${out}${err}` });
    });
  });
  return {
    code,
    stdout,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
  };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gmu;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

const dispatch = { name: 'workflow_dispatch', payload: { sender: { login: 'quang-songhan' } } };

describe('dist/index.js as a runner runs it', () => {
  it('dry run: plans from the example engagement, writes nothing, fills the plan output and the job summary', async () => {
    await writeFile(
      path.join(dir, 'workspace', '.github', 'engagement.yml'),
      await readFile(example, 'utf8'),
    );
    const result = await runBundle({ 'dry-run': 'true', now: '2026-11-16T02:00:00Z' }, dispatch);
    expect(result.code, result.stdout).toBe(0);
    const plan = JSON.parse(result.outputs.plan ?? '{}') as {
      writes: Array<{ kind: string; reason: string }>;
    };
    expect(plan.writes.length).toBeGreaterThan(0);
    expect(Number(result.outputs.planned)).toBe(plan.writes.length);
    expect(result.summary).toContain('| # | Kind | Target | Reason |');
    expect(fake.requests.filter((r) => r.method !== 'GET' && r.operation !== 'graphql')).toEqual([]);
    expect(result.stdout).toMatch(/dry run/u);
  });

  it("reads through the runner's proxy: undici, left out of the start, is loaded when a proxy is set", async () => {
    await writeFile(
      path.join(dir, 'workspace', '.github', 'engagement.yml'),
      await readFile(example, 'utf8'),
    );
    const tunnel = await startTunnel(new URL(fake.url));
    try {
      // A host nobody resolves: only the proxy can lead there.
      const api = `http://api.engagement-keeper.invalid:${new URL(fake.url).port}`;
      const result = await runBundle({ 'dry-run': 'true', now: '2026-11-16T02:00:00Z' }, dispatch, {
        GITHUB_API_URL: api,
        GITHUB_GRAPHQL_URL: `${api}/graphql`,
        http_proxy: tunnel.url,
        https_proxy: tunnel.url,
      });
      expect(result.code, result.stdout).toBe(0);
      expect(tunnel.asked.length).toBeGreaterThan(0);
      expect(Number(result.outputs.planned)).toBeGreaterThan(0);
    } finally {
      await tunnel.close();
    }
  });

  it('applies a plan within operations-per-run and says how many writes are left, reading the file through the API', async () => {
    fake.repo.files.set('.github/engagement.yml', await readFile(example, 'utf8'));
    const result = await runBundle({ 'operations-per-run': '2', now: '2026-11-16T02:00:00Z' }, dispatch);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.writes).toBe('2');
    expect(Number(result.outputs.remaining)).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/writes left for the next run/u);
    const writes = fake.requests.filter(
      (r) => r.method !== 'GET' && r.operation !== 'graphql' && r.status < 300,
    );
    expect(writes).toHaveLength(2);
  });

  it('stops at an invalid engagement file with an annotation at its line, and writes nothing', async () => {
    const broken = (await readFile(example, 'utf8')).replace(
      'time_zone: Asia/Ho_Chi_Minh',
      'time_zone: Asia/Hanoi_City',
    );
    await writeFile(path.join(dir, 'workspace', '.github', 'engagement.yml'), broken);
    const result = await runBundle({}, dispatch);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(
      /::error title=engagement file%3A [^,]+,file=\.github\/engagement\.yml,line=\d+,/u,
    );
    expect(fake.requests.filter((r) => r.method !== 'GET' && r.operation !== 'graphql')).toEqual([]);
  });

  it('ignores an event the action caused itself, and events it does not handle', async () => {
    const own = await runBundle(
      {},
      {
        name: 'issue_comment',
        payload: { action: 'created', issue: { number: 1 }, sender: { login: 'github-actions[bot]' } },
      },
    );
    expect(own.code, own.stdout).toBe(0);
    expect(own.stdout).toMatch(/::notice::.*caused by engagement-keeper itself/u);
    const push = await runBundle({}, { name: 'push', payload: {} });
    expect(push.code).toBe(0);
    expect(push.stdout).toMatch(/::notice::.*`push` is ignored/u);
  });
});
