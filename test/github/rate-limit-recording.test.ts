// GitHub's own `rateLimit { cost remaining }` of every GraphQL read the action sends reaches the job
// summary (issue #16): the identity query and the pin lookup included, a run that fails part-way
// included (the summary file still gets the cost of what it spent), and the portfolio jobs too.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../../fake-github';
import { fakeClock, fastPacing } from '../../fake-github/pacing';
import { coreIO } from '../../src/action/core-io';
import type { ActionIO } from '../../src/action/io';
import { runAction } from '../../src/action/run';
import { recordActionRun } from '../support/action-run';
import { optOutOfQuietRerun } from '../support/quiet-rerun';

/** A personal access token: GitHub answers its `viewer` query (the workflow token's is refused). */
const PERSONAL_TOKEN = 'ghp_person';
const PERSONAL_LOGIN = 'ek-keeper';

/** When the example's kickoff is opened and pinned (as in test/e2e/kickoff.e2e.test.ts). */
const KICKOFF_NOW = new Date('2026-11-02T08:00:00+07:00').toISOString().replace(/\.000Z$/u, 'Z');

let fake: FakeGitHub | null = null;
afterEach(async () => {
  if (fake) {
    expect(fake.violations).toEqual([]);
    await fake.close();
  }
  fake = null;
});

async function startFake(): Promise<FakeGitHub> {
  let current = new Date(KICKOFF_NOW);
  const started = await startFakeGitHub({
    clock: () => current,
    tokens: { [WORKFLOW_TOKEN]: null, [PERSONAL_TOKEN]: PERSONAL_LOGIN },
  });
  current = new Date(KICKOFF_NOW);
  started.repo.files.set('.github/engagement.yml', await readFile('examples/engagement.yml', 'utf8'));
  for (const login of ['lan-bepxanh', 'quang-songhan']) started.repo.user(login);
  return started;
}

/** The GraphQL rows of the summary's "Requests to GitHub" table: operation names, in order. */
function recordedOperations(summary: string): string[] {
  const section = summary.slice(summary.indexOf('### Requests to GitHub'));
  return [...section.matchAll(/^\| \d+ \| (\w+) \| \d+ \| \d+ \|$/gmu)].map((match) => match[1]!);
}

/** The reads (not mutations) the fake answered with data. */
function answeredReads(github: FakeGitHub): number {
  return github.requests.filter((r) => r.path === '/graphql' && r.status === 200 && !r.mutation).length;
}

