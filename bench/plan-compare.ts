// Plans on random worlds, written as JSON, so a performance change can be shown to leave plans
// byte-identical: run it before and after the change and compare the two files.
//   npx tsx bench/plan-compare.ts /tmp/before.json   (on the old code)
//   npx tsx bench/plan-compare.ts /tmp/after.json    (on the new code)
//   cmp /tmp/before.json /tmp/after.json
// Each world is the realistic repository (fake-github/realistic-repo.ts) with a seeded random share of
// labels removed and client replies, commands and ratings added, in four time zones (Lord Howe's
// half-hour DST change included), with and without an adoption date; every world is planned, applied
// and planned again three times, at hours that move the clocks forward.
import { useDateHolidays } from '../src/action/holiday-files';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Snapshot, SnapshotIssue } from '../src/core/snapshot';
import { loadEngagement } from '../src/engagement/load';
import { planRun } from '../src/plan/planner';
import { makeComment } from '../fake-github/world';
import { applyToTouched, realisticSnapshot } from '../fake-github/realistic-repo';

useDateHolidays();

const out = process.argv[2] ?? '/tmp/plans.json';
const N = Number(process.argv[3] ?? 400);
const ZONES = ['Asia/Ho_Chi_Minh', 'Australia/Lord_Howe', 'America/New_York', 'Europe/London'];
const NOW = new Date('2026-12-02T02:00:00Z');

/** mulberry32: a small seeded generator, so both runs see the same world. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLIES = [
  'Cảm ơn em, chị đã xem.',
  'Still broken on Safari, please check again.',
  'Lỗi này vẫn còn, cần xử lý gấp trước khi ra mắt.',
  '/rate 4',
  '/rate 2 chưa ổn lắm',
  'Any update on this? It has been a week.',
  'Chi tiết: trang thanh toán báo lỗi 500 khi bấm "Đặt hàng".',
  'We no longer need this, thanks.',
];

function shaken(snapshot: Snapshot, rand: () => number): Snapshot {
  let id = 5_000_000;
  const issues = snapshot.issues.map((issue): SnapshotIssue => {
    const roll = rand();
    if (roll < 0.15) return { ...issue, labels: issue.labels.filter(() => rand() < 0.5) };
    if (roll < 0.4) {
      const at = Date.parse(issue.updatedAt) + Math.floor(rand() * 20) * 3_600_000;
      const createdAt = new Date(Math.min(at, NOW.getTime() - 60_000)).toISOString();
      const comment = makeComment({
        id: (id += 1),
        author: rand() < 0.8 ? 'lan-bepxanh' : 'quang-songhan',
        association: 'NONE',
        body: REPLIES[Math.floor(rand() * REPLIES.length)]!,
        createdAt,
      });
      return { ...issue, comments: [...issue.comments, comment], updatedAt: createdAt };
    }
    return issue;
  });
  return { ...snapshot, issues };
}

const results: Record<string, string> = {};
let seed = 1;
for (const zone of ZONES) {
  for (const adopted of [null, '2026-11-20']) {
    let text = readFileSync('examples/engagement.yml', 'utf8').replace(
      /time_zone: Asia\/Ho_Chi_Minh/u,
      `time_zone: ${zone}`,
    );
    if (adopted) text = text.replace(/^engagement:\n/mu, `engagement:\n  adopted_on: '${adopted}'\n`);
    const loaded = loadEngagement(text, 'examples/engagement.yml');
    if (!loaded.ok) throw new Error(`the engagement does not load in ${zone}`);
    const engagement = loaded.engagement;
    const rand = random((seed += 1));
    let world = shaken(realisticSnapshot(engagement, N, NOW), rand);
    for (let round = 0; round < 3; round += 1) {
      const at = new Date(NOW.getTime() + round * 26 * 3_600_000 + Math.floor(rand() * 3_600_000));
      const plan = planRun(engagement, world, at);
      const key = `${zone} adopted=${adopted ?? 'no'} round=${round}`;
      results[key] = JSON.stringify(plan);
      console.log(key, plan.writes.length, 'writes');
      world = applyToTouched(world, plan, at);
    }
  }
}
const json = JSON.stringify(results, null, 1);
writeFileSync(out, json);
console.log(out, createHash('sha256').update(json).digest('hex'));
