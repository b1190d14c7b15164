// npm run bench: the runtime against synthetic repositories of 100, 1,000 and 10,000 tracked issues
// (about 10 comments each, 1 in 50 with 120) on the local GitHub fake. The first run's plan is applied
// in memory to settle the repository; the measured run is a rerun over HTTP: it must read in at most
// ⌈N/100⌉ issue pages plus the comment pages truly needed, and write nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Bottleneck from 'bottleneck';
import { planRun } from '../src/plan/planner';
import type { Plan } from '../src/core/plan';
import type { Snapshot } from '../src/core/snapshot';
import { loadEngagement } from '../src/engagement/load';
import { createGitHubClient } from '../src/github/client';
import { executePlan } from '../src/github/execute';
import { readSnapshot } from '../src/github/read-snapshot';
import { keptIssueLabels, trackedLabels } from '../src/github/tracked-labels';
import { startFakeGitHub, WORKFLOW_TOKEN, type FakeGitHub } from '../test/fake-github';
import { applyPlan, makeComment, makeIssue } from '../test/support/world';

const NOW = new Date('2026-12-02T02:00:00Z');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [100, 1000, 10_000];
const loaded = loadEngagement(readFileSync('examples/engagement.yml', 'utf8'), 'examples/engagement.yml');
if (!loaded.ok) throw new Error('examples/engagement.yml does not load');
const engagement = loaded.engagement;

function seed(fake: FakeGitHub, n: number): number {
  let extraPagesNeeded = 0;
  const authors = ['lan-bepxanh', 'minh-bepxanh', 'thu-bepxanh'];
  for (let i = 0; i < n; i += 1) {
    const created = new Date(Date.parse('2026-06-01T02:00:00Z') + i * 600_000)
      .toISOString()
      .replace('.000', '');
    const closed = i % 5 !== 0;
    const issue = fake.repo.addIssue({
      title: `Phản hồi ${i}: trang sản phẩm`,
      body: `Ảnh sản phẩm số ${i} bị mờ trên điện thoại, nhờ bên mình kiểm tra giúp.`,
      author: authors[i % 3]!,
      labels: [engagement.feedback.label],
      createdAt: created,
      updatedAt: created,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'completed' : null,
      closedAt: closed ? created : null,
    });
    const comments = i % 50 === 0 ? 120 : 10;
    if (comments > 100) extraPagesNeeded += 1;
    for (let c = 0; c < comments; c += 1) {
      fake.repo.addComment({
        issueNumber: issue.number,
        author: c % 2 === 0 ? 'quang-songhan' : authors[i % 3]!,
        association: c % 2 === 0 ? 'MEMBER' : 'NONE',
        body: c % 2 === 0 ? `Dạ bên em đã ghi nhận (${c}).` : `Cảm ơn anh (${c}).`,
        createdAt: new Date(Date.parse(created) + (c + 1) * 3_600_000).toISOString().replace('.000', ''),
      });
    }
  }
  return extraPagesNeeded;
}

/**
 * applyPlan (test/support/world.ts) on the issues the plan touches only: it computes the next comment id
 * over every comment, which a 100,000-comment repository makes too large for one call. A sentinel issue
 * carries the highest comment id so that new ids stay unique.
 */
function applyToTouched(snapshot: Snapshot, plan: Plan): Snapshot {
  const touched = new Set<number>();
  for (const write of plan.writes)
    if ('issue' in write && 'number' in write.issue) touched.add(write.issue.number);
  let maxId = 0;
  let maxNumber = 0;
  for (const issue of snapshot.issues) {
    maxNumber = Math.max(maxNumber, issue.number);
    for (const comment of issue.comments) maxId = Math.max(maxId, comment.id);
  }
  const sentinel = makeIssue({ number: maxNumber, comments: [makeComment({ id: maxId })] });
  const reduced = snapshot.issues.filter((issue) => touched.has(issue.number) && issue.number !== maxNumber);
  const last = snapshot.issues.find((issue) => issue.number === maxNumber);
  const applied = applyPlan(
    { ...snapshot, issues: [...reduced, touched.has(maxNumber) && last ? last : sentinel] },
    plan,
    NOW,
  ).snapshot;
  const byNumber = new Map(snapshot.issues.map((issue) => [issue.number, issue]));
  for (const issue of applied.issues) {
    if (issue === sentinel || (issue.number === maxNumber && !touched.has(maxNumber))) continue;
    byNumber.set(issue.number, issue);
  }
  return { ...applied, issues: [...byNumber.values()].sort((a, b) => a.number - b.number) };
}