describe('rateLimit of every GraphQL read, in the job summary', () => {
  it('lists the identity query of a run that pins the kickoff (by the id its creation gave: no lookup)', async () => {
    fake = await startFake();
    const result = await recordActionRun(fake, {
      inputs: { 'github-token': PERSONAL_TOKEN, 'workflow-token': WORKFLOW_TOKEN, now: KICKOFF_NOW },
      clockStart: Date.parse(KICKOFF_NOW),
    });
    expect(result.code, `${result.failed}\n${result.log.join('\n')}`).toBe(0);
    expect(fake.writes().some((w) => w.mutation && /pinIssue/u.test(w.query ?? ''))).toBe(true);
    const operations = recordedOperations(result.summary);
    expect(operations[0]).toBe('EngagementKeeperViewer');
    expect(operations).not.toContain('EngagementKeeperPinLookup');
    expect(operations).toContain('EngagementKeeperScan');
    expect(operations).not.toContain('anonymous');
  });

  it('every GraphQL query document the action sends selects rateLimit', async () => {
    fake = await startFake();
    optOutOfQuietRerun('counts the requests of one run');
    const result = await runWith(fake, { 'github-token': PERSONAL_TOKEN });
    expect(result.code, result.failed ?? '').toBe(0);
    const reads = fake.requests.filter((r) => r.path === '/graphql' && !r.mutation && r.query);
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(read.query, read.query).toMatch(/rateLimit\s*\{\s*cost\s+remaining/u);
    expect(recordedOperations(result.summary)).toHaveLength(answeredReads(fake));
  });

  it('a run that fails part-way still writes the cost section to the job summary file, after the failure', async () => {
    optOutOfQuietRerun('the run fails on an injected fault: its rerun is the first run that reads');
    fake = await startFake();
    const github = fake;
    // The identity query is answered; every GraphQL request after it fails (the client's retries too).
    github.inject({
      match: /^POST \/graphql$/u,
      before: () => github.inject({ match: /^POST \/graphql$/u, status: 502, times: 50 }),
    });
    const result = await runWith(github, { 'github-token': PERSONAL_TOKEN });
    expect(result.code).toBe(1);
    expect(result.failed).toMatch(/^engagement-keeper: /u);
    const summary = result.file;
    expect(summary.trimEnd()).toBe(result.summary.trimEnd());
    // The failure comes first, then what the run spent.
    expect(summary.indexOf('failed')).toBeGreaterThanOrEqual(0);
    expect(summary.indexOf('failed')).toBeLessThan(summary.indexOf('### Requests to GitHub'));
    expect(summary).toContain(result.failed!.replace(/^engagement-keeper: /u, ''));
    expect(recordedOperations(summary)).toEqual(['EngagementKeeperViewer']);
    expect(summary).toMatch(/^\d+ GraphQL \(1 points\), \d+ REST/mu);
  });

  it("a run stopped by GitHub's rate limit writes the cost section too, and exits 0", async () => {
    optOutOfQuietRerun('the run is stopped by an injected rate limit');
    fake = await startFake();
    const github = fake;
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    github.inject({
      match: /^POST \/graphql$/u,
      before: () =>
        github.inject({
          match: /^POST \/graphql$/u,
          status: 403,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
          message: 'API rate limit exceeded',
          times: 50,
        }),
    });
    const result = await runWith(github, { 'github-token': PERSONAL_TOKEN });
    expect(result.code, result.log.join('\n')).toBe(0);
    expect(result.file).toContain('### Requests to GitHub');
    expect(recordedOperations(result.file)).toEqual(['EngagementKeeperViewer']);
  });
});

describe('rateLimit in the portfolio jobs', () => {
  it('the aggregate job and its dry run have the cost section', async () => {
    fake = await startFakeGitHub({
      owner: 'songhan',
      repo: 'ops',
      tokens: { [WORKFLOW_TOKEN]: null, [PERSONAL_TOKEN]: PERSONAL_LOGIN },
    });
    fake.repo.files.set('.github/portfolio.yml', await readFile('examples/portfolio/portfolio.yml', 'utf8'));
    const now = '2026-11-30T03:00:00Z';
    for (const dryRun of ['true', 'false']) {
      const job = await recordActionRun(fake, {
        inputs: {
          'github-token': PERSONAL_TOKEN,
          'workflow-token': WORKFLOW_TOKEN,
          'portfolio-mode': 'aggregate',
          portfolio: '.github/portfolio.yml',
          'portfolio-facts': await mkdtemp(path.join(tmpdir(), 'ek-rate-facts-')),
          'dry-run': dryRun,
          now,
        },
        clockStart: Date.parse(now),
      });
      expect(job.code, `${job.failed}\n${job.log.join('\n')}`).toBe(0);
      expect(job.summary).toContain('### Requests to GitHub');
      const operations = recordedOperations(job.summary);
      expect(operations[0]).toBe('EngagementKeeperViewer');
      expect(operations).toContain('EngagementKeeperScan');
    }
  });
});

interface FileRun {
  readonly code: number;
  readonly failed: string | null;
  readonly log: string[];
  /** What the run passed to writeSummary. */
  readonly summary: string;
  /** The job summary file (GITHUB_STEP_SUMMARY) as @actions/core left it. */
  readonly file: string;
}

let summaryFile: string | undefined;

/** One run of the action, its job summary written to a GITHUB_STEP_SUMMARY file as on a runner. */
async function runWith(github: FakeGitHub, inputs: Record<string, string>): Promise<FileRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ek-rate-'));
  const eventPath = path.join(dir, 'event.json');
  // @actions/core keeps the first summary path it is given: every run of this file shares one, emptied.
  summaryFile ??= path.join(dir, 'summary.md');
  const summaryPath = summaryFile;
  await writeFile(eventPath, '{}');
  await writeFile(summaryPath, '');
  const all: Record<string, string> = { 'workflow-token': WORKFLOW_TOKEN, now: KICKOFF_NOW, ...inputs };
  const log: string[] = [];
  let failed: string | null = null;
  let summary = '';
  const io: ActionIO = {
    getInput: (name) => all[name] ?? '',
    setOutput: () => undefined,
    info: (m) => void log.push(`info ${m}`),
    notice: (m) => void log.push(`notice ${m}`),
    warning: (m) => void log.push(`warning ${m}`),
    error: (m) => void log.push(`error ${m}`),
    setFailed: (m) => {
      log.push(`failed ${m}`);
      failed = m;
    },
    writeSummary: async (m) => {
      log.push(`summary ${m}`);
      summary += m;
      await coreIO.writeSummary(m);
    },
  };
  const previous = process.env.GITHUB_STEP_SUMMARY;
  process.env.GITHUB_STEP_SUMMARY = summaryPath;
  let code: number;
  try {
    code = await runAction({
      io,
      env: {
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: `${github.repo.owner}/${github.repo.name}`,
        GITHUB_API_URL: github.url,
      },
      clock: fakeClock(Date.parse(KICKOFF_NOW)),
      pacing: fastPacing(),
      createRetryBaseMs: 1,
    });
  } finally {
    if (previous === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = previous;
  }
  return { code, failed, log, summary, file: await readFile(summaryPath, 'utf8') };
}
