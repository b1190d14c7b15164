// The whole portfolio workflow on the local fake: one ops repository and three client repositories,
// through the path examples/portfolio/workflow.yml takes — list → one engagement job per client with
// an App installation token, each leaving its facts as an artifact → aggregate keeps the portfolio
// issue. One client's engagement file is broken: its row says so with the reason, and the other two
// are unaffected. Every stage ends with an unchanged rerun that must write nothing.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { portfolioCommand } from '../../src/cli/commands/portfolio';
import { parseMarkers } from '../../src/core/markers';
import { readFacts } from '../../src/facts-format';
import { portfolioLoadSchema } from '../../src/portfolio/load-file';
import type { FakeGitHub } from '../../fake-github';
import { APP_BOT, startAgency, type Agency, type JobResult, type MatrixEntry } from './workflow-runner';

const vn = (date: string, time = '10:00'): string => new Date(`${date}T${time}:00+07:00`).toISOString();

const MONDAY = vn('2026-11-30');
const TUESDAY = vn('2026-12-01');
const WEDNESDAY = vn('2026-12-02');

/** Thuyền's booking app: the same vendor people, its own client, our design due on Thursday 3 Dec. */
function thuyenFile(example: string): string {
  const changed = example
    .replace('name: Bếp Xanh website rebuild', 'name: Thuyền booking app')
    .replace('client: Bếp Xanh Coffee JSC', 'client: Thuyền Travel')
    .replace(
      "primary: { handle: '@lan-bepxanh', name: Chị Lan }",
      "primary: { handle: '@hanh-thuyen', name: Chị Hạnh }",
    )
    .replace("alternates: ['@minh-bepxanh']", "alternates: ['@son-thuyen']")
    .replace("account_manager: '@thu-bepxanh'", "account_manager: '@linh-thuyen'")
    .replace('    due: 2026-11-27\n', '    due: 2026-12-18\n')
    .replace('    due: 2026-12-11\n    depends_on: [brand-assets]\n', '    due: 2026-12-03\n');
  expect(changed.match(/thuyen|Thuyền|2026-12-03|2026-12-18/gu)?.length).toBe(7);
  return changed;
}

/** Maison's file names a time zone that does not exist. */
function brokenFile(example: string): string {
  const broken = example
    .replace('name: Bếp Xanh website rebuild', 'name: Maison ceramics shop')
    .replace('time_zone: Asia/Ho_Chi_Minh', 'time_zone: Asia/Hanoi_City');
  expect(broken).toContain('Asia/Hanoi_City');
  return broken;
}

function portfolioIssues(ops: FakeGitHub) {
  return [...ops.repo.issues.values()].filter((issue) =>
    parseMarkers(issue.body).some((marker) => marker.kind === 'portfolio'),
  );
}

/** The portfolio report of a folder of artifacts as `engagement-keeper portfolio --facts` prints it. */
async function renderOffline(artifacts: string, locale: 'en' | 'vi'): Promise<string> {
  const config = path.join(await mkdtemp(path.join(tmpdir(), 'ek-portfolio-offline-')), 'portfolio.yml');
  const example = await readFile('examples/portfolio/portfolio.yml', 'utf8');
  await writeFile(config, example.replace('locale: en', `locale: ${locale}`));
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  try {
    expect(await portfolioCommand.run(['--facts', artifacts, '--config', config])).toBe(0);
  } finally {
    log.mockRestore();
  }
  return printed.join('\n');
}

function expectOk(job: JobResult, what: string): void {
  expect(job.code, `${what}: ${job.failed}\n${job.log.join('\n')}`).toBe(0);
}