/** Replaces the fake's state with a snapshot (used to settle the repository after the first plan). */
function loadInto(fake: FakeGitHub, snapshot: Snapshot): void {
  const repo = fake.repo;
  for (const label of snapshot.labels) repo.addLabel(label.name, label.color, label.description);
  for (const issue of snapshot.issues) {
    const login = (l: string) => (l === 'github-actions' ? 'github-actions[bot]' : l);
    const existing = repo.issues.get(issue.number);
    const fields = {
      title: issue.title,
      body: issue.body,
      state: issue.state,
      labels: [...issue.labels],
      assignees: [...issue.assignees],
      closedAt: issue.closedAt,
    };
    if (existing) Object.assign(existing, fields);
    else
      repo.addIssue({
        ...fields,
        number: issue.number,
        author: login(issue.author.login),
        createdAt: issue.createdAt,
      });
    const known = new Set(repo.commentsOf(issue.number).map((c) => c.body));
    for (const comment of issue.comments) {
      if (!known.has(comment.body))
        repo.addComment({
          id: comment.id,
          issueNumber: issue.number,
          author: login(comment.author.login),
          body: comment.body,
          createdAt: comment.createdAt,
        });
    }
  }
}

interface Row {
  n: number;
  issuePages: number;
  allowedIssuePages: number;
  extraCommentPages: number;
  extraPagesNeeded: number;
  cost: number;
  firstPlanWrites: number;
  settleRounds: number;
  rerunWrites: number;
  readMs: number;
  planMs: number;
  totalMs: number;
  peakRssMb: number;
}

async function measure(n: number): Promise<Row> {
  const fake = await startFakeGitHub({ checkResponses: false, htmlBase: 'https://github.com' });
  const extraPagesNeeded = seed(fake, n);
  const client = () =>
    createGitHubClient({
      token: WORKFLOW_TOKEN,
      baseUrl: fake.url,
      log: { info: () => undefined, warning: (m) => console.warn(m) },
      // Throttle spacing is GitHub's etiquette, not our cost: measure without it.
      pacing: {
        write: new Bottleneck.Group({ minTime: 0 }),
        notifications: new Bottleneck.Group({ minTime: 0 }),
      },
    });
  const request = (readAt: string) => ({
    owner: fake.repo.owner,
    name: fake.repo.name,
    botLogin: 'github-actions[bot]',
    trackedLabels: trackedLabels(engagement),
    keptLabels: keptIssueLabels(engagement),
    scope: { kind: 'full' as const },
    readAt,
  });
  // First run: plan, and settle the repository with the plan applied in memory.
  const first = await readSnapshot(client(), request(NOW.toISOString()));
  const firstPlan = planRun(engagement, first.snapshot, NOW);
  // Some rules take a second step once the first is visible (e.g. a label, then a comment): apply
  // plans in memory until the planner has nothing left, as consecutive runs would.
  let settled = applyToTouched(first.snapshot, firstPlan);
  let settleRounds = 1;
  for (; settleRounds < 6; settleRounds += 1) {
    const next = planRun(engagement, settled, NOW);
    if (next.writes.length === 0) break;
    settled = applyToTouched(settled, next);
  }
  loadInto(fake, settled);

  // Measured rerun over HTTP.
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const rerunClient = client();
  const { snapshot, stats } = await readSnapshot(rerunClient, request(new Date().toISOString()));
  const readMs = performance.now() - started;
  const planStarted = performance.now();
  const plan = planRun(engagement, snapshot, NOW);
  const planMs = performance.now() - planStarted;
  for (const w of plan.writes) {
    if (!process.env.BENCH_DEBUG) continue;
    console.log('rerun write:', w.kind, w.reason);
    if (w.kind === 'edit-issue' && 'number' in w.issue) {
      const num = w.issue.number;
      const before = snapshot.issues.find((i) => i.number === num)!.body.split('\n');
      const after = (w.body ?? '').split('\n');
      after.forEach((line, k) => {
        if (line !== before[k]) console.log('  -', before[k], '\n  +', line);
      });
    }
  }
  const report = await executePlan(plan, {
    client: rerunClient,
    snapshot,
    budget: 100_000,
    clock: { now: () => Date.now(), sleep: async () => undefined },
  });
  const totalMs = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await fake.close();
  const tracked = snapshot.issues.length;
  return {
    n,
    issuePages: stats.issuePages,
    allowedIssuePages: Math.ceil(tracked / 100),
    extraCommentPages: stats.extraCommentPages,
    extraPagesNeeded,
    cost: stats.cost,
    firstPlanWrites: firstPlan.writes.length,
    settleRounds,
    rerunWrites: report.wrote,
    readMs,
    planMs,
    totalMs,
    peakRssMb: peak / 1024 / 1024,
  };
}

