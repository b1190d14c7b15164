// Times planRun alone on a synthetic snapshot of N feedback issues (10 comments each), for profiling:
//   node --import tsx bench/plan-profile.ts 1000
//   node --import tsx --cpu-prof --cpu-prof-dir=.tmp/prof bench/plan-profile.ts 1000
import { useDateHolidays } from '../src/action/holiday-files';
import { readFileSync } from 'node:fs';
import { loadEngagement } from '../src/engagement/load';
import { planRun } from '../src/plan/planner';
import { makeSnapshot, makeIssue, makeComment } from '../fake-github/world';

useDateHolidays();
const loaded = loadEngagement(readFileSync('examples/engagement.yml', 'utf8'), 'x');
if (!loaded.ok) throw new Error('x');
const n = Number(process.argv[2] ?? 1000);
const issues = [];
for (let i = 0; i < n; i++) {
  const created = new Date(Date.parse('2026-06-01T02:00:00Z') + i * 600_000).toISOString();
  const closed = i % 5 !== 0;
  const comments = [];
  for (let c = 0; c < 10; c++)
    comments.push(
      makeComment({
        id: i * 1000 + c,
        author: c % 2 === 0 ? 'quang-songhan' : 'lan-bepxanh',
        association: c % 2 === 0 ? 'MEMBER' : 'NONE',
        body: c % 2 === 0 ? `Dạ bên em đã ghi nhận (${c}).` : `Cảm ơn anh (${c}).`,
        createdAt: new Date(Date.parse(created) + (c + 1) * 3_600_000).toISOString(),
      }),
    );
  issues.push(
    makeIssue({
      number: i + 1,
      title: `Phản hồi ${i}: trang sản phẩm`,
      body: `Ảnh sản phẩm số ${i} bị mờ trên điện thoại, nhờ bên mình kiểm tra giúp.`,
      labels: ['feedback'],
      createdAt: created,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'COMPLETED' : null,
      closedAt: closed ? created : null,
      comments,
    }),
  );
}
const snap = makeSnapshot({ issues });
const t = performance.now();
const plan = planRun(loaded.engagement, snap, new Date('2026-12-02T02:00:00Z'));
console.log(n, 'issues', plan.writes.length, 'writes', ((performance.now() - t) / 1000).toFixed(2), 's');