describe('the portfolio workflow: three client repositories, one ops repository', () => {
  let agency: Agency;
  let example: string;
  let matrix: MatrixEntry[];
  /** The portfolio-load file the last aggregate job saved to the cache. */
  let load: string | null = null;
  /** One workflow run: every engagement job (in parallel, as the matrix runs them), then the aggregate. */
  let workflowRun: (
    now: string,
    load: string | null,
  ) => Promise<{
    jobs: Map<string, JobResult>;
    aggregate: JobResult & { load: string | null };
    artifacts: string;
  }>;

  beforeAll(async () => {
    example = await readFile('examples/engagement.yml', 'utf8');
    agency = await startAgency(
      { '.github/portfolio.yml': await readFile('examples/portfolio/portfolio.yml', 'utf8') },
      {
        'songhan/bepxanh-website': { '.github/engagement.yml': example },
        'thuyen-travel/booking-app': { '.github/engagement.yml': thuyenFile(example) },
        'maison-ceramics/shop': { '.github/engagement.yml': brokenFile(example) },
      },
    );
    for (const fake of agency.clients.values()) {
      for (const login of ['quang-songhan', 'vy-songhan', 'hoa-songhan']) fake.repo.grant(login, 'write');
    }
    workflowRun = async (now, load) => {
      const artifacts = await agency.artifactsFolder();
      const results = await Promise.all(
        matrix.map(
          async (entry) => [entry.id, await agency.engagement(entry, now, artifacts, load)] as const,
        ),
      );
      const before = agency.clientRequests();
      const aggregate = await agency.aggregate(now, artifacts);
      // The aggregate job reads artifacts and the ops repository only.
      expect(agency.clientRequests(), 'the aggregate job sent a request to a client repository').toBe(before);
      return { jobs: new Map(results), aggregate, artifacts };
    };
  });
  /** After a failure is mended: every job passes, Thuyền has its row again, and a rerun writes nothing. */
  async function recoversQuietly(now: string, lastLoad: string | null): Promise<void> {
    const back = await workflowRun(now, lastLoad);
    for (const [id, job] of back.jobs) expectOk(job, id);
    expectOk(back.aggregate, 'aggregate');
    expect(portfolioIssues(agency.ops)[0]!.body).toContain('[Thuyền booking app]');
    await quietRerun(now, back.aggregate.load);
  }
  /** The unchanged rerun that ends every multi-run test: every job passes, plans nothing, writes nothing. */
  async function quietRerun(now: string, lastLoad: string | null) {
    const rerun = await workflowRun(now, lastLoad);
    for (const [id, job] of rerun.jobs) {
      expectOk(job, id);
      expect(job.outputs.planned, `${id} planned writes on an unchanged rerun`).toBe('0');
      expect(job.restWrites, `${id} wrote on an unchanged rerun`).toBe(0);
    }
    expect(rerun.aggregate.outputs.planned).toBe('0');
    expect(rerun.aggregate.restWrites).toBe(0);
    return rerun;
  }
  afterAll(async () => {
    for (const fake of [agency.ops, ...agency.clients.values()]) expect(fake.violations).toEqual([]);
    await agency.close();
  });

  it('lists the engagements as the matrix the engagement jobs read', async () => {
    const list = await agency.list(MONDAY);
    expectOk(list, 'list');
    matrix = (JSON.parse(list.outputs.matrix ?? '{}') as { include: MatrixEntry[] }).include;
    expect(matrix.map((entry) => [entry.id, entry.repository, entry.config])).toEqual([
      ['bepxanh-web', 'songhan/bepxanh-website', '.github/engagement.yml'],
      ['thuyen-app', 'thuyen-travel/booking-app', '.github/engagement.yml'],
      ['maison-shop', 'maison-ceramics/shop', '.github/engagement.yml'],
    ]);
    expect(list.outputs['max-parallel']).toBe('4');
    expect(agency.clientRequests()).toBe(0);
  });

  it('runs every engagement; the broken one fails with its reason and the others are unaffected', async () => {
    const { jobs, aggregate, artifacts } = await workflowRun(MONDAY, null);
    expectOk(jobs.get('bepxanh-web')!, 'bepxanh-web');
    expectOk(jobs.get('thuyen-app')!, 'thuyen-app');
    const maison = jobs.get('maison-shop')!;
    expect(maison.code).toBe(1);
    expect(maison.failed).toMatch(/engagement file has 1 error/u);
    expect(agency.clients.get('maison-ceramics/shop')!.repo.issues.size).toBe(0);
    // Each engagement job wrote to its own client repository, as the App's bot.
    for (const id of ['bepxanh-web', 'thuyen-app']) expect(jobs.get(id)!.restWrites).toBeGreaterThan(0);
    const bepxanh = agency.clients.get('songhan/bepxanh-website')!;
    const tracking = [...bepxanh.repo.issues.values()].filter((issue) => issue.author === APP_BOT);
    expect(tracking.length).toBeGreaterThan(0);

    // The facts artifacts: two ok, the broken one failed with the located error.
    const failed = readFacts(
      await readFile(`${artifacts}/facts-maison-shop/maison-shop.json`, 'utf8'),
      'maison-shop.json',
    );
    expect(failed.ok && failed.facts.outcome).toBe('failed');
    if (failed.ok && failed.facts.outcome === 'failed') {
      expect(failed.facts.failure.details.join('\n')).toMatch(/engagement\.yml:\d+:\d+.*time_zone/u);
    }

    expectOk(aggregate, 'aggregate');
    const issues = portfolioIssues(agency.ops);
    expect(issues).toHaveLength(1);
    const body = issues[0]!.body;
    expect(issues[0]!.labels).toContain('portfolio-summary');
    expect(body).toContain('Bếp Xanh website rebuild');
    expect(body).toContain('Thuyền booking app');
    expect(body).toContain('**0 on track · 1 at risk · 1 late · 1 not updated**');
    // The failed engagement is named by its id (its file could not say its name), with the reason.
    const maisonRow = body.split('\n').find((line) => line.startsWith('| maison-shop'));
    expect(maisonRow).toMatch(/⚪ not updated/u);
    expect(maisonRow).toContain('`.github/engagement.yml:9:14` (`engagement.time_zone`)');
    expect(body).toMatch(/```mermaid/u);
    // The load file lists what our people owe, for the next engagement jobs' /extend replies.
    load = aggregate.load;
    const owed = portfolioLoadSchema.parse(JSON.parse(await readFile(aggregate.load!, 'utf8'))).owed;
    expect(
      owed.some((o) => o.person === 'quang-songhan' && o.repository === 'thuyen-travel/booking-app'),
    ).toBe(true);
  });

  it('an unchanged rerun of the whole workflow writes nothing, in any repository', async () => {
    const { jobs, aggregate } = await workflowRun(MONDAY, null);
    for (const [id, job] of jobs) {
      // Maison's file is still broken: its job fails again, before planning, and writes nothing.
      if (id !== 'maison-shop') {
        expectOk(job, id);
        expect(job.outputs.planned, `${id} planned writes on an unchanged rerun`).toBe('0');
      }
      expect(job.restWrites, `${id} wrote on an unchanged rerun`).toBe(0);
    }
    expectOk(aggregate, 'aggregate');
    expect(aggregate.outputs.planned).toBe('0');
    expect(aggregate.restWrites).toBe(0);
  });

  it("an /extend reply names what the same vendor people owe on another client's engagement", async () => {
    const bepxanh = agency.clients.get('songhan/bepxanh-website')!;
    const brand = [...bepxanh.repo.issues.values()].find((issue) =>
      parseMarkers(issue.body).some((m) => m.kind === 'tracking' && m.subject === 'milestone:brand-assets'),
    )!;
    bepxanh.repo.addComment({
      issueNumber: brand.number,
      author: 'lan-bepxanh',
      association: 'NONE',
      body: '/extend 2026-12-04 Ảnh sản phẩm đang chụp lại',
      createdAt: vn('2026-12-01', '09:30'),
    });
    // Maison's team fixes its file in the meantime.
    agency.clients
      .get('maison-ceramics/shop')!
      .repo.files.set(
        '.github/engagement.yml',
        example.replace('name: Bếp Xanh website rebuild', 'name: Maison ceramics shop'),
      );

    const { jobs, aggregate } = await workflowRun(TUESDAY, load);
    for (const [id, job] of jobs) expectOk(job, id);
    const reply = [...bepxanh.repo.comments.values()].find(
      (c) => c.issueNumber === brand.number && parseMarkers(c.body).some((m) => m.kind === 'proposal'),
    );
    expect(reply?.body).toContain(
      'other engagements already count on `quang-songhan` for 1 handoff (due Thu, 3 Dec 2026).',
    );
    // A client-visible issue: never another client's name or repository.
    expect(reply?.body).not.toMatch(/Thuyền|thuyen|booking|maison/iu);

    expectOk(aggregate, 'aggregate');
    const body = portfolioIssues(agency.ops)[0]!.body;
    const maisonRow = body.split('\n').find((line) => line.includes('Maison ceramics shop'));
    expect(maisonRow).toBeDefined();
    expect(maisonRow).not.toMatch(/⚪ not updated/u);

    // The unchanged rerun that ends every multi-run test: nothing planned, nothing written.
    const rerun = await quietRerun(TUESDAY, aggregate.load);
    // An hour later with the same facts: the issue says the day, not the hour, so it stays as it is.
    const later = await agency.aggregate(vn('2026-12-01', '11:00'), rerun.artifacts);
    expectOk(later, 'aggregate an hour later');
    expect(later.outputs.planned).toBe('0');
  });

  it('an engagement whose App lost access shows as failed with what to check; the others go on', async () => {
    const thuyen = agency.clients.get('thuyen-travel/booking-app')!;
    // The installation no longer covers the repository's contents: GitHub refuses the file read.
    thuyen.inject({
      method: 'GET',
      match: /\/repos\/thuyen-travel\/booking-app\/contents\//u,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const { jobs, aggregate } = await workflowRun(WEDNESDAY, load);
    expect(jobs.get('thuyen-app')!.code).toBe(1);
    expect(jobs.get('thuyen-app')!.restWrites).toBe(0);
    for (const id of ['bepxanh-web', 'maison-shop']) expectOk(jobs.get(id)!, id);
    expectOk(aggregate, 'aggregate');
    const body = portfolioIssues(agency.ops)[0]!.body;
    const thuyenRow = body.split('\n').find((line) => line.startsWith('| thuyen-app'));
    expect(thuyenRow).toContain(
      '⚪ not updated | Not updated this run: GitHub refused access (403); check that the App is installed on this repository with Issues read and write, and Contents read. |',
    );
    expect(body).toContain('[Bếp Xanh website rebuild]');
    expect(body).toContain('[Maison ceramics shop]');

    // Access is back: the next run shows Thuyền again, and an unchanged rerun plans nothing.
    await recoversQuietly(WEDNESDAY, aggregate.load);
  });

  it('an engagement that plans but may not write shows as failed with the reason, in both languages', async () => {
    const thuyen = agency.clients.get('thuyen-travel/booking-app')!;
    // New feedback from the client: the run plans its acknowledgement and labels.
    const feedback = thuyen.repo.addIssue({
      title: 'Nút đặt chỗ không phản hồi trên điện thoại',
      author: 'hanh-thuyen',
      labels: ['feedback'],
      body: 'Khách bấm "Đặt chỗ" trên iPhone thì không có gì xảy ra.',
      createdAt: vn('2026-12-02', '10:30'),
    });
    // The App was installed with Issues: Read only: reads pass, every write is refused (REST 403,
    // GraphQL mutations FORBIDDEN).
    thuyen.repo.tokenAccess = 'read';
    const at = vn('2026-12-02', '11:00');
    const { jobs, aggregate, artifacts } = await workflowRun(at, load);
    const job = jobs.get('thuyen-app')!;
    expect(Number(job.outputs.planned)).toBeGreaterThan(0);
    expect(job.code).toBe(1);
    expect(job.failed).toMatch(/may not write to issues/u);
    expect(thuyen.repo.commentsOf(feedback.number)).toEqual([]);
    for (const id of ['bepxanh-web', 'maison-shop']) expectOk(jobs.get(id)!, id);

    // Its facts carry the failure, not the status it planned from.
    const facts = readFacts(
      await readFile(`${artifacts}/facts-thuyen-app/thuyen-app.json`, 'utf8'),
      'thuyen-app.json',
    );
    expect(facts.ok && facts.facts.outcome === 'failed' && facts.facts.failure).toMatchObject({
      kind: 'write_permission',
      status: 403,
      repository: 'thuyen-travel/booking-app',
    });

    expectOk(aggregate, 'aggregate');
    const body = portfolioIssues(agency.ops)[0]!.body;
    expect(body).toMatch(/· 1 not updated\*\*/u);
    const thuyenRow = body.split('\n').find((line) => line.startsWith('| thuyen-app'));
    expect(thuyenRow).toContain(
      "⚪ not updated | Not updated this run: the run read the repository and planned, but GitHub refused its writes (403) in `thuyen-travel/booking-app`, so part of this run's work is not there yet; check that the App has Issues read and write on `thuyen-travel/booking-app`, and the next run makes what is left. |",
    );
    // The same artifacts in a Vietnamese portfolio.
    const vi = await renderOffline(artifacts, 'vi');
    const viRow = vi.split('\n').find((line) => line.startsWith('| thuyen-app'));
    expect(viRow).toContain('GitHub từ chối các thao tác ghi (403) trong kho `thuyen-travel/booking-app`');
    expect(viRow).not.toMatch(/\b(the|run|refused|check)\b/u);

    // The permission is given: the next run writes what was left, and an unchanged rerun plans nothing.
    thuyen.repo.tokenAccess = 'write';
    await recoversQuietly(at, aggregate.load);
    expect(thuyen.repo.commentsOf(feedback.number).length).toBeGreaterThan(0);
  });
});