const rows: Row[] = [];
for (const n of SIZES) {
  const row = await measure(n);
  rows.push(row);
  console.log(JSON.stringify(row));
}

const table = [
  '| Tracked issues | Issue pages (limit ⌈N/100⌉) | Extra comment requests (issues with >100 comments) | GraphQL cost | Writes planned by the first run (runs to settle) | Writes of the rerun | Read time | Core planning time | Rerun wall time | Peak RSS |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.n.toLocaleString('en')} | ${r.issuePages} (${r.allowedIssuePages}) | ${r.extraCommentPages} (${r.extraPagesNeeded}) | ${r.cost} | ${r.firstPlanWrites} (${r.settleRounds}) | ${r.rerunWrites} | ${(r.readMs / 1000).toFixed(2)} s | ${(r.planMs / 1000).toFixed(2)} s | ${(r.totalMs / 1000).toFixed(2)} s | ${r.peakRssMb.toFixed(0)} MB |`,
  ),
].join('\n');

// Everything below this line of BENCHMARKS.md is written by hand (analyses, before/after) and kept.
const KEPT = '<!-- Notes below this line are kept when npm run bench rewrites the figures above. -->';

function keptNotes(): string {
  try {
    const old = readFileSync('BENCHMARKS.md', 'utf8');
    const at = old.indexOf(KEPT);
    return at < 0 ? '' : old.slice(at + KEPT.length).replace(/^\n+/u, '\n');
  } catch {
    return '';
  }
}

const doc = `# Benchmarks

Produced by \`npm run bench\` (\`tsx bench/run.ts\`) on ${process.platform}/${process.arch}, Node ${process.version},
${new Date().toISOString().slice(0, 10)}. Each repository is synthetic and lives in the local GitHub fake
(test/fake-github, an HTTP server on 127.0.0.1): N issues labelled \`feedback\` (one in five open), about 10
comments each and 120 comments on one issue in 50. The first runs' plans (real rules, examples/engagement.yml,
now = ${NOW.toISOString()}) are applied in memory until the planner has nothing left (the number of runs it
took is in brackets); the figures are for the **rerun** over HTTP, which must find nothing to do.

${table}

- *Issue pages*: GraphQL requests of the scan (100 issues each, their first 100 comments in the same request).
  The bot-identity query (one request per run) is not counted here.
- *Extra comment requests*: further comment pages, batched up to ${10} issues per request; in brackets, the
  issues that truly have more than 100 comments.
- *GraphQL cost*: points as GitHub's documented formula gives them (the fake computes it the same way).
- *Core planning time* is \`planRun\` alone; *rerun wall time* is read + plan + execute.
- *Read time* is mostly the fake: it executes every GraphQL document with graphql-js against GitHub's full
  schema in the same process (10,000 issues × 10 comments × 8 reaction groups).
- *Peak RSS* includes the fake, which runs in the same process and holds the whole repository.
- The whole \`npm run bench\` takes about 3 minutes on 2 cores, most of it the fake answering the 10,000-issue
  scan; the core plans that repository three times (two runs to settle, one measured) in about 2 s each.
- Throttling waits are disabled in the benchmark (they are GitHub etiquette, not our cost).

${KEPT}
`;
if (sizes.length === 0) writeFileSync('BENCHMARKS.md', doc + keptNotes());
else console.log(doc);
